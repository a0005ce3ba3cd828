// Whether a page's derived statuses are old news for its reader: pure date arithmetic, shared by the page script
// (src/scripts/live-status.ts) and its tests. No Node imports: it runs in the browser.
import { staleWords } from '../ui/format.ts';

/** Days of grace after the as-of month ends (the first night's rebuild may come late) before a page says it is behind. */
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

/** The last day of the as-of date's month: a build is made again in a new month (src/lib/build-inputs.ts). */
export function monthEnd(asOf: string): string {
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * The one line the page shows when it has missed its rebuild — its month ended more than STALE_AFTER_DAYS ago — or
 * undefined (also when the date is unreadable). Until then the page's script works every status and count out for
 * the reader's today (src/scripts/live-status.ts); after it, the items still are, but the counts may be behind.
 */
export function staleNotice(asOf: string, now: Date): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) return undefined;
  return daysSince(monthEnd(asOf), now) > STALE_AFTER_DAYS ? staleWords.notice(asOf) : undefined;
}
