// Paste from Word, Google Docs and web pages: cleanPastedHTML + the schema's parse rules, in jsdom
// (the browser does the same in an inert document). Run: node --test test/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.DOMParser = window.DOMParser;
globalThis.document = window.document;

const { pastedDocument, cleanPastedHTML, plainTextSlice } = await import('../src/paste.js');
const { serializeMarkdown } = await import('../src/markdown.js');
const { containerDepth, MAX_DEPTH, schema } = await import('../src/schema.js');

const paste = (html) => serializeMarkdown(pastedDocument(html));

test('a Word list becomes a real (nested) list, numbered where Word numbered it', () => {
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><style>p.MsoNormal { margin: 0 }</style></head><body lang=EN-US><!--StartFragment-->
<p class=MsoTitle>Council <b>budget</b><o:p></o:p></p>
<h2>Background<o:p></o:p></h2>
<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span></span><![endif]>Schools get <b>more</b><o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:1.0in;text-indent:-.25in;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Primary <i>first</i><o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span></span><![endif]>Roads get less<o:p></o:p></p>
<p class=MsoNormal>Then the vote:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; </span></span></span><![endif]>First reading<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span></span><![endif]>Second reading<o:p></o:p></p>
<!--EndFragment--></body></html>`;
  assert.equal(paste(html), [
    '# Council **budget**',
    '',
    '## Background',
    '',
    '- Schools get **more**',
    '  - Primary *first*',
    '- Roads get less',
    '',
    'Then the vote:',
    '',
    '1. First reading',
    '2. Second reading',
  ].join('\n'));
  assert.ok(!cleanPastedHTML(html).includes('mso-list:Ignore'));
});

test('Google Docs: the bold wrapper is not bold; styled spans are', () => {
  const html = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5f3c2a1b-7fff-1234"><p dir="ltr" style="line-height:1.38;margin-top:0pt"><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:400;">Plain, </span><span style="font-size:11pt;font-weight:700;">bold</span><span style="font-weight:400;"> and </span><span style="font-style:italic;font-weight:400;">italic</span></p><ul style="margin-top:0;"><li dir="ltr" aria-level="1" style="list-style-type:disc;"><p dir="ltr"><span>one</span></p></li><li dir="ltr" aria-level="2" style="list-style-type:circle;"><p dir="ltr"><span>one.a</span></p></li><li dir="ltr" aria-level="1"><p dir="ltr"><span>two</span></p></li></ul></b>`;
  assert.equal(paste(html), 'Plain, **bold** and *italic*\n\n- one\n  - one.a\n- two');
});

test('links with other schemes lose the link and keep their text', () => {
  const html = '<p><a href="javascript:alert(1)">js</a> <a href="JaVaScRiPt:alert(1)">js2</a> <a href="data:text/html,x">data</a> ' +
    '<a href="vbscript:x">vb</a> <a href="file:///etc/passwd">file</a> <a href="/relative">rel</a> <a href=" https://ok.example/a(b) ">ok</a> ' +
    '<a href="mailto:desk@example.com">mail</a></p>';
  assert.equal(paste(html), 'js js2 data vb file rel [ok](<https://ok.example/a(b)>) [mail](mailto:desk@example.com)');
});

test('scripts, styles and embedded things are dropped with their content; tables keep their text', () => {
  const html = `<style>p { color: red }</style><p style="color:red;font-family:Comic Sans">Before<script>alert("x")</script></p>
<script>document.title = "pwned"</script><noscript>noscript text</noscript><template><p>template</p></template>
<iframe src="https://evil.example"></iframe><img src=x onerror="alert(1)" alt="an image"><svg><text>svg text</text></svg>
<table><tr><th>Head 1</th><th>Head 2</th></tr><tr><td>Cell <b>1</b></td><td>Cell 2</td></tr></table>
<form><label>Name</label><input value="typed"><button>Send</button><select><option>opt</option></select></form>
<!-- a comment --><p>After<br>next line</p>`;
  const md = paste(html);
  assert.equal(md, 'Before\n\nHead 1\n\nHead 2\n\nCell **1**\n\nCell 2\n\nName\n\nAfter\n\nnext line');
  for (const bad of ['alert', 'pwned', 'noscript', 'template', 'svg text', 'typed', 'Send', 'opt', 'comment', 'color']) {
    assert.ok(!md.includes(bad), bad);
  }
});

test('50-deep nested lists are flattened to depth 4, every item kept', () => {
  let html = '';
  for (let i = 50; i >= 1; i--) html = `<ul><li>item ${i}${html}</li></ul>`;
  const d = pastedDocument(html);
  assert.equal(containerDepth(d), MAX_DEPTH);
  for (let i = 1; i <= 50; i++) assert.ok(d.textContent.includes(`item ${i}`), `item ${i}`);
  let quotes = 'deep';
  for (let i = 0; i < 30; i++) quotes = `<blockquote>${quotes}</blockquote>`;
  assert.equal(containerDepth(pastedDocument(quotes)), MAX_DEPTH);
});

test('headings: h1 is a heading, h2-h6 subheadings', () => {
  assert.equal(paste('<h1>One</h1><h2>Two</h2><h3>Three</h3><h6>Six</h6>'), '# One\n\n## Two\n\n## Three\n\n## Six');
});

test('plain text: each line is a paragraph', () => {
  const slice = plainTextSlice('first line\r\nsecond *line*\n\n  third  \n');
  assert.equal(slice.content.childCount, 3);
  assert.deepEqual([0, 1, 2].map((i) => slice.content.child(i).textContent), ['first line', 'second *line*', 'third']);
  assert.ok(slice.content.child(0).type === schema.nodes.paragraph);
});
