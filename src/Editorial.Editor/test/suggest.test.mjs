// Suggesting mode: the word diff, the decorations it gives (positions), the plugin, the handle's
// setBase/setSuggesting/suggestionCount (in jsdom), and the time a keystroke costs. Run: node --test test/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EditorState } from 'prosemirror-state';
import { schema } from '../src/schema.js';
import { parseMarkdown } from '../src/markdown.js';
import { tokenize, diffText, suggestions, flatten, positionAt, suggestionDecorations, suggestingPlugin, suggestKey } from '../src/suggest.js';

const tokens = (text) => {
  const starts = tokenize(text, 0, text.length);
  return starts.map((s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1] : text.length));
};
// What a reader sees: [deleted words, inserted words] per change.
const changes = (a, b) => suggestions(a, b).map((c) => [c.deleted, b.slice(c.from, c.to)]);

test('tokens match the server’s: apostrophes, hyphens and abbreviation dots inside words, percentages', () => {
  assert.deepEqual(tokens("don't well-known U.S. 12% rock’n’roll"),
    ["don't", ' ', 'well-known', ' ', 'U.S', '.', ' ', '12%', ' ', 'rock’n’roll']);
  assert.deepEqual(tokens("'quoted' -dash"), ["'", 'quoted', "'", ' ', '-', 'dash']);
});

test('tokens: words, numbers with , and . and a currency sign are one token, spaces runs, other characters single', () => {
  assert.deepEqual(tokens('They sent 6,000 troops; $3.2bn (3.2bn) £40.'),
    ['They', ' ', 'sent', ' ', '6,000', ' ', 'troops', ';', ' ', '$3.2bn', ' ', '(', '3.2bn', ')', ' ', '£40', '.']);
  assert.deepEqual(tokens('Zoë  naïve\n\n😀x'), ['Zoë', '  ', 'naïve', '\n\n', '😀', 'x']);
  assert.deepEqual(tokens('end. Next 1,a'), ['end', '.', ' ', 'Next', ' ', '1', ',', 'a']);
});

test('diff: a number is one token; a replacement across one space is one change', () => {
  assert.deepEqual(changes('They sent 6,000 troops to the border.', 'They sent 6,500 soldiers to the border.'),
    [['6,000 troops', '6,500 soldiers']]);
  assert.deepEqual(changes('It cost $3.2bn last year.', 'It cost $3.4bn last year.'), [['$3.2bn', '$3.4bn']]);
  // Typing inside a word shows the whole word replaced.
  assert.deepEqual(changes('The council voted.', 'The counsel voted.'), [['council', 'counsel']]);
  // Changes further apart stay apart; a line break between them does not merge them.
  assert.deepEqual(changes('one two three four', 'uno two three cuatro'), [['one', 'uno'], ['four', 'cuatro']]);
  assert.deepEqual(changes('one\ntwo', 'uno\ndos'), [['one', 'uno'], ['two', 'dos']]);
});

test('diff: insertion at the start and the end, deletions, identical and whitespace-only', () => {
  assert.deepEqual(changes('The vote passed.', 'Yesterday the vote passed.'), [['The', 'Yesterday the']]);
  assert.deepEqual(changes('budget passed', 'Council budget passed'), [['', 'Council']]);
  assert.deepEqual(changes('The vote passed', 'The vote passed easily'), [['', 'easily']]);
  assert.deepEqual(changes('The vote passed.', 'The vote passed. Again.'), [['', 'Again.']]);
  assert.deepEqual(changes('The big red car', 'The car'), [['big red', '']]);
  assert.deepEqual(changes('', 'All new'), [['', 'All new']]);
  assert.deepEqual(changes('All gone', ''), [['All gone', '']]);
  assert.deepEqual(changes('Same text.\nSecond block.', 'Same text.\nSecond block.'), []);
  assert.deepEqual(diffText('Same', 'Same'), []);
  // A split paragraph or changed spacing is not a word change.
  assert.deepEqual(changes('First sentence. Second sentence.', 'First sentence.\nSecond sentence.'), []);
  assert.deepEqual(changes('a  b', 'a b'), []);
});

