// Suggesting mode: shows, as decorations only, every word that differs between a base document and
// the current one (the proposal). The document itself never holds suggestion markup; the server
// computes the suggestions again by diffing the proposal it receives against the base.
//
// The diff is word-level on the documents' text: each text block is flattened to a string, blocks
// joined by "\n", and compared token by token (runs of letters/digits, a number such as 6,000, 3.2bn
// or $3.2bn being one token; runs of whitespace; any other single character). Formatting is not text,
// so formatting-only changes show nothing, and neither do whitespace-only ones (a split paragraph).
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

// --- Flattening ------------------------------------------------------------------------------

// The document's text, text blocks separated by "\n", and where each block starts both in the text
// (`starts`) and in the document (`pos`, the block's content start). Character i of block k is at
// document position pos[k] + (i - starts[k]); a separator maps to the end of the block before it.
export function flatten(doc) {
  const parts = [];
  const starts = [];
  const pos = [];
  let length = 0;
  doc.descendants((node, offset) => {
    if (!node.isTextblock) return true;
    if (parts.length) length++; // the "\n" before this block
    starts.push(length);
    pos.push(offset + 1);
    // One character per inline leaf (none in this schema), so lengths match document positions.
    const text = node.textBetween(0, node.content.size, '', '\ufffc');
    parts.push(text);
    length += text.length;
    return false;
  });
  return { text: parts.join('\n'), starts, pos };
}

// The document position of text index i (0 <= i <= text.length).
export function positionAt(flat, i) {
  const { starts, pos } = flat;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= i) lo = mid; else hi = mid - 1;
  }
  return pos[lo] + (i - starts[lo]);
}

// --- Tokens ----------------------------------------------------------------------------------

const SPACE = /\s/;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const CURRENCY = /\p{Sc}/u;

function isSpace(c) {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}
const isDigit = (c) => c >= 48 && c <= 57;

// Width (1 or 2 UTF-16 units) of the code point at i; a surrogate pair is never split.
function width(text, i) {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

// Width of the letter, digit or combining mark at i, or 0 when it is none of those.
function wordWidth(text, i) {
  const c = text.charCodeAt(i);
  if (c < 128) return (isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ? 1 : 0;
  if (isSpace(c)) return 0;
  const w = width(text, i);
  return WORD.test(text.slice(i, i + w)) ? w : 0;
}

// Appends to `starts` where each token of text[from, to) begins.
export function tokenize(text, from, to, starts = []) {
  let i = from;
  while (i < to) {
    starts.push(i);
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      while (i < to && isSpace(text.charCodeAt(i))) i++;
      continue;
    }
    let w = wordWidth(text, i);
    // A currency sign right before a digit starts the number: "$3.2bn" is one token.
    if (!w && i + 1 < to && isDigit(text.charCodeAt(i + 1)) && CURRENCY.test(text[i])) w = 1;
    if (!w) { i += width(text, i); continue; }
    i += w;
    // The same units as the server's tokenizer (src/Editorial.Domain/Diff/ProseTokenizer.cs), so the
    // suggester sees their changes cut where everyone else will.
    while (i < to) {
      const ww = wordWidth(text, i);
      if (ww) { i += ww; continue; }
      const d = text.charCodeAt(i);
      const next = i + 1 < to ? wordWidth(text, i + 1) : 0;
      // "," or "." between digits stays inside the number: 6,000 and 3.2bn.
      if ((d === 44 || d === 46) && i + 1 < to && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) { i++; continue; }
      // Apostrophes and hyphens inside a word: don't, well-known.
      if ((d === 39 || d === 0x2019 || d === 45 || d === 0x2011) && next) { i++; continue; }
      // Abbreviations: U.S, e.g (the final full stop is its own mark).
      if (d === 46 && next && !isDigit(text.charCodeAt(i - 1)) && !isDigit(text.charCodeAt(i + 1))) { i++; continue; }
      // Joiners inside a word (Persian, Indic scripts).
      if ((d === 0x200d || d === 0x200c) && next) { i++; continue; }
      // A percentage: 12%.
      if (d === 37 && isDigit(text.charCodeAt(i - 1))) { i++; break; }
      break;
    }
  }
  return starts;
}

// --- Myers' diff -----------------------------------------------------------------------------

// The differences between a[a0, a1) and b[b0, b1) (arrays of numbers) as hunks [a0, a1, b0, b1]
// (runs that are not equal), in order; null when more than maxD insertions and deletions are needed.
// E. Myers, "An O(ND) difference algorithm" (it costs about (n + m) * D).
export function myers(a, a0, a1, b, b0, b1, maxD) {
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) { a0++; b0++; }
  while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) { a1--; b1--; }
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0) return [[a0, a1, b0, b1]];
  const max = Math.min(n + m, maxD);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) { x++; y++; }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, k, n, m, a0, b0);
    }
    trace.push(v.slice(off - d, off + d + 1)); // furthest x on diagonals -d..d after d edits
  }
  return null;
}

