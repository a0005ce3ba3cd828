// The page heads the sitemap and the security headers read: CSP, noindex and redirects, cached by each file's stat.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { pageHeadsOfBuild, readPageHeads, urlPathOf } from '../../src/lib/page-heads.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const page = (csp: string, extra = '') =>
  `<!doctype html><html><head>${extra}<meta http-equiv="content-security-policy" content="${csp}"></head><body><p>正文</p></body></html>`;

function dist(): { outDir: string; cacheFile: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-heads-'));
  made.push(base);
  const outDir = path.join(base, 'dist');
  const files: Record<string, string> = {
    'index.html': page('script-src &#39;self&#39;'),
    'cases/2026-001/index.html': page("script-src 'self'"),
    'cases/2025-099/index.html': page(
      "script-src 'self'",
      '<meta http-equiv="refresh" content="0;url=/cases/2026-001/">',
    ),
    'admin/index.html': page("script-src 'self'", '<meta name="robots" content="noindex, nofollow">'),
    '404.html': page("script-src 'self'"),
    'pagefind/recent/x.html': 'not a page',
    '_astro/y.html': 'not a page',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    fs.writeFileSync(path.join(outDir, file), text);
  }
  return { outDir, cacheFile: path.join(base, 'cache/heads.json') };
}

it('reads every page’s policy, noindex and redirect, and leaves the search index and assets out', () => {
  const { outDir } = dist();
  const heads = readPageHeads(outDir);
  expect([...heads.keys()].sort()).toEqual([
    '404.html',
    'admin/index.html',
    'cases/2025-099/index.html',
    'cases/2026-001/index.html',
    'index.html',
  ]);
  expect(heads.get('index.html')).toEqual({ csp: "script-src 'self'", noindex: false, redirect: false });
  expect(heads.get('admin/index.html')?.noindex).toBe(true);
  expect(heads.get('cases/2025-099/index.html')?.redirect).toBe(true);
  expect(urlPathOf('cases/2026-001/index.html')).toBe('/cases/2026-001/');
  expect(urlPathOf('index.html')).toBe('/');
  expect(urlPathOf('404.html')).toBe('/404.html');
});

it('an unchanged page comes from the cache; a page written again is read again', async () => {
  const { outDir, cacheFile } = dist();
  const file = path.join(outDir, 'cases/2026-001/index.html');
  // Cached only once both its mtime and ctime are more than two seconds old.
  await new Promise((resolve) => setTimeout(resolve, 2100));
  readPageHeads(outDir, cacheFile);
  const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {
    policies: string[];
    pages: Record<string, { csp?: number; noindex: boolean }>;
  };
  expect(Object.keys(cached.pages)).toContain('cases/2026-001/index.html');
  // Each distinct policy is stored once (every page here has "script-src 'self'"), and the pages point at it.
  expect([...cached.policies].sort()).toEqual(["script-src 'self'"]);
  expect(cached.pages['admin/index.html']).toMatchObject({ csp: 0, noindex: true });
  // A cache entry is trusted while the stat matches: prove it by planting another policy in the cache.
  cached.policies.push('from-cache');
  cached.pages['cases/2026-001/index.html']!.csp = cached.policies.length - 1;
  fs.writeFileSync(cacheFile, JSON.stringify(cached));
  expect(readPageHeads(outDir, cacheFile).get('cases/2026-001/index.html')?.csp).toBe('from-cache');
  // Written again (as a rebuild does): read from the file, whatever the cache says.
  fs.writeFileSync(file, page("script-src 'self' 'sha256-abc'"));
  expect(readPageHeads(outDir, cacheFile).get('cases/2026-001/index.html')?.csp).toBe("script-src 'self' 'sha256-abc'");
});

it('reads a head longer than one 16 KB step, and a short page read after it gets none of its bytes', () => {
  // A head of 40 KB (three steps), then, in another call, a page whose head is shorter than what the long one left in
  // the read buffer.
  const long = dist().outDir;
  fs.writeFileSync(
    path.join(long, 'index.html'),
    page("script-src 'self' 'sha256-long'", `<meta name="description" content="${'案例'.repeat(7000)}">`),
  );
  expect(readPageHeads(long).get('index.html')).toEqual({ csp: "script-src 'self' 'sha256-long'", noindex: false, redirect: false });
  const short = dist().outDir;
  fs.writeFileSync(path.join(short, 'index.html'), '<html><head><meta name="robots" content="noindex"></head><body></body></html>');
  expect(readPageHeads(short).get('index.html')).toEqual({ noindex: true, redirect: false });
});

it('is read once per build: the same output-directory object gives the same heads, a new one reads again', async () => {
  const { outDir, cacheFile } = dist();
  const dir = pathToFileURL(`${outDir}/`);
  const first = await pageHeadsOfBuild(dir, cacheFile);
  expect(first.get('index.html')?.csp).toBe("script-src 'self'");
  fs.writeFileSync(path.join(outDir, 'index.html'), page("script-src 'self' 'sha256-abc'"));
  expect(await pageHeadsOfBuild(dir, cacheFile)).toBe(first);
  const next = await pageHeadsOfBuild(pathToFileURL(`${outDir}/`), cacheFile);
  expect(next).not.toBe(first);
  expect(next.get('index.html')?.csp).toBe("script-src 'self' 'sha256-abc'");
});
