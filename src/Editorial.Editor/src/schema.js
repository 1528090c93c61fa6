// The document model: exactly the subset of CommonMark that articles may hold. Whatever is not in
// this schema cannot exist in a document, whether it arrives by typing, Markdown or paste; ProseMirror
// drops unknown nodes and marks and keeps their text.
import { Schema, Fragment } from 'prosemirror-model';

// Lists and quotes may nest this deep; deeper content is moved up to this depth, never dropped.
export const MAX_DEPTH = 4;

// The only link targets an article may point to. An allowlist (not a blocklist of javascript:,
// data: ...) because browsers accept many spellings of dangerous schemes.
const SAFE_HREF = /^(https?:\/\/|mailto:)[^\u0000-\u001f\u007f]*$/i;

export function isSafeHref(href) {
  return typeof href === 'string' && href.length <= 2048 && SAFE_HREF.test(href);
}

// A list's start number as CommonMark can write it (0-999999999); anything else starts at 1.
function listStart(value) {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 999999999 ? n : 1;
}

export const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      content: 'inline*',
      group: 'block',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    heading: {
      // Level 1 ("Heading") or 2 ("Subheading"); h3-h6 from anywhere become 2.
      attrs: { level: { default: 1, validate: (v) => { if (v !== 1 && v !== 2) throw new RangeError('heading level must be 1 or 2'); } } },
      content: 'inline*',
      group: 'block',
      defining: true,
      parseDOM: [1, 2, 3, 4, 5, 6].map((n) => ({ tag: 'h' + n, attrs: { level: n === 1 ? 1 : 2 } })),
      toDOM: (node) => ['h' + node.attrs.level, 0],
    },
    blockquote: {
      content: 'block+',
      group: 'block',
      defining: true,
      parseDOM: [{ tag: 'blockquote' }],
      toDOM: () => ['blockquote', 0],
    },
    bullet_list: {
      content: 'list_item+',
      group: 'block',
      parseDOM: [{ tag: 'ul' }],
      toDOM: () => ['ul', 0],
    },
    ordered_list: {
      attrs: { order: { default: 1 } },
      content: 'list_item+',
      group: 'block',
      parseDOM: [{ tag: 'ol', getAttrs: (dom) => ({ order: dom.hasAttribute('start') ? listStart(dom.getAttribute('start')) : 1 }) }],
      toDOM: (node) => ['ol', node.attrs.order === 1 ? {} : { start: node.attrs.order }, 0],
    },
    list_item: {
      // First a paragraph, as prosemirror-schema-list's commands expect.
      content: 'paragraph block*',
      defining: true,
      parseDOM: [{ tag: 'li' }],
      toDOM: () => ['li', 0],
    },
    text: { group: 'inline' },
  },
  marks: {
    // The order here is the nesting order in the DOM and in Markdown: links outermost.
    link: {
      attrs: { href: {} },
      inclusive: false,
      parseDOM: [{
        tag: 'a[href]',
        // An unsafe link is not a link: the rule does not match and its text is kept.
        getAttrs: (dom) => { const href = dom.getAttribute('href').trim(); return isSafeHref(href) ? { href } : false; },
      }],
      // rel/target never matter inside the editor (clicks are not followed), but a copied link
      // pasted elsewhere should not leak the opener.
      toDOM: (mark) => ['a', { href: mark.attrs.href, rel: 'noopener noreferrer nofollow' }, 0],
    },
    strong: {
      parseDOM: [
        { tag: 'strong' },
        // Google Docs wraps a whole copy in <b style="font-weight:normal">: not bold.
        { tag: 'b', getAttrs: (node) => node.style.fontWeight !== 'normal' && null },
        { style: 'font-weight=400', clearMark: (m) => m.type.name === 'strong' },
        { style: 'font-weight=normal', clearMark: (m) => m.type.name === 'strong' },
        { style: 'font-weight', getAttrs: (value) => /^(bold(er)?|[6-9]\d{2,})$/.test(value) && null },
      ],
      toDOM: () => ['strong', 0],
    },
    em: {
      parseDOM: [
        { tag: 'i' }, { tag: 'em' },
        { style: 'font-style=italic' },
        { style: 'font-style=normal', clearMark: (m) => m.type.name === 'em' },
      ],
      toDOM: () => ['em', 0],
    },
  },
});

const { blockquote, bullet_list, ordered_list } = schema.nodes;
const isContainer = (type) => type === blockquote || type === bullet_list || type === ordered_list;

// The blocks inside a container, without the container: a quote's children, a list's items' children.
function unwrap(node) {
  if (node.type === blockquote) return node.content;
  let blocks = Fragment.empty;
  node.forEach((item) => { blocks = blocks.append(item.content); });
  return blocks;
}

// Rebuild `fragment` (found at container depth `depth`) so no list or quote is deeper than
// MAX_DEPTH: a container that would be deeper is replaced by its (flattened) blocks.
export function flattenFragment(fragment, depth = 0) {
  const out = [];
  let changed = false;
  fragment.forEach((node) => {
    if (node.isTextblock || node.isInline) { out.push(node); return; }
    if (isContainer(node.type) && depth >= MAX_DEPTH) {
      flattenFragment(unwrap(node), depth).forEach((b) => out.push(b));
      changed = true;
      return;
    }
    const inner = flattenFragment(node.content, depth + (isContainer(node.type) ? 1 : 0));
    if (inner === node.content) { out.push(node); return; }
    changed = true;
    out.push(node.type.createAndFill(node.attrs, inner, node.marks) || node.copy(inner));
  });
  return changed ? Fragment.from(out) : fragment;
}

export function flattenDoc(doc) {
  const content = flattenFragment(doc.content);
  return content === doc.content ? doc : doc.copy(content);
}

// The deepest nesting of lists and quotes in `node`.
export function containerDepth(node) {
  let max = 0;
  node.forEach((child) => {
    if (child.isTextblock) return;
    max = Math.max(max, containerDepth(child) + (isContainer(child.type) ? 1 : 0));
  });
  return max;
}

// The containers (with positions) that sit deeper than MAX_DEPTH, outermost first.
export function tooDeep(doc) {
  const found = [];
  const walk = (node, pos, depth) => {
    node.forEach((child, offset) => {
      if (child.isTextblock) return;
      const childPos = pos + offset;
      if (isContainer(child.type) && depth >= MAX_DEPTH) { found.push({ node: child, pos: childPos, depth }); return; }
      walk(child, childPos + 1, depth + (isContainer(child.type) ? 1 : 0));
    });
  };
  walk(doc, 0, 0);
  return found;
}

// What replaces a too-deep container found by tooDeep.
export function flattenedContent(node, depth) {
  return flattenFragment(Fragment.from(node), depth);
}
