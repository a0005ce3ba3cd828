// What the search page and the build share about the shards and the exact lookup (search-lookup.ts): the hit a key
// leads to, how a query becomes a key, which queries are looked up, and which bucket file holds a key. No Node or content imports:
// the search page's script bundles this file.

/** The shard searched by default (search-records.ts): the last RECENT_YEARS years; every other shard is an archive year. */
export const RECENT_SHARD = 'recent';

/**
 * Results the search page shows at once; also how many of the first recent results must hold the whole query before
 * the archive is left unsearched (search-guard.ts).
 */
export const FIRST_BATCH = 5;

/** The folder under pagefind/ that holds the lookup's bucket files (<n>.json). */
export const LOOKUP_FOLDER = 'lookup';

/** The file beside the recent shard's index (date → ids of its pages): to sort its results by date in the browser. */
export const DATES_FILE = 'dates.json';

/** One page a key leads to, with what its result line shows. */
export interface LookupHit {
  url: string;
  title: string;
  /** The kind, as the facts line under a result shows it (案例 · 警示案例). */
  type: string;
  date?: string;
  unit?: string;
  /** A readable line about the page (never for a withdrawn case: its content is withdrawn). */
  summary?: string;
  /** The search shard holding the page's own record ('recent' or a year); absent when it has none (a withdrawn case). */
  shard?: string;
  /** A withdrawn case: the date it was withdrawn. */
  withdrawn?: string;
  /** The key was an old number of this case: the number it now has. */
  renumberedTo?: string;
}

/** A query as a lookup key: full-width forms folded (２０１７－００２), every dash one '-', no spaces or quotes, lower case. */
export function lookupKey(query: string): string {
  return query
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
    .replace(/[\s"'“”‘’]/g, '')
    .toLowerCase();
}

/** A case number or another site id (2017-002, a-b-3): something only an exact lookup answers well. */
export function isNumberLike(query: string): boolean {
  const key = lookupKey(query);
  return /^[0-9a-z]+(-[0-9a-z]+)+$/.test(key) && /\d/.test(key);
}

/**
 * Whether a query is looked up: one word, a number or a name (Chinese, with a · for names like 买买提·艾力). With
 * `nameStarts` (search-lookup.ts), a name only when some key starts with its first character.
 */
export function isLookupQuery(query: string, nameStarts?: string): boolean {
  const trimmed = query.trim();
  if (!trimmed || /\s/.test(trimmed)) return false;
  const key = lookupKey(trimmed);
  if (key.length < 2 || key.length > 40) return false;
  if (isNumberLike(trimmed)) return true;
  return /^[\p{Script=Han}·•0-9a-z（）()]+$/u.test(key) && (nameStarts === undefined || nameStarts.includes([...key][0]!));
}

/** FNV-1a over the key's UTF-16 code units: the same number in Node and every browser. */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}
