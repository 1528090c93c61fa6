// Markdown in and out. The stored form of an article is a CommonMark subset; this module makes sure
// parse(serialize(doc)) gives back the same document, so saving and reloading never changes text.
import markdownit from 'markdown-it';
import { MarkdownParser, MarkdownSerializer } from 'prosemirror-markdown';
import { schema, isSafeHref, flattenDoc } from './schema.js';

// --- Parsing ---------------------------------------------------------------------------------

// CommonMark without raw HTML, and without the constructs the schema has no place for: what would
// have been code, a rule or an image stays as literal text.
const tokenizer = markdownit('commonmark', { html: false, linkify: false, typographer: false, maxNesting: 100 })
  .disable(['code', 'fence', 'hr', 'html_block', 'html_inline', 'backticks', 'image', 'table', 'strikethrough'], true);

// Links: keep the destination exactly as written (markdown-it would percent-encode it, and the
// round trip would then change the document), and allow only http, https and mailto; a link with
// any other target is not a link, its brackets stay as text.
tokenizer.normalizeLink = (url) => url;
tokenizer.normalizeLinkText = (url) => url;
tokenizer.validateLink = (url) => isSafeHref(url);

const parser = new MarkdownParser(schema, tokenizer, {
  blockquote: { block: 'blockquote' },
  paragraph: { block: 'paragraph' },
  list_item: { block: 'list_item' },
  bullet_list: { block: 'bullet_list' },
  ordered_list: {
    block: 'ordered_list',
    getAttrs: (tok) => { const n = Number(tok.attrGet('start') ?? 1); return { order: Number.isInteger(n) && n >= 0 ? n : 1 }; },
  },
  heading: { block: 'heading', getAttrs: (tok) => ({ level: tok.tag === 'h1' ? 1 : 2 }) },
  em: { mark: 'em' },
  strong: { mark: 'strong' },
  link: { mark: 'link', getAttrs: (tok) => ({ href: tok.attrGet('href') }) },
});
// There are no line breaks inside a paragraph: a hard break ("two spaces, newline") reads as a space.
parser.tokenHandlers.hardbreak = (state) => state.addText(' ');

export function parseMarkdown(markdown) {
  return flattenDoc(parser.parse(String(markdown ?? '')));
}

// --- Serializing -----------------------------------------------------------------------------

