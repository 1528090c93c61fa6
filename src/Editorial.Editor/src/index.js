// window.EditorialEditor: the article editor that the Blazor app mounts into an empty <div>.
//
//   const handle = EditorialEditor.create(host, { markdown, label, readOnly, maxLength, suggesting }, dotnetRef);
//   handle.getMarkdown() / setMarkdown(md) / focus() / destroy()  (+ getLength(), setReadOnly(bool))
//   handle.setBase(md) / setSuggesting(options or null) / suggestionCount()   (suggesting mode)
//
// Changes go to .NET as dotnetRef.invokeMethodAsync('OnEditorChanged', markdown), 250 ms after the
// last edit or at once when the editor loses focus, and only when the Markdown really changed.
// Suggesting mode (suggesting: { baseMarkdown, authorName, color }) only adds decorations showing
// the words that differ from the base; the document and what is reported stay the plain proposal.
import { EditorState, Plugin, Selection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { history, undo, redo } from 'prosemirror-history';
import { inputRules, InputRule, wrappingInputRule, textblockTypeInputRule, undoInputRule } from 'prosemirror-inputrules';
import { splitListItem } from 'prosemirror-schema-list';
import { schema, tooDeep, flattenedContent, containerDepth, MAX_DEPTH } from './schema.js';
import { parseMarkdown, serializeMarkdown } from './markdown.js';
import { cleanPastedHTML, plainTextSlice } from './paste.js';
import { toggleBold, toggleItalic, toggleHeading, sinkItem, liftItem } from './commands.js';
import { Toolbar } from './toolbar.js';
import { LinkDialog } from './linkDialog.js';
import { suggestingPlugin, suggestKey, flatten } from './suggest.js';

const DEBOUNCE_MS = 250;
const STATUS_MS = 500; // the suggesting status (a live region) changes at most this often
const { heading, blockquote, bullet_list, ordered_list, list_item } = schema.nodes;

// An input rule that does nothing when its result would nest lists or quotes too deep.
const limited = (rule) => new InputRule(rule.match, (state, match, start, end) => {
  const tr = rule.handler(state, match, start, end);
  return tr && containerDepth(tr.doc) <= MAX_DEPTH ? tr : null;
});

// Markdown shortcuts at the start of a paragraph, and nothing else (no smart quotes, no dashes).
const markdownShortcuts = inputRules({
  rules: [
    textblockTypeInputRule(/^(#{1,2})\s$/, heading, (m) => ({ level: m[1].length })),
    limited(wrappingInputRule(/^\s*-\s$/, bullet_list)),
    limited(wrappingInputRule(/^(\d{1,9})\.\s$/, ordered_list, (m) => ({ order: +m[1] }),
      (m, node) => node.childCount + node.attrs.order === +m[1])),
    limited(wrappingInputRule(/^\s*>\s$/, blockquote)),
  ],
});

// Whatever a change did (a paste, a drop, an undo), lists and quotes deeper than MAX_DEPTH are
// replaced by their content, so nothing is lost and nothing is deeper than Markdown is stored.
const depthLimit = new Plugin({
  appendTransaction(transactions, _old, state) {
    if (!transactions.some((tr) => tr.docChanged)) return null;
    const deep = tooDeep(state.doc);
    if (!deep.length) return null;
    const tr = state.tr;
    for (const { node, pos, depth } of deep.reverse()) tr.replaceWith(pos, pos + node.nodeSize, flattenedContent(node, depth));
    return tr;
  },
});

let editors = 0;

export function create(host, options = {}, dotnetRef = null) {
  if (!host || host.nodeType !== 1) throw new TypeError('EditorialEditor.create needs an element to mount in.');
  const doc = host.ownerDocument;
  const id = ++editors;
  const contentId = 'ed-content-' + id;
  let readOnly = !!options.readOnly;
  const label = String(options.label || 'Text');
  const maxLength = Number(options.maxLength) > 0 ? Number(options.maxLength) : Infinity;
  let view = null;
  const getView = () => view;

  const root = doc.createElement('div');
  root.className = 'ed-editor';
  const dialog = new LinkDialog(doc, root, getView);
  const openLinkDialog = (state, dispatch) => {
    if (readOnly) return false;
    if (dispatch) dialog.open();
    return true;
  };
  const toolbar = new Toolbar(doc, contentId, getView, openLinkDialog);
  const mount = doc.createElement('div');
  root.prepend(toolbar.dom, mount);
  host.append(root);

  // --- Suggesting mode: config read by the plugin (null = off) ---
  let baseText = null; // the base's text, kept while suggesting is off
  let suggest = null; // { title, color }
  const textOf = (markdown) => flatten(parseMarkdown(markdown ?? '')).text;
  const safeColor = (value) => {
    const color = typeof value === 'string' ? value.trim() : '';
    if (!color) return null;
    const css = doc.defaultView && doc.defaultView.CSS;
    if (css && css.supports) return css.supports('color', color) ? color : null;
    return /^(#[0-9a-f]{3,8}|[a-z]+|(rgb|hsl)a?\([\d\s.,%/]+\))$/i.test(color) ? color : null;
  };
  // Sets the mode from the options (null/undefined: off); without baseMarkdown the last base is
  // kept, and without any base the current document is the base.
  const configure = (options, currentDoc) => {
    if (!options || typeof options !== 'object') {
      suggest = null;
    } else {
      if (options.baseMarkdown != null) baseText = textOf(options.baseMarkdown);
      if (baseText === null) baseText = flatten(currentDoc).text;
      const name = options.authorName == null ? '' : String(options.authorName).trim();
      suggest = { title: name ? `Suggested by ${name}` : 'Suggested change', color: safeColor(options.color) };
    }
    root.classList.toggle('ed-suggesting', !!suggest);
    if (suggest && suggest.color) root.style.setProperty('--ed-suggest-color', suggest.color);
    else root.style.removeProperty('--ed-suggest-color');
    if (!root.getAttribute('style')) root.removeAttribute('style');
  };
  const suggestConfig = () => (suggest ? { baseText, title: suggest.title } : null);

  const plugins = [
    history(),
    markdownShortcuts,
    keymap({
      'Mod-b': toggleBold,
      'Mod-i': toggleItalic,
      'Mod-k': openLinkDialog,
      'Mod-Alt-1': toggleHeading(1),
      'Mod-Alt-2': toggleHeading(2),
      'Mod-z': undo,
      'Shift-Mod-z': redo,
      'Mod-y': redo,
      Enter: splitListItem(list_item),
      // Tab indents a list item; anywhere else (or when it cannot) the browser moves the focus on,
      // so keyboard users can always leave the editor.
      Tab: sinkItem,
      'Shift-Tab': liftItem,
      Backspace: undoInputRule,
    }),
    keymap(baseKeymap),
    depthLimit,
    suggestingPlugin(suggestConfig, () => !!view && view.composing),
  ];

  // --- The suggesting status in the toolbar ---
  let statusTimer = null;
  let statusAt = 0;
  const writeStatus = () => {
    clearTimeout(statusTimer);
    statusTimer = null;
    if (!view) return;
    const n = suggestKey.getState(view.state).count;
    const text = !suggest ? '' : 'Suggesting · ' + (n === 0 ? 'no changes' : n === 1 ? '1 change' : `${n} changes`);
    if (text === toolbar.status.textContent) return;
    toolbar.setStatus(text);
    statusAt = Date.now();
  };
  const updateStatus = () => {
    if (statusTimer) return;
    const wait = statusAt + STATUS_MS - Date.now();
    if (wait > 0) statusTimer = setTimeout(writeStatus, wait);
    else writeStatus();
  };
  // Recomputes the decorations (new base or options, or after an IME composition).
  const refreshSuggestions = () => {
    if (!view) return;
    view.dispatch(view.state.tr.setMeta(suggestKey, true).setMeta('addToHistory', false));
  };

  // --- Telling .NET about changes ---
  let lastSent = null;
  let timer = null;
  const send = () => {
    clearTimeout(timer);
    timer = null;
    if (!view) return;
    const markdown = serializeMarkdown(view.state.doc);
    if (markdown === lastSent) return;
    const previous = lastSent;
    lastSent = markdown;
    if (!dotnetRef) return;
    // If the call fails (circuit gone, reconnecting), the next flush tries again.
    Promise.resolve()
      .then(() => dotnetRef.invokeMethodAsync('OnEditorChanged', markdown))
      .catch(() => { if (lastSent === markdown) lastSent = previous; });
  };
  const schedule = () => { clearTimeout(timer); timer = setTimeout(send, DEBOUNCE_MS); };

  const attributes = () => ({
    id: contentId,
    class: 'ed-content',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    'aria-readonly': String(readOnly),
    spellcheck: 'true',
  });

  // Links inside the editor are text being edited, not places to go.
  const noFollow = (_view, event) => {
    if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
    return false;
  };

  const initialDoc = parseMarkdown(options.markdown ?? '');
  configure(options.suggesting, initialDoc);
  view = new EditorView({ mount }, {
    state: EditorState.create({ doc: initialDoc, plugins }),
    editable: () => !readOnly,
    attributes,
    transformPastedHTML: (html) => cleanPastedHTML(html),
    clipboardTextParser: (text) => plainTextSlice(text),
    handleDOMEvents: {
      blur: () => { send(); return false; },
      // While an IME composes, the decorations are only mapped; recompute them once it is done.
      compositionend: () => {
        setTimeout(() => {
          if (view && !view.composing && suggestKey.getState(view.state).stale) refreshSuggestions();
        }, 50);
        return false;
      },
      click: noFollow,
      auxclick: noFollow,
    },
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      toolbar.update(view.state);
      if (tr.docChanged) schedule();
      if (suggest) updateStatus();
    },
  });
  lastSent = serializeMarkdown(view.state.doc);
  toolbar.dom.hidden = readOnly;
  toolbar.update(view.state);
  writeStatus();

  return {
    getMarkdown: () => serializeMarkdown(view.state.doc),
    // Length of the Markdown; the editor does not enforce maxLength (the app reports it).
    getLength: () => serializeMarkdown(view.state.doc).length,
    maxLength,
    setMarkdown(markdown) {
      clearTimeout(timer);
      timer = null;
      const newDoc = parseMarkdown(markdown ?? '');
      const head = Math.min(view.state.selection.head, newDoc.content.size);
      // A new state: the undo history starts clean, and no change is reported.
      view.updateState(EditorState.create({ doc: newDoc, plugins, selection: Selection.near(newDoc.resolve(head)) }));
      lastSent = serializeMarkdown(newDoc);
      toolbar.update(view.state);
      if (suggest) updateStatus();
    },
    // Suggesting mode: the base changed (the article was saved meanwhile); re-diff against it.
    setBase(markdown) {
      baseText = textOf(markdown);
      if (suggest) refreshSuggestions();
    },
    // { baseMarkdown?, authorName?, color? } turns the suggestion decorations on, null turns them off.
    setSuggesting(value) {
      configure(value, view.state.doc);
      refreshSuggestions();
      writeStatus();
    },
    // How many changes are shown (a replacement counts once); 0 when not suggesting.
    suggestionCount: () => (suggest ? suggestKey.getState(view.state).count : 0),
    setReadOnly(value) {
      readOnly = !!value;
      toolbar.dom.hidden = readOnly;
      view.setProps({ editable: () => !readOnly, attributes });
    },
    focus: () => view.focus(),
    destroy() {
      if (!view) return;
      send(); // the last edit, if it was not sent yet
      clearTimeout(timer);
      clearTimeout(statusTimer);
      dialog.destroy();
      toolbar.destroy();
      view.destroy();
      view = null;
      root.remove();
    },
  };
}

if (typeof window !== 'undefined') {
  window.EditorialEditor = Object.freeze({ create });
}