function backtrack(trace, d, k, x, y, a0, b0) {
  const hunks = [];
  let open = null; // the hunk being grown backwards: [x0, x1, y0, y1]
  for (; d > 0; d--) {
    const prev = trace[d - 1]; // diagonal j is at prev[j + d - 1]
    const down = k === -d || (k !== d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1]);
    const pk = down ? k + 1 : k - 1;
    const px = prev[pk + d - 1];
    const py = px - pk;
    // The edit goes from (px, py) to (sx, sy), then a snake (equal run) to (x, y).
    const sx = down ? px : px + 1;
    const sy = down ? py + 1 : py;
    if (open && (sx !== x || sy !== y)) { hunks.push(open); open = null; }
    if (!open) open = [px, sx, py, sy]; else { open[0] = px; open[2] = py; }
    x = px; y = py; k = pk;
  }
  if (open) hunks.push(open);
  // The d = 0 snake from (0, 0) is equal text.
  return hunks.reverse().map(([x0, x1, y0, y1]) => [a0 + x0, a0 + x1, b0 + y0, b0 + y1]);
}

// --- Word diff of two texts ------------------------------------------------------------------

// A Myers pass may take about WORK steps ((n + m) * D), and D is at most MAX_EDITS: a keystroke
// stays cheap even when the proposal rewrote most of the article.
const WORK = 4e6;
const MAX_EDITS = 1000;
const budget = (n, m) => Math.max(64, Math.min(MAX_EDITS, Math.floor(WORK / (n + m + 1))));

// Tokens that occur exactly once on each side, as [x, y] pairs, longest chain increasing in both
// (patience diff's anchors): they split a diff too big for one Myers pass into small ones.
function uniqueAnchors(a, a0, a1, b, b0, b1) {
  const inA = new Map();
  for (let i = a0; i < a1; i++) inA.set(a[i], inA.has(a[i]) ? -1 : i);
  const inB = new Map();
  for (let j = b0; j < b1; j++) inB.set(b[j], inB.has(b[j]) ? -1 : j);
  const pairs = [];
  for (let i = a0; i < a1; i++) {
    const j = inA.get(a[i]) === i ? inB.get(a[i]) : undefined;
    if (j !== undefined && j >= 0) pairs.push([i, j]);
  }
  const tails = [];
  const prev = new Int32Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    const y = pairs[k][1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (pairs[tails[mid]][1] < y) lo = mid + 1; else hi = mid; }
    prev[k] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = k;
  }
  const chain = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) chain.push(pairs[k]);
  return chain.reverse();
}

// Hunks between a[a0, a1) and b[b0, b1): one Myers pass if it fits the budget, else Myers between
// unique anchors; a stretch without anchors that is still too big is one changed hunk.
function hunksOf(a, a0, a1, b, b0, b1) {
  const direct = myers(a, a0, a1, b, b0, b1, budget(a1 - a0, b1 - b0));
  if (direct) return direct;
  const out = [];
  let x = a0;
  let y = b0;
  for (const [ax, ay] of [...uniqueAnchors(a, a0, a1, b, b0, b1), [a1, b1]]) {
    const part = myers(a, x, ax, b, y, ay, budget(ax - x, ay - y));
    if (part) out.push(...part);
    else out.push([x, ax, y, ay]);
    x = ax + 1;
    y = ay + 1;
  }
  return out;
}

// True when i is certainly a token boundary of x: an end, or a change between space and non-space.
function boundary(x, i) {
  return i === 0 || i === x.length || isSpace(x.charCodeAt(i - 1)) !== isSpace(x.charCodeAt(i));
}

// Splits x[from, to) at "\n": line i is x[starts[i], starts[i + 1] - 1); starts ends with to + 1
// (as if the text ended with "\n").
function lines(x, from, to, ids, intern) {
  const starts = [];
  let i = from;
  for (;;) {
    starts.push(i);
    let j = x.indexOf('\n', i);
    if (j < 0 || j >= to) j = to;
    ids.push(intern(x.slice(i, j)));
    if (j >= to) break;
    i = j + 1;
  }
  starts.push(to + 1);
  return starts;
}