// Escape text so it reads back as the same text. At the start of a line (startOfLine), also what
// would start a heading, quote or list item there.
export function escapeText(text, startOfLine) {
  let out = text.replace(/[\\`*~[\]<]|_|&(?=#?[a-z0-9]+;)/gi, (ch, i) =>
    // An underscore between two letters cannot emphasize anything; leave snake_case readable.
    ch === '_' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') ? ch : '\\' + ch);
  if (startOfLine) {
    out = out
      .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
      .replace(/^[-+>]/, '\\$&')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  }
  return out;
}

// A link destination that reads back unchanged: <...> when it holds spaces or parentheses.
function linkDestination(href) {
  const escaped = href.replace(/[\\<>]|&(?=#?[a-z0-9]+;)/gi, '\\$&');
  return /[\s()]/.test(href) ? '<' + escaped + '>' : escaped;
}

// <https://example.com> when the link text is its own address and CommonMark can write it so.
function isAutolink(mark, parent, index) {
  const node = parent.child(index);
  const href = mark.attrs.href;
  if (!node.isText || node.text !== href || !/^[a-z][a-z0-9+.-]{1,31}:[^\s<>\\]*$/i.test(href)) return false;
  if (node.marks[node.marks.length - 1] !== mark) return false; // other marks inside the link
  return index === parent.childCount - 1 || !mark.isInSet(parent.child(index + 1).marks);
}

// The same text block without leading and trailing white space, which Markdown cannot keep.
function trimmed(node) {
  const text = node.textContent;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return start === 0 && end === text.length ? node : node.cut(start, end);
}

const { strong, em } = schema.marks;
const markSpecs = {
  link: {
    open(state, mark, parent, index) {
      state.inAutolink = isAutolink(mark, parent, index);
      return state.inAutolink ? '<' : '[';
    },
    close(state, mark) {
      const autolink = state.inAutolink;
      state.inAutolink = undefined;
      return autolink ? '>' : '](' + linkDestination(mark.attrs.href) + ')';
    },
    mixable: true,
  },
  strong: { open: '**', close: '**', mixable: true, expelEnclosingWhitespace: true },
  em: { open: '*', close: '*', mixable: true, expelEnclosingWhitespace: true },
};

// Renders one text block (already trimmed) as its single line of Markdown.
const blockNodes = {
  heading(state, node) {
    state.write((node.attrs.level === 1 ? '#' : '##') + ' ');
    state.renderInline(node, false);
    // "# Title #" would lose its last "#" as a closing sequence.
    state.out = state.out.replace(/(^|[ \t])#(#*)$/, '$1\\#$2');
    state.closeBlock(node);
  },
  paragraph(state, node) {
    state.renderInline(node);
    state.closeBlock(node);
  },
  text(state, node) {
    // No line breaks inside a block: a stray newline (from an API, say) becomes a space.
    const text = node.text.replace(/[\r\n]+/g, ' ');
    if (state.inAutolink) state.text(text, false);
    else state.text(escapeText(text, state.atBlockStart), false);
  },
};
const blockSerializer = new MarkdownSerializer(blockNodes, markSpecs, { strict: true });
// Italics as _x_: a different delimiter, so it does not merge with neighbouring "**".
const underscoreSerializer = new MarkdownSerializer(blockNodes, {
  ...markSpecs, em: { open: '_', close: '_', mixable: true, expelEnclosingWhitespace: true },
}, { strict: true });
// Italics as *x*, but _x_ where the asterisks would touch those of bold: "**bold*both***_italic_".
const mixedSerializer = new MarkdownSerializer(blockNodes, {
  ...markSpecs,
  em: {
    open(state, mark, parent, index) {
      let end = index;
      while (end < parent.childCount && mark.isInSet(parent.child(end).marks)) end++;
      const boldFollows = end < parent.childCount && strong.isInSet(parent.child(end).marks) && !strong.isInSet(parent.child(end - 1).marks);
      const delim = state.out.endsWith('*') || boldFollows ? '_' : '*';
      (state.emDelims ??= []).push(delim);
      return delim;
    },
    close: (state) => state.emDelims.pop(),
    mixable: true,
    expelEnclosingWhitespace: true,
  },
}, { strict: true });

// --- Making emphasis read back ---------------------------------------------------------------
// CommonMark decides whether "*" and "**" open or close emphasis from the characters around them
// ("flanking" rules), and neighbouring delimiters of different marks merge into one run. So some
// formatting has no exact Markdown spelling: **bold**text after a colon such as "**Note:**Text",
// or bold that starts inside a word with a parenthesis. Each text block is therefore read back
// after writing; if it differs, the emphasis is moved off the punctuation at its edges (invisible
// in practice), and as a last resort the block's bold and italics are dropped, so stored text
// never grows stray asterisks.

const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;
const isWordChar = (ch) => ch !== undefined && !SPACE.test(ch) && !PUNCT.test(ch);
const sameMarks = (a, b) => a.length === b.length && a.every((m, i) => m.eq(b[i]));

// Rebuilds a text block after `change(chars)` edited the marks of its characters ({ ch, marks }).
function remark(node, change) {
  const chars = [];
  node.forEach((child) => { for (const ch of child.text) chars.push({ ch, marks: child.marks }); });
  change(chars);
  const runs = [];
  for (const { ch, marks } of chars) {
    const last = runs[runs.length - 1];
    if (last && sameMarks(last.marks, marks)) last.text += ch;
    else runs.push({ text: ch, marks });
  }
  return node.type.create(node.attrs, runs.map((r) => schema.text(r.text, r.marks)));
}

// Calls edge(start, end, drop) for every run [start, end) of characters carrying bold, then
// italics; drop(i) takes that mark off character i.
function eachEmphasisRun(chars, edge) {
  for (const type of [strong, em]) {
    const has = (i) => i >= 0 && i < chars.length && type.isInSet(chars[i].marks);
    const drop = (i) => { chars[i].marks = type.removeFromSet(chars[i].marks); };
    for (let s = 0; s < chars.length; s++) {
      if (!has(s)) continue;
      let e = s;
      while (has(e)) e++;
      edge(s, e, drop);
      s = e;
    }
  }
}

// Bold or italic spaces at the edge of a run are written outside the asterisks (as
// prosemirror-markdown does), so they read back unemphasized: the canonical form.
const spacesOutside = (node) => remark(node, (chars) => eachEmphasisRun(chars, (s, e, drop) => {
  while (s < e && SPACE.test(chars[s].ch)) drop(s++);
  while (e > s && SPACE.test(chars[e - 1].ch)) drop(--e);
}));

// Emphasis that starts with punctuation right after a letter (or ends with punctuation right
// before one) cannot be written; leave that punctuation unemphasized.
const punctuationOutside = (node) => remark(node, (chars) => eachEmphasisRun(chars, (s, e, drop) => {
  while (s < e && PUNCT.test(chars[s].ch) && isWordChar(chars[s - 1]?.ch)) drop(s++);
  while (e > s && PUNCT.test(chars[e - 1].ch) && isWordChar(chars[e]?.ch)) drop(--e);
}));

const withoutEmphasis = (node) => remark(node, (chars) => {
  for (const c of chars) c.marks = em.removeFromSet(strong.removeFromSet(c.marks));
});

const withoutMarks = (node) => node.type.create(node.attrs, node.content.size ? schema.text(node.textContent) : null);

const blockCache = new WeakMap(); // text block node -> its Markdown line; nodes are immutable

function textblockMarkdown(node) {
  let md = blockCache.get(node);
  if (md !== undefined) return md;
  const block = spacesOutside(trimmed(node));
  // The block as it is, then with the repairs above; each spelled with asterisks, then mixed, then underscores.
  attempts: for (const repair of [(n) => n, punctuationOutside, withoutEmphasis, withoutMarks]) {
    const candidate = repair(block);
    for (const writer of [blockSerializer, mixedSerializer, underscoreSerializer]) {
      md = writer.serialize(schema.topNodeType.create(null, candidate));
      const back = parser.parse(md);
      if (back.childCount === 1 && back.firstChild.eq(candidate)) break attempts;
    }
  }
  blockCache.set(node, md);
  return md;
}

// --- Block structure -------------------------------------------------------------------------
// Written as arrays of lines (prosemirror-markdown's serializer state re-reads its growing output
// string, which costs ~100 ms on a 200,000-character article; this is a few ms).

const isBlank = (node) => node.type.name === 'paragraph' && !/\S/.test(node.textContent);
const isList = (node) => node.type.name === 'bullet_list' || node.type.name === 'ordered_list';

// CommonMark lets only bullet lists and lists starting at 1 interrupt a paragraph, and only when
// their first item is not empty; other lists need a blank line before them.
function canInterrupt(list) {
  const first = list.firstChild;
  return (list.type.name === 'bullet_list' || list.attrs.order === 1) && !(first.childCount === 1 && isBlank(first.firstChild));
}

// The lines of a sequence of blocks, separated by blank lines. Markdown has no empty paragraph, so
// blank ones are left out. Inside a list item, a list right after a paragraph follows without a
// blank line when it can, keeping lists tight ("- a" then "  - b").
function blockLines(blocks, inItem) {
  const lines = [];
  let previous = null;
  let sameListRun = 0; // consecutive lists of one kind: their markers alternate so they stay apart
  blocks.forEach((node) => {
    if (isBlank(node)) return;
    sameListRun = previous && isList(node) && previous.type === node.type ? sameListRun + 1 : 0;
    if (previous && !(inItem && previous.isTextblock && isList(node) && canInterrupt(node))) lines.push('');
    for (const line of nodeLines(node, sameListRun % 2 === 1)) lines.push(line);
    previous = node;
  });
  return lines;
}

function nodeLines(node, alternate) {
  switch (node.type.name) {
    case 'paragraph':
    case 'heading':
      return [textblockMarkdown(node)];
    case 'blockquote': {
      const inner = blockLines(node.content, false);
      return inner.length ? inner.map((l) => (l ? '> ' + l : '>')) : ['>'];
    }
    case 'bullet_list':
    case 'ordered_list': {
      const lines = [];
      node.forEach((item, _, i) => {
        const marker = node.type.name === 'bullet_list' ? (alternate ? '* ' : '- ') : (node.attrs.order + i) + (alternate ? ') ' : '. ');
        // An item that opens with a list, quote or heading holds an empty first paragraph (the
        // schema needs one); it is left out so "- - nested" reads back as the same thing.
        const inner = blockLines(item.content, true);
        // Tight items: no blank line between them. Continuation lines are indented by the width of
        // the item's own marker (never aligned: that can push a line into code indentation).
        lines.push(marker + (inner[0] ?? ''));
        for (let k = 1; k < inner.length; k++) lines.push(inner[k] ? ' '.repeat(marker.length) + inner[k] : '');
      });
      return lines;
    }
    default:
      throw new Error('Cannot write ' + node.type.name + ' as Markdown');
  }
}

export function serializeMarkdown(doc) {
  // Empty list items leave a marker with a trailing space ("- "); drop it.
  return blockLines(doc.content, false).map((l) => l.replace(/[ \t]+$/, '')).join('\n');
}
