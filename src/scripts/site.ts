// The small site-wide script: the display-mode toggles and copy buttons. Everything works without it, except copying.
// The copy button's words come with the button (data-copied, data-selected), from src/ui/common.ts.

import './display-modes.ts';

// <button data-copy-target="id" data-copied="…" data-selected="…">: copies the text of that element and says so
// to screen readers, in the button's words (from src/ui/common.ts).
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const target = document.getElementById(button.dataset['copyTarget'] ?? '');
    const status = document.getElementById(button.dataset['copyStatus'] ?? '');
    if (!target) return;
    const text = (target.innerText || target.textContent || '').trim();
    let ok: boolean;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // No clipboard permission (e.g. plain http): select the text so the reader can copy it by hand.
      const range = document.createRange();
      range.selectNodeContents(target);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      ok = false;
    }
    if (status) status.textContent = (ok ? button.dataset['copied'] : button.dataset['selected']) ?? '';
  });
}
