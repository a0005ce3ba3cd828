// What one built page costs a reader: its HTML, the stylesheets and the scripts it loads (with their static imports),
// each gzipped; and the reading templates, one URL pattern each. Shared by `npm run bench` and the byte-budget tests.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const gzipSize = (data: Buffer | string): number => zlib.gzipSync(data).length;

/** The templates a reader reads, each with the URL pattern of its pages (as the sample county and the corpus name them). */
export const READING_TEMPLATES = [
  { template: 'home', pattern: /^\/$/ },
  { template: 'case list', pattern: /^\/cases\/$/ },
  { template: 'case', pattern: /^\/cases\/\d{4}-\d{3}\/$/ },
  { template: 'person', pattern: /^\/good-people\/(?!page\/)[^/]+\/[^/]+\/$/ },
  { template: 'honour list', pattern: /^\/good-people\/(?!page\/)[^/]+\/$/ },
  { template: 'commitments period', pattern: /^\/commitments\/\d{4}(-[a-z]\d)?\/$/i },
  { template: 'commitments unit', pattern: /^\/commitments\/\d{4}(-[a-z]\d)?\/[^/]+\/$/i },
  { template: 'ledger', pattern: /^\/rectification\/(?!page\/)[^/]+\/$/ },
  { template: 'data', pattern: /^\/data\/$/ },
  { template: 'units', pattern: /^\/units\/$/ },
  { template: 'unit', pattern: /^\/units\/[^/]+\/$/ },
  { template: 'search', pattern: /^\/search\/$/ },
  { template: 'open data', pattern: /^\/open-data\/$/ },
  { template: 'free page', pattern: /^\/about\/$/ },
] as const;
export type ReadingTemplate = (typeof READING_TEMPLATES)[number]['template'];

/** `cases/2026-001/index.html` → `/cases/2026-001/`. */
export const urlOfFile = (rel: string): string =>
  rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;

/** A redirect page (an old case number, a former unit id) is not a template's page. */
export const isRedirect = (html: string): boolean => /http-equiv="refresh"/i.test(html.slice(0, 4000));

export interface JsCost {
  /** <script src> files and <link rel=modulepreload> with everything they import statically. */
  files: string[];
  bytesGz: number;
  /** Inline <script type=module> bodies on the page. */
  inlineBytesGz: number;
  /** Loaded only on demand (dynamic import()), with their own static imports. */
  lazyFiles: string[];
  lazyBytesGz: number;
}

export function jsCost(html: string, dist: string, gzCache: Map<string, number>): JsCost {
  const fileGz = (rel: string) => {
    let n = gzCache.get(rel);
    if (n === undefined) {
      const full = path.join(dist, rel);
      n = fs.existsSync(full) ? gzipSize(fs.readFileSync(full)) : 0;
      gzCache.set(rel, n);
    }
    return n;
  };
  const resolve = (spec: string, fromRel: string) => {
    if (/^(https?:)?\/\//.test(spec)) return undefined;
    const clean = spec.split(/[?#]/)[0]!;
    const rel = clean.startsWith('/') ? clean.slice(1) : path.posix.join(path.posix.dirname(fromRel), clean);
    return fs.existsSync(path.join(dist, rel)) ? rel : undefined;
  };
  const imports = (code: string, fromRel: string) => {
    const stat = new Set<string>();
    const lazy = new Set<string>();
    for (const m of code.matchAll(/\bimport\s*["'`]([^"'`\n]+)["'`]|\bfrom\s*["'`]([^"'`\n]+)["'`]/g)) {
      const r = resolve(m[1] ?? m[2]!, fromRel);
      if (r) stat.add(r);
    }
    for (const m of code.matchAll(/\bimport\(\s*["'`]([^"'`\n]+)["'`]\s*\)/g)) {
      const r = resolve(m[1]!, fromRel);
      if (r) lazy.add(r);
    }
    return { stat, lazy };
  };
  const closure = (entries: Iterable<string>) => {
    const seen = new Set<string>();
    const lazy = new Set<string>();
    const queue = [...entries];
    while (queue.length) {
      const rel = queue.shift()!;
      if (seen.has(rel)) continue;
      seen.add(rel);
      if (!rel.endsWith('.js') && !rel.endsWith('.mjs')) continue;
      const found = imports(fs.readFileSync(path.join(dist, rel), 'utf8'), rel);
      queue.push(...found.stat);
      for (const l of found.lazy) lazy.add(l);
    }
    return { seen, lazy };
  };
  const entries = new Set<string>();
  const lazyEntries = new Set<string>();
  let inline = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) {
      const r = resolve(src, '');
      if (r) entries.add(r);
    } else if (!/type="application\/(ld\+)?json"/.test(attrs)) {
      inline += m[2]!;
      const found = imports(m[2]!, '');
      for (const s of found.stat) entries.add(s);
      for (const l of found.lazy) lazyEntries.add(l);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    const r = resolve(m[1]!, '');
    if (r) entries.add(r);
  }
  const eager = closure(entries);
  const lazyClosure = closure([...lazyEntries, ...eager.lazy].filter((f) => !eager.seen.has(f)));
  const lazyFiles = [...lazyClosure.seen].filter((f) => !eager.seen.has(f));
  return {
    files: [...eager.seen],
    bytesGz: [...eager.seen].reduce((n, f) => n + fileGz(f), 0),
    inlineBytesGz: inline ? gzipSize(inline) : 0,
    lazyFiles,
    lazyBytesGz: lazyFiles.reduce((n, f) => n + fileGz(f), 0),
  };
}

export interface PageBytes {
  htmlGz: number;
  /** The stylesheets the page links, gzipped. */
  cssGz: number;
  cssFiles: string[];
  /** Scripts loaded up front (files and their static imports) plus inline scripts, gzipped; on-demand chunks apart. */
  jsGz: number;
  js: JsCost;
}

/** The bytes one page costs (paths in the page are site paths; `dist` is served at `/`). */
export function pageBytes(html: string, dist: string, gzCache: Map<string, number> = new Map()): PageBytes {
  const cssFiles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((m) => m[1]!.split(/[?#]/)[0]!.replace(/^\//, ''))
    .filter((rel) => fs.existsSync(path.join(dist, rel)));
  const cssGz = cssFiles.reduce((n, rel) => {
    let size = gzCache.get(rel);
    if (size === undefined) gzCache.set(rel, (size = gzipSize(fs.readFileSync(path.join(dist, rel)))));
    return n + size;
  }, 0);
  const js = jsCost(html, dist, gzCache);
  return { htmlGz: gzipSize(html), cssGz, cssFiles, jsGz: js.bytesGz + js.inlineBytesGz, js };
}