function interner() {
  const map = new Map();
  return (s) => {
    let id = map.get(s);
    if (id === undefined) { id = map.size; map.set(s, id); }
    return id;
  };
}

// Token-level diff of a[a0, a1) and b[b0, b1); appends [a0, a1, b0, b1] character hunks to out.
function diffWords(a, a0, a1, b, b0, b1, out) {
  const ta = tokenize(a, a0, a1);
  const tb = tokenize(b, b0, b1);
  const intern = interner();
  const ia = ta.map((s, i) => intern(a.slice(s, i + 1 < ta.length ? ta[i + 1] : a1)));
  const ib = tb.map((s, i) => intern(b.slice(s, i + 1 < tb.length ? tb[i + 1] : b1)));
  ta.push(a1);
  tb.push(b1);
  for (const [x0, x1, y0, y1] of hunksOf(ia, 0, ia.length, ib, 0, ib.length)) out.push([ta[x0], ta[x1], tb[y0], tb[y1]]);
}

// The word-level differences between texts a (base) and b (current): hunks [a0, a1, b0, b1] of
// whole tokens, where a change separated from the next by one unchanged space (not a line break)
// is merged with it, so "6,000 troops" -> "6,500 soldiers" is one replacement.
export function diffText(a, b) {
  if (a === b) return [];
  const la = a.length;
  const lb = b.length;
  const min = Math.min(la, lb);
  // Only the middle that changed is diffed: typing costs a scan, not a diff of the whole document.
  let p = 0;
  while (p < min && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < min - p && a.charCodeAt(la - 1 - s) === b.charCodeAt(lb - 1 - s)) s++;
  while (p > 0 && !(boundary(a, p) && boundary(b, p))) p--;
  while (s > 0 && !(boundary(a, la - s) && boundary(b, lb - s))) s--;
  const ae = la - s;
  const be = lb - s;

  // Lines first (cheap, and it bounds the word diff to the blocks that changed), then words.
  const intern = interner();
  const lineIdsA = [];
  const lineIdsB = [];
  const startsA = lines(a, p, ae, lineIdsA, intern);
  const startsB = lines(b, p, be, lineIdsB, intern);
  const lineHunks = hunksOf(lineIdsA, 0, lineIdsA.length, lineIdsB, 0, lineIdsB.length);
  const raw = [];
  const lastA = lineIdsA.length;
  for (const [i0, i1, j0, j1] of lineHunks) {
    if (i1 < lastA) {
      // Lines with the "\n" after each: [start of first, start of the line after).
      diffWords(a, startsA[i0], startsA[i1], b, startsB[j0], startsB[j1], raw);
    } else {
      // Up to the end, where the last line has no "\n": take the "\n" before the first line
      // instead (equal on both sides), so both ranges still start and end at the same text.
      const back = i0 > 0 ? 1 : 0;
      // (A side with no lines left starts at the virtual "\n" after its end: one back is the end.)
      diffWords(a, startsA[i0] - back, ae, b, startsB[j0] - back, be, raw);
    }
  }

  const hunks = [];
  for (const h of raw) {
    const last = hunks[hunks.length - 1];
    if (last && h[0] - last[1] === h[2] - last[3] && h[0] > last[1] && singleSpace(a, last[1], h[0])) {
      last[1] = h[1];
      last[3] = h[3];
    } else {
      hunks.push(h.slice());
    }
  }
  return hunks;
}

function singleSpace(x, from, to) {
  for (let i = from; i < to; i++) {
    const c = x.charCodeAt(i);
    if (c === 10 || !isSpace(c)) return false;
  }
  return true;
}

function onlySpace(x, from, to) {
  for (let i = from; i < to; i++) if (!isSpace(x.charCodeAt(i))) return false;
  return true;
}