test('diff: a deletion across a block boundary is one deletion, its words joined by a space', () => {
  const s = suggestions('One two.\nThree four.', 'One four.');
  assert.equal(s.length, 1);
  assert.equal(s[0].deleted, 'two. Three');
  assert.equal(s[0].from, s[0].to);
  assert.equal(s[0].at, 'One '.length);
});

test('diff: the hunks always describe the edit exactly (seeded random edits)', () => {
  let seed = 7;
  const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
  const words = ['the', 'council', '6,000', '$3.2bn', 'vote', '.', ',', ' ', ' ', ' ', '\n', 'é', '😀', 'a', 'b'];
  const text = (n) => Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join('');
  for (let i = 0; i < 2000; i++) {
    const a = text(Math.floor(rnd() * 80));
    let b = a;
    for (let e = Math.floor(rnd() * 5); e > 0; e--) {
      const at = Math.floor(rnd() * (b.length + 1));
      const cut = Math.floor(rnd() * 8);
      b = b.slice(0, at) + (rnd() < 0.6 ? text(Math.floor(rnd() * 4)) : '') + b.slice(at + cut);
    }
    assertExact(a, b, diffText(a, b));
  }
});

// The hunks, in order, with the text between them unchanged, turn a into b.
function assertExact(a, b, hunks) {
  let rebuilt = '';
  let ai = 0;
  let bi = 0;
  for (const [a0, a1, b0, b1] of hunks) {
    assert.ok(a0 >= ai && b0 >= bi && a1 >= a0 && b1 >= b0);
    assert.equal(a.slice(ai, a0), b.slice(bi, b0), 'unchanged text between hunks');
    rebuilt += a.slice(ai, a0) + b.slice(b0, b1);
    ai = a1;
    bi = b1;
  }
  assert.equal(a.slice(ai), b.slice(bi));
  rebuilt += a.slice(ai);
  assert.equal(rebuilt, b, JSON.stringify([a, b]).slice(0, 500));
}

test('diff: a heavy rewrite (30% of the words, paragraphs moved) stays exact, fine-grained and bounded', () => {
  let seed = 99;
  const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
  // Words with a Zipf distribution, as in prose: many repeat, some occur once.
  const cumulative = [];
  let sum = 0;
  for (let i = 1; i <= 8000; i++) cumulative.push(sum += 1 / i);
  const word = () => {
    const r = rnd() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid] < r) lo = mid + 1; else hi = mid; }
    return 'w' + lo.toString(36);
  };
  const base = [];
  const proposal = [];
  for (let p = 0; p < 100; p++) {
    const before = [];
    const after = [];
    for (let i = 0; i < 100; i++) {
      const w = word();
      before.push(w);
      if (rnd() >= 0.3) after.push(w);
      else if (rnd() < 0.5) after.push('new' + Math.floor(rnd() * 50));
    }
    base.push(before.join(' ') + '.');
    proposal.push(after.join(' ') + '.');
  }
  const moved = proposal.splice(30, 1)[0];
  proposal.splice(70, 0, moved, 'A new paragraph.');
  const a = base.join('\n');
  const b = proposal.join('\n');
  const start = performance.now();
  const hunks = diffText(a, b);
  const ms = performance.now() - start;
  const shown = suggestions(a, b);
  const largest = Math.max(...shown.map((c) => c.deleted.length));
  console.log(`heavy rewrite of 10,000 words: ${shown.length} changes, largest deletion ${largest} characters, ${ms.toFixed(0)} ms`);
  assertExact(a, b, hunks);
  assert.ok(shown.length > 1500);
  assert.ok(largest < 1000, 'no giant fallback replacement');
  assert.ok(ms < 1000);
});

