// Markdown in and out: parse(serialize(doc)) must give back doc, so saving and reloading an article
// never changes it. Run: node --test test/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schema, containerDepth, MAX_DEPTH } from '../src/schema.js';
import { parseMarkdown, serializeMarkdown } from '../src/markdown.js';

const { doc, paragraph, heading, blockquote, bullet_list, ordered_list, list_item } = schema.nodes;
const { strong, em, link } = schema.marks;
const t = (text, ...marks) => schema.text(text, marks);
const p = (...content) => paragraph.create(null, content);
const li = (...blocks) => list_item.create(null, blocks);
const a = (href) => link.create({ href });

function assertRoundTrip(d) {
  const md = serializeMarkdown(d);
  const back = parseMarkdown(md);
  assert.ok(back.eq(d), `round trip changed the document\nmarkdown: ${JSON.stringify(md)}\nbefore: ${d}\nafter:  ${back}`);
  assert.equal(serializeMarkdown(back), md, 'serializing again gives other Markdown');
  return md;
}

test('every node and mark survives the round trip', () => {
  const d = doc.create(null, [
    heading.create({ level: 1 }, [t('Title')]),
    heading.create({ level: 2 }, [t('Sub'), t('heading', em.create())]),
    p(t('Plain, '), t('bold', strong.create()), t(', '), t('italic', em.create()), t(', '),
      t('both', strong.create(), em.create()), t(' and a '), t('link', a('https://example.com/page'), strong.create()), t('.')),
    blockquote.create(null, [p(t('Quoted')), bullet_list.create(null, [li(p(t('in a quote')))])]),
    bullet_list.create(null, [li(p(t('one'))), li(p(t('two')), p(t('second paragraph'))), li(p(t('three')))]),
    ordered_list.create({ order: 3 }, [li(p(t('third'))), li(p(t('fourth')))]),
    p(t('mail', em.create()), t(' '), t('me', a('mailto:desk@example.com'))),
  ]);
  const md = assertRoundTrip(d);
  assert.match(md, /^# Title$/m);
  assert.match(md, /^## Sub\*heading\*$/m);
  assert.match(md, /\*\*bold\*\*/);
  assert.match(md, /\*italic\*/);
  assert.match(md, /^> Quoted$/m);
  assert.match(md, /^- one\n- two\n\n {2}second paragraph\n- three$/m);
  assert.match(md, /^3\. third\n4\. fourth$/m);
});

test('nested lists, mixed kinds, lists starting with a nested list, adjacent lists', () => {
  const d = doc.create(null, [
    bullet_list.create(null, [
      li(p(t('a')), ordered_list.create(null, [li(p(t('a.1')), bullet_list.create(null, [li(p(t('a.1.x')))])), li(p(t('a.2')))])),
      li(p(), bullet_list.create(null, [li(p(t('nested first')))])),
      li(p(), heading.create({ level: 2 }, [t('heading in item')])),
    ]),
    bullet_list.create(null, [li(p(t('a second list right after')))]),
    ordered_list.create({ order: 7 }, [li(p(t('seven')))]),
    ordered_list.create({ order: 1 }, [li(p(t('one again')))]),
  ]);
  const md = assertRoundTrip(d);
  assert.match(md, /^- - nested first$/m);
  assert.match(md, /^\* a second list right after$/m); // another bullet, or the lists would merge
});

test('a link with parentheses and spaces in its address', () => {
  const href = 'https://example.com/wiki/A_(b) c?q=1&amp;x=(2)';
  const md = assertRoundTrip(doc.create(null, [p(t('see '), t('this page', a(href)))]));
  assert.equal(md, 'see [this page](<https://example.com/wiki/A_(b) c?q=1\\&amp;x=(2)>)');
  assertRoundTrip(doc.create(null, [p(t('https://example.com/plain', a('https://example.com/plain')))]));
});

test('Markdown characters in text stay text', () => {
  const texts = [
    '# not a heading', '## also not', '- not a bullet', '+ nor this', '* nor this', '> not a quote',
    '1. not a list', '2) not a list', '1.', '#', '-', '+', '---', '***', '___', '===',
    'stars *a* and **b** and _c_ and __d__', 'snake_case_name and _leading', 'back\\slash \\* \\\\ \\',
    '[not](https://a.link) and [brackets]', '`code` and ```fences```', '~~strike~~', '![not an image](https://x/y.png)',
    'a <b>tag</b> & an &amp; entity &#42; &copy;', '<https://not.an.autolink>', 'ends with #', 'trailing \\',
  ];
  for (const text of texts) {
    assertRoundTrip(doc.create(null, [p(t(text))]));
    assertRoundTrip(doc.create(null, [heading.create({ level: 2 }, [t(text)])]));
    assertRoundTrip(doc.create(null, [bullet_list.create(null, [li(p(t(text)))])]));
    assertRoundTrip(doc.create(null, [blockquote.create(null, [p(t(text))])]));
  }
});

test('<script> in Markdown is literal text', () => {
  const d = parseMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
  assert.equal(d.childCount, 2);
  assert.equal(d.child(0).textContent, '<script>alert(1)</script>');
  assert.equal(d.child(1).textContent, '<img src=x onerror=alert(1)>');
  const md = assertRoundTrip(d);
  assert.equal(md, '\\<script>alert(1)\\</script>\n\n\\<img src=x onerror=alert(1)>');
});

test('a javascript: link (or any other scheme) in Markdown is not a link', () => {
  for (const md of ['[click](javascript:alert(1))', '[x](JAVASCRIPT:alert(1))', '[x](data:text/html,hi)', '<javascript:alert(1)>',
    '[x](vbscript:msgbox)', '[x](file:///etc/passwd)', '[x](/relative)', '[x]: javascript:alert(1)\n\n[x]']) {
    const d = parseMarkdown(md);
    let links = 0;
    d.descendants((n) => { if (n.marks.some((m) => m.type === link)) links++; });
    assert.equal(links, 0, md);
    assert.ok(d.textContent.length > 0, md);
    assertRoundTrip(d);
  }
  const ok = parseMarkdown('[ok](https://example.com) [mail](mailto:a@b.example)');
  const hrefs = [];
  ok.descendants((n) => { n.marks.forEach((m) => { if (m.type === link) hrefs.push(m.attrs.href); }); });
  assert.deepEqual(hrefs, ['https://example.com', 'mailto:a@b.example']);
});

test('what the schema does not have becomes text or its nearest kind', () => {
  assert.equal(serializeMarkdown(parseMarkdown('### three\n\n###### six')), '## three\n\n## six');
  assert.equal(serializeMarkdown(parseMarkdown('```js\nx = 1\n```')), '\\`\\`\\`js x = 1 \\`\\`\\`');
  assert.equal(parseMarkdown('---').textContent, '---');
  assert.equal(parseMarkdown('line one  \nline two').textContent, 'line one line two');
  assert.equal(serializeMarkdown(parseMarkdown('')), '');
  assert.equal(parseMarkdown('').toString(), 'doc(paragraph)');
});

test('deep nesting is flattened to depth 4, nothing dropped', () => {
  let md = '';
  for (let i = 1; i <= 10; i++) md += '  '.repeat(i - 1) + '- level ' + i + '\n';
  const d = parseMarkdown(md);
  assert.equal(containerDepth(d), MAX_DEPTH);
  for (let i = 1; i <= 10; i++) assert.ok(d.textContent.includes('level ' + i), 'level ' + i);
  assertRoundTrip(d);

  const quotes = parseMarkdown('> '.repeat(10) + 'deep quote');
  assert.equal(containerDepth(quotes), MAX_DEPTH);
  assert.equal(quotes.textContent, 'deep quote');

  const mixed = parseMarkdown('> - > 1. > - > deepest');
  assert.equal(containerDepth(mixed), MAX_DEPTH);
  assert.equal(mixed.textContent, 'deepest');
});

test('bold and italics next to punctuation never leave stray asterisks', () => {
  const cases = [
    [t('Note:', strong.create()), t('Text')],
    [t('a'), t('(b)', strong.create()), t('c')],
    [t('bold', strong.create()), t('both', strong.create(), em.create()), t('italic', em.create())],
    [t('5'), t('%', strong.create())],
  ];
  for (const inline of cases) {
    const md = serializeMarkdown(doc.create(null, [p(...inline)]));
    const back = parseMarkdown(md);
    assert.equal(back.textContent, inline.map((n) => n.text).join(''), md);
    assert.equal(serializeMarkdown(back), md);
  }
});

test('random documents survive the round trip (seeded)', () => {
  let seed = 12345;
  const rnd = () => { seed = (seed + 0x6d2b79f5) | 0; let x = Math.imul(seed ^ (seed >>> 15), 1 | seed); x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x; return ((x ^ (x >>> 14)) >>> 0) / 4294967296; };
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const atoms = ['word', ' ', '*', '_', '#', '-', '1.', '>', '<', '&amp;', '\\', '[', ']', '(', ')', '`', '!', 'é', ',', 'x_y'];
  const hrefs = ['https://a.example/b', 'https://a.example/x y(z)', 'mailto:q@r.example'];
  const inline = () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => {
    const marks = [];
    if (rnd() < 0.3) marks.push(strong.create());
    if (rnd() < 0.3) marks.push(em.create());
    if (rnd() < 0.2) marks.push(a(pick(hrefs)));
    return schema.text(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(atoms)).join(''), marks);
  });
  const blocks = (depth) => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
    const r = rnd();
    const items = () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => list_item.createAndFill(null, blocks(depth + 1)));
    if (depth < MAX_DEPTH && r < 0.15) return blockquote.create(null, blocks(depth + 1));
    if (depth < MAX_DEPTH && r < 0.3) return bullet_list.create(null, items());
    if (depth < MAX_DEPTH && r < 0.4) return ordered_list.create({ order: pick([1, 0, 5, 99]) }, items());
    if (r < 0.5) return heading.create({ level: pick([1, 2]) }, inline());
    return paragraph.create(null, inline());
  });
  for (let i = 0; i < 500; i++) {
    // The first write canonicalizes (trims, drops blank paragraphs, repairs unwritable emphasis);
    // from then on the document and its Markdown are fixed points.
    const d = parseMarkdown(serializeMarkdown(doc.create(null, blocks(0))));
    assertRoundTrip(d);
  }
});