// The changes to show: each with the deleted words (spaces collapsed, '' when none), the inserted
// range in b without surrounding spaces (from === to when none), where the deletion goes (`at`, an
// index in b) and whether it needs a gap before/after to stand apart from the words around it.
export function suggestions(a, b) {
  const out = [];
  for (const [a0, a1, b0, b1] of diffText(a, b)) {
    const deleted = onlySpace(a, a0, a1) ? '' : a.slice(a0, a1).trim().replace(/\s+/g, ' ');
    let from = b0;
    let to = b1;
    while (from < to && isSpace(b.charCodeAt(from))) from++;
    while (to > from && isSpace(b.charCodeAt(to - 1))) to--;
    if (!deleted && from === to) continue; // whitespace only
    const at = b0;
    const spaceBefore = a0 === 0 || isSpace(a.charCodeAt(a0 - 1)) || isSpace(a.charCodeAt(a0));
    const spaceAfter = a1 === a.length || isSpace(a.charCodeAt(a1)) || isSpace(a.charCodeAt(a1 - 1));
    out.push({
      deleted, from, to, at,
      gapBefore: !!deleted && spaceBefore && at > 0 && !isSpace(b.charCodeAt(at - 1)),
      gapAfter: !!deleted && (spaceAfter || from < to) && at < b.length && !isSpace(b.charCodeAt(at)),
    });
  }
  return out;
}

// --- Decorations -----------------------------------------------------------------------------

function deletionWidget(text, title, gapBefore, gapAfter) {
  return (view) => {
    const doc = view.dom.ownerDocument;
    const del = doc.createElement('del');
    del.className = 'ed-suggest-delete' + (gapBefore ? ' ed-gap-before' : '') + (gapAfter ? ' ed-gap-after' : '');
    del.setAttribute('contenteditable', 'false');
    del.title = title;
    // Screen readers are told what it is (and get the spaces the margins only show).
    const label = doc.createElement('span');
    label.className = 'ed-sr-only';
    label.textContent = (gapBefore ? ' ' : '') + 'deleted: ';
    del.append(label, text);
    if (gapAfter) {
      const space = doc.createElement('span');
      space.className = 'ed-sr-only';
      space.textContent = ' ';
      del.append(space);
    }
    return del;
  };
}

// The decorations (and how many changes they show) for `doc` against the base text.
export function suggestionDecorations(doc, baseText, title = 'Suggested change') {
  const flat = flatten(doc);
  const text = flat.text;
  const changes = suggestions(baseText, text);
  const decorations = [];
  const insertAttrs = { nodeName: 'ins', class: 'ed-suggest-insert', title };
  for (const c of changes) {
    if (c.deleted) {
      // At a block's start the struck words belong to what follows; elsewhere to what precedes,
      // so the caret after them keeps typing after them.
      const blockStart = c.at === 0 || text.charCodeAt(c.at - 1) === 10;
      decorations.push(Decoration.widget(positionAt(flat, c.at), deletionWidget(c.deleted, title, c.gapBefore, c.gapAfter), {
        side: blockStart ? 1 : -1,
        ignoreSelection: true,
        marks: [],
        key: `del${blockStart ? 1 : -1}${+c.gapBefore}${+c.gapAfter}:${title}:${c.deleted}`,
      }));
    }
    // One inline decoration per block the insertion touches.
    for (let i = c.from; i < c.to;) {
      let end = text.indexOf('\n', i);
      if (end < 0 || end > c.to) end = c.to;
      let s = i;
      let e = end;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (s < e) {
        decorations.push(Decoration.inline(positionAt(flat, s), positionAt(flat, e - 1) + 1, insertAttrs, { inclusiveEnd: true }));
      }
      i = end + 1;
    }
  }
  return { decorations: DecorationSet.create(doc, decorations), count: changes.length };
}

// --- The plugin ------------------------------------------------------------------------------

export const suggestKey = new PluginKey('suggesting');
const OFF = { decorations: DecorationSet.empty, count: 0, stale: false };

// getConfig() -> null (off) or { baseText, title }. composing() -> true while an IME composes: the
// decorations are then only mapped (replacing them around the composition would break it), and
// recomputed by a transaction with meta suggestKey afterwards. Such a transaction also applies a
// new config or base.
export function suggestingPlugin(getConfig, composing = () => false) {
  const compute = (doc) => {
    const config = getConfig();
    if (!config) return OFF;
    return { ...suggestionDecorations(doc, config.baseText, config.title), stale: false };
  };
  return new Plugin({
    key: suggestKey,
    state: {
      init: (_config, state) => compute(state.doc),
      apply(tr, value, _old, state) {
        if (tr.getMeta(suggestKey)) return compute(state.doc);
        if (!tr.docChanged || value === OFF) return value;
        if (composing()) return { decorations: value.decorations.map(tr.mapping, tr.doc), count: value.count, stale: true };
        return compute(state.doc);
      },
    },
    props: {
      decorations: (state) => suggestKey.getState(state).decorations,
    },
  });
}
