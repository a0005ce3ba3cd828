// Astro's content store (data-store.json), written faster: the same devalue format Astro reads it back with, made by a
// serializer for the values a content store holds, and written only when its bytes changed.
//
// Astro writes the whole store after every content sync: at scale 1 (10,000 cases) 36 MB, through devalue.stringify,
// which escapes every string a character at a time in JavaScript (0.45–0.5 s), after reading the old file back as text
// to compare (0.2–0.3 s). Here strings are escaped by JSON.stringify, and the old file is compared as bytes.
import fs from 'node:fs';

/** devalue's sentinel for undefined (devalue/src/constants.js). */
const UNDEFINED = -1;

/**
 * The devalue text of `value` (what `devalue.stringify` makes, and `devalue.parse` reads back equal), or undefined
 * when `value` holds anything but plain objects, arrays without holes, Maps, Sets, valid Dates, strings, finite numbers
 * (not -0), booleans, null and undefined: the caller then uses devalue itself. Strings are escaped as JSON escapes them
 * (devalue also escapes `<` and U+2028/2029, for text that goes into HTML <script>; a file needs neither). Repeated
 * objects and primitives are written once and referred to by index, as devalue does, cycles included.
 */
export function devalueText(value: unknown): string | undefined {
  const out: string[] = [];
  const seen = new Map<unknown, number>();
  let refused = false;
  const flatten = (thing: unknown): number => {
    if (thing === undefined) return UNDEFINED;
    const known = seen.get(thing);
    if (known !== undefined) return known;
    const index = out.length;
    out.push('');
    seen.set(thing, index);
    let text: string;
    switch (typeof thing) {
      case 'string':
        text = JSON.stringify(thing);
        break;
      case 'boolean':
        text = thing ? 'true' : 'false';
        break;
      case 'number':
        if (!Number.isFinite(thing) || Object.is(thing, -0)) return refuse();
        text = String(thing);
        break;
      case 'object': {
        if (thing === null) {
          text = 'null';
          break;
        }
        if (Object.getOwnPropertySymbols(thing).length) return refuse();
        const proto = Object.getPrototypeOf(thing) as unknown;
        if (proto === Array.prototype) {
          const array = thing as unknown[];
          text = '[';
          for (let i = 0; i < array.length; i++) {
            if (!Object.hasOwn(array, i)) return refuse();
            text += `${i ? ',' : ''}${flatten(array[i])}`;
          }
          text += ']';
        } else if (proto === Map.prototype) {
          text = '["Map"';
          for (const [key, entry] of thing as Map<unknown, unknown>) text += `,${flatten(key)},${flatten(entry)}`;
          text += ']';
        } else if (proto === Set.prototype) {
          text = '["Set"';
          for (const entry of thing as Set<unknown>) text += `,${flatten(entry)}`;
          text += ']';
        } else if (proto === Date.prototype) {
          const time = (thing as Date).getTime();
          if (Number.isNaN(time)) return refuse();
          text = `["Date","${(thing as Date).toISOString()}"]`;
        } else if (proto === Object.prototype) {
          text = '{';
          let first = true;
          for (const key of Object.keys(thing)) {
            if (key === '__proto__') return refuse();
            text += `${first ? '' : ','}${JSON.stringify(key)}:${flatten((thing as Record<string, unknown>)[key])}`;
            first = false;
          }
          text += '}';
        } else return refuse();
        break;
      }
      default:
        return refuse();
    }
    out[index] = text;
    return index;
  };
  const refuse = (): number => {
    refused = true;
    return 0;
  };
  const root = flatten(value);
  if (refused) return undefined;
  return root < 0 ? String(root) : `[${out.join(',')}]`;
}

/** What Astro's writer does first: collections and each collection's entries in the order of their keys. */
const collator = new Intl.Collator();
function sortCollections(collections: Map<string, Map<string, unknown>>): Map<string, Map<string, unknown>> {
  // Astro sorts with String#localeCompare; a Collator of the default locale orders the same, at a fraction of the cost.
  const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => collator.compare(a, b);
  return new Map(
    [...collections.entries()].sort(byKey).map(([key, entries]) => [key, new Map([...entries.entries()].sort(byKey))]),
  );
}

/**
 * The store's file text: Astro's serializeDataStore's (sorted, in devalue's format), made by devalueText, or by
 * `astroSerialize` (Astro's own function) where devalueText declines.
 */
export function serializeStore(
  collections: Map<string, Map<string, unknown>>,
  astroSerialize: (collections: Map<string, Map<string, unknown>>) => string,
): string {
  return devalueText(sortCollections(collections)) ?? astroSerialize(collections);
}

/**
 * Writes `text` to `file` (aside, then renamed into place) unless the file already holds exactly its bytes; returns
 * whether it wrote, as Astro's writeFileAtomic does.
 */
export function writeIfChanged(file: string | URL, text: string): boolean {
  const bytes = Buffer.from(text, 'utf8');
  let old: Buffer | undefined;
  try {
    if (fs.statSync(file).size === bytes.length) old = fs.readFileSync(file);
  } catch {
    // no file yet
  }
  if (old?.equals(bytes)) return false;
  const temp = file instanceof URL ? new URL(`${file.href}.tmp`) : `${file}.tmp`;
  fs.writeFileSync(temp, bytes);
  fs.renameSync(temp, file);
  return true;
}
