// The text a page's incremental-build cache key is hashed from (src/data/site.ts): its params and props, with each
// content entry reduced to its collection, id, digest and a digest of its data.
import { createHash } from 'node:crypto';

/** A content entry as Astro gives it to a page: its collection, id and data (and digest, rendered body). */
const isEntry = (record: Record<string, unknown>): boolean =>
  typeof record['collection'] === 'string' && 'data' in record && 'id' in record;

/**
 * Each entry's text, made once per build however many pages' keys hold the entry (a case is in its own page's key and
 * in those of the five cases that show it as related). The digest already hashes the entry's file, body included, so
 * its rendered HTML is not serialised again; its data (what the schema made of the file) is hashed, not written out.
 */
const entryTexts = new WeakMap<object, string>();
/** Each entry's data hash, by the data object (shared by the entry objects of several getCollection calls). */
const dataHashes = new WeakMap<object, string>();

function entryText(entry: Record<string, unknown>): string {
  let text = entryTexts.get(entry);
  if (text === undefined) {
    const data = entry['data'];
    let hash = data !== null && typeof data === 'object' ? dataHashes.get(data) : undefined;
    if (hash === undefined) {
      hash = createHash('sha256')
        .update(JSON.stringify(data) ?? 'undefined')
        .digest('base64url');
      if (data !== null && typeof data === 'object') dataHashes.set(data, hash);
    }
    text = JSON.stringify({ collection: entry['collection'], id: entry['id'], digest: entry['digest'], data: hash });
    entryTexts.set(entry, text);
  }
  return text;
}

/**
 * The key text of `value`: JSON, except that content entries are reduced as above, and Maps, Sets and Dates are
 * written with what they hold (JSON would write `{}` for a Map or Set). Undefined and functions are left out of
 * objects and written as null in arrays, as JSON does. The same value always gives the same text; a change to
 * anything a page is given (an entry's file or data, a number, the order of a list) changes it.
 */
export function keyText(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += `${i ? ',' : ''}${keyText(value[i]) ?? 'null'}`;
    return `${text}]`;
  }
  if (value instanceof Date) return JSON.stringify({ $date: Number.isNaN(value.getTime()) ? null : value.toISOString() });
  if (value instanceof Map) return `{"$map":${keyText([...value])}}`;
  if (value instanceof Set) return `{"$set":${keyText([...value])}}`;
  const record = value as Record<string, unknown>;
  if (isEntry(record)) return entryText(record);
  let text = '{';
  let first = true;
  for (const key of Object.keys(record)) {
    const part = keyText(record[key]);
    if (part === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${part}`;
    first = false;
  }
  return `${text}}`;
}
