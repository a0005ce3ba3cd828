// Astro integration: owns the emptying of the output directory, so that a rebuild keeps the pages it does not render again.
//
// Astro empties dist/ before every build, and its incremental build then copies each unchanged page back from its
// cache: at 16k pages that is 37k files deleted and 16k copied on every rebuild, about half its time. With
// `vite.build.emptyOutDir: false` (astro.config.mjs) Astro leaves dist/ alone and keeps a cached page where it is;
// this integration makes that safe:
// - a build empties dist/ itself unless dist/ holds the output of the last successful build from this same cache
//   (an id written to both at the end of a build; a build that fails or is stopped leaves no id behind);
// - after the pages are written, every file the build did not produce is deleted (the page of a deleted case, an
//   old stylesheet, a file removed from public/), so dist/ never serves anything stale;
// - Astro keeps no second copy of the pages in its cache; instead each page it writes is handed to the precompress
//   pool (see pageCopiesToPrecompress).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { astroDir } from './data-store-from-disk.ts';
import { DistFiles, distFilesOfBuild, mtimeMsOf, type DistFile } from '../lib/dist-files.ts';
import { discard } from '../lib/discard.ts';
import { sourceOfCompressed } from '../lib/precompress.ts';
import { poolEnqueue } from '../lib/precompress-handoff.ts';
import { SECURITY_HEADERS_FILE } from '../lib/security-headers.ts';

/** In dist/: the id of the build that wrote it. Holds 32 hex digits and nothing else. */
export const OUTPUT_ID_FILE = '.build-id';
/** In the cache dir: the id of the last build made from this cache. */
const CACHE_ID_FILE = 'fzwm-output-id';
/** Written again by other integrations on every build, after this one has run. */
const REWRITTEN = new Set(['pagefind', 'sitemap.xml', SECURITY_HEADERS_FILE]);

const readId = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
};

