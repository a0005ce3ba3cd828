// What the sitemap and the security headers read from every built page's <head> (its CSP <meta>, noindex, redirect),
// cached by each file's stat: a rebuild that keeps most pages where they are reads only the pages it wrote again.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DistFiles, distFilesOfBuild } from './dist-files.ts';

export interface PageHead {
  /** The Content-Security-Policy <meta> content, decoded; undefined when the page has none. */
  csp?: string;
  /** `<meta name="robots" content="noindex">`. */
  noindex: boolean;
  /** A redirect page (`<meta http-equiv="refresh">`). */
  redirect: boolean;
}

/** Top-level folders of dist/ that hold no pages (the search index, bundled assets) or are not published (.git). */
const NOT_PAGES = new Set(['pagefind', '_astro', '.git']);
const FORMAT = 2;
const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

const decodeAttribute = (value: string): string =>
  value
    .replace(/&#39;|&#x27;/gi, "'")
    .replace(/&quot;|&#34;/gi, '"')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&amp;/gi, '&');

/** One buffer for every read, rather than a new 16 KB buffer per page (131,000 of them at scale 5). */
const headBuffer = Buffer.alloc(16 * 1024);

/** A page's <head> (up to `</head>` or `<body`), read in 16 KB steps as latin1 so any byte can end a step. */
function readHeadText(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    let text = '';
    const buffer = headBuffer;
    for (let position = 0; ;) {
      const bytes = fs.readSync(fd, buffer, 0, buffer.length, position);
      if (bytes === 0) break;
      position += bytes;
      text += buffer.subarray(0, bytes).toString('latin1');
      const headEnd = text.search(/<\/head>|<body[\s>]/i);
      if (headEnd >= 0) return text.slice(0, headEnd);
    }
    return text;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * One string per distinct policy: most pages share a handful. A policy cut out of a page's head would otherwise keep
 * the whole head text alive (V8 keeps a slice's parent string), and at 131,000 pages (scale 5) the heads held 1.3 GB.
 */
const policies = new Map<string, string>();
function sharedPolicy(csp: string): string {
  let shared = policies.get(csp);
  if (shared === undefined) {
    // A copy that is its own string, not a slice of the head it was read from.
    shared = Buffer.from(csp, 'utf8').toString('utf8');
    policies.set(shared, shared);
  }
  return shared;
}

/** The head of one page file. */
export function readPageHead(file: string): PageHead {
  const head = readHeadText(file);
  const csp = META_CSP.exec(head)?.[1];
  return {
    ...(csp !== undefined ? { csp: sharedPolicy(decodeAttribute(csp)) } : {}),
    noindex: /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(head),
    redirect: /http-equiv="refresh"/i.test(head),
  };
}

/** A page in the cache file: its stat, and its head with the policy as an index into the file's `policies`. */
interface CachedPage {
  stat: string;
  csp?: number;
  noindex: boolean;
  redirect: boolean;
}

/**
 * Every .html file under outDir (path relative to it, with `/`) and its head, from `files` (outDir's listing: read now
 * if not given). With `cacheFile`, a file whose size, inode and mtime are those cached is not read again; files written
 * within the last two seconds are not cached (they could be written again within the clock's resolution). The cache
 * file holds each distinct policy once.
 */
export function readPageHeads(
  outDir: string,
  cacheFile?: string,
  files: DistFiles = DistFiles.read(outDir),
): Map<string, PageHead> {
  let cached: Record<string, CachedPage> = {};
  let cachedPolicies: string[] = [];
  if (cacheFile) {
    try {
      const saved = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {
        format: number;
        outDir: string;
        policies: string[];
        pages: typeof cached;
      };
      if (saved.format === FORMAT && saved.outDir === outDir) {
        cached = saved.pages;
        cachedPolicies = saved.policies.map(sharedPolicy);
      }
    } catch {
      // no cache yet, or an unreadable one: every page is read
    }
  }
  const racyAfterNs = BigInt(Date.now() - 2000) * 1_000_000n;
  const fresh: typeof cached = {};
  const freshPolicies = new Map<string, number>();
  const heads = new Map<string, PageHead>();
  const visit = (folder: string) => {
    for (const [entryName, stat] of files.list(folder)) {
      const name = folder === '' ? entryName : `${folder}/${entryName}`;
      if (stat === 'dir') {
        if (folder !== '' || !NOT_PAGES.has(entryName)) visit(name);
      } else if (!stat.link && entryName.endsWith('.html')) {
        const key = `${stat.size}:${stat.ino}:${stat.mtimeNs}`;
        const hit = cached[name];
        const hitPolicy = hit?.csp === undefined ? undefined : cachedPolicies[hit.csp];
        const head: PageHead =
          hit && hit.stat === key && (hit.csp === undefined || hitPolicy !== undefined)
            ? { ...(hitPolicy !== undefined ? { csp: hitPolicy } : {}), noindex: hit.noindex, redirect: hit.redirect }
            : readPageHead(files.full(name));
        heads.set(name, head);
        if (stat.mtimeNs < racyAfterNs && stat.ctimeNs < racyAfterNs) {
          let policy: number | undefined;
          if (head.csp !== undefined) {
            policy = freshPolicies.get(head.csp);
            if (policy === undefined) freshPolicies.set(head.csp, (policy = freshPolicies.size));
          }
          fresh[name] = { stat: key, ...(policy !== undefined ? { csp: policy } : {}), noindex: head.noindex, redirect: head.redirect };
        }
      }
    }
  };
  visit('');
  if (cacheFile) {
    try {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      const policies = [...freshPolicies.keys()];
      fs.writeFileSync(`${cacheFile}.tmp-${process.pid}`, JSON.stringify({ format: FORMAT, outDir, policies, pages: fresh }));
      fs.renameSync(`${cacheFile}.tmp-${process.pid}`, cacheFile);
    } catch {
      // a cache that cannot be written only costs time next build
    }
  }
  return heads;
}

const ofBuild = new WeakMap<URL, Promise<Map<string, PageHead>>>();

/**
 * readPageHeads once per build, from the build's listing of dist/ (dist-files.ts): the sitemap and the security
 * headers both read every page's head when the build is done, after every page is written and the stale ones are
 * removed. `dir` is the output directory object Astro hands every integration's `astro:build:done` hook, the same
 * object for one build and a new one for the next.
 */
export function pageHeadsOfBuild(dir: URL, cacheFile?: string): Promise<Map<string, PageHead>> {
  let heads = ofBuild.get(dir);
  if (!heads) {
    heads = distFilesOfBuild(dir).then((files) => readPageHeads(fileURLToPath(dir), cacheFile, files));
    ofBuild.set(dir, heads);
  }
  return heads;
}

/** `cases/2026-001/index.html` → `/cases/2026-001/`; `404.html` → `/404.html`. */
export function urlPathOf(rel: string): string {
  return rel === 'index.html'
    ? '/'
    : rel.endsWith('/index.html')
      ? `/${rel.slice(0, -'index.html'.length)}`
      : `/${rel}`;
}
