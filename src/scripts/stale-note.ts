// Shows the stale-status line (see AsOfNote.astro) when the page was built more than two days before today in
// Asia/Shanghai: a static page's 逾期 days stop counting when it is built, and the reader should know.
import { staleNotice } from '../lib/staleness.ts';

for (const note of document.querySelectorAll<HTMLElement>('[data-stale-note]')) {
  const text = staleNotice(note.dataset['asOf'] ?? '', new Date());
  if (text) {
    note.textContent = text;
    note.hidden = false;
  }
}
