// Reports text selections inside an article body to .NET as offsets into its reading text (the
// words without markup, which comments and claims anchor in). Also scrolls to a comment's
// words and offers the keyboard shortcuts Ctrl+Alt+M ("comment on the selection") and Ctrl+Alt+F
// ("flag the selection as a claim"); modifier keys, so typing elsewhere never triggers them.

// An offset in the body is the length of the body's text before the point: the element's text is
// exactly the reading text, line breaks between blocks included (ArticleBody.razor.cs), so this holds
// inside formatting, lists and quotes, and for a point between blocks (a triple-click).
function offsetOf(container, node, position) {
  if (node !== container && !container.contains(node)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(node, position);
  return before.toString().length;
}

// The dialog a shortcut opens is drawn by the server, a round trip away: what is typed before its field
// has the focus is kept and given to the field, in order, so a fast typist loses nothing.
function keepTypingFor(selector) {
  let typed = '';
  let done = false;
  const started = Date.now();
  const field = () => {
    const element = document.querySelector(selector);
    return element && document.activeElement === element ? element : null;
  };
  const stop = () => {
    done = true;
    document.removeEventListener('keydown', onKey, true);
  };
  const flush = (element) => {
    stop();
    if (typed) {
      element.value += typed;
      element.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };
  const onKey = (event) => {
    const element = field();
    if (element) { flush(element); return; }
    if (event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey) {
      typed += event.key;
      event.preventDefault();
    }
  };
  const check = () => {
    if (done) return;
    const element = field();
    if (element) flush(element);
    else if (Date.now() - started > 3000) stop();
    else requestAnimationFrame(check);
  };
  document.addEventListener('keydown', onKey, true);
  requestAnimationFrame(check);
}

// Keeps each comment and claim card in the margin level with its words, as a word processor's margin
// does: a card moves down to its words' height, never up over the card before it (so none overlap and
// text order is kept). Only while the margin is beside the text; stacked below it (a narrow window, a
// phone) the cards simply follow one another. Re-done whenever the text or the margin changes size or
// content (a card opened, a comment added, the window resized).
function alignMargin(body, margin) {
  let frame = 0;
  const align = () => {
    frame = 0;
    const cards = [...margin.querySelectorAll('[data-thread-id], [data-claim-id]')];
    for (const card of cards) card.style.marginTop = '';
    const beside = margin.getBoundingClientRect().left >= body.getBoundingClientRect().right - 1;
    if (!beside) return;
    for (const card of cards) {
      const selector = card.dataset.threadId
        ? `[data-thread-ids~="${CSS.escape(card.dataset.threadId)}"]`
        : `[data-claim-ids~="${CSS.escape(card.dataset.claimId)}"]`;
      const mark = body.querySelector(selector);
      if (!mark) continue;
      const below = mark.getBoundingClientRect().top - card.getBoundingClientRect().top;
      if (below > 1) card.style.marginTop = `${below}px`;
    }
  };
  const schedule = () => { if (!frame) frame = requestAnimationFrame(align); };
  const sizes = new ResizeObserver(schedule);
  sizes.observe(body);
  sizes.observe(margin);
  const contents = new MutationObserver(schedule);
  contents.observe(margin, { childList: true, subtree: true, characterData: true });
  contents.observe(body, { childList: true, subtree: true, characterData: true });
  schedule();
  return () => {
    sizes.disconnect();
    contents.disconnect();
    cancelAnimationFrame(frame);
  };
}

export function watch(container, dotnet, margin) {
  const stopAligning = margin ? alignMargin(container, margin) : () => {};
  let reported = false;
  let timer = 0;
  // selectionchange fires for mouse and keyboard selections (caret browsing) alike; wait for it to settle.
  const report = () => {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    if (!range || !container.contains(range.startContainer) || !container.contains(range.endContainer)) {
      if (reported) dotnet.invokeMethodAsync('OnSelectionCleared');
      reported = false;
      return;
    }
    const start = offsetOf(container, range.startContainer, range.startOffset);
    const end = offsetOf(container, range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    const box = range.getBoundingClientRect();
    reported = true;
    // Keep the toolbar on screen even when the selection runs past the edge of the window.
    const left = Math.max(8, Math.min(box.left, window.innerWidth - 260));
    const bottom = Math.max(8, Math.min(box.bottom, window.innerHeight - 56));
    // The revision the selected text belongs to travels with the offsets, so a selection made on
    // text that has since changed is refused by the server instead of landing on other words.
    dotnet.invokeMethodAsync('OnSelection', start, end, Number(container.dataset.revision), selection.toString(), left, bottom);
  };
  const onSelectionChange = () => { clearTimeout(timer); timer = setTimeout(report, 200); };
  const onKeyDown = (event) => {
    if (!event.ctrlKey || !event.altKey || !reported) return;
    const key = event.key.toLowerCase();
    if (key === 'm' || key === 'f') {
      event.preventDefault();
      keepTypingFor(key === 'm' ? '#comment-text' : '#claimant');
      dotnet.invokeMethodAsync(key === 'm' ? 'OnCommentShortcut' : 'OnFlagShortcut');
    }
  };
  document.addEventListener('selectionchange', onSelectionChange);
  document.addEventListener('keydown', onKeyDown);
  return {
    dispose: () => {
      stopAligning();
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('keydown', onKeyDown);
    },
  };
}

export function scrollToThread(container, id) {
  const mark = container.querySelector(`[data-thread-ids~="${CSS.escape(id)}"]`);
  if (mark) mark.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

export function scrollToClaim(container, id) {
  const mark = container.querySelector(`[data-claim-ids~="${CSS.escape(id)}"]`);
  if (mark) mark.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

export function scrollToCard(id, focus, tries = 60) {
  const card = document.getElementById(id.startsWith('claim-') ? id : `thread-${id}`);
  if (!card) {
    // On another tab of the panel, it is drawn a render later.
    if (tries > 0) requestAnimationFrame(() => scrollToCard(id, focus, tries - 1));
    return;
  }
  card.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  // Asked from a link elsewhere on the page (what blocks approval): the keyboard continues from the card.
  if (focus) card.querySelector('.card-opener')?.focus({ preventScroll: true });
}
