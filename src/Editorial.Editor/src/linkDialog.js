// The link dialog (Ctrl+K or the Link button): a native modal <dialog>, so the browser gives it the
// focus trap, Escape and the inert background. The URL is checked here and again by the schema.
import { schema, isSafeHref } from './schema.js';
import { linkAt } from './commands.js';

// What a person typed, as an allowed link target, or the reason it is not one.
export function normalizeUserUrl(input) {
  let value = String(input ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().replace(/\s+/g, '%20');
  if (!value) return { error: 'Enter a web address or an email address.' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  // "example.com:8080/x" and "localhost:3000" are addresses without a scheme, not schemes.
  const hasScheme = scheme && !scheme[1].includes('.') && !/^\d/.test(value.slice(scheme[0].length)) && scheme[1].toLowerCase() !== 'localhost';
  if (!hasScheme) {
    if (/^[^@/?#:]+@[^@/?#:]+\.[^@/?#:]+$/.test(value)) value = 'mailto:' + value;
    else if (value.startsWith('//')) value = 'https:' + value;
    else if (/^(localhost|[^/?#@:]+\.[^/?#@:]+)(:\d+)?([/?#]|$)/i.test(value)) value = 'https://' + value;
    else return { error: 'Enter a full address, such as https://example.com.' };
  } else if (!/^(https?|mailto)$/i.test(scheme[1])) {
    return { error: 'Only web links (http, https) and email links (mailto) are allowed.' };
  }
  value = value.replace(/^(https?):\/*/i, (_, s) => s.toLowerCase() + '://'); // http:example.com
  if (/^https?:/i.test(value)) {
    let url = null;
    try { url = new URL(value); } catch { /* reported below */ }
    if (!url || !url.hostname) return { error: 'That web address is not complete.' };
  } else if (/^mailto:$/i.test(value)) {
    return { error: 'Enter an email address after mailto:.' };
  }
  return isSafeHref(value) ? { href: value } : { error: 'That address cannot be used as a link.' };
}

let dialogs = 0;

export class LinkDialog {
  constructor(doc, host, getView) {
    this.getView = getView;
    const id = 'ed-link-' + ++dialogs;
    const el = (tag, props = {}, ...children) => {
      const node = doc.createElement(tag);
      for (const [k, v] of Object.entries(props)) {
        if (k === 'className' || k === 'type' || k === 'textContent') node[k] = v;
        else node.setAttribute(k, v);
      }
      node.append(...children);
      return node;
    };
    this.input = el('input', { className: 'ed-dialog-input', type: 'text', id: id + '-url', inputmode: 'url', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': id + '-error' });
    // Always present (empty when all is well) so screen readers announce the message when it appears.
    this.error = el('p', { className: 'ed-dialog-error', id: id + '-error', role: 'alert' });
    this.applyButton = el('button', { className: 'ed-dialog-button ed-dialog-apply', type: 'submit', textContent: 'Apply' });
    this.removeButton = el('button', { className: 'ed-dialog-button', type: 'button', textContent: 'Remove link' });
    this.cancelButton = el('button', { className: 'ed-dialog-button', type: 'button', textContent: 'Cancel' });
    this.form = el('form', { className: 'ed-dialog-form', novalidate: '' },
      el('p', { className: 'ed-dialog-title', id: id + '-title', textContent: 'Link' }),
      el('label', { className: 'ed-dialog-label', for: id + '-url', textContent: 'Web or email address' }),
      this.input,
      this.error,
      el('div', { className: 'ed-dialog-buttons' }, this.applyButton, this.removeButton, this.cancelButton));
    this.dom = el('dialog', { className: 'ed-dialog', 'aria-labelledby': id + '-title' }, this.form);
    host.append(this.dom);

    this.onSubmit = (e) => { e.preventDefault(); this.apply(); };
    this.onRemove = () => { this.removeLink(); };
    this.onCancel = () => { this.dom.close(); };
    this.onInput = () => { this.showError(''); };
    // Escape (the dialog's own "cancel") and every other way of closing: back to the text.
    this.onClose = () => { this.target = null; this.getView().focus(); };
    this.form.addEventListener('submit', this.onSubmit);
    this.removeButton.addEventListener('click', this.onRemove);
    this.cancelButton.addEventListener('click', this.onCancel);
    this.input.addEventListener('input', this.onInput);
    this.dom.addEventListener('close', this.onClose);
  }

  showError(message) {
    this.error.textContent = message;
    if (message) this.input.setAttribute('aria-invalid', 'true');
    else this.input.removeAttribute('aria-invalid');
  }

  // Opens for the selection: pre-filled with the link under the cursor or on the selection.
  open() {
    const state = this.getView().state;
    const { from, to } = state.selection;
    const link = linkAt(state);
    this.target = { from, to, link };
    this.input.value = link ? link.mark.attrs.href : '';
    this.removeButton.hidden = !link;
    this.showError('');
    if (!this.dom.open) this.dom.showModal();
    this.input.focus();
    this.input.select();
  }

  apply() {
    const result = normalizeUserUrl(this.input.value);
    if (result.error) { this.showError(result.error); this.input.focus(); return; }
    const view = this.getView();
    const { from, to, link } = this.target;
    const type = schema.marks.link;
    const mark = type.create({ href: result.href });
    const tr = view.state.tr;
    if (from === to && link) {
      // The cursor is in a link: change where that whole link points.
      tr.removeMark(link.from, link.to, type).addMark(link.from, link.to, mark);
    } else if (from === to) {
      // Nothing selected and no link here: insert the address itself as linked text.
      const text = result.href.replace(/^mailto:/i, '');
      const marks = type.removeFromSet(view.state.storedMarks || view.state.selection.$from.marks());
      tr.insert(from, schema.text(text, mark.addToSet(marks)));
    } else {
      tr.removeMark(from, to, type).addMark(from, to, mark);
    }
    view.dispatch(tr.scrollIntoView());
    this.dom.close();
  }

  removeLink() {
    const view = this.getView();
    const { from, to, link } = this.target;
    if (link) {
      const range = from === to ? link : { from, to };
      view.dispatch(view.state.tr.removeMark(range.from, range.to, schema.marks.link));
    }
    this.dom.close();
  }

  destroy() {
    this.form.removeEventListener('submit', this.onSubmit);
    this.removeButton.removeEventListener('click', this.onRemove);
    this.cancelButton.removeEventListener('click', this.onCancel);
    this.input.removeEventListener('input', this.onInput);
    this.dom.removeEventListener('close', this.onClose);
    if (this.dom.open) this.dom.close();
    this.dom.remove();
  }
}
