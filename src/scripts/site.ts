// The small site-wide script: the display-mode toggles and copy buttons. Everything works without it, except copying.

import './display-modes.ts';

// <button data-copy-target="id">: copies the text of that element and says so to screen readers.
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
    if (status) status.textContent = ok ? '已复制到剪贴板。' : '已选中引用文字，请按 Ctrl+C（手机上长按）复制。';
  });
}
