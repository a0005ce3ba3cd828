// What the sitemap and the security headers read from every built page's <head> (its CSP <meta>, noindex, redirect),
// cached by each file's stat: a rebuild that keeps most pages where they are reads only the pages it wrote again.
import fs from 'node:fs';
import path from 'node:path';

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
const FORMAT = 1;
const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

const decodeAttribute = (value: string): string =>
  value
    .replace(/&#39;|&#x27;/gi, "'")
    .replace(/&quot;|&#34;/gi, '"')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&amp;/gi, '&');

/** A page's <head> (up to `</head>` or `<body`), read in 16 KB steps as latin1 so any byte can end a step. */
function readHeadText(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    let text = '';
    const buffer = Buffer.alloc(16 * 1024);
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

/** The head of one page file. */
export function readPageHead(file: string): PageHead {
  const head = readHeadText(file);
  const csp = META_CSP.exec(head)?.[1];
  return {
    ...(csp !== undefined ? { csp: decodeAttribute(csp) } : {}),
    noindex: /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(head),
    redirect: /http-equiv="refresh"/i.test(head),
  };
}

/**
 * Every .html file under outDir (path relative to it, with `/`) and its head. With `cacheFile`, a file whose size,
 * inode and mtime are those cached is not read again; files written within the last two seconds are not cached (they
 * could be written again within the clock's resolution).
 */
export function readPageHeads(outDir: string, cacheFile?: string): Map<string, PageHead> {
  let cached: Record<string, { stat: string; head: PageHead }> = {};
  if (cacheFile) {
    try {
      const saved = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {
        format: number;
        outDir: string;
        pages: typeof cached;
      };
      if (saved.format === FORMAT && saved.outDir === outDir) cached = saved.pages;
    } catch {
      // no cache yet, or an unreadable one: every page is read
    }
  }
  const racyAfterNs = BigInt(Date.now() - 2000) * 1_000_000n;
  const fresh: typeof cached = {};
  const heads = new Map<string, PageHead>();
  const visit = (folder: string, rel: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (rel !== '' || !NOT_PAGES.has(entry.name)) visit(full, `${rel}${entry.name}/`);
      } else if (entry.isFile() && entry.name.endsWith('.html')) {
        const name = rel + entry.name;
        const stat = fs.statSync(full, { bigint: true });
        const key = `${stat.size}:${stat.ino}:${stat.mtimeNs}`;
        const hit = cached[name];
        const head = hit && hit.stat === key ? hit.head : readPageHead(full);
        heads.set(name, head);
        if (stat.mtimeNs < racyAfterNs && stat.ctimeNs < racyAfterNs) fresh[name] = { stat: key, head };
      }
    }
  };
  if (fs.existsSync(outDir)) visit(outDir, '');
  if (cacheFile) {
    try {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      fs.writeFileSync(`${cacheFile}.tmp-${process.pid}`, JSON.stringify({ format: FORMAT, outDir, pages: fresh }));
      fs.renameSync(`${cacheFile}.tmp-${process.pid}`, cacheFile);
    } catch {
      // a cache that cannot be written only costs time next build
    }
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
