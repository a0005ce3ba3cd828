// Astro integration: builds the Pagefind search index from the content model into dist/pagefind/<shard>/.
// Shards: 'recent' (the last RECENT_YEARS years, searched by default) and one per older year (the archive). The recent
// shard carries no Pagefind sort (its order costs ~2.5 bytes per record in the metadata every first search fetches):
// its dates are in a dates.json beside it, fetched only to sort by date.
// Indexing starts as soon as the content has passed its checks, so the Pagefind process works while Astro renders, and each
// shard is cached by the hash of its records, so a rebuild re-indexes only the shards whose content changed. Each
// shard's pages get short ids (pagefind-ids.ts), which halves the metadata a first search fetches.
// Any indexing error fails the build: a site is never published with a broken search.
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadContentCached } from '../lib/content-cache.ts';
import { discard } from '../lib/discard.ts';
import { distFilesOfBuild } from '../lib/dist-files.ts';
import { compactPageIds, idPrefix } from '../lib/pagefind-ids.ts';
import { buildSearchLookup, type SearchLookup } from '../lib/search-lookup.ts';
import { DATES_FILE, LOOKUP_FOLDER, RECENT_SHARD } from '../lib/search-query.ts';
import { sourceOfCompressed } from '../lib/precompress.ts';
import { buildSearchRecords, type SearchRecord } from '../lib/search-records.ts';
import { resolveAsOf } from '../lib/site-env.ts';

/** Bump when the record layout changes, so cached shards are not reused across it. */
const RECORD_FORMAT = 4;

/**
 * Date → ids of the pages of that date, read from the fragments Pagefind wrote (each a gzipped "pagefind_dcd" + JSON
 * with the record's url and meta): a result's id is its fragment's name. Pages without a date are left out.
 */
export function pageDates(indexDir: string): Record<string, string[]> {
  const dates: Record<string, string[]> = {};
  const dir = path.join(indexDir, 'fragment');
  for (const name of fs.readdirSync(dir).sort()) {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, name))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { meta?: Record<string, string> };
    const date = fragment.meta?.['date'];
    if (date) (dates[date] ??= []).push(name.replace(/\.pf_fragment$/, ''));
  }
  return dates;
}

interface ShardResult {
  shard: string;
  records: number;
  cached: boolean;
  dir: string;
}

