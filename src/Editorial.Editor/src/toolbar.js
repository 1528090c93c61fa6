// The formatting toolbar: a WAI-ARIA toolbar with one Tab stop (roving tabindex; arrow keys, Home
// and End move between buttons), real <button>s with an accessible name, the shortcut in the
// title, and aria-pressed on the toggles so screen readers hear what the selection already has.
import { undo, redo } from 'prosemirror-history';
import { schema } from './schema.js';
import {
  toggleBold, toggleItalic, toggleHeading, toggleQuote, toggleList,
  markActive, headingActive, quoteActive, listActive,
} from './commands.js';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const mod = isMac ? '⌘' : 'Ctrl+';
const alt = isMac ? '⌥' : 'Alt+';
const ariaMod = isMac ? 'Meta+' : 'Control+'; // aria-keyshortcuts spelling

// Material Design icons (Apache License 2.0), 24x24 paths.
const ICONS = {
  bold: 'M15.6 10.79c.97-.67 1.65-1.77 1.65-2.79 0-2.26-1.75-4-4-4H7v14h7.04c2.09 0 3.71-1.7 3.71-3.79 0-1.52-.86-2.82-2.15-3.42zM10 6.5h3c.83 0 1.5.67 1.5 1.5s-.67 1.5-1.5 1.5h-3v-3zm3.5 9H10v-3h3.5c.83 0 1.5.67 1.5 1.5s-.67 1.5-1.5 1.5z',
  italic: 'M10 4v3h2.21l-3.42 8H6v3h8v-3h-2.21l3.42-8H18V4z',
  link: 'M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z',
  quote: 'M6 17h3l2-4V7H5v6h3zm8 0h3l2-4V7h-6v6h3z',
  bullets: 'M4 10.5c-.83 0-1.5.67-1.5 1.5s.67 1.5 1.5 1.5 1.5-.67 1.5-1.5-.67-1.5-1.5-1.5zm0-6c-.83 0-1.5.67-1.5 1.5S3.17 7.5 4 7.5 5.5 6.83 5.5 6 4.83 4.5 4 4.5zm0 12c-.83 0-1.5.68-1.5 1.5s.68 1.5 1.5 1.5 1.5-.68 1.5-1.5-.67-1.5-1.5-1.5zM7 19h14v-2H7v2zm0-6h14v-2H7v2zm0-8v2h14V5H7z',
  numbers: 'M2 17h2v.5H3v1h1v.5H2v1h3v-4H2v1zm1-9h1V4H2v1h1v3zm-1 3h1.8L2 13.1v.9h3v-1H3.2L5 10.9V10H2v1zm5-6v2h14V5H7zm0 14h14v-2H7v2zm0-6h14v-2H7v2z',
  undo: 'M12.5 8c-2.65 0-5.05.99-6.9 2.6L2 7v9h9l-3.62-3.62c1.39-1.16 3.16-1.88 5.12-1.88 3.54 0 6.55 2.31 7.6 5.5l2.37-.78C21.08 11.03 17.15 8 12.5 8z',
  redo: 'M18.4 10.6C16.55 8.99 14.15 8 11.5 8c-4.65 0-8.58 3.03-9.96 7.22L3.9 16c1.05-3.19 4.05-5.5 7.6-5.5 1.95 0 3.73.72 5.12 1.88L13 16h9V7l-3.6 3.6z',
};
// "H1" and "H2", drawn as strokes: drawn text would count as visible text that the accessible
// name ("Heading") must contain (axe: label-content-name-mismatch).
const STROKES = {
  heading: 'M3 5v14M11 5v14M3 12h8M15.5 8l3-3v14',
  subheading: 'M3 5v14M11 5v14M3 12h8M14.5 8.5a3 3 0 0 1 6 0c0 2-1.5 3.2-3 4.6L14.5 19h6',
};

const SVG = 'http://www.w3.org/2000/svg';

// The icon is decoration: the button's name comes from aria-label.
function icon(doc, name) {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG, 'path');
  if (STROKES[name]) {
    path.setAttribute('d', STROKES[name]);
    path.setAttribute('class', 'ed-icon-stroke');
  } else {
    path.setAttribute('d', ICONS[name]);
  }
  svg.append(path);
  return svg;
}