test('a 200,000-character document parses and serializes quickly', () => {
  let md = '';
  for (let i = 1; md.length < 200000; i++) {
    if (i % 10 === 0) md += `## Section ${i}\n\n`;
    if (i % 7 === 0) md += `- item **bold** ${i}\n- item *two* [link](https://example.com/${i})\n  - nested\n\n`;
    else if (i % 13 === 0) md += `> A quote with *emphasis* and a \\* star ${i}.\n\n`;
    else md += `Paragraph ${i} with **bold**, *italic*, a [link](https://example.com/a_(b)) and plain text that runs on to fill the line.\n\n`;
  }
  md = md.slice(0, 200000).replace(/\s+$/, '');
  let start = performance.now();
  const d = parseMarkdown(md);
  const parseMs = performance.now() - start;
  start = performance.now();
  const out = serializeMarkdown(d);
  const serializeMs = performance.now() - start;
  start = performance.now();
  serializeMarkdown(d);
  const againMs = performance.now() - start;
  start = performance.now();
  const back = parseMarkdown(out);
  const reparseMs = performance.now() - start;
  console.log(`200,000 characters: parse ${parseMs.toFixed(0)} ms, serialize ${serializeMs.toFixed(0)} ms ` +
    `(again, unchanged blocks cached: ${againMs.toFixed(0)} ms), parse the output ${reparseMs.toFixed(0)} ms`);
  assert.ok(back.eq(d));
  assert.ok(parseMs < 2000 && serializeMs < 2000 && reparseMs < 2000);
});