test('flatten: text blocks joined by \\n, positions map back into the document', () => {
  const doc = parseMarkdown('# Title\n\n- one\n- two\n\n> quoted **bold**');
  const flat = flatten(doc);
  assert.equal(flat.text, 'Title\none\ntwo\nquoted bold');
  for (const word of ['Title', 'one', 'two', 'quoted', 'bold']) {
    const i = flat.text.indexOf(word);
    assert.equal(doc.textBetween(positionAt(flat, i), positionAt(flat, i + word.length)), word);
  }
});

// The decorations as [kind, text, position] (the widget's words, or the decorated text).
function described(doc, baseText, title) {
  const { decorations, count } = suggestionDecorations(doc, baseText, title);
  const list = decorations.find().map((d) => (d.spec.key
    ? ['del', d.spec.key.slice(d.spec.key.lastIndexOf(':') + 1), d.from, d.spec.side]
    : ['ins', doc.textBetween(d.from, d.to), d.from, d.type.attrs.nodeName, d.type.attrs.class, d.type.attrs.title]));
  return { list, count };
}

test('decorations: an inline <ins> per inserted range, a widget per deletion, at the right positions', () => {
  const base = flatten(parseMarkdown('They sent 6,000 troops.\n\n- Talks **failed** on Monday.\n- Nothing else.')).text;
  const doc = parseMarkdown('They sent 6,500 soldiers.\n\n- Talks *failed*.\n- Nothing else, said the minister.');
  const { list, count } = described(doc, base, 'Suggested by Fiona');
  const at = (text) => {
    let found = -1;
    doc.descendants((n, pos) => { if (n.isText && found < 0 && n.text.includes(text)) found = pos + n.text.indexOf(text); });
    return found;
  };
  assert.deepEqual(list, [
    ['del', '6,000 troops', at('6,500'), -1],
    ['ins', '6,500 soldiers', at('6,500'), 'ins', 'ed-suggest-insert', 'Suggested by Fiona'],
    ['del', 'on Monday', at('failed') + 'failed'.length, -1],
    ['ins', ', said the minister', at(', said'), 'ins', 'ed-suggest-insert', 'Suggested by Fiona'],
  ]);
  assert.equal(count, 3); // a replacement, a deletion (bold -> italic is formatting) and an insertion
  // An insertion that spans blocks gets one decoration per block; a deleted block start binds forward.
  const two = described(parseMarkdown('New one.\n\nNew two.\n\nOld'), 'Old', 'x');
  assert.deepEqual(two.list.map((d) => d.slice(0, 2)), [['ins', 'New one.'], ['ins', 'New two.']]);
  const start = described(parseMarkdown('kept'), 'Gone kept', 'x');
  assert.deepEqual(start.list, [['del', 'Gone', 1, 1]]);
  assert.equal(described(parseMarkdown('Same **words**'), 'Same words', 'x').count, 0);
});

test('the plugin recomputes on each change, on a new base, and shows nothing when off', () => {
  let config = { baseText: 'The vote passed.', title: 'Suggested by Fiona' };
  const plugin = suggestingPlugin(() => config);
  let state = EditorState.create({ doc: parseMarkdown('The vote passed.'), plugins: [plugin] });
  const count = () => suggestKey.getState(state).count;
  const decoCount = () => plugin.props.decorations(state).find().length;
  assert.equal(count(), 0);
  state = state.apply(state.tr.insertText(' narrowly', 'The vote passed'.length + 1));
  assert.equal(count(), 1);
  assert.deepEqual(plugin.props.decorations(state).find().map((d) => state.doc.textBetween(d.from, d.to)), ['narrowly']);
  config = { ...config, baseText: 'The motion passed.' }; // setBase
  state = state.apply(state.tr.setMeta(suggestKey, true));
  assert.equal(count(), 2);
  assert.equal(decoCount(), 3);
  config = null; // setSuggesting(null)
  state = state.apply(state.tr.setMeta(suggestKey, true));
  assert.equal(count(), 0);
  assert.equal(decoCount(), 0);
  state = state.apply(state.tr.insertText('x', 1));
  assert.equal(decoCount(), 0);
});

