// Opens N live pages of one article in Chromium, then saves the article's text K times through the API
// and reports how long each save took to show on every page (from just before the save request to the
// moment the page's text holds the new words), and the app's memory growth per open page.
//
//   npm ci --prefix tests/load
//   node tests/load/live_pages.mjs --url http://127.0.0.1:5080 --pages 200 --saves 10 --pid <app pid> [--history 100] [--hold 60]
//
// The app must run with its demo users (Development). Only loopback addresses are accepted. Memory is
// the growth of the app process's resident set (/proc/<pid>/status) between one open page and N, after
// the app has settled, divided by N - 1. Figures and the machine: docs/benchmarks.md.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, word, i, all) =>
  word.startsWith('--') ? [...pairs, [word.slice(2), all[i + 1]]] : pairs, []));
const url = args.url ?? 'http://127.0.0.1:5080';
const pages = Number(args.pages ?? 200);
const saves = Number(args.saves ?? 10);
const pid = args.pid ? Number(args.pid) : null;
const email = args.email ?? 'editor@editorial.test';
const password = args.password ?? 'Newsroom#2026';
const chromiumPath = args.chromium ?? '/usr/bin/chromium';
// Saves this many revisions before the pages open, so the article has a history (a long timeline) as real ones do.
const history = Number(args.history ?? 0);
// Keeps the pages open this long at the end, e.g. to take a heap snapshot of the app (dotnet-gcdump).
const holdSeconds = Number(args.hold ?? 0);

