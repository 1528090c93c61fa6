// The built bundle (src/Editorial.Web/wwwroot/editor) in a real Chromium: the API contract, keys,
// toolbar, link dialog, paste, and axe-core in light and dark. Skipped when no Chromium is found
// (set CHROMIUM_PATH to point at one). Run: node --test test/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const bundle = here('../../Editorial.Web/wwwroot/editor/editor.js');
const styles = here('../../Editorial.Web/wwwroot/editor/editor.css');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .find((p) => p && existsSync(p));
const skip = !chromium ? 'no Chromium on this machine' : !existsSync(bundle) ? 'bundle not built (run build.sh)' : false;

// MudBlazor's palette variables as the app's theme sets them (EditorialTheme.cs + MudBlazor defaults).
const THEMES = {
  light: '--mud-palette-surface:#fff;--mud-palette-background:#f7f7f5;--mud-palette-text-primary:rgba(66,66,66,1);' +
    '--mud-palette-lines-default:rgba(0,0,0,0.12);--mud-palette-primary:#1f3a5f;--mud-palette-action-default-hover:rgba(0,0,0,0.04);--mud-palette-error:#c62828;',
  dark: '--mud-palette-surface:#373740;--mud-palette-background:#32333d;--mud-palette-text-primary:rgba(255,255,255,0.70);' +
    '--mud-palette-lines-default:rgba(255,255,255,0.12);--mud-palette-primary:#8fb4e3;--mud-palette-action-default-hover:rgba(255,255,255,0.08);--mud-palette-error:#ff8a80;',
};

let browser;
before(async () => {
  if (skip) return;
  const { chromium: launcher } = await import('playwright-core');
  browser = await launcher.launch({ executablePath: chromium, args: ['--no-sandbox'] });
});
after(async () => { await browser?.close(); });

const mod = 'Control';

