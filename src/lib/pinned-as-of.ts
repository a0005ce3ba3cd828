// The date a rebuild within the month is "as of": the last build's, while the content brings no later date.
//
// Derived statuses (逾期, the day counts, the summaries) are written into the pages as of one date, which each page
// names; the reader's browser works them out again for its own day (src/scripts/live-status.ts). A new day alone is
// therefore no reason to build (src/lib/build-inputs.ts sameStatusEpoch), and a rebuild for an edit within the same
// month need not move the date either: the pages the edit does not touch stay as they are, instead of every page
// with a status being rendered again for the new day. The date moves on with the content: when any date in it that
// records something done (a case published or corrected, an item completed, a progress entry) is later than the last
// build's and not after the requested day, the build is as of the requested day, so nothing the staff entered is
// ever shown as not yet happened. Deadlines (the schemas' fields marked `deadline`) are not such dates: one that
// passes is the new day's doing, which the reader's browser shows, as it does when the nightly build is skipped.
// A new month, an earlier day or `--force` builds as of the requested day as well.
import { deadlineFieldNames } from '../schemas/fields.ts';
import { sameStatusEpoch } from './build-inputs.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The content's deadline fields (时限), by name. */
export const DEADLINE_FIELDS: ReadonlySet<string> = new Set(deadlineFieldNames());

/**
 * The latest YYYY-MM-DD date, not after `notAfter`, among the values in `value` (strings, arrays, objects, at any
 * depth), leaving out the values of the fields named in `skip` (by default the deadlines).
 */
export function newestDate(value: unknown, notAfter: string, skip: ReadonlySet<string> = DEADLINE_FIELDS): string | undefined {
  let newest: string | undefined;
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length === 10 && ISO_DATE.test(v) && v <= notAfter && (newest === undefined || v > newest)) newest = v;
      return;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Date) {
      if (!Number.isNaN(v.getTime())) visit(v.toISOString().slice(0, 10));
      return;
    }
    if (v instanceof Map) {
      for (const item of v.values()) visit(item);
      return;
    }
    if (Array.isArray(v)) {
      for (const item of v) visit(item);
      return;
    }
    for (const [key, item] of Object.entries(v)) if (!skip.has(key)) visit(item);
  };
  visit(value);
  return newest;
}

/**
 * The last build's as-of date when a build requested as of `requested` may keep it: the same month, not a day later
 * than requested, and no date in the content after it (`newest`, the content's newest date up to `requested`).
 * Otherwise undefined: build as of `requested`.
 */
export function pinnedAsOf(requested: string, built: string | undefined, newest: string | undefined): string | undefined {
  if (built === undefined || built === requested || !sameStatusEpoch(built, requested)) return undefined;
  if (newest !== undefined && newest > built) return undefined;
  return built;
}