const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
const address = isIP(host) ? host : (await lookup(host)).address;
if (!['127.0.0.1', '::1'].includes(address)) {
  throw new Error(`${host} is not a loopback address; this script only loads this machine.`);
}
if (!(pages >= 1 && pages <= 500 && saves >= 1 && saves <= 100 && history >= 0 && history <= 1000)) {
  throw new Error('use 1-500 pages, 1-100 saves and a history of 0-1000 revisions');
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const percentile = (values, p) => {
  const ordered = [...values].sort((a, b) => a - b);
  return ordered[Math.min(ordered.length - 1, Math.round(p / 100 * (ordered.length - 1)))];
};
// The app's CPU time so far, in ms (user + system; /proc/<pid>/stat counts in clock ticks of 10 ms).
const cpuMs = () => pid === null ? null
  : readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((sum, ticks) => sum + Number(ticks) * 10, 0);
// The browser's CPU time so far, in ms: every Chromium process (the pages run on this machine too).
const browserCpuMs = () => readdirSync('/proc').filter(name => /^\d+$/.test(name)).reduce((sum, id) => {
  try {
    const stat = readFileSync(`/proc/${id}/stat`, 'utf8');
    return /^\d+ \((chromium|chrome)[^)]*\)/.test(stat)
      ? sum + stat.split(') ')[1].split(' ').slice(11, 13).reduce((ticks, t) => ticks + Number(t) * 10, 0)
      : sum;
  } catch {
    return sum; // gone meanwhile
  }
}, 0);
const residentMiB = () => pid === null ? null
  : Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function api(method, path, token, body) {
  const response = await fetch(url + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${text}`);
  }
  return text ? JSON.parse(text) : null;
}

const { accessToken: token } = await api('POST', '/api/auth/token', undefined, { email, password });
const title = `Live pages ${new Date().toISOString()}`;
const words = 'The council voted on the budget after a long debate about the harbour and the schools.';
const article = await api('POST', '/api/articles', token, { title, body: `${words}\n\n${words}` });
let revision = article.revisionNumber;
for (let n = 1; n <= history; n++) {
  const saved = await api('PUT', `/api/articles/${article.id}`, token,
    { title, body: `${words} Draft ${n}.\n\n${words}`, baseRevisionNumber: revision });
  revision = saved.article.revisionNumber;
}

// Many pages share a few renderer processes, so that N pages fit on a small machine.
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--renderer-process-limit=4', '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
});
const context = await browser.newContext({ baseURL: url });
const signIn = await context.newPage();
await signIn.goto('/account/login');
await signIn.getByLabel('Email').fill(email);
await signIn.getByLabel('Password').fill(password);
await signIn.keyboard.press('Enter');
await signIn.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
await signIn.close();

async function openPage() {
  const page = await context.newPage();
  await page.goto(`/articles/${article.id}`);
  await page.getByTestId('interactive').waitFor({ state: 'attached', timeout: 60_000 });
  return page;
}

const open = [await openPage()];
await sleep(3000);
const memoryWithOne = residentMiB();
let openMs = 0;
const openUpTo = async count => {
  const began = Date.now();
  while (open.length < count) {
    open.push(...await Promise.all(Array.from({ length: Math.min(10, count - open.length) }, openPage)));
  }
  openMs += Date.now() - began;
};
// Memory is also read at half the pages: the growth from there to all of them is what one more page
// costs once the app is warm (its code compiled at the higher tier, its database pool and thread pool
// grown), which the growth from one page also counts once.
const half = Math.max(1, Math.floor(pages / 2));
await openUpTo(half);
await sleep(10_000);
const memoryWithHalf = residentMiB();
await openUpTo(pages);
const openSeconds = openMs / 1000;
await sleep(10_000);
const memoryWithAll = residentMiB();

// Each page records when its text first holds the marker, and answers once it has (one call per page and
// save, so that asking does not load the machine). textContent, not innerText: asking must not make the
// browser lay the page out on every change. The clock is the machine's, as in this script.
const watch = marker => Promise.all(open.map(page => page.evaluate(m => {
  window.__seen = new Promise(resolve => {
    const observer = new MutationObserver(() => check());
    const check = () => {
      if (document.body.textContent.includes(m)) {
        observer.disconnect();
        resolve(Date.now());
      }
    };
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
  });
}, marker)));
const seenAt = page => Promise.race([page.evaluate(() => window.__seen), sleep(30_000).then(() => null)]);

const delays = [];
const cpuPerSave = [];
const browserCpuPerSave = [];
let missing = 0;
for (let save = 1; save <= saves; save++) {
  const marker = `marker${save}x${Date.now()}`;
  await watch(marker);
  const cpuBefore = cpuMs();
  const browserCpuBefore = browserCpuMs();
  const began = Date.now();
  const saved = await api('PUT', `/api/articles/${article.id}`, token,
    { title, body: `${words} ${marker}\n\n${words}`, baseRevisionNumber: revision });
  revision = saved.article.revisionNumber;
  const seen = await Promise.all(open.map(seenAt));
  cpuPerSave.push(cpuMs() - cpuBefore);
  browserCpuPerSave.push(browserCpuMs() - browserCpuBefore);
  const arrived = seen.filter(at => at !== null).map(at => at - began);
  missing += seen.length - arrived.length;
  delays.push(...arrived);
  console.log(`save ${save}: ${arrived.length}/${open.length} pages, slowest ${Math.max(...arrived)} ms`);
  await sleep(1000);
}

const format = value => value === null ? 'n/a' : value.toFixed(1);
console.log(`pages: ${open.length} open in ${openSeconds.toFixed(1)} s`);
console.log(`save to every page (ms): p50 ${percentile(delays, 50)}, p95 ${percentile(delays, 95)}, max ${Math.max(...delays)}` +
  ` over ${saves} saves; pages that never showed a save: ${missing}`);
if (pid !== null) {
  console.log(`app resident memory: ${format(memoryWithOne)} MiB with 1 page, ${format(memoryWithAll)} MiB with ${open.length};` +
    ` ${format((memoryWithAll - memoryWithOne) / (open.length - 1) * 1024)} KiB per page`);
  if (open.length > half) {
    console.log(`app resident memory: ${format(memoryWithHalf)} MiB with ${half} pages;` +
      ` ${format((memoryWithAll - memoryWithHalf) / (open.length - half) * 1024)} KiB per page from ${half} to ${open.length}`);
  }
  console.log(`app CPU per save until every page showed it: p50 ${percentile(cpuPerSave, 50)} ms, max ${Math.max(...cpuPerSave)} ms`);
}
console.log(`browser CPU per save until every page showed it: p50 ${percentile(browserCpuPerSave, 50)} ms, max ${Math.max(...browserCpuPerSave)} ms`);
if (holdSeconds > 0) {
  console.log(`holding ${open.length} pages open for ${holdSeconds} s`);
  await sleep(holdSeconds * 1000);
}
await browser.close();
