// The output-dir integration's pruning: what a build did not produce is deleted, and nothing else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import {
  emptyDir,
  incrementalCacheUrl,
  OUTPUT_ID_FILE,
  pruneStale,
  pageCopiesToPrecompress,
} from '../../src/integrations/output-dir.ts';
import { publishEnqueue } from '../../src/lib/precompress-handoff.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tree(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-out-'));
  made.push(dir);
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), file);
  }
  return dir;
}
const age = (dir: string, file: string, seconds: number) => {
  const t = new Date(Date.now() - seconds * 1000);
  fs.utimesSync(path.join(dir, file), t, t);
};

it('deletes old files the build did not produce, keeps produced, fresh and skipped ones, and removes emptied folders', () => {
  const files = [
    'cases/2026-001/index.html', // produced (cached page, old file)
    'cases/2026-002/index.html', // deleted case: old, not produced
    '_astro/site.OLD.css', // old stylesheet
    '_astro/site.NEW.css', // written by this build
    'pagefind/recent/pagefind.js', // rewritten later by the search integration
    '.git/HEAD',
    OUTPUT_ID_FILE,
  ];
  const dir = tree(files);
  for (const f of files) if (f !== '_astro/site.NEW.css') age(dir, f, 3600);
  const since = Date.now() - 60_000;
  const removed = pruneStale(dir, new Set([path.join(dir, 'cases/2026-001/index.html')]), since, new Set(['pagefind']));
  expect(removed).toEqual(['_astro/site.OLD.css', 'cases/2026-002/index.html']);
  expect(fs.existsSync(path.join(dir, 'cases/2026-002'))).toBe(false);
  for (const kept of [
    'cases/2026-001/index.html',
    '_astro/site.NEW.css',
    'pagefind/recent/pagefind.js',
    '.git/HEAD',
    OUTPUT_ID_FILE,
  ])
    expect(fs.existsSync(path.join(dir, kept)), kept).toBe(true);
});

it('emptyDir keeps only .git', () => {
  const dir = tree(['index.html', 'cases/a/index.html', '.git/HEAD', '.build-id']);
  emptyDir(dir);
  expect(fs.readdirSync(dir)).toEqual(['.git']);
  expect(() => emptyDir(path.join(dir, 'missing'))).not.toThrow();
});

it('keeps the compressed copies of a kept file and deletes those of a deleted one', () => {
  const files = [
    'cases/2026-001/index.html',
    'cases/2026-001/index.html.gz',
    'cases/2026-001/index.html.br',
    'cases/2026-002/index.html',
    'cases/2026-002/index.html.gz',
    'cases/2026-002/index.html.br',
    '_astro/site.NEW.css',
    '_astro/site.NEW.css.gz', // an old copy of a rewritten file: precompress replaces it
    'data/export.tar.gz', // not a compressed copy of a text file: kept only if produced
    'sitemap.xml', // written again later by another integration, with its copies
    'sitemap.xml.gz',
  ];
  const dir = tree(files);
  try {
    for (const f of files) if (f !== '_astro/site.NEW.css') age(dir, f, 3600);
    const removed = pruneStale(
      dir,
      new Set([path.join(dir, 'cases/2026-001/index.html')]),
      Date.now() - 60_000,
      new Set(['sitemap.xml']),
    );
    expect(removed).toEqual([
      'cases/2026-002/index.html',
      'cases/2026-002/index.html.br',
      'cases/2026-002/index.html.gz',
      'data/export.tar.gz',
    ]);
    for (const kept of [
      'cases/2026-001/index.html.gz',
      'cases/2026-001/index.html.br',
      '_astro/site.NEW.css.gz',
      'sitemap.xml.gz',
    ])
      expect(fs.existsSync(path.join(dir, kept)), kept).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it('makes Astro’s incremental cache keep no copy of the pages but hand each to the precompress pool (read from the installed Astro), and says why when it cannot', async () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const url = incrementalCacheUrl(root);
  // Astro copies a page back from its cache only when the page is missing from dist/; the copy is written nowhere else.
  const generate = fs.readFileSync(new URL('generate.js', url), 'utf8');
  expect(generate).toMatch(/const restored = !existsInDist && await cache\.restoreOutputFile\(/);
  expect(generate.match(/cache\.writeOutputFile\(/g)).toHaveLength(1);

  type Cache = {
    writeOutputFile(settings: unknown, file: string, body: Uint8Array): Promise<void>;
    restoreOutputFile(settings: unknown, file: string, destination: URL): Promise<boolean>;
    deleteOutputFile(settings: unknown, file: string): Promise<void>;
  };
  const { IncrementalBuildCache } = (await import(url)) as {
    IncrementalBuildCache: { load(...args: unknown[]): Cache };
  };
  const cacheDir = tree(['dist/cases/2026-002/index.html']);
  const outDir = tree([]);
  const settings = { config: { cacheDir: pathToFileURL(cacheDir + path.sep) } };
  const cache = IncrementalBuildCache.load(settings, 'config', 'lock', 'key');
  // Astro's own methods, before: the copy is written, and copied back.
  await cache.writeOutputFile(settings, 'cases/2026-001/index.html', new TextEncoder().encode('<p>1</p>'));
  expect(fs.existsSync(path.join(cacheDir, 'dist/cases/2026-001/index.html'))).toBe(true);

  expect(await pageCopiesToPrecompress(url)).toBeUndefined();
  // No pool running (a dev server, precompression skipped): the write does nothing.
  await cache.writeOutputFile(settings, 'cases/2026-003/index.html', new TextEncoder().encode('<p>3</p>'));
  expect(fs.existsSync(path.join(cacheDir, 'dist/cases/2026-003'))).toBe(false);
  // With a pool: the page is handed over as the file in dist/ (the path decoded) and the number of bytes Astro wrote.
  const handed: Array<[string, number]> = [];
  const enqueue = (file: string, size: number) => handed.push([file, size]) > 0;
  publishEnqueue({ enqueue, settle: async () => {} });
  try {
    const withOut = { config: { ...settings.config, outDir: pathToFileURL(outDir + path.sep) } };
    await cache.writeOutputFile(withOut, 'cases/type/%E8%AD%A6%E7%A4%BA/index.html', new TextEncoder().encode('<p>警示</p>'));
  } finally {
    publishEnqueue(undefined, enqueue);
  }
  expect(handed).toEqual([[path.join(outDir, 'cases/type/警示/index.html'), Buffer.byteLength('<p>警示</p>')]]);
  expect(fs.existsSync(path.join(cacheDir, 'dist/cases/type'))).toBe(false);
  const destination = pathToFileURL(path.join(outDir, 'cases/2026-002/index.html'));
  expect(await cache.restoreOutputFile(settings, 'cases/2026-002/index.html', destination)).toBe(false);
  expect(fs.existsSync(destination)).toBe(false);
  await cache.deleteOutputFile(settings, 'cases/2026-002/index.html');
  expect(fs.existsSync(path.join(cacheDir, 'dist/cases/2026-002/index.html'))).toBe(true);

  const fake = path.join(tree([]), 'incremental.mjs');
  fs.writeFileSync(fake, 'export class IncrementalBuildCache { writeOutputFile() {} }\n');
  expect(await pageCopiesToPrecompress(pathToFileURL(fake).href)).toBe(
    'no IncrementalBuildCache.writeOutputFile/restoreOutputFile/deleteOutputFile()',
  );
  expect(await pageCopiesToPrecompress(pathToFileURL(path.join(outDir, 'missing.mjs')).href)).toMatch(
    /Cannot find module|ERR_MODULE_NOT_FOUND/,
  );
});