test('handle: suggesting option, setBase, setSuggesting(null), suggestionCount, status (jsdom)', async () => {
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('<!doctype html><html><body><div id="host"></div></body></html>');
  for (const name of ['window', 'document', 'navigator', 'Node', 'Element', 'MutationObserver', 'getSelection']) {
    if (!(name in globalThis)) globalThis[name] = name === 'window' ? window : window[name];
  }
  const { create } = await import('../src/index.js');
  const host = window.document.getElementById('host');
  const reported = [];
  const dotnet = { invokeMethodAsync: (name, md) => { reported.push(md); return Promise.resolve(); } };
  const handle = create(host, {
    markdown: 'They sent **6,500** soldiers.',
    suggesting: { baseMarkdown: 'They sent 6,000 troops.', authorName: 'Fiona Fact-checker', color: '#8a3ffc' },
  }, dotnet);
  const root = host.querySelector('.ed-editor');
  assert.ok(root.classList.contains('ed-suggesting'));
  assert.equal(root.style.getPropertyValue('--ed-suggest-color'), '#8a3ffc');
  assert.equal(handle.suggestionCount(), 1);
  assert.equal(host.querySelector('.ed-status').textContent, 'Suggesting · 1 change');
  assert.equal(host.querySelector('.ed-status').getAttribute('aria-live'), 'polite');
  const del = host.querySelector('del.ed-suggest-delete');
  assert.equal(del.textContent, 'deleted: 6,000 troops ');
  assert.equal(del.getAttribute('contenteditable'), 'false');
  assert.equal(del.title, 'Suggested by Fiona Fact-checker');
  assert.equal(host.querySelector('del .ed-sr-only').textContent, 'deleted: ');
  assert.deepEqual([...host.querySelectorAll('ins.ed-suggest-insert')].map((e) => [e.textContent, e.title]),
    [['6,500', 'Suggested by Fiona Fact-checker'], [' soldiers', 'Suggested by Fiona Fact-checker']]);
  assert.equal(handle.getMarkdown(), 'They sent **6,500** soldiers.');

  handle.setBase('Yesterday they sent 6,000 troops.');
  assert.equal(handle.suggestionCount(), 2);
  assert.equal(host.querySelectorAll('del.ed-suggest-delete').length, 2);
  handle.setSuggesting(null);
  assert.equal(handle.suggestionCount(), 0);
  assert.equal(host.querySelectorAll('del, ins').length, 0);
  assert.ok(!root.classList.contains('ed-suggesting'));
  assert.equal(root.style.getPropertyValue('--ed-suggest-color'), '');
  assert.equal(host.querySelector('.ed-status').textContent, '');
  // Back on without a base: the last base is kept.
  handle.setSuggesting({ authorName: 'Sam' });
  assert.equal(handle.suggestionCount(), 2);
  assert.equal(host.querySelector('del').title, 'Suggested by Sam');
  // A new document with setMarkdown is diffed against the same base.
  handle.setMarkdown('Yesterday they sent 6,000 troops.');
  assert.equal(handle.suggestionCount(), 0);
  assert.equal(host.querySelectorAll('del, ins').length, 0);
  handle.setSuggesting(null);
  handle.destroy();
  assert.deepEqual(reported, []); // none of this is an edit
  assert.equal(host.childElementCount, 0);
});