/** Everything in dir but .git (some sites deploy dist/ as a git checkout; Astro keeps it too). */
export function emptyDir(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (name !== '.git') fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Deletes the files under outDir that are neither in `keep` (absolute paths) nor written since `since` (ms), and the
 * folders left empty, from `files` (the listing of outDir, kept up to date: read now if not given). Top-level names
 * in `skip` are left alone. A compressed copy (x.html.gz, x.html.br) stays while its file stays: the precompress step,
 * which runs after this one, decides whether it is still current. Returns the paths deleted, relative to outDir.
 */
export function pruneStale(
  outDir: string,
  keep: ReadonlySet<string>,
  since: number,
  skip: ReadonlySet<string> = REWRITTEN,
  files: DistFiles = DistFiles.read(outDir),
): string[] {
  const removed: string[] = [];
  const kept = (rel: string, file: DistFile): boolean => {
    if (keep.has(files.full(rel))) return true;
    // A compressed copy of a kept file is kept without a look at its own time (half of dist/ is such copies).
    const source = sourceOfCompressed(rel);
    if (source !== undefined) {
      const of = files.file(source);
      if (of && kept(source, of)) return true;
    }
    return mtimeMsOf(file) >= since;
  };
  const visit = (folder: string): boolean => {
    let empty = true;
    for (const [name, entry] of files.list(folder)) {
      // A skipped file's compressed copies (sitemap.xml.gz) are skipped with it: precompress renews them.
      if (folder === '' && (skip.has(sourceOfCompressed(name) ?? name) || name === '.git' || name === OUTPUT_ID_FILE)) {
        empty = false;
        continue;
      }
      const rel = folder === '' ? name : `${folder}/${name}`;
      if (entry === 'dir') {
        if (visit(rel)) {
          fs.rmdirSync(files.full(rel));
          files.forget(rel);
        } else empty = false;
      } else if (kept(rel, entry)) {
        empty = false;
      } else {
        fs.rmSync(files.full(rel), { force: true });
        files.forget(rel);
        removed.push(rel);
      }
    }
    return empty;
  };
  if (files.isFolder('')) visit('');
  return removed.sort();
}

/** Astro's incremental-build cache (astro/dist/core/build/incremental.js), the same module instance Astro's build imports. */
export function incrementalCacheUrl(root: string): string {
  return pathToFileURL(path.join(astroDir(root), 'dist', 'core', 'build', 'incremental.js')).href;
}

/** Where Astro's incremental build keeps its copies of the pages, in the cache dir. */
export const PAGE_COPIES_DIR = 'dist';

/**
 * Astro's incremental build writes every page it renders twice: into dist/ and, as a copy, into its cache folder, from
 * which it copies a kept page back when the page is missing from dist/. Here dist/ is kept between builds and is always
 * the last successful build of this cache (or emptied), so a kept page is in dist/ and the copy is never read: at
 * scale 1 it is 26,000 more files and 560 MB written by a cold build. This makes Astro's cache write no copy and find
 * none, so a kept page missing from dist/ (dist/ was emptied) is rendered again instead of copied back. Astro calls the
 * copy's write right after writing the page to dist/, with the page's bytes: that call hands the page (its path and
 * size) to the running precompress pool, whose worker reads it and writes its .gz (and .br) beside it. Returns why
 * nothing was changed when Astro's class is not as expected (the build then goes on as Astro made it, and precompress
 * compresses every page at the end).
 */
export async function pageCopiesToPrecompress(url: string): Promise<string | undefined> {
  try {
    const { IncrementalBuildCache } = (await import(url)) as {
      IncrementalBuildCache?: { prototype?: Record<string, unknown> };
    };
    const proto = IncrementalBuildCache?.prototype;
    const methods = ['writeOutputFile', 'restoreOutputFile', 'deleteOutputFile'] as const;
    if (!proto || methods.some((name) => typeof proto[name] !== 'function'))
      return `no IncrementalBuildCache.${methods.join('/')}()`;
    proto['writeOutputFile'] = async (settings: { config: { outDir: URL } }, outputFile: string, body: Uint8Array) => {
      // outputFile is relative to outDir and URL-encoded (cases/type/%E8%AD%A6…/index.html).
      poolEnqueue()?.(fileURLToPath(new URL(outputFile, settings.config.outDir)), body.byteLength);
    };
    proto['restoreOutputFile'] = async () => false;
    proto['deleteOutputFile'] = async () => {};
    return undefined;
  } catch (error) {
    return String(error);
  }
}

export function outputDir(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let started = 0;
  return {
    name: 'output-dir',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        const kept = await pageCopiesToPrecompress(incrementalCacheUrl(fileURLToPath(config.root)));
        if (kept !== undefined) logger.debug(`Astro's page copies kept: ${kept}`);
        // The copies an earlier version wrote are never read again.
        else discard(path.join(cacheDir, PAGE_COPIES_DIR), path.join(cacheDir, 'fzwm-trash'));
        // One second of slack for the file system's coarse clock; the last build's pages are older than that.
        started = Date.now() - 1000;
        const ours = readId(path.join(outDir, OUTPUT_ID_FILE));
        if (!ours || ours !== readId(path.join(cacheDir, CACHE_ID_FILE))) {
          emptyDir(outDir);
        } else {
          logger.info('沿用上次构建的输出目录：未改动的页面留在原处，构建结束时删除本次没有生成的文件。');
        }
        // Until this build succeeds, dist/ is not a finished build of this cache.
        fs.rmSync(path.join(outDir, OUTPUT_ID_FILE), { force: true });
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const keep = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) keep.add(fileURLToPath(url));
        const files = await distFilesOfBuild(dir);
        const removed = pruneStale(outDir, keep, started, REWRITTEN, files);
        if (removed.length) {
          const shown = removed.slice(0, 5).join('、');
          logger.info(
            `删除了 ${removed.length} 个本次构建没有生成的过时文件：${shown}${removed.length > 5 ? ' 等' : ''}。`,
          );
        }
        const id = crypto.randomBytes(16).toString('hex');
        fs.mkdirSync(cacheDir, { recursive: true });
        fs.writeFileSync(path.join(cacheDir, CACHE_ID_FILE), id);
        fs.writeFileSync(path.join(outDir, OUTPUT_ID_FILE), id);
        files.note(OUTPUT_ID_FILE);
      },
    },
  };
}
