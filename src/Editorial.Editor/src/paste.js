// Pasted and dropped content (Word, Google Docs, web pages). ProseMirror parses clipboard HTML in an
// inert document with the schema's parseDOM rules, which already drop everything the schema does
// not know; this module first rewrites what those rules would get wrong, also in an inert document:
// nothing from the clipboard is ever put into the live page.
import { DOMParser as ProseMirrorParser, Fragment, Slice } from 'prosemirror-model';
import { schema, flattenDoc } from './schema.js';

// Elements whose content is not text a reader saw (or is an embedded thing): removed whole.
const DROP = 'script, style, template, noscript, iframe, frame, frameset, object, embed, applet, svg, math, ' +
  'canvas, video, audio, picture, img, map, head, title, meta, link, base, input, select, textarea, button, ' +
  'option, datalist, output, progress, meter, dialog';

// The marker text of a Word list paragraph that means "numbered": 1. 1) a. iv) ...
const NUMBERED_MARKER = /^\(?([0-9]{1,9}|[a-zA-Z]{1,5})[.)]$/;

// Parses HTML without running or loading anything (a DOMParser document has no browsing context).
function inertDocument(html) {
  return new DOMParser().parseFromString(html, 'text/html');
}

const styleOf = (el) => el.getAttribute('style') || '';

// Removes `el` but keeps its children in its place.
function unwrap(el) {
  el.replaceWith(...el.childNodes);
}

function rename(el, tag) {
  const replacement = el.ownerDocument.createElement(tag);
  replacement.append(...el.childNodes);
  el.replaceWith(replacement);
  return replacement;
}

function removeComments(root) {
  const walker = (root.ownerDocument || root).createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.remove());
}

// Word: paragraphs styled as list items (class MsoListParagraph..., or any paragraph with an
// mso-list style) become real nested lists. Word writes each item as a flat <p> with
// "mso-list:l0 level2 lfo1" and a marker ("·", "1.", "a)") in a span styled mso-list:Ignore.
function isWordListParagraph(el) {
  return el.localName === 'p' && (/\bmso-list\s*:\s*l\d/i.test(styleOf(el)) || /^MsoListParagraph/i.test(el.className || ''));
}

function wordLists(body) {
  const paragraphs = [...body.querySelectorAll('p')].filter(isWordListParagraph);
  const done = new Set();
  for (const first of paragraphs) {
    if (done.has(first)) continue;
    // The run of list paragraphs that are siblings, with only white space between them.
    const run = [first];
    for (let next = first.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3 && !next.textContent.trim()) continue;
      if (next.nodeType === 1 && isWordListParagraph(next)) { run.push(next); continue; }
      break;
    }
    run.forEach((p) => done.add(p));
    const doc = first.ownerDocument;
    const root = doc.createDocumentFragment();
    const stack = []; // { level, list }
    for (const p of run) {
      const level = Number(/level(\d+)/i.exec(styleOf(p))?.[1] ?? 1);
      const ignore = [...p.querySelectorAll('span')].filter((s) => /mso-list\s*:\s*ignore/i.test(styleOf(s)));
      const marker = ignore.map((s) => s.textContent).join('').replace(/[\s\u00a0]+/g, '');
      ignore.forEach((s) => s.remove());
      const numbered = NUMBERED_MARKER.test(marker);
      const tag = numbered ? 'ol' : 'ul';
      while (stack.length && stack[stack.length - 1].level > level) stack.pop();
      let top = stack[stack.length - 1];
      if (top && top.level === level && top.list.localName !== tag) { stack.pop(); top = stack[stack.length - 1]; }
      if (!top || top.level < level) {
        const list = doc.createElement(tag);
        const start = /^\(?(\d+)/.exec(marker);
        if (numbered && start && start[1] !== '1') list.setAttribute('start', start[1]);
        const parentItem = top?.list.lastElementChild;
        if (parentItem) parentItem.append(list);
        else if (top) top.list.append(doc.createElement('li'), list); // a level jump with no item above
        else root.append(list);
        stack.push({ level, list });
        top = stack[stack.length - 1];
      }
      const item = doc.createElement('li');
      const para = doc.createElement('p');
      para.append(...p.childNodes);
      item.append(para);
      top.list.append(item);
    }
    first.before(root);
    run.forEach((p) => p.remove());
  }
}