// Each button: its label, shortcut, icon, what it does and, for toggles, whether it is pressed.
function buttonSpecs(openLinkDialog) {
  const { strong, em } = schema.marks;
  const { bullet_list, ordered_list } = schema.nodes;
  return [
    [
      { name: 'bold', label: 'Bold', keys: mod + 'B', aria: ariaMod + 'B', run: toggleBold, pressed: (s) => markActive(s, strong) },
      { name: 'italic', label: 'Italic', keys: mod + 'I', aria: ariaMod + 'I', run: toggleItalic, pressed: (s) => markActive(s, em) },
      { name: 'link', label: 'Link', keys: mod + 'K', aria: ariaMod + 'K', dialog: true, run: openLinkDialog },
    ],
    [
      { name: 'heading', label: 'Heading', keys: mod + alt + '1', aria: ariaMod + 'Alt+1', run: toggleHeading(1), pressed: (s) => headingActive(s, 1) },
      { name: 'subheading', label: 'Subheading', keys: mod + alt + '2', aria: ariaMod + 'Alt+2', run: toggleHeading(2), pressed: (s) => headingActive(s, 2) },
      { name: 'quote', label: 'Quote', run: toggleQuote, pressed: quoteActive },
      { name: 'bullets', label: 'Bulleted list', run: toggleList(bullet_list), pressed: (s) => listActive(s, bullet_list) },
      { name: 'numbers', label: 'Numbered list', run: toggleList(ordered_list), pressed: (s) => listActive(s, ordered_list) },
    ],
    [
      { name: 'undo', label: 'Undo', keys: mod + 'Z', aria: ariaMod + 'Z', run: undo, enabled: (s) => undo(s) },
      { name: 'redo', label: 'Redo', keys: isMac ? '⇧⌘Z' : 'Ctrl+Y', aria: isMac ? 'Shift+Meta+Z' : 'Control+Y Control+Shift+Z', run: redo, enabled: (s) => redo(s) },
    ],
  ];
}

export class Toolbar {
  // getView: () => EditorView (the view is created after the toolbar, which comes first in the DOM).
  constructor(doc, contentId, getView, openLinkDialog) {
    this.getView = getView;
    this.dom = doc.createElement('div');
    this.dom.className = 'ed-toolbar';
    this.dom.setAttribute('role', 'toolbar');
    this.dom.setAttribute('aria-label', 'Formatting');
    this.dom.setAttribute('aria-controls', contentId);
    this.buttons = [];
    buttonSpecs(openLinkDialog).forEach((group, g) => {
      if (g > 0) {
        const sep = doc.createElement('span');
        sep.className = 'ed-separator';
        sep.setAttribute('aria-hidden', 'true');
        this.dom.append(sep);
      }
      for (const spec of group) {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'ed-button ed-button-' + spec.name;
        button.setAttribute('aria-label', spec.label);
        button.title = spec.keys ? `${spec.label} (${spec.keys})` : spec.label;
        button.tabIndex = this.buttons.length === 0 ? 0 : -1;
        if (spec.aria) button.setAttribute('aria-keyshortcuts', spec.aria);
        if (spec.dialog) button.setAttribute('aria-haspopup', 'dialog');
        if (spec.pressed) button.setAttribute('aria-pressed', 'false');
        button.append(icon(doc, spec.name));
        this.dom.append(button);
        this.buttons.push({ button, spec });
      }
    });

    // A status text (suggesting mode), not a control: outside the roving tabindex. It is always in
    // the DOM (empty when there is nothing to say) so screen readers hear it when it changes.
    this.status = doc.createElement('span');
    this.status.className = 'ed-status';
    this.status.setAttribute('aria-live', 'polite');
    this.status.setAttribute('aria-atomic', 'true');
    this.dom.append(this.status);

    // Keep the editor's focus and selection when a button is pressed with the mouse.
    this.onMouseDown = (e) => { if (e.target.closest('button')) e.preventDefault(); };
    this.onClick = (e) => {
      const button = e.target.closest('button');
      const entry = button && this.buttons.find((b) => b.button === button);
      if (!entry || button.getAttribute('aria-disabled') === 'true') return;
      const view = this.getView();
      this.focusButton(this.buttons.indexOf(entry), false);
      entry.spec.run(view.state, view.dispatch, view);
      // A mouse click leaves the focus in the text; from the keyboard it stays on the button.
      if (e.detail > 0 && !entry.spec.dialog) view.focus();
    };
    this.onKeyDown = (e) => {
      const index = this.buttons.findIndex((b) => b.button === e.target);
      if (index < 0) return;
      const last = this.buttons.length - 1;
      const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      this.focusButton(next, true);
    };
    this.dom.addEventListener('mousedown', this.onMouseDown);
    this.dom.addEventListener('click', this.onClick);
    this.dom.addEventListener('keydown', this.onKeyDown);
  }

  // Moves the single Tab stop to button `index` (and the focus, if `focus`).
  focusButton(index, focus) {
    this.buttons.forEach(({ button }, i) => { button.tabIndex = i === index ? 0 : -1; });
    if (focus) this.buttons[index].button.focus();
  }

  setStatus(text) {
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  update(state) {
    for (const { button, spec } of this.buttons) {
      if (spec.pressed) button.setAttribute('aria-pressed', String(!!spec.pressed(state)));
      if (spec.enabled) button.setAttribute('aria-disabled', String(!spec.enabled(state)));
    }
  }

  destroy() {
    this.dom.removeEventListener('mousedown', this.onMouseDown);
    this.dom.removeEventListener('click', this.onClick);
    this.dom.removeEventListener('keydown', this.onKeyDown);
    this.dom.remove();
  }
}
