// Works 逾期 and the day counts out for the reader's today (Asia/Shanghai) on a page with statuses, so a page built
// on an earlier day of the month says what is overdue today: the item badges and day counts, the overdue counts, the
// tally bars, the lists of overdue items and the ledger's status filter. The HTML as built is the no-JavaScript
// version and names its date; a build is made again in a new month (src/lib/build-inputs.ts). Past that, one line
// says the page is behind (src/lib/staleness.ts).
import { formatDate } from '../lib/format.ts';
import {
  decodePending,
  liveDate,
  shiftCounts,
  tallySegments,
  turnedOverdue,
  type WrittenStatus,
} from '../lib/live-status.ts';
import { staleNotice } from '../lib/staleness.ts';
import {
  COMMITMENT_LABELS,
  deriveItemStatus,
  RECTIFICATION_LABELS,
  type DerivedStatus,
  type StatusLabel,
} from '../lib/status.ts';
import { itemWords, tallyWords } from '../ui/accountability.ts';
import { asOfWords, withCount } from '../ui/common.ts';
import { STATUS_LOOKS } from '../ui/status.ts';

function setHidden(el: Element | null, hidden: boolean): void {
  if (el instanceof HTMLElement || el instanceof SVGElement) el.toggleAttribute('hidden', hidden);
}

/** The badge as StatusBadge.astro draws it: a shape, the label and, when overdue, the days. */
function redrawBadge(badge: HTMLElement, d: DerivedStatus): void {
  const look = STATUS_LOOKS[d.label];
  badge.className = `badge ${look.cls}`;
  const mark = document.createElement('span');
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = `${look.mark} `;
  const parts: Node[] = [mark, document.createTextNode(d.label)];
  if (d.overdue) {
    const detail = document.createElement('span');
    detail.textContent = ` ${itemWords.overdueDays(d.daysOverdue)}`;
    parts.push(detail);
  }
  badge.replaceChildren(...parts);
}

function updateItem(item: HTMLElement, date: string): void {
  const status = item.dataset['written'] as WrittenStatus | undefined;
  const due = item.dataset['due'];
  if (!status || !due) return;
  const d = deriveItemStatus({ status, due }, date);
  if (item.hasAttribute('data-status-label')) item.dataset['statusLabel'] = d.label;
  if (item.hasAttribute('data-item-label')) item.dataset['itemLabel'] = d.label;
  if (item.hasAttribute('data-overdue')) item.dataset['overdue'] = String(d.overdue);
  const badge = item.querySelector<HTMLElement>('.badge');
  if (badge) redrawBadge(badge, d);
  for (const el of item.querySelectorAll('[data-live-show="overdue"]')) setHidden(el, !d.overdue);
  for (const el of item.querySelectorAll('[data-live-show="pending"]')) setHidden(el, d.daysLeft === undefined);
  for (const el of item.querySelectorAll('[data-live-days="left"]')) {
    if (d.daysLeft !== undefined) el.textContent = d.daysLeft === 0 ? itemWords.dueToday : itemWords.daysLeft(d.daysLeft);
  }
  for (const el of item.querySelectorAll('[data-live-days="overdue-by"]')) {
    if (d.overdue) el.textContent = itemWords.overdueBy(d.daysOverdue);
  }
  if (item.dataset['liveList'] === 'overdue') item.hidden = !d.overdue;
}

function updateOverdueCount(el: HTMLElement, date: string): void {
  const count = Number(el.dataset['liveOverdue'] ?? 0) + turnedOverdue(decodePending(el.dataset['pending']), date).length;
  const strong = el.querySelector('strong');
  if (strong) {
    strong.textContent = tallyWords.overdue(count);
    setHidden(strong, count === 0);
  }
  setHidden(el.querySelector(':scope > span'), count > 0);
}

function updateTally(tally: HTMLElement, date: string): void {
  const pending = decodePending(tally.querySelector<HTMLElement>('[data-live-overdue]')?.dataset['pending']);
  const byLabel = JSON.parse(tally.dataset['liveTally'] ?? '{}') as Partial<Record<StatusLabel, number>>;
  const labels: readonly StatusLabel[] = tally.dataset['tally'] === 'commitment' ? COMMITMENT_LABELS : RECTIFICATION_LABELS;
  for (const s of tallySegments(labels, shiftCounts(byLabel, pending, date), Number(tally.dataset['total'] ?? 0))) {
    const rect = tally.querySelector(`rect[data-segment="${s.label}"]`);
    rect?.setAttribute('x', s.x);
    rect?.setAttribute('width', s.width);
    const entry = tally.querySelector<HTMLElement>(`li[data-count-status="${s.label}"]`);
    if (entry) {
      entry.dataset['count'] = String(s.count);
      const strong = entry.querySelector('strong');
      if (strong) strong.textContent = String(s.count);
      entry.hidden = s.count === 0;
    }
  }
}

/** The ledger's status filter counts the rows' labels as they are now. */
function recountLedgerFilter(ledger: HTMLElement): void {
  const select = ledger.querySelector<HTMLSelectElement>('select[data-filter="status"]');
  if (!select) return;
  const rows = [...ledger.querySelectorAll<HTMLElement>('tbody tr')];
  const chosen = select.value;
  const options = RECTIFICATION_LABELS.map((label) => ({
    label,
    count: rows.filter((r) => r.dataset['statusLabel'] === label).length,
  })).filter((o) => o.count > 0);
  const first = select.options[0];
  select.replaceChildren(...(first ? [first] : []), ...options.map((o) => new Option(withCount(o.label, o.count), o.label)));
  select.value = options.some((o) => o.label === chosen) ? chosen : '';
}

function run(): void {
  const note = document.querySelector<HTMLElement>('[data-stale-note]');
  const asOf = note?.dataset['asOf'] ?? '';
  const now = new Date();
  const stale = staleNotice(asOf, now);
  if (note && stale) {
    note.textContent = stale;
    note.hidden = false;
  }
  const date = liveDate(asOf, now);
  if (!date || date === asOf) return;
  for (const item of document.querySelectorAll<HTMLElement>('[data-live-item]')) updateItem(item, date);
  for (const el of document.querySelectorAll<HTMLElement>('[data-live-overdue]')) updateOverdueCount(el, date);
  for (const tally of document.querySelectorAll<HTMLElement>('[data-live-tally]')) updateTally(tally, date);
  for (const list of document.querySelectorAll<HTMLElement>('[data-live-overdue-list]')) {
    list.hidden = !list.querySelector('li:not([hidden])');
  }
  for (const ledger of document.querySelectorAll<HTMLElement>('[data-ledger]')) recountLedgerFilter(ledger);
  // The line above the statuses names the date they are now worked out for, in the words of the built page.
  for (const line of document.querySelectorAll<HTMLElement>('[data-as-of-line]')) {
    const time = document.createElement('time');
    time.dateTime = date;
    time.textContent = date;
    line.replaceChildren(asOfWords.before, time, asOfWords.after(formatDate(date)));
  }
}

run();
