// Times saving a formatted 10,000-word article through the API (PUT /api/articles/{id}), as the editor
// saves it: the whole body as Markdown, one word changed per save. Reports p50/p95/max over the saves.
// Usage: node tests/load/rich_save.mjs [base-url] [saves]   (the app running, demo users seeded)
const base = process.argv[2] ?? 'http://127.0.0.1:5080';
const saves = Number(process.argv[3] ?? 30);

const words = 'the council approved a budget of 3.2bn for roads schools and housing after officials said the vote was historic'.split(' ');
function article(seed) {
  const paragraphs = [];
  let n = 0;
  for (let p = 0; n < 10_000; p++) {
    const count = 60 + (p * 7) % 40;
    const text = Array.from({ length: count }, (_, i) => words[(p * 31 + i * 7 + seed) % words.length]);
    text[3] = `**${text[3]}**`;
    text[count - 1] = `[${text[count - 1]}](https://example.org/source/${p})`;
    n += count;
    paragraphs.push(p % 10 === 0 ? `## Section ${p / 10 + 1}\n\n${text.join(' ')}.` : p % 10 === 4 ? `- ${text.join(' ')}.` : `${text.join(' ')}.`);
  }
  return paragraphs.join('\n\n');
}

const json = (r) => { if (!r.ok) throw new Error(`${r.status} ${r.url}`); return r.json(); };
const { accessToken } = await json(await fetch(`${base}/api/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'editor@editorial.test', password: 'Newsroom#2026' }) }));
const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
let body = article(0);
const created = await json(await fetch(`${base}/api/articles`, { method: 'POST', headers, body: JSON.stringify({ title: 'Ten thousand words', body, format: 'Markdown' }) }));
let revision = created.revisionNumber;
const times = [];
for (let i = 0; i < saves; i++) {
  body = body.replace(/officials/, `officials${i}`);
  const started = performance.now();
  const saved = await json(await fetch(`${base}/api/articles/${created.id}`, { method: 'PUT', headers,
    body: JSON.stringify({ title: 'Ten thousand words', body, format: 'Markdown', baseRevisionNumber: revision }) }));
  times.push(performance.now() - started);
  revision = saved.article.revisionNumber;
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.ceil(times.length * q) - 1)];
console.log(`${body.length} characters of Markdown (${created.text.split(/\s+/).length} words): ${saves} saves, ` +
  `p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