async function openPage(theme = 'light', markdown = '', extra = {}) {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html lang="en"><head><title>Editor test</title>
    <style>:root{${THEMES[theme]}} body{margin:0;padding:16px;background:var(--mud-palette-background);color:var(--mud-palette-text-primary);font:16px system-ui,sans-serif}</style>
    </head><body><main><h1>Edit article</h1><div id="host"></div><button id="after" type="button">Save</button></main></body></html>`);
  await page.addStyleTag({ path: styles });
  await page.addScriptTag({ path: bundle });
  await page.evaluate(([md, more]) => {
    window.calls = [];
    const dotnet = { invokeMethodAsync: (name, value) => { window.calls.push([name, value]); return Promise.resolve(); } };
    window.handle = window.EditorialEditor.create(document.getElementById('host'), { markdown: md, label: 'Article text', maxLength: 200000, ...more }, dotnet);
  }, [markdown, extra]);
  return page;
}

const calls = (page) => page.evaluate(() => window.calls.map((c) => c[1]));
const markdown = (page) => page.evaluate(() => window.handle.getMarkdown());
const active = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el.getAttribute('aria-label') || el.id || el.textContent;
});

// Selects `text` inside the editor (collapsed at its end when `caret`), as a person would with the mouse.
async function select(page, text, caret = false) {
  await page.evaluate(([t, c]) => {
    const box = document.querySelector('[role=textbox]');
    box.focus();
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const i = walker.currentNode.data.indexOf(t);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(walker.currentNode, c ? i + t.length : i);
      range.setEnd(walker.currentNode, i + t.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return;
    }
    throw new Error('not found: ' + t);
  }, [text, caret]);
  await page.waitForTimeout(50); // ProseMirror reads the DOM selection on selectionchange
}

async function audit(page, what) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document));
  const violations = result.violations.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(violations, []);
}

test('creates the toolbar and a labelled textbox, and reports the canonical Markdown', { skip }, async () => {
  const page = await openPage('light', '# Title\n\nSome **bold** text.\n\n* one\n* two');
  const info = await page.evaluate(() => {
    const box = document.querySelector('[role=textbox]');
    const bar = document.querySelector('[role=toolbar]');
    return {
      label: box.getAttribute('aria-label'), multiline: box.getAttribute('aria-multiline'), spellcheck: box.getAttribute('spellcheck'),
      controls: bar.getAttribute('aria-controls') === box.id, barLabel: bar.getAttribute('aria-label'),
      tabStops: [...bar.querySelectorAll('button')].filter((b) => b.tabIndex === 0).length,
      buttons: [...bar.querySelectorAll('button')].map((b) => b.getAttribute('aria-label')),
      length: window.handle.getLength(),
    };
  });
  assert.deepEqual(info, {
    label: 'Article text', multiline: 'true', spellcheck: 'true', controls: true, barLabel: 'Formatting', tabStops: 1,
    buttons: ['Bold', 'Italic', 'Link', 'Heading', 'Subheading', 'Quote', 'Bulleted list', 'Numbered list', 'Undo', 'Redo'],
    length: '# Title\n\nSome **bold** text.\n\n- one\n- two'.length,
  });
  assert.equal(await markdown(page), '# Title\n\nSome **bold** text.\n\n- one\n- two');
  await page.close();
});

test('typing reports once after 250 ms; moving the cursor reports nothing; blur reports at once', { skip }, async () => {
  const page = await openPage('light', 'Hello');
  await page.click('[role=textbox]');
  await page.keyboard.press('End');
  await page.keyboard.type(' world');
  assert.deepEqual(await calls(page), []);
  await page.waitForTimeout(400);
  assert.deepEqual(await calls(page), ['Hello world']);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(400);
  assert.equal((await calls(page)).length, 1);
  await page.keyboard.type('!');
  await page.evaluate(() => document.getElementById('after').focus());
  assert.deepEqual(await calls(page), ['Hello world', 'H!ello world']);
  await page.close();
});

test('shortcuts, aria-pressed, headings toggle back, lists with Tab, Tab leaves outside lists', { skip }, async () => {
  const page = await openPage('light', '');
  await page.click('[role=textbox]');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type('bold');
  assert.equal(await page.getAttribute('button[aria-label=Bold]', 'aria-pressed'), 'true');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type(' plain');
  assert.equal(await page.getAttribute('button[aria-label=Bold]', 'aria-pressed'), 'false');
  await page.keyboard.press(`${mod}+Alt+1`);
  assert.equal(await markdown(page), '# **bold** plain');
  assert.equal(await page.getAttribute('button[aria-label=Heading]', 'aria-pressed'), 'true');
  await page.keyboard.press(`${mod}+Alt+1`);
  assert.equal(await markdown(page), '**bold** plain');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- first');
  await page.keyboard.press('Enter');
  await page.keyboard.type('second');
  await page.waitForTimeout(600); // past the undo history's grouping delay
  await page.keyboard.press('Tab');
  assert.equal(await markdown(page), '**bold** plain\n\n- first\n  - second');
  await page.waitForTimeout(600);
  assert.equal(await page.getAttribute('button[aria-label="Bulleted list"]', 'aria-pressed'), 'true');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await markdown(page), '**bold** plain\n\n- first\n- second');
  await page.keyboard.press(`${mod}+z`);
  assert.equal(await markdown(page), '**bold** plain\n\n- first\n  - second');
  await page.keyboard.press(`${mod}+y`);
  assert.equal(await markdown(page), '**bold** plain\n\n- first\n- second');
  // Outside a list, Tab is the browser's: the focus moves on to the next control.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  assert.equal(await active(page), 'after');
  await page.close();
});

test('nesting stops at depth 4', { skip }, async () => {
  const page = await openPage('light', '- a\n  - b\n    - c\n      - d\n      - e');
  await select(page, 'e', true);
  await page.keyboard.press('Tab'); // cannot go deeper: not captured, the focus moves on
  assert.equal(await markdown(page), '- a\n  - b\n    - c\n      - d\n      - e');
  assert.equal(await active(page), 'after');
  await select(page, 'd', true);
  await page.keyboard.type(' > ');
  await page.keyboard.type('- ');
  assert.equal(await markdown(page), '- a\n  - b\n    - c\n      - d > -\n      - e');
  await page.close();
});

test('toolbar: one Tab stop, arrows/Home/End move, buttons act on the selection', { skip }, async () => {
  const page = await openPage('light', 'Text here');
  await page.click('[role=textbox]');
  await page.keyboard.press(`${mod}+a`);
  await page.keyboard.press('Shift+Tab');
  assert.equal(await active(page), 'Bold');
  await page.keyboard.press('ArrowRight');
  assert.equal(await active(page), 'Italic');
  await page.keyboard.press('End');
  assert.equal(await active(page), 'Redo');
  await page.keyboard.press('ArrowRight');
  assert.equal(await active(page), 'Bold');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter'); // Italic
  assert.equal(await markdown(page), '*Text here*');
  assert.equal(await page.getAttribute('button[aria-label=Italic]', 'aria-pressed'), 'true');
  // Mouse: Quote wraps, pressing again unwraps.
  await page.click('button[aria-label=Quote]');
  assert.equal(await markdown(page), '> *Text here*');
  await page.click('button[aria-label=Quote]');
  await page.click('button[aria-label="Numbered list"]');
  assert.equal(await markdown(page), '1. *Text here*');
  await page.click('button[aria-label="Bulleted list"]');
  assert.equal(await markdown(page), '- *Text here*');
  await page.click('button[aria-label="Bulleted list"]');
  await page.click('button[aria-label=Subheading]');
  assert.equal(await markdown(page), '## *Text here*');
  await page.click('button[aria-label=Undo]');
  assert.equal(await markdown(page), '*Text here*');
  await page.close();
});

test('link dialog: validation, https:// and mailto: added, remove, Escape, focus back', { skip }, async () => {
  const page = await openPage('light', 'Read the report today');
  await select(page, 'report');
  await page.keyboard.press(`${mod}+k`);
  const dialog = page.locator('dialog.ed-dialog');
  assert.equal(await dialog.evaluate((d) => d.open), true);
  assert.equal(await active(page), await page.locator('dialog input').getAttribute('id'));
  await page.keyboard.type('javascript:alert(1)');
  await page.keyboard.press('Enter');
  assert.equal(await dialog.evaluate((d) => d.open), true);
  assert.match(await page.locator('dialog [role=alert]').textContent(), /Only web links/);
  await audit(page, 'dialog with error');
  await page.fill('dialog input', 'example.com/report (1)');
  await page.keyboard.press('Enter');
  assert.equal(await dialog.evaluate((d) => d.open), false);
  assert.equal(await markdown(page), 'Read the [report](<https://example.com/report%20(1)>) today');
  assert.equal(await active(page), 'Article text');
  // On the link: pre-filled, and "Remove link" offered.
  await select(page, 'rep', true);
  await page.keyboard.press(`${mod}+k`);
  assert.equal(await page.inputValue('dialog input'), 'https://example.com/report%20(1)');
  await page.click('dialog >> text=Remove link');
  assert.equal(await markdown(page), 'Read the report today');
  // The dialog gives the focus back when it has closed: keys pressed before then would land elsewhere.
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Article text');
  // Nothing selected, no link: the address is inserted as linked text.
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await page.click('button[aria-label=Link]');
  await page.keyboard.type('desk@example.com');
  await page.keyboard.press('Enter');
  assert.equal(await markdown(page), 'Read the report today [desk@example.com](mailto:desk@example.com)');
  // Escape cancels.
  await page.keyboard.press(`${mod}+k`);
  await page.keyboard.press('Escape');
  assert.equal(await dialog.evaluate((d) => d.open), false);
  assert.equal(await active(page), 'Article text');
  // Clicking a link in the editor does not follow it.
  await page.click('a[href^=mailto]', { modifiers: ['Control'] });
  await page.click('a[href^=mailto]');
  assert.equal(page.url(), 'about:blank');
  await page.close();
});

test('paste: HTML is cleaned, plain text is one paragraph per line, deep nesting flattened', { skip }, async () => {
  const page = await openPage('light', '');
  await page.click('[role=textbox]');
  const pasteData = (type, data) => page.evaluate(([t, d]) => {
    const dt = new DataTransfer();
    dt.setData(t, d);
    document.querySelector('[role=textbox]').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, [type, data]);
  let deep = 'x';
  for (let i = 12; i >= 1; i--) deep = `<ul><li>n${i}${deep === 'x' ? '' : deep}</li></ul>`;
  await pasteData('text/html', '<b style="font-weight:normal" id="docs-internal-guid-1"><p>Hi <a href="javascript:alert(1)">there</a><img src=x onerror="window.pwned=1"><script>window.pwned=2</script></p></b>' + deep);
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  const md = await markdown(page);
  assert.ok(md.startsWith('Hi there\n\n- n1\n  - n2\n    - n3\n      - n4\n\n        n5'), md);
  assert.ok(md.includes('n12'));
  await page.evaluate(() => window.handle.setMarkdown(''));
  await pasteData('text/plain', 'line one\nline *two*\n');
  assert.equal(await markdown(page), 'line one\n\nline \\*two\\*');
  await page.close();
});

test('setMarkdown reports nothing and clears undo; readOnly; destroy cleans up', { skip }, async () => {
  const page = await openPage('light', 'first');
  await page.evaluate(() => window.handle.setMarkdown('**second**'));
  await page.waitForTimeout(350);
  assert.deepEqual(await calls(page), []);
  assert.equal(await markdown(page), '**second**');
  assert.equal(await page.getAttribute('button[aria-label=Undo]', 'aria-disabled'), 'true');
  await page.evaluate(() => window.handle.setReadOnly(true));
  assert.equal(await page.getAttribute('[role=textbox]', 'contenteditable'), 'false');
  assert.equal(await page.getAttribute('[role=textbox]', 'aria-readonly'), 'true');
  assert.equal(await page.locator('[role=toolbar]').isVisible(), false);
  await page.evaluate(() => window.handle.destroy());
  assert.equal(await page.evaluate(() => document.getElementById('host').childElementCount), 0);
  await page.close();
});

test('the Apache Annotator asset anchors and highlights a TextQuoteSelector', { skip }, async () => {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><body><article id="a"><p>The council voted on the budget.</p><p>The budget passed.</p></article></body></html>');
  await page.addScriptTag({ path: here('../../../tests/Editorial.EndToEndTests/Assets/apache-annotator.js') });
  const result = await page.evaluate(async () => {
    const scope = document.createRange();
    scope.selectNodeContents(document.getElementById('a'));
    const matches = [];
    for await (const range of window.ApacheAnnotator.createTextQuoteSelectorMatcher({ type: 'TextQuoteSelector', exact: 'budget', prefix: 'The ' })(scope)) matches.push(range.toString());
    const position = [];
    for await (const range of window.ApacheAnnotator.createTextPositionSelectorMatcher({ type: 'TextPositionSelector', start: 4, end: 11 })(scope)) position.push(range.toString());
    const target = document.createRange();
    target.selectNodeContents(document.querySelectorAll('p')[1].firstChild);
    const quote = await window.ApacheAnnotator.describeTextQuote(target, scope);
    window.ApacheAnnotator.highlightText(target, 'mark');
    return { matches, position, quote: quote.exact, marks: document.querySelectorAll('mark').length };
  });
  assert.deepEqual(result, { matches: ['budget'], position: ['council'], quote: 'The budget passed.', marks: 1 });
  await page.close();
});

for (const theme of ['light', 'dark']) {
  test(`axe-core finds nothing (${theme})`, { skip }, async () => {
    const page = await openPage(theme, '# Title\n\n## Sub\n\nText with **bold**, *italic* and a [link](https://example.com).\n\n> Quote\n\n1. one\n2. two\n\n- a\n  - b');
    await select(page, 'bold');
    await audit(page, theme);
    await page.keyboard.press(`${mod}+k`);
    await audit(page, `${theme} link dialog`);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `/tmp/editorial-editor-${theme}.png` }).catch(() => {});
    await page.close();
  });
}

// --- Suggesting mode ---

const FIONA = { authorName: 'Fiona Fact-checker', color: '#8a3ffc' };
const suggestions = (page) => page.evaluate(() => ({
  ins: [...document.querySelectorAll('ins.ed-suggest-insert')].map((e) => e.textContent),
  del: [...document.querySelectorAll('del.ed-suggest-delete')].map((e) => e.textContent.trim()),
  count: window.handle.suggestionCount(),
  status: document.querySelector('.ed-status').textContent,
}));

test('suggesting: typing shows insertions and deletions as decorations; the proposal reported stays plain', { skip }, async () => {
  const base = 'They sent 6,000 troops to the northern border.\n\nTalks **failed** on Monday.';
  const page = await openPage('light', base, { suggesting: { baseMarkdown: base, ...FIONA } });
  assert.equal(await page.evaluate(() => document.querySelector('.ed-editor').classList.contains('ed-suggesting')), true);
  assert.deepEqual(await suggestions(page), { ins: [], del: [], count: 0, status: 'Suggesting · no changes' });
  await select(page, '6,000 troops');
  await page.keyboard.type('6,500 soldiers');
  await select(page, 'northern');
  await page.keyboard.press('Backspace');
  await select(page, 'Monday', true);
  await page.keyboard.type(', officials said');
  await page.waitForTimeout(600); // the status changes at most every 500 ms
  assert.deepEqual(await suggestions(page), {
    ins: ['6,500 soldiers', ', officials said'],
    del: ['deleted: 6,000 troops', 'deleted: northern'],
    count: 3,
    status: 'Suggesting · 3 changes',
  });
  // Only the plain proposal is reported and returned.
  const proposal = 'They sent 6,500 soldiers to the  border.\n\nTalks **failed** on Monday, officials said.';
  assert.deepEqual(await calls(page), [proposal]);
  assert.equal(await markdown(page), proposal);
  const look = await page.evaluate(() => {
    const del = document.querySelector('del.ed-suggest-delete');
    const ins = document.querySelector('ins.ed-suggest-insert');
    const d = getComputedStyle(del);
    const i = getComputedStyle(ins);
    const text = getComputedStyle(document.querySelector('.ed-content p')).color;
    return {
      editable: del.getAttribute('contenteditable'), title: del.title, insTitle: ins.title,
      strike: d.textDecorationLine, strikeColor: d.textDecorationColor, delColor: d.color === text,
      underline: i.textDecorationLine, underlineColor: i.textDecorationColor, insColor: i.color === text,
      live: document.querySelector('.ed-status').getAttribute('aria-live'),
    };
  });
  assert.deepEqual(look, {
    editable: 'false', title: 'Suggested by Fiona Fact-checker', insTitle: 'Suggested by Fiona Fact-checker',
    strike: 'line-through', strikeColor: 'rgb(138, 63, 252)', delColor: true,
    underline: 'underline', underlineColor: 'rgb(138, 63, 252)', insColor: true, live: 'polite',
  });
  // Undo takes the typing back, and with it the suggestion.
  await page.keyboard.press(`${mod}+z`);
  assert.deepEqual((await suggestions(page)).ins, ['6,500 soldiers']);
  // The base was saved meanwhile: re-diffed against the new base.
  await page.evaluate(() => window.handle.setBase('They sent 6,500 soldiers to the border.\n\nTalks **failed** on Monday.'));
  assert.equal(await page.evaluate(() => window.handle.suggestionCount()), 0);
  await page.evaluate(() => window.handle.setSuggesting(null));
  assert.deepEqual(await suggestions(page), { ins: [], del: [], count: 0, status: '' });
  assert.equal(await page.evaluate(() => document.querySelector('.ed-editor').classList.contains('ed-suggesting')), false);
  await page.waitForTimeout(400);
  assert.deepEqual(await calls(page), [proposal, 'They sent 6,500 soldiers to the  border.\n\nTalks **failed** on Monday.']);
  await page.close();
});

test('suggesting: typing right after a deletion and at a block start keeps the text out of the widget', { skip }, async () => {
  const base = 'Old start of the text.\n\nSecond paragraph.';
  const page = await openPage('light', base, { suggesting: { baseMarkdown: base, ...FIONA } });
  await select(page, 'Old ');
  await page.keyboard.press('Delete');
  await page.keyboard.type('New ');
  await select(page, 'Second ');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Other ');
  await page.waitForTimeout(600);
  assert.equal(await markdown(page), 'New start of the text.\n\nOther paragraph.');
  assert.deepEqual(await suggestions(page), {
    ins: ['New', 'Other'], del: ['deleted: Old', 'deleted: Second'], count: 2, status: 'Suggesting · 2 changes',
  });
  await page.close();
});

test('suggesting: an IME composition is left alone while it lasts, then shown', { skip }, async () => {
  const page = await openPage('light', 'One two new three.', { suggesting: { baseMarkdown: 'One old two three.', ...FIONA } });
  await select(page, 'new', true);
  const cdp = await page.context().newCDPSession(page);
  for (const text of ['e', 'er']) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text: 'er' });
  await page.keyboard.press('End');
  for (const text of [' f', ' fo', ' four']) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  assert.deepEqual((await suggestions(page)).ins, ['newer']); // mapped only, during the composition
  await cdp.send('Input.insertText', { text: ' four' });
  await page.waitForTimeout(600);
  assert.equal(await markdown(page), 'One two newer three. four');
  assert.deepEqual(await suggestions(page), {
    ins: ['newer', 'four'], del: ['deleted: old'], count: 3, status: 'Suggesting · 3 changes',
  });
  await page.close();
});

test('suggesting: a keystroke in a 10,000-word article (browser, view update included)', { skip }, async () => {
  const words = ['council', 'budget', 'the', 'of', 'schools', 'minister', 'said', 'on', 'Monday', '6,000', '$3.2bn', 'troops', 'vote'];
  const paragraphs = [];
  for (let p = 0; p < 100; p++) paragraphs.push(Array.from({ length: 100 }, (_, i) => words[(p * 7 + i * 3) % words.length]).join(' ') + '.');
  const base = paragraphs.join('\n\n');
  const edited = paragraphs.slice();
  edited[10] = 'Reportedly ' + edited[10];
  edited.splice(60, 1);
  const page = await openPage('light', edited.join('\n\n'), { suggesting: { baseMarkdown: base, ...FIONA } });
  const measure = () => page.evaluate(async () => {
    const box = document.querySelector('[role=textbox]');
    const target = box.children[50].firstChild;
    box.focus();
    const range = document.createRange();
    range.setStart(target, 30);
    range.collapse(true);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    await new Promise((r) => setTimeout(r, 50));
    const times = [];
    for (let i = 0; i < 40; i++) {
      const start = performance.now();
      document.execCommand('insertText', false, i % 6 === 5 ? ' ' : 'x');
      await Promise.resolve(); // ProseMirror reads the DOM change in a MutationObserver callback
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { median: times[20], max: times[39] };
  });
  const on = await measure();
  const count = await page.evaluate(() => window.handle.suggestionCount());
  await page.evaluate(() => window.handle.setSuggesting(null));
  const off = await measure();
  console.log(`browser, 10,000 words: per keystroke median ${on.median.toFixed(1)} ms (max ${on.max.toFixed(1)}) suggesting, ` +
    `${off.median.toFixed(1)} ms (max ${off.max.toFixed(1)}) not suggesting`);
  assert.equal(count, 3); // the two edits and the typing
  assert.ok(on.median < 50);
  await page.close();
});

for (const theme of ['light', 'dark']) {
  test(`axe-core finds nothing with suggestions shown (${theme})`, { skip }, async () => {
    const base = '# Title\n\nThey sent 6,000 troops to the border on **Monday**.\n\n> A quote that goes.\n\n- one\n- two';
    const page = await openPage(theme, '# Title\n\nThey sent 6,500 soldiers to the border **today**, officials said.\n\n- one\n- two and three',
      { suggesting: { baseMarkdown: base, ...FIONA } });
    const shown = await suggestions(page);
    assert.ok(shown.ins.length >= 3 && shown.del.length >= 2, JSON.stringify(shown));
    await audit(page, `${theme} suggesting`);
    await page.screenshot({ path: `/tmp/editorial-editor-suggesting-${theme}.png` }).catch(() => {});
    await page.close();
  });
}
