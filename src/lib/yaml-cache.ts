// What the YAML parser made of each text, kept between builds in Astro's cache folder: a rebuild after one edit parses
// the one changed file's YAML, not the 13,800 files' (at scale 1 the content check passes about 0.6 s sooner; the
// parse was 0.9 s by a CPU profile). An entry is keyed by the
// SHA-256 of the exact text, so a changed file is always parsed again; only data that JSON gives back exactly is kept
// (no NaN, ±Infinity or -0, no `__proto__` key). The data is still validated by the schemas on every build, and the
// position-keeping parser still runs for a file with a problem to locate. Off unless a build turns it on.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

interface State {
  file: string;
  /** SHA-256 (base64url) of a text → its data as JSON, as read from the file. */
  stored: Map<string, string>;
  /** The entries this process looked up or added: what the next save keeps. */
  used: Map<string, string>;
  added: number;
  hits: number;
}

// globalThis, because astro.config and content.config are loaded as separate module instances.
const KEY = Symbol.for('fzwm.yaml-cache');
const holder = globalThis as unknown as Record<symbol, State | undefined>;

/**
 * Turns the cache on for this process, reading what an earlier build kept in `file` (none yet, or unreadable: empty).
 * `fresh` starts empty whatever the file holds: every text is parsed and the file is written anew.
 */
export function useYamlCache(file: string, options: { fresh?: boolean } = {}): void {
  const stored = new Map<string, string>();
  try {
    if (options.fresh) throw new Error('fresh');
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) stored.set(line.slice(0, tab), line.slice(tab + 1));
    }
  } catch {
    // no cache yet
  }
  holder[KEY] = { file, stored, used: new Map(), added: 0, hits: 0 };
}

/** Turns the cache off and lets its entries go (the build, once the check has saved them; tests). */
export function stopYamlCache(): void {
  holder[KEY] = undefined;
}

const keyOf = (text: string) => crypto.createHash('sha256').update(text).digest('base64url');

/** The data kept for exactly this text, a fresh copy; undefined when the cache is off or has none. */
export function cachedYaml(text: string): { data: unknown } | undefined {
  const state = holder[KEY];
  if (!state) return undefined;
  const key = keyOf(text);
  const json = state.stored.get(key) ?? state.used.get(key);
  if (json === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    state.stored.delete(key);
    return undefined;
  }
  state.used.set(key, json);
  state.hits++;
  return { data };
}

/** Keeps what the parser made of `text`, when JSON gives it back exactly. */
export function rememberYaml(text: string, data: unknown): void {
  const state = holder[KEY];
  if (!state || !jsonExact(data, 0)) return;
  state.used.set(keyOf(text), JSON.stringify(data));
  state.added++;
}

/** Whether JSON.parse(JSON.stringify(value)) is a deep copy of value. */
function jsonExact(value: unknown, depth: number): boolean {
  if (depth > 200) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((item) => jsonExact(item, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).every(([key, item]) => key !== '__proto__' && jsonExact(item, depth + 1));
  }
  return false;
}

/** Writes the entries this process used (so deleted and edited files' old entries go), when they differ from the file's. */
export function saveYamlCache(): void {
  const state = holder[KEY];
  if (!state || (state.added === 0 && state.used.size === state.stored.size)) return;
  const lines: string[] = [];
  for (const [key, json] of state.used) lines.push(`${key}\t${json}\n`);
  try {
    fs.mkdirSync(path.dirname(state.file), { recursive: true });
    const temp = `${state.file}.tmp-${process.pid}`;
    fs.writeFileSync(temp, lines.join(''));
    fs.renameSync(temp, state.file);
  } catch {
    // a cache that cannot be written only makes the next build parse everything again
  }
  state.stored = new Map(state.used);
  state.added = 0;
}

/** Lookups answered from the cache in this process (tests, logs). */
export function yamlCacheHits(): number {
  return holder[KEY]?.hits ?? 0;
}