// A newsroom article: sentences with numbers, names and punctuation.
function article(words) {
  const vocab = ['council', 'budget', 'the', 'of', 'schools', 'minister', 'said', 'on', 'Monday', '6,000', '$3.2bn', 'troops', 'vote',
    'a', 'and', 'in', 'report', 'police', 'city', 'plan', '12.5%', 'residents', 'Smith', 'would', 'not', 'comment'];
  let seed = 42;
  const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
  const paragraphs = [];
  let count = 0;
  while (count < words) {
    const n = 40 + Math.floor(rnd() * 80);
    const sentence = [];
    for (let i = 0; i < n; i++) sentence.push(vocab[Math.floor(rnd() * vocab.length)] + (rnd() < 0.1 ? '.' : rnd() < 0.1 ? ',' : ''));
    paragraphs.push((paragraphs.length % 12 === 0 ? '## ' : '') + sentence.join(' ') + '.');
    count += n;
  }
  return paragraphs;
}

function timeKeystrokes(paragraphs, label) {
  const baseMd = paragraphs.join('\n\n');
  // The proposal: a few changes spread over the article.
  const edited = paragraphs.slice();
  edited[3] = edited[3].replace(/\w+/, 'Reportedly');
  edited.splice(Math.floor(edited.length / 2), 1);
  edited[edited.length - 2] += ' An added sentence at the end.';
  const baseText = flatten(parseMarkdown(baseMd)).text;
  const config = { baseText, title: 'Suggested by Fiona' };
  const plugins = [suggestingPlugin(() => config)];
  const doc = parseMarkdown(edited.join('\n\n'));
  let start = performance.now();
  let state = EditorState.create({ doc, plugins });
  const firstMs = performance.now() - start;
  const shown = suggestKey.getState(state).count;
  // Type 100 characters in the middle of a paragraph in the middle (each one a transaction).
  let pos = 0;
  const middle = Math.floor(doc.childCount / 2);
  doc.forEach((node, offset, i) => { if (i === middle) pos = offset + 1 + Math.floor(node.content.size / 2); });
  const times = [];
  for (let i = 0; i < 100; i++) {
    const tr = state.tr.insertText(i % 6 === 5 ? ' ' : 'x', pos + i);
    start = performance.now();
    state = state.apply(tr);
    times.push(performance.now() - start);
  }
  // The same typing without the plugin: the part that is ProseMirror's own.
  let plain = EditorState.create({ doc });
  const plainTimes = [];
  for (let i = 0; i < 100; i++) {
    const tr = plain.tr.insertText(i % 6 === 5 ? ' ' : 'x', pos + i);
    start = performance.now();
    plain = plain.apply(tr);
    plainTimes.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  plainTimes.sort((x, y) => x - y);
  const median = times[50];
  console.log(`${label} (${baseText.length} characters): first diff ${firstMs.toFixed(1)} ms, ${shown} changes; ` +
    `per keystroke median ${median.toFixed(2)} ms, p90 ${times[90].toFixed(2)} ms, max ${times[99].toFixed(2)} ms ` +
    `(without suggesting: median ${plainTimes[50].toFixed(2)} ms)`);
  assert.ok(shown >= 3);
  assert.ok(suggestKey.getState(state).count >= shown);
  return { firstMs, median };
}

test('timing: a keystroke in a 10,000-word article with a few changes re-diffs well under 15 ms', () => {
  timeKeystrokes(article(10000), 'warm-up');
  const { median, firstMs } = timeKeystrokes(article(10000), '10,000 words');
  assert.ok(median < 15, `median ${median} ms`);
  assert.ok(firstMs < 500);
  const big = timeKeystrokes(article(33000), '200,000-character article');
  assert.ok(big.median < 100);
});

test('a completely different base stays bounded (falls back to whole-run changes)', () => {
  const a = article(10000).join('\n');
  const b = a.split('').reverse().join('');
  const start = performance.now();
  const hunks = diffText(a, b);
  const ms = performance.now() - start;
  console.log(`completely different 10,000-word texts: ${hunks.length} hunks in ${ms.toFixed(0)} ms`);
  assert.ok(hunks.length > 0);
  assert.ok(ms < 3000);
});
