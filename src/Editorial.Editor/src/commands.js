// Editing commands shared by the toolbar and the keyboard, and the questions the toolbar asks to
// show which buttons are "pressed".
import { toggleMark, setBlockType, wrapIn, lift } from 'prosemirror-commands';
import { wrapInList, liftListItem, sinkListItem } from 'prosemirror-schema-list';
import { liftTarget } from 'prosemirror-transform';
import { Selection, TextSelection } from 'prosemirror-state';
import { schema, containerDepth, MAX_DEPTH } from './schema.js';

const { paragraph, heading, blockquote, bullet_list, ordered_list, list_item } = schema.nodes;

// Runs `command` only if the document it makes keeps lists and quotes within MAX_DEPTH. Returns
// false otherwise, so a Tab that cannot indent further is left to the browser (focus moves on).
export function withinDepth(command) {
  return (state, dispatch, view) => {
    let tr = null;
    if (!command(state, (t) => { tr = t; }, view)) return false;
    if (tr && containerDepth(tr.doc) > MAX_DEPTH) return false;
    if (dispatch && tr) dispatch(tr);
    return true;
  };
}

export const toggleBold = toggleMark(schema.marks.strong);
export const toggleItalic = toggleMark(schema.marks.em);

export function markActive(state, type) {
  const { from, $from, to, empty } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks || $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}

// Every text block in the selection is a heading of this level.
export function headingActive(state, level) {
  const { from, to } = state.selection;
  let all = true;
  let any = false;
  state.doc.nodesBetween(from, to, (node) => {
    if (!node.isTextblock) return true;
    any = true;
    if (node.type !== heading || node.attrs.level !== level) all = false;
    return false;
  });
  return any && all;
}

// Heading (1) and Subheading (2) toggle: pressing again turns the blocks back into paragraphs.
export function toggleHeading(level) {
  return (state, dispatch) => headingActive(state, level)
    ? setBlockType(paragraph)(state, dispatch)
    : setBlockType(heading, { level })(state, dispatch);
}

// The selection's ends inside text blocks: "select all" (Ctrl+A) and node selections start and end
// outside them, where no list or quote is "around" the selection.
function textEnds(state) {
  const { $from, $to } = state.selection;
  return {
    $from: $from.parent.inlineContent ? $from : Selection.findFrom($from, 1, true)?.$from ?? $from,
    $to: $to.parent.inlineContent ? $to : Selection.findFrom($to, -1, true)?.$to ?? $to,
  };
}

// Runs a block command on the text blocks of the selection: first turns a "select all" or node
// selection into the equivalent text selection, which prosemirror-schema-list's commands need.
export function onTextBlocks(command) {
  return (state, dispatch, view) => {
    const { $from, $to } = textEnds(state);
    if (state.selection instanceof TextSelection || $from === state.selection.$from) return command(state, dispatch, view);
    if (!dispatch || !view) return command(state.apply(state.tr.setSelection(TextSelection.between($from, $to))), null, view);
    view.dispatch(state.tr.setSelection(TextSelection.between($from, $to)));
    return command(view.state, view.dispatch, view);
  };
}

// The nearest list or quote around the selection.
function nearestContainer(state) {
  const { $from } = textEnds(state);
  for (let d = $from.depth; d > 0; d--) {
    const type = $from.node(d).type;
    if (type === blockquote || type === bullet_list || type === ordered_list) return { node: $from.node(d), depth: d };
  }
  return null;
}

export function quoteActive(state) {
  const { $from } = textEnds(state);
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type === blockquote) return true;
  return false;
}

// Quote toggle: lift the selected blocks out of the innermost quote, or wrap them in one.
export const toggleQuote = onTextBlocks((state, dispatch) => {
  if (quoteActive(state)) {
    const { $from, $to } = state.selection;
    const range = $from.blockRange($to, (node) => node.type === blockquote);
    if (range) {
      const target = liftTarget(range);
      if (target != null) { if (dispatch) dispatch(state.tr.lift(range, target).scrollIntoView()); return true; }
    }
    return lift(state, dispatch);
  }
  return withinDepth(wrapIn(blockquote))(state, dispatch);
});

export function listActive(state, type) {
  const container = nearestContainer(state);
  return !!container && container.node.type === type;
}

// List toggle: out of the list if already in one of this kind; switch kind if in the other kind;
// otherwise wrap the selected blocks in a new list.
export function toggleList(type) {
  return onTextBlocks((state, dispatch) => {
    const container = nearestContainer(state);
    if (container && container.node.type === type) return liftListItem(list_item)(state, dispatch);
    if (container && (container.node.type === bullet_list || container.node.type === ordered_list)) {
      if (dispatch) {
        const pos = state.selection.$from.before(container.depth);
        dispatch(state.tr.setNodeMarkup(pos, type, type === ordered_list ? { order: 1 } : null).scrollIntoView());
      }
      return true;
    }
    return withinDepth(wrapInList(type))(state, dispatch);
  });
}

export const sinkItem = withinDepth(sinkListItem(list_item));
export const liftItem = liftListItem(list_item);

// The link mark at the cursor (or on the selection) and the range it covers in its text block.
export function linkAt(state) {
  const type = schema.marks.link;
  const { $from, from, to, empty } = state.selection;
  if (!empty) {
    let found = null;
    state.doc.nodesBetween(from, to, (node) => { if (!found) found = type.isInSet(node.marks); });
    return found ? { mark: found, from, to } : null;
  }
  const parent = $from.parent;
  const index = $from.index();
  // The cursor touches a link if the node before or after it carries one.
  const mark = (index < parent.childCount && type.isInSet(parent.child(index).marks)) ||
    (index > 0 && type.isInSet(parent.child(index - 1).marks));
  if (!mark) return null;
  // The runs of neighbouring text nodes carrying that same link; the one around the cursor.
  const start = $from.start();
  const runs = [];
  parent.forEach((child, offset) => {
    if (!mark.isInSet(child.marks)) return;
    const from = start + offset;
    const last = runs[runs.length - 1];
    if (last && last.to === from) last.to = from + child.nodeSize;
    else runs.push({ from, to: from + child.nodeSize });
  });
  const found = runs.find((r) => r.from <= $from.pos && r.to >= $from.pos);
  return found ? { mark, from: found.from, to: found.to } : null;
}
