// Whether a page's derived statuses are old news for its reader: pure date arithmetic, shared by the page script
// (src/scripts/stale-note.ts) and its tests. No Node imports: it runs in the browser.
import { staleWords } from '../ui/format.ts';

/** A page says its statuses may be out of date when it was built more than this many days before the reader's today. */
export const STALE_AFTER_DAYS = 2;

/** Today in Asia/Shanghai (the site's time zone, whatever the reader's) as YYYY-MM-DD. */
export function shanghaiDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whole days from the as-of date to the reader's today in Asia/Shanghai (negative if the page is from the future). */
export function daysSince(asOf: string, now: Date): number {
  return Math.round((Date.parse(shanghaiDate(now)) - Date.parse(asOf)) / 86_400_000);
}

/** The one line the page shows, or undefined while its statuses are recent (or the date is unreadable). */
export function staleNotice(asOf: string, now: Date): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) return undefined;
  return daysSince(asOf, now) > STALE_AFTER_DAYS
    ? staleWords.notice(asOf, STALE_AFTER_DAYS)
    : undefined;
}