// A <br> splits the paragraph or heading it is in (there are no line breaks in the content model);
// elsewhere (a list item, a table cell) it reads as a space.
function lineBreaks(body) {
  for (const br of [...body.querySelectorAll('br')].reverse()) {
    const block = br.parentElement?.closest('p, h1, h2, h3, h4, h5, h6, li, td, th, dd, dt, blockquote, div, body');
    if (!block || !/^(p|h[1-6])$/.test(block.localName)) { br.replaceWith(' '); continue; }
    const range = br.ownerDocument.createRange();
    range.setStartAfter(br);
    range.setEndAfter(block.lastChild);
    const textAfter = range.toString().trim();
    range.setStartBefore(block.firstChild);
    range.setEndBefore(br);
    if (!textAfter || !range.toString().trim()) { br.remove(); continue; } // a break at an edge splits nothing
    const before = block.cloneNode(false);
    before.append(range.extractContents());
    block.before(before);
    br.remove();
  }
}

// Rewrites clipboard HTML into HTML that the schema's parse rules read as the reader saw it.
export function cleanPastedHTML(html) {
  const doc = inertDocument(html);
  const body = doc.body;
  removeComments(doc);
  body.querySelectorAll(DROP).forEach((el) => el.remove());
  // Word's namespaced elements (<o:p>, <v:shape>, <w:...>) carry nothing but spacing and shapes.
  [...body.getElementsByTagName('*')].filter((el) => el.localName.includes(':')).forEach((el) => el.remove());

  // Google Docs wraps the whole copy in <b style="font-weight:normal" id="docs-internal-guid-...">.
  body.querySelectorAll('b[id^="docs-internal-guid"]').forEach(unwrap);

  // Word titles and heading paragraphs (Word also writes real <h1>...<h6>).
  body.querySelectorAll('p[class]').forEach((p) => {
    const cls = p.className;
    if (/^MsoTitle/i.test(cls)) rename(p, 'h1');
    else if (/^MsoSubtitle/i.test(cls)) rename(p, 'h2');
    else { const m = /^MsoHeading(\d)/i.exec(cls); if (m) rename(p, m[1] === '1' ? 'h1' : 'h2'); }
  });
  wordLists(body);

  nestedLists(body);

  // Links: only http, https and mailto stay links; others keep their text.
  body.querySelectorAll('a').forEach((a) => {
    const href = (a.getAttribute('href') || '').trim();
    if (!/^(https?:\/\/|mailto:)/i.test(href)) unwrap(a);
  });

  // Tables: each cell becomes a block of its own (a <div>, read as a paragraph), in reading order.
  body.querySelectorAll('td, th, caption').forEach((cell) => rename(cell, 'div'));
  body.querySelectorAll('table, thead, tbody, tfoot, tr, colgroup, col').forEach(unwrap);
  body.querySelectorAll('form, fieldset, legend, label').forEach(unwrap);

  lineBreaks(body);
  return body.innerHTML;
}

// Google Docs writes a nested list as one flat list whose items carry aria-level, and some pages
// put a <ul> straight inside a <ul>: nest both under the item above, as the reader saw them.
function nestedLists(body) {
  body.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol').forEach((list) => {
    const item = list.previousElementSibling;
    if (item && item.localName === 'li') item.append(list);
  });
  body.querySelectorAll('ul, ol').forEach((list) => {
    const items = [...list.children].filter((li) => li.localName === 'li' && li.hasAttribute('aria-level'));
    if (items.length < 2) return;
    const levelOf = (li) => Number(li.getAttribute('aria-level')) || 1;
    const stack = [{ level: levelOf(items[0]), list, last: null }];
    for (const li of items) {
      const level = levelOf(li);
      while (stack.length > 1 && stack[stack.length - 1].level > level) stack.pop();
      let top = stack[stack.length - 1];
      if (level > top.level && top.last) {
        const nested = list.ownerDocument.createElement(list.localName);
        top.last.append(nested);
        stack.push(top = { level, list: nested, last: null });
      }
      top.list.append(li);
      top.last = li;
    }
  });
}

// Plain text: each non-empty line is a paragraph (open at both ends, so a single line pastes into
// the paragraph at the cursor).
export function plainTextSlice(text) {
  const lines = text.split(/\r\n?|\n/).map((l) => l.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim()).filter(Boolean);
  if (!lines.length) return Slice.empty;
  const paragraphs = lines.map((l) => schema.nodes.paragraph.create(null, schema.text(l)));
  return new Slice(Fragment.from(paragraphs), 1, 1);
}

// For tests and callers outside the editor: clipboard HTML as a document in the schema, as a paste
// would give it (the editor itself also flattens what ends up too deep after the paste lands).
export function pastedDocument(html) {
  const dom = inertDocument(cleanPastedHTML(html)).body;
  return flattenDoc(ProseMirrorParser.fromSchema(schema).parse(dom));
}
