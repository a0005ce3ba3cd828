// `npm run bench:province -- [--counties 10,100] [--scale 0.005] [--query 诈骗] [--json]`: the provincial portal at
// province scale. For each N it makes N county "dists" cheaply (gen:corpus content → the same summary, search-record
// and Pagefind functions a county build uses, without rendering pages: building 100 Astro sites on 2 cores would take
// an hour), builds the portal (wall time and peak memory of its process tree), then measures in Chromium the first
// search's bytes and time for (b) the portal's provincial index and (a) mergeIndex over the N county indexes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { chromium, type Page } from 'playwright-core';
import { buildCountySummary } from '../src/lib/county-summary.ts';
import { loadContent } from '../src/lib/load-content.ts';
import { buildSearchRecords } from '../src/lib/search-records.ts';
import { DEFAULT_AS_OF, writeCorpus } from './gen-corpus.ts';
import { createStaticServer, listen } from './serve.ts';

const { values } = parseArgs({
  options: {
    counties: { type: 'string', default: '10,100' },
    scale: { type: 'string', default: '0.005' },
    query: { type: 'string', default: '诈骗' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.counties.split(',').map(Number);
const scale = Number(values.scale);
const asOf = DEFAULT_AS_OF;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-bench-province-'));
const ROOT = path.resolve(import.meta.dirname, '..');

/** County names: two characters from these lists + 县, all different, for up to 400 counties. */
const FIRST = '青白东西南北安平长永';
const SECOND = '河山阳城宁丰泉林溪川';
const SUFFIX = ['县', '区', '市', '旗'];
const countyName = (i: number) => `${FIRST[i % 10]}${SECOND[Math.floor(i / 10) % 10]}${SUFFIX[Math.floor(i / 100)]}`;

/** One county's "dist": api/summary.json, api/search-records.json, and its recent Pagefind index (for option a). */
async function makeCounty(i: number, root: string): Promise<string> {
  const region = countyName(i);
  const content = path.join(work, 'content', String(i));
  writeCorpus(content, { scale, seed: 1000 + i, asOf, region, baseUrl: `https://fzwm${i}.example.gov.cn` });
  const { content: loaded, issues } = await loadContent(content, asOf);
  if (issues.length) throw new Error(`county ${i}: ${issues.length} content issues`);
  const dist = path.join(root, `county-${i}`);
  fs.mkdirSync(path.join(dist, 'api'), { recursive: true });
  const records = buildSearchRecords(loaded, asOf);
  fs.writeFileSync(path.join(dist, 'api/summary.json'), JSON.stringify(buildCountySummary(loaded, asOf)));
  fs.writeFileSync(path.join(dist, 'api/search-records.json'), JSON.stringify({ version: 1, count: records.length, records }));
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error('pagefind');
  await Promise.all(
    records
      .filter((r) => r.shard === 'recent')
      .map(({ shard: _s, ...r }) => index.addCustomRecord({ ...r, url: new URL(r.url, `https://fzwm${i}.example.gov.cn`).href })),
  );
  await index.writeFiles({ outputPath: path.join(dist, 'pagefind/recent') });
  await index.deleteIndex();
  fs.rmSync(path.join(content), { recursive: true, force: true });
  return dist;
}

/** Runs a command, sampling the summed RSS of its process tree every 100 ms. */
function runMeasured(args: string[]): Promise<{ seconds: number; peakMb: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    let peak = 0;
    const sample = setInterval(() => {
      const parents = new Map<number, number>();
      const rss = new Map<number, number>();
      for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
        try {
          const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          parents.set(Number(pid), Number(fields[1]));
          rss.set(Number(pid), Number(fields[21]) * 4096);
        } catch {
          // the process ended meanwhile
        }
      }
      const inTree = (pid: number): boolean => pid === child.pid || (parents.has(pid) && pid > 1 && inTree(parents.get(pid)!));
      let sum = 0;
      for (const [pid, bytes] of rss) if (inTree(pid)) sum += bytes;
      peak = Math.max(peak, sum);
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 1e6), stdout });
    });
  });
}