async function buildShard(shard: string, records: SearchRecord[], cacheRoot: string): Promise<ShardResult> {
  const hash = crypto
    .createHash('sha256')
    .update(`${RECORD_FORMAT}\n${JSON.stringify(records)}`)
    .digest('hex')
    .slice(0, 16);
  const dir = path.join(cacheRoot, `${shard}-${hash}`);
  if (fs.existsSync(path.join(dir, 'pagefind.js'))) return { shard, records: records.length, cached: true, dir };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index || errors.length) throw new Error(`搜索索引创建失败：${errors.join('；')}`);
  yieldToRendering();
  // All records are sent at once: they queue in the Pagefind process, which then indexes them without waiting for
  // a turn of Node's event loop per record (the loop is busy rendering pages meanwhile).
  const dated = shard === RECENT_SHARD;
  const added = await Promise.all(
    records.map(({ shard: _shard, sort, ...record }) => index.addCustomRecord(dated ? record : { ...record, sort })),
  );
  const failed = added.find((result) => result.errors.length);
  if (failed) throw new Error(`搜索索引失败（${failed.file.url}）：${failed.errors.join('；')}`);
  const tmp = `${dir}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: tmp });
  if (written.errors.length) throw new Error(`搜索索引写入失败：${written.errors.join('；')}`);
  await index.deleteIndex();
  // Short page ids: the list of pages every first search fetches shrinks by half (pagefind-ids.ts).
  await compactPageIds(tmp, idPrefix(hash));
  if (dated) fs.writeFileSync(path.join(tmp, DATES_FILE), JSON.stringify(pageDates(tmp)));
  // Older versions of this shard are of no further use.
  fs.renameSync(tmp, dir);
  for (const old of fs.readdirSync(cacheRoot)) {
    if (old.startsWith(`${shard}-`) && old !== path.basename(dir)) discard(path.join(cacheRoot, old), trashOf(cacheRoot));
  }
  return { shard, records: records.length, cached: false, dir };
}

/**
 * Lowers the Pagefind process's CPU priority (Linux; elsewhere nothing happens). It indexes while Astro renders, and
 * Astro's rendering is the longer of the two: on a 2-core machine an equal share made rendering wait for the indexer,
 * a low priority lets the indexer use only what rendering leaves, and it still finishes first.
 */
function yieldToRendering(): void {
  try {
    for (const pid of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [command = '', rest = ''] = stat.slice(stat.indexOf('(') + 1).split(') ');
      if (command.startsWith('pagefind') && Number(rest.split(' ')[1]) === process.pid) os.setPriority(Number(pid), 19);
    }
  } catch {
    // no /proc, or the process is gone: indexing runs at normal priority
  }
}

/** Where discarded shards go until they are deleted: beside the shard cache (so moving them is a rename). */
const trashOf = (cacheRoot: string) => path.join(path.dirname(cacheRoot), 'fzwm-trash');

/** Pagefind's stock search interfaces, written into every shard. The search page has its own and never loads them. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Puts a cached shard into dist/: hard links (no copying of 20k files) where the two share a filesystem. */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (UNUSED.test(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        fs.linkSync(source, target);
      } catch {
        fs.copyFileSync(source, target);
      }
    }
  }
}

/**
 * Whether `to` holds exactly the hard links linkTree(from, to) makes: every file of `from` (but the unused ones) as the
 * same inode, and nothing else but the compressed copies precompress writes beside them. A copied shard (another file
 * system), a missing, edited or extra file all answer false.
 */
export function isLinkedTree(from: string, to: string): boolean {
  const check = (source: string, target: string): boolean => {
    let expected: fs.Dirent[];
    let present: string[];
    try {
      expected = fs.readdirSync(source, { withFileTypes: true }).filter((entry) => !UNUSED.test(entry.name));
      present = fs.readdirSync(target);
    } catch {
      return false;
    }
    const names = new Set(expected.map((entry) => entry.name));
    if (
      present.some(
        (name) => !names.has(name) && !(sourceOfCompressed(name) !== undefined && names.has(sourceOfCompressed(name)!)),
      )
    )
      return false;
    return expected.every((entry) => {
      const a = path.join(source, entry.name);
      const b = path.join(target, entry.name);
      if (entry.isDirectory()) return check(a, b);
      const [sa, sb] = [fs.statSync(a, { throwIfNoEntry: false }), fs.lstatSync(b, { throwIfNoEntry: false })];
      return !!sa && !!sb && sb.isFile() && sa.ino === sb.ino && sa.dev === sb.dev;
    });
  };
  return check(from, to);
}

export function searchIndex(contentDir: string): AstroIntegration {
  let cacheRoot = '';
  let pending: Promise<{ results: ShardResult[]; seconds: number }> | undefined;
  let lookup: SearchLookup | undefined;
  return {
    name: 'search-index',
    hooks: {
      // Right after the content guard (the integration before this one) has passed: the content is loaded, and
      // the Pagefind process can index while Astro syncs, bundles and renders. Only for builds, never in dev.
      'astro:config:setup': async ({ config, command }) => {
        if (command !== 'build') return;
        cacheRoot = path.join(fileURLToPath(config.cacheDir), 'fzwm-search');
        fs.mkdirSync(cacheRoot, { recursive: true });
        const started = performance.now();
        const { content, issues } = await loadContentCached(contentDir);
        if (issues.length) return; // the content guard has already stopped the build
        const records = buildSearchRecords(content, resolveAsOf());
        lookup = buildSearchLookup(content, resolveAsOf());
        const shards = new Map<string, SearchRecord[]>();
        for (const record of records) {
          const list = shards.get(record.shard);
          if (list) list.push(record);
          else shards.set(record.shard, [record]);
        }
        pending = (async () => {
          const results: ShardResult[] = [];
          try {
            for (const [shard, list] of [...shards].sort()) results.push(await buildShard(shard, list, cacheRoot));
          } finally {
            await pagefind.close();
          }
          return { results, seconds: (performance.now() - started) / 1000 };
        })();
        pending.catch(() => undefined); // reported in astro:build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pending) throw new Error('搜索索引没有开始构建');
        const { results, seconds } = await pending;
        const outDir = path.join(fileURLToPath(dir), 'pagefind');
        // What changes in dist/pagefind/ is told to the build's listing of dist/ (a rescan of all of it, 24,000 files
        // at scale 1, would cost more than the changes).
        const files = await distFilesOfBuild(dir);
        // Replaced shards (thousands of files each) are deleted in the background: the build need not wait for that.
        const trash = trashOf(cacheRoot);
        // A shard already in dist/ as links to its current cached index stays (with its .gz/.br): a nightly rebuild
        // re-indexes one shard, and deleting and linking the other 20k files again cost seconds for nothing.
        const shards = new Set([...results.map((r) => r.shard), LOOKUP_FOLDER]);
        if (fs.existsSync(outDir)) {
          for (const name of fs.readdirSync(outDir))
            if (!shards.has(name)) {
              discard(path.join(outDir, name), trash);
              files.forget(`pagefind/${name}`);
            }
        }
        for (const r of results) {
          const target = path.join(outDir, r.shard);
          if (isLinkedTree(r.dir, target)) continue;
          discard(target, trash);
          linkTree(r.dir, target);
          files.rescan(`pagefind/${r.shard}`);
        }
        // The exact lookup of numbers and names: small files, a file rewritten only when its text changed (so its
        // .gz/.br copies stay), a bucket no longer used removed.
        const lookupDir = path.join(outDir, LOOKUP_FOLDER);
        if (!fs.existsSync(lookupDir)) {
          fs.mkdirSync(lookupDir, { recursive: true });
          files.rescan(`pagefind/${LOOKUP_FOLDER}`);
        }
        const wanted = new Set<string>();
        // Every bucket, empty ones too: a query never meets a 404 (nor the console error it brings).
        for (let n = 0; n < lookup!.buckets; n++) {
          const file = path.join(lookupDir, `${n}.json`);
          wanted.add(`${n}.json`);
          const text = JSON.stringify(lookup!.files.get(n) ?? {});
          if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
            fs.writeFileSync(file, text);
            files.note(`pagefind/${LOOKUP_FOLDER}/${n}.json`);
          }
        }
        for (const name of fs.readdirSync(lookupDir)) {
          if (!wanted.has(sourceOfCompressed(name) ?? name)) {
            fs.rmSync(path.join(lookupDir, name), { force: true });
            files.forget(`pagefind/${LOOKUP_FOLDER}/${name}`);
          }
        }
        const built = results.filter((r) => !r.cached);
        logger.info(
          `搜索索引：${results.length} 个分片共 ${results.reduce((n, r) => n + r.records, 0)} 条记录，` +
            `重建 ${built.length} 个（${built.map((r) => r.shard).join('、') || '无'}），其余取自缓存，用时 ${seconds.toFixed(1)} 秒；` +
            `编号和名称查找表 ${lookup!.keys} 个词，分 ${lookup!.buckets} 个文件。`,
        );
      },
    },
  };
}