/** Option (a): a page that loads the first county's index and merges the others with a county filter each. */
function writeMergeHarness(dir: string, dists: string[]): void {
  fs.mkdirSync(dir, { recursive: true });
  const names = dists.map((_, i) => countyName(i));
  dists.forEach((d, i) => fs.cpSync(path.join(d, 'pagefind/recent'), path.join(dir, 'c', String(i)), { recursive: true }));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>mergeIndex</title><script type="module" src="/harness.js"></script></head><body><p id="search-status"></p></body></html>',
  );
  fs.writeFileSync(
    path.join(dir, 'harness.js'),
    `const names = ${JSON.stringify(names)};
const q = new URLSearchParams(location.search).get('q');
const pf = await import('/c/0/pagefind.js');
await pf.options({ excerptLength: 40, mergeFilter: { county: names[0] } });
for (let i = 1; i < names.length; i++) await pf.mergeIndex('/c/' + i + '/', { mergeFilter: { county: names[i] } });
const search = await pf.search(q);
await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
document.getElementById('search-status').textContent = '找到 ' + search.results.length + ' 条结果';
`,
  );
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";
  fs.writeFileSync(path.join(dir, '.security-headers.json'), JSON.stringify({ version: 1, csp, cspByPath: {}, headers: {} }));
}

interface SearchCost {
  ms: number;
  requests: number;
  bytesRaw: number;
  bytesGzip: number;
  status: string | null;
}

async function firstSearch(page: Page, url: string): Promise<SearchCost> {
  const fetched: Array<{ url: string; raw: number; gzip: number }> = [];
  const onResponse = async (response: import('playwright-core').Response) => {
    try {
      const body = await response.body();
      fetched.push({ url: response.url(), raw: body.length, gzip: zlib.gzipSync(body).length });
    } catch {
      // no body
    }
  };
  page.on('response', onResponse);
  const started = performance.now();
  await page.goto(url);
  await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 300_000 });
  const ms = Math.round(performance.now() - started);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const index = fetched.filter((f) => /\/pagefind\/|\/c\/\d+\//.test(f.url));
  return {
    ms,
    requests: index.length,
    bytesRaw: index.reduce((n, f) => n + f.raw, 0),
    bytesGzip: index.reduce((n, f) => n + f.gzip, 0),
    status: await page.locator('#search-status').textContent(),
  };
}

const results = [];
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const n of sizes) {
    const root = path.join(work, `n${n}`);
    const t0 = performance.now();
    const dists: string[] = [];
    for (let i = 0; i < n; i++) dists.push(await makeCounty(i, root));
    await pagefind.close();
    const makeSeconds = (performance.now() - t0) / 1000;
    const portal = path.join(root, 'portal');
    const countyArgs = dists.flatMap((d) => ['--county', d]);
    const built = await runMeasured(['scripts/province.ts', '--out', portal, ...countyArgs, '--as-of', asOf, '--json']);
    const report = JSON.parse(built.stdout) as { records: number };
    const merged = path.join(root, 'merged');
    writeMergeHarness(merged, dists);
    const measure = async (dir: string, url: string) => {
      const server = createStaticServer(dir);
      const base = await listen(server, 0);
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      try {
        return await firstSearch(await context.newPage(), base + url);
      } finally {
        await context.close();
        server.close();
      }
    };
    const q = encodeURIComponent(values.query);
    const provincial = await measure(portal, `/search/?q=${q}`);
    const provincialFiltered = await measure(portal, `/search/?q=${q}&county=${encodeURIComponent(countyName(n - 1))}`);
    const mergedCost = await measure(merged, `/?q=${q}`);
    results.push({
      counties: n,
      scale,
      records: report.records,
      makeCountiesSeconds: Number(makeSeconds.toFixed(1)),
      portalBuild: { seconds: Number(built.seconds.toFixed(1)), peakMb: built.peakMb },
      firstSearch: { provincial, provincialWithCountyFilter: provincialFiltered, mergeIndex: mergedCost },
    });
  }
} finally {
  await browser.close();
  if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
}

if (!values.json) {
  for (const r of results) {
    const f = r.firstSearch;
    const kb = (c: SearchCost) => `${c.requests} 个请求 ${(c.bytesRaw / 1024).toFixed(0)} KB（gzip ${(c.bytesGzip / 1024).toFixed(0)} KB），${c.ms} ms`;
    console.log(`${r.counties} 个县（${r.records} 条记录）：门户构建 ${r.portalBuild.seconds} 秒，峰值内存 ${r.portalBuild.peakMb} MB`);
    console.log(`  首次搜索“${values.query}”— 全省索引：${kb(f.provincial)}；加县筛选：${kb(f.provincialWithCountyFilter)}；mergeIndex ${r.counties} 个县索引：${kb(f.mergeIndex)}`);
  }
}
console.log(JSON.stringify(results, null, values.json ? 2 : 0));
