// `npm run bench -- --content <dir> [--out <results-dir>] [--skip-rebuild] [--skip-search] [--timeout <s>]`:
// measures a cold build of a content directory (phases from the build's own log lines, timed as they arrive; peak RSS of
// every process in the build's tree; pages/s; dist, search index, HTML and JS sizes; HTML, CSS and JS bytes of one page per
// reading template), `check:content`, the rebuilds (nothing changed, the next day, one case changed the next day), and the
// bytes a first search fetches in Chromium. It measures and reports; it never asserts.
// `--peer hugo` also builds the same content as a minimal Hugo site + Pagefind (scripts/bench/hugo-peer.ts), cold and
// after the same case changes, and reports our times against the peer's; `--scales 1,2,5` runs the whole bench on
// generated corpora of each scale and prints a table per 1,000 cases (scripts/bench/scales.ts).
// `npm run bench -- --markdown <result.json> …` prints saved results as the tables of docs/performance.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs as parseCommandLine } from 'node:util';
import { measureHugoPeer, peerMarkdownRows, peerRatios, peerSummary, walk } from './bench/hugo-peer.ts';
import { gzipSize, jsCost, pageBytes, READING_TEMPLATES, type JsCost } from './bench/page-bytes.ts';
import { processTree, readProc } from './bench/proc.ts';
import { runScales, scaleMarkdown } from './bench/scales.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
/**
 * The Node flags `npm run build` starts Astro with (package.json's build script, e.g. a larger young generation): the
 * bench's build child runs with the same, so it measures the build people run.
 */
const BUILD_NODE_FLAGS: string[] = (() => {
  const script =
    (JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts['build'] ?? '';
  return /^node((?:\s+--[\w-]+(?:=\S+)?)*)\s/.exec(script)?.[1]?.trim().split(/\s+/) ?? [];
})();
const AS_OF = '2026-11-21';
/** The nightly rebuild's date: the day after AS_OF. */
const NEXT_DAY = '2026-11-22';
const CHILD_FLAG = '--astro-build-child';
const MiB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// Child mode: the build itself. Same as `astro build`, run in a snapshot of the project (see snapshotProject) and with
// Astro's cache (content-layer data store, image cache) in this benchmark's own folder instead of the shared
// node_modules/.astro, so a cold build is really cold and other builds in this checkout neither disturb it nor are
// disturbed by it.
if (process.argv.includes(CHILD_FLAG)) {
  try {
    const { build } = await import('astro');
    const root = process.env['BENCH_ROOT'] ?? PROJECT;
    await build({
      root,
      ...(process.env['BENCH_ASTRO_CACHE_DIR'] ? { cacheDir: process.env['BENCH_ASTRO_CACHE_DIR'] } : {}),
    });
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Process-tree memory sampling (/proc/<pid>/status VmHWM and VmRSS every ~100 ms).

interface ProcessPeak {
  label: string;
  pids: number;
  /** Largest VmHWM (peak resident set) seen for any process with this label. */
  peakRssMiB: number;
  /** Seconds after the start when the largest VmRSS of this label was seen. */
  peakAtSeconds: number;
}

interface MemoryReport {
  samples: number;
  intervalMs: number;
  /** Largest sum of VmRSS over the whole tree at one sample. */
  treePeakRssMiB: number;
  treePeakAtSeconds: number;
  processes: ProcessPeak[];
}

function labelOf(pid: number, name: string): string {
  const args = (readProc(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean);
  const exe = args[0] ? path.basename(args[0]) : name;
  // /proc/<pid>/status truncates names to 15 characters (pagefind_extend).
  if (name.startsWith('pagefind')) return args[0] ? path.basename(args[0]) : 'pagefind_extended';
  if (exe === 'node' || name === 'node' || name === 'MainThread') {
    const script = args.find((a) => /\.(m?[jt]s)$/.test(a)) ?? '';
    if (args.includes(CHILD_FLAG)) return 'node (astro build)';
    if (script.endsWith('check-content.ts')) return 'node (check:content)';
    return script ? `node (${path.basename(script)})` : 'node';
  }
  return exe || name;
}

class TreeSampler {
  private readonly root: number;
  private readonly started: number;
  private readonly byPid = new Map<number, { name: string; label: string; hwm: number; rss: number; rssAt: number }>();
  private timer: NodeJS.Timeout | undefined;
  private samples = 0;
  private treePeak = 0;
  private treePeakAt = 0;
  readonly intervalMs = 100;

  constructor(root: number, started: number) {
    this.root = root;
    this.started = started;
  }

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): MemoryReport {
    if (this.timer) clearInterval(this.timer);
    const byLabel = new Map<string, ProcessPeak>();
    for (const p of this.byPid.values()) {
      const entry = byLabel.get(p.label) ?? { label: p.label, pids: 0, peakRssMiB: 0, peakAtSeconds: 0 };
      entry.pids++;
      if (p.hwm / 1024 > entry.peakRssMiB) {
        entry.peakRssMiB = round(p.hwm / 1024, 1);
        entry.peakAtSeconds = round(p.rssAt, 1);
      }
      byLabel.set(p.label, entry);
    }
    return {
      samples: this.samples,
      intervalMs: this.intervalMs,
      treePeakRssMiB: round(this.treePeak / 1024, 1),
      treePeakAtSeconds: round(this.treePeakAt, 1),
      processes: [...byLabel.values()].sort((a, b) => b.peakRssMiB - a.peakRssMiB),
    };
  }

  private sample(): void {
    this.samples++;
    const now = (performance.now() - this.started) / 1000;
    let total = 0;
    for (const pid of processTree(this.root)) {
      const status = readProc(`/proc/${pid}/status`);
      if (!status) continue;
      const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
      const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
      const rss = field('VmRSS');
      const hwm = field('VmHWM');
      total += rss;
      let entry = this.byPid.get(pid);
      if (!entry) {
        entry = { name, label: labelOf(pid, name), hwm: 0, rss: 0, rssAt: now };
        this.byPid.set(pid, entry);
      } else if (entry.name !== name) {
        // First seen between fork and exec: label it again now that it runs its own program.
        entry.name = name;
        entry.label = labelOf(pid, name);
      }
      entry.hwm = Math.max(entry.hwm, hwm, rss);
      if (rss > entry.rss) {
        entry.rss = rss;
        entry.rssAt = now;
      }
    }
    if (total > this.treePeak) {
      this.treePeak = total;
      this.treePeakAt = now;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Running a command while timing its log lines and sampling its memory.

interface LoggedLine {
  t: number;
  text: string;
}

interface RunResult {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  seconds: number;
  lines: LoggedLine[];
  memory: MemoryReport;
  loadAverageAtStart: number[];
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC; the log is parsed without them.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

function run(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutSeconds: number,
  logFile: string,
  echo: (line: string) => void,
): Promise<RunResult> {
  return new Promise((resolve) => {
    const loadAverageAtStart = os.loadavg().map((x) => round(x, 2));
    const started = performance.now();
    const child: ChildProcess = spawn(process.execPath, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const sampler = new TreeSampler(child.pid!, started);
    sampler.start();
    const lines: LoggedLine[] = [];
    const log = fs.createWriteStream(logFile);
    const onLine = (raw: string) => {
      const t = (performance.now() - started) / 1000;
      const text = raw.replace(ANSI, '');
      lines.push({ t, text });
      log.write(`[${t.toFixed(3).padStart(8)}] ${text}\n`);
      echo(text);
    };
    readline.createInterface({ input: child.stdout! }).on('line', onLine);
    readline.createInterface({ input: child.stderr! }).on('line', onLine);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      onLine(`[bench] 超时（${timeoutSeconds} 秒），结束构建进程组 ${child.pid}`);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutSeconds * 1000);
    child.on('exit', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      clearTimeout(timer);
      const memory = sampler.stop();
      // Let readline deliver the last buffered lines before reporting.
      setTimeout(() => {
        log.end();
        resolve({ exitCode: code, signal, timedOut, seconds, lines, memory, loadAverageAtStart });
      }, 200);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Build phases from the log lines.

interface BuildPhases {
  /** Seconds from start to each milestone line (null when the line never came). */
  milestones: Record<string, number | null>;
  /** Durations in seconds. */
  phases: Record<string, number | null>;
  pagesBuilt: number | null;
  routesLogged: number;
  astroReportedSeconds: number | null;
  searchIndex: {
    pages: number | null;
    customRecords: number | null;
    reportedSeconds: number | null;
    line: string | null;
  };
}

/** Astro prints durations as 850ms, 9.77s or 4m 45s. */
function astroDuration(text: string): number | null {
  let seconds = 0;
  let matched = false;
  for (const m of text.matchAll(/([\d.]+)\s*(ms|h|m|s)\b/g)) {
    matched = true;
    seconds += Number(m[1]) * ({ ms: 0.001, s: 1, m: 60, h: 3600 } as Record<string, number>)[m[2]!]!;
  }
  return matched ? round(seconds, 2) : null;
}

function parseBuildLog(lines: LoggedLine[], exitSeconds: number): BuildPhases {
  const first = (re: RegExp, after = -1) => lines.find((l) => l.t >= after && re.test(l.text)) ?? null;
  const at = (l: LoggedLine | null) => (l ? round(l.t, 2) : null);
  const guard = first(/\[content-guard\].*内容检查通过/);
  const syncStart = first(/\[content\] Syncing content/);
  const synced = first(/\[content\] Synced content/);
  const bundleStart = first(/\[build\] Building static entrypoints/);
  const renderStart = first(/generating static routes/);
  const routeLines = lines.filter((l) => /^\s*(\d\d:\d\d:\d\d\s+)?\s*[├└]─ \//.test(l.text));
  const lastRoute = routeLines.at(-1) ?? null;
  const renderEnd = renderStart
    ? (lines.find((l) => l.t >= renderStart.t && /^\s*(\d\d:\d\d:\d\d\s+)?✓ Completed in/.test(l.text)) ?? null)
    : null;
  const staticDone = renderStart ? first(/\[build\] ✓ Completed in/, renderStart.t) : null;
  const sitemap = first(/\[sitemap\]/);
  const search = first(/\[search-index\]/);
  const built = first(/\[build\] \d+ page\(s\) built in/);
  const complete = first(/\[build\] Complete!/);
  const milestones = {
    contentGuardPassed: at(guard),
    contentSyncStart: at(syncStart),
    contentSynced: at(synced),
    bundlingStart: at(bundleStart),
    renderingStart: at(renderStart),
    lastRouteLogged: at(lastRoute),
    renderingDone: at(renderEnd),
    staticBuildDone: at(staticDone),
    sitemapWritten: at(sitemap),
    searchIndexWritten: at(search),
    pagesBuiltLine: at(built),
    complete: at(complete),
    exit: round(exitSeconds, 2),
  };
  const span = (a: number | null, b: number | null) => (a !== null && b !== null ? round(b - a, 2) : null);
  const phases = {
    startupAndContentGuard: span(0, milestones.contentGuardPassed),
    contentLayerSync: span(milestones.contentGuardPassed, milestones.contentSynced),
    contentLoadAndValidation: span(0, milestones.contentSynced),
    bundling: span(milestones.contentSynced, milestones.renderingStart),
    pageRendering: span(milestones.renderingStart, milestones.renderingDone ?? milestones.lastRouteLogged),
    imagesAndStaticFinish: span(milestones.renderingDone, milestones.staticBuildDone),
    sitemap: span(milestones.staticBuildDone, milestones.sitemapWritten),
    searchIndexing: span(milestones.sitemapWritten, milestones.searchIndexWritten),
    finishAndExit: span(milestones.searchIndexWritten, milestones.exit),
    total: round(exitSeconds, 2),
  };
  const builtMatch = built ? /(\d+) page\(s\) built in (.+?)\s*$/.exec(built.text) : null;
  // The line's wording changes with the integration (pages, or records in shards); take the numbers it gives.
  const searchPages = search ? /(\d+) (?:个页面|条记录)/.exec(search.text) : null;
  const searchRecords = search ? /(\d+) 个整改事项/.exec(search.text) : null;
  const searchSeconds = search ? /用时 ([\d.]+) 秒/.exec(search.text) : null;
  return {
    milestones,
    phases,
    pagesBuilt: builtMatch ? Number(builtMatch[1]) : null,
    routesLogged: routeLines.length,
    astroReportedSeconds: builtMatch ? astroDuration(builtMatch[2]!) : null,
    searchIndex: {
      pages: searchPages ? Number(searchPages[1]) : null,
      customRecords: searchRecords ? Number(searchRecords[1]) : null,
      reportedSeconds: searchSeconds ? Number(searchSeconds[1]) : null,
      line: search?.text.replace(/^\d\d:\d\d:\d\d\s+/, '') ?? null,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// What was built: sizes, the largest pages, JavaScript per template.

/** The page template a URL belongs to (for pages of generated content, by URL shape). */
function templateOf(url: string): string {
  const rules: Array<[RegExp, string]> = [
    [/^\/$/, 'home'],
    [/^\/cases\/$/, 'cases'],
    [/^\/cases\/page\/\d+\/$/, 'cases-page-n'],
    [/^\/cases\/\d{4}-\d{3}\/$/, 'case'],
    [/^\/cases\/type\/[^/]+\/(\d+\/)?$/, 'cases-type'],
    [/^\/cases\/(category|unit|year)\/[^/]+\/(\d+\/)?$/, 'cases-facet'],
    [/^\/good-people\/$/, 'good-people'],
    [/^\/good-people\/[^/]+\/$/, 'honour-list'],
    [/^\/good-people\/[^/]+\/[^/]+\/$/, 'person'],
    [/^\/commitments\/$/, 'commitments'],
    [/^\/commitments\/[^/]+\/$/, 'commitment-period'],
    [/^\/commitments\/[^/]+\/[^/]+\/$/, 'commitment'],
    [/^\/rectification\/$/, 'rectification'],
    [/^\/rectification\/[^/]+\/$/, 'rectification-batch'],
    [/^\/units\/$/, 'units'],
    [/^\/units\/[^/]+\/$/, 'unit'],
    [/^\/data\/$/, 'data'],
    [/^\/search\/$/, 'search'],
  ];
  return rules.find(([re]) => re.test(url))?.[1] ?? 'other';
}
const TEMPLATE_ORDER = [
  'home',
  'cases',
  'case',
  'cases-type',
  'cases-facet',
  'cases-page-n',
  'good-people',
  'honour-list',
  'person',
  'commitments',
  'commitment-period',
  'commitment',
  'rectification',
  'rectification-batch',
  'units',
  'unit',
  'data',
  'search',
  'other',
];

interface TemplateReport {
  template: string;
  pages: number;
  samplePath: string;
  /** The sample is the page of median gzipped size among this template's pages. */
  sampleGzBytes: number;
  medianGzBytes: number;
  maxGzBytes: number;
  maxPath: string;
  js: JsCost;
}

function analyzeDist(dist: string) {
  const files = walk(dist);
  const rel = (f: string) => path.relative(dist, f).split(path.sep).join('/');
  const pagefindFiles = files.filter((f) => rel(f).startsWith('pagefind/'));
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const pages: Array<{ url: string; template: string; gz: number; raw: number; redirect: boolean; file: string }> = [];
  let htmlGzTotal = 0;
  for (const file of htmlFiles) {
    const data = fs.readFileSync(file);
    const gz = gzipSize(data);
    htmlGzTotal += gz;
    const r = rel(file);
    const url = r === 'index.html' ? '/' : r.endsWith('/index.html') ? `/${r.slice(0, -'index.html'.length)}` : `/${r}`;
    const redirect = /http-equiv="refresh"/i.test(data.subarray(0, 4000).toString('utf8'));
    pages.push({ url, template: redirect ? 'redirect' : templateOf(url), gz, raw: data.length, redirect, file });
  }
  const largest = [...pages].sort((a, b) => b.gz - a.gz)[0];
  const gzCache = new Map<string, number>();
  const templates: TemplateReport[] = [];
  for (const template of TEMPLATE_ORDER) {
    const list = pages.filter((p) => p.template === template).sort((a, b) => a.gz - b.gz || a.url.localeCompare(b.url));
    if (!list.length) continue;
    const median = list[Math.floor((list.length - 1) / 2)]!;
    const max = list.at(-1)!;
    templates.push({
      template,
      pages: list.length,
      samplePath: median.url,
      sampleGzBytes: median.gz,
      medianGzBytes: median.gz,
      maxGzBytes: max.gz,
      maxPath: max.url,
      js: jsCost(fs.readFileSync(median.file, 'utf8'), dist, gzCache),
    });
  }
  // One page per reading template (the page of median HTML size): what a reader's phone downloads for it.
  const readingTemplates = READING_TEMPLATES.map(({ template, pattern }) => {
    const list = pages
      .filter((p) => !p.redirect && pattern.test(p.url))
      .sort((a, b) => a.gz - b.gz || a.url.localeCompare(b.url));
    const sample = list[Math.floor((list.length - 1) / 2)];
    if (!sample) return { template, pages: 0 };
    const bytes = pageBytes(fs.readFileSync(sample.file, 'utf8'), dist, gzCache);
    return {
      template,
      pages: list.length,
      samplePath: sample.url,
      htmlGz: bytes.htmlGz,
      cssGz: bytes.cssGz,
      jsGz: bytes.jsGz,
      jsOnDemandGz: bytes.js.lazyBytesGz,
    };
  });
  const sum = (list: string[]) => list.reduce((n, f) => n + fs.statSync(f).size, 0);
  return {
    readingTemplates,
    dist: {
      files: files.length,
      bytes: sum(files),
      htmlPages: htmlFiles.length,
      redirectPages: pages.filter((p) => p.redirect).length,
      htmlGzBytesTotal: htmlGzTotal,
    },
    searchIndex: { files: pagefindFiles.length, bytes: sum(pagefindFiles) },
    largestHtml: largest ? { path: largest.url, gzBytes: largest.gz, rawBytes: largest.raw } : null,
    /** Pages over 50 KiB (51,200 bytes) gzipped, and over 50 kB (50,000 bytes): a budget may mean either. */
    pagesOver50KBGz: pages.filter((p) => p.gz > 50 * 1024).length,
    pagesOver50kBGz: pages.filter((p) => p.gz > 50_000).length,
    templates,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// First search in Chromium: every byte the search page fetches until the first results are shown.

async function measureFirstSearch(dist: string, query: string) {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) return { skipped: `找不到 Chromium（${executablePath}）` };
  // One index (pagefind/pagefind.js) or several shards (pagefind/<shard>/pagefind.js): the page knows which to load.
  if (!walk(path.join(dist, 'pagefind')).some((f) => path.basename(f) === 'pagefind.js')) {
    return { skipped: 'dist/pagefind 中没有 pagefind.js' };
  }
  const { createStaticServer, listen } = await import('./serve.ts');
  const { chromium } = await import('playwright-core');
  const server = createStaticServer(dist);
  const base = await listen(server, 0);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const responses: Array<Promise<{ url: string; bytes: number; gz: number } | null>> = [];
    page.on('response', (response) => {
      responses.push(
        response
          .body()
          .then((body) => ({
            url: response.url().replace(base, ''),
            bytes: body.length,
            gz: Math.min(body.length, gzipSize(body)),
          }))
          .catch(() => null),
      );
    });
    const started = performance.now();
    await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('#search-results li').length > 0 ||
        /没有|未找到|无结果/.test(document.getElementById('search-status')?.textContent ?? ''),
      null,
      { timeout: 60_000 },
    );
    const firstResultsMs = Math.round(performance.now() - started);
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#search-results li').count();
    const status = (await page.locator('#search-status').textContent())?.trim() ?? '';
    const fetched = (await Promise.all(responses)).filter(
      (r): r is { url: string; bytes: number; gz: number } => r !== null,
    );
    const pagefind = fetched.filter((r) => r.url.includes('/pagefind/'));
    const total = (list: typeof fetched, key: 'bytes' | 'gz') => list.reduce((n, r) => n + r[key], 0);
    return {
      query,
      firstResultsMs,
      resultsShown: results,
      status,
      requests: fetched.length,
      allBytes: total(fetched, 'bytes'),
      allGzBytes: total(fetched, 'gz'),
      pagefindRequests: pagefind.length,
      pagefindBytes: total(pagefind, 'bytes'),
      /** Gzip-equivalent transfer: text files gzipped, Pagefind's already-compressed files as they are. */
      pagefindGzBytes: total(pagefind, 'gz'),
      files: fetched.map((r) => ({ url: decodeURIComponent(r.url), bytes: r.bytes, gzBytes: r.gz })),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The benchmark.

interface Args {
  content: string;
  out?: string;
  skipRebuild: boolean;
  skipSearch: boolean;
  timeout: number;
  query: string;
  quiet: boolean;
  peer?: 'hugo';
}

function parseArgs(argv: string[]): Args {
  const usage =
    'usage: npm run bench -- --content <dir> [--out <results-dir>] [--skip-rebuild] [--skip-search] [--timeout <seconds per build>] [--query <词>] [--quiet] [--peer hugo]\n       npm run bench -- --scales 1,2,5 [--corpus-dir <dir>] [other options]';
  let values;
  try {
    ({ values } = parseCommandLine({
      args: argv,
      options: {
        content: { type: 'string' },
        out: { type: 'string' },
        timeout: { type: 'string', default: '720' },
        query: { type: 'string', default: '诈骗' },
        'skip-rebuild': { type: 'boolean', default: false },
        'skip-search': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        peer: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${usage}`, { cause: error });
  }
  if (!values.content) throw new Error(usage);
  if (values.peer !== undefined && values.peer !== 'hugo') throw new Error(`--peer: only hugo is known\n${usage}`);
  return {
    content: path.resolve(values.content),
    ...(values.out ? { out: path.resolve(values.out) } : {}),
    skipRebuild: values['skip-rebuild'],
    skipSearch: values['skip-search'],
    timeout: Number(values.timeout),
    query: values.query,
    quiet: values.quiet,
    ...(values.peer === 'hugo' ? { peer: values.peer } : {}),
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function dirStats(dir: string) {
  const files = walk(dir);
  return { files: files.length, bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0) };
}

function machine() {
  const cpus = os.cpus();
  const osRelease = readProc('/etc/os-release') ?? '';
  return {
    nproc: os.availableParallelism(),
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    os: /^PRETTY_NAME="?([^"\n]+)"?/m.exec(osRelease)?.[1] ?? `${os.type()} ${os.release()}`,
    kernel: os.release(),
  };
}

/**
 * A copy of the code that builds the site (src/, public/, scripts/ and the config files; node_modules linked), so that
 * the build's generated .astro/ folder is private to the benchmark and the code cannot change under it mid-run while
 * others edit the checkout. The build is the same: same code, same dependencies, only another folder.
 */
function snapshotProject(work: string): { dir: string; files: number; sourceHash: string } {
  const dir = path.join(work, 'project');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'public', 'scripts']) {
    if (fs.existsSync(path.join(PROJECT, name)))
      fs.cpSync(path.join(PROJECT, name), path.join(dir, name), { recursive: true });
  }
  for (const name of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    if (fs.existsSync(path.join(PROJECT, name))) fs.copyFileSync(path.join(PROJECT, name), path.join(dir, name));
  }
  // node_modules: a real folder of links to each package, so the caches tools keep inside it (Vite's .vite/, Astro's
  // .astro/) are the snapshot's own and never the checkout's.
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(PROJECT, 'node_modules'))) {
    if (entry.startsWith('.') && entry !== '.bin' && entry !== '.package-lock.json') continue; // .vite, .astro, .vite-temp, caches
    fs.symlinkSync(path.join(PROJECT, 'node_modules', entry), path.join(modules, entry));
  }
  // A fingerprint of the code measured: others edit the checkout, so results name the exact sources they came from.
  const sources = [
    ...walk(path.join(dir, 'src')),
    ...walk(path.join(dir, 'public')),
    path.join(dir, 'astro.config.mjs'),
    path.join(dir, 'package-lock.json'),
  ]
    .filter((f) => fs.existsSync(f))
    .sort();
  const hash = createHash('sha256');
  for (const file of sources)
    hash.update(path.relative(dir, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return {
    dir,
    files: walk(path.join(dir, 'src')).length + walk(path.join(dir, 'scripts')).length,
    sourceHash: hash.digest('hex').slice(0, 16),
  };
}

/** Changes one sentence in the body of one case (the middle .md file), returning how to undo it. */
function touchOneCase(contentDir: string): { file: string; restore: () => void } | undefined {
  const cases = walk(path.join(contentDir, 'cases'))
    .filter((f) => f.endsWith('.md'))
    .sort();
  const file = cases[Math.floor(cases.length / 2)];
  if (!file) return undefined;
  const original = fs.readFileSync(file);
  const text = original.toString('utf8');
  const marker = '## 基本案情\n\n';
  const changed = text.includes(marker)
    ? text.replace(marker, `${marker}（复建测试：此句为基准测试临时加入的正文修改。）`)
    : `${text}\n（复建测试：此句为基准测试临时加入的正文修改。）\n`;
  fs.writeFileSync(file, changed);
  return { file, restore: () => fs.writeFileSync(file, original) };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const say = (s: string) => process.stderr.write(`${s}\n`);
  if (!fs.existsSync(args.content)) throw new Error(`content directory not found: ${args.content}`);
  const work = path.join(os.tmpdir(), `fzwm-bench-${path.basename(args.content)}`);
  const outDir = path.join(work, 'dist');
  const cacheDir = path.join(work, 'astro-cache');
  // The last run's folders are renamed now and deleted after the measurements. Deleting ~70k files just before a
  // build makes ext4 slow to create the next 70k (it avoids reusing recently freed inodes): 116–130 s instead of
  // ~100 s for the same cold build. A real cold build (fresh clone, CI) deletes nothing first, so neither does this.
  const stale = path.join(os.tmpdir(), `fzwm-bench-${path.basename(args.content)}.old-${Date.now()}`);
  if (fs.existsSync(work)) fs.renameSync(work, stale);
  fs.mkdirSync(work, { recursive: true });
  const snapshot = snapshotProject(work);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_ROOT: snapshot.dir,
    CONTENT_DIR: args.content,
    SITE_AS_OF: AS_OF,
    ASTRO_OUT_DIR: outDir,
    BENCH_ASTRO_CACHE_DIR: cacheDir + path.sep,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const echo = args.quiet
    ? () => {}
    : (line: string) => {
        // Echo milestones, not the thousands of route lines.
        if (!/^\s*(\d\d:\d\d:\d\d\s+)?\s*[├└▶]/.test(line)) say(`    ${line}`);
      };
  const marker = path.join(args.content, '.generated-corpus.json');
  const generated = fs.existsSync(marker)
    ? (JSON.parse(fs.readFileSync(marker, 'utf8')) as Record<string, unknown>)
    : null;
  const started = new Date();
  say(`bench: ${args.content} → ${work}`);

  // 1. npm run check:content (the same script, timed from outside).
  say('bench: check:content …');
  const check = await run(
    snapshot.dir,
    [path.join(snapshot.dir, 'scripts/check-content.ts')],
    env,
    args.timeout,
    path.join(work, 'check-content.log'),
    echo,
  );
  const checkReported = check.lines.map((l) => /用时 ([\d.]+) 秒/.exec(l.text)?.[1]).find(Boolean);

  // 2. Cold build: no output dir, no Astro cache, no .astro/ (all in the new, empty work folder).
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.rmSync(path.join(snapshot.dir, '.astro'), { recursive: true, force: true });
  say('bench: cold build …');
  const cold = await run(
    snapshot.dir,
    [...BUILD_NODE_FLAGS, SELF, CHILD_FLAG],
    { ...env, ASTRO_TIMER_PATH: path.join(work, 'astro-timer-cold.json') },
    args.timeout,
    path.join(work, 'build-cold.log'),
    echo,
  );
  const coldPhases = parseBuildLog(cold.lines, cold.seconds);
  const coldOk = cold.exitCode === 0 && !cold.timedOut;
  const readTimer = (file: string) =>
    fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { elapsedTime: number }>) : null;
  const cacheAfterCold = dirStats(cacheDir);

  // 3. What the cold build produced.
  let built: ReturnType<typeof analyzeDist> | null = null;
  let search: Awaited<ReturnType<typeof measureFirstSearch>> | { skipped: string } | { error: string } = {
    skipped: '未运行',
  };
  if (coldOk) {
    say('bench: measuring dist (gzip of every page, JS per template) …');
    built = analyzeDist(outDir);
    if (!args.skipSearch) {
      say(`bench: first search in Chromium (“${args.query}”) …`);
      try {
        search = await measureFirstSearch(outDir, args.query);
      } catch (error) {
        search = { error: (error as Error).message.split('\n')[0]! };
      }
    } else search = { skipped: '--skip-search' };
  }

  // 4. Rebuilds with the caches of the cold build, in the order a county meets them: the same content again (nothing
  //    to do), the next day (the nightly rebuild: derived statuses change), then one case changed that next day.
  const rebuildRun = async (name: string, asOf: string): Promise<Record<string, unknown>> => {
    const timer = path.join(work, `astro-timer-${name}.json`);
    const result = await run(
      snapshot.dir,
      [...BUILD_NODE_FLAGS, SELF, CHILD_FLAG],
      { ...env, SITE_AS_OF: asOf, ASTRO_TIMER_PATH: timer },
      args.timeout,
      path.join(work, `build-${name}.log`),
      echo,
    );
    return {
      asOf,
      exitCode: result.exitCode,
      signal: result.signal,
      timedOut: result.timedOut,
      seconds: round(result.seconds, 2),
      /** The build found its inputs and dist/ unchanged and stopped before building (src/integrations/build-inputs.ts). */
      skipped: result.lines.some((l) => l.text.includes('跳过构建')),
      ratioToCold: round(result.seconds / cold.seconds, 3),
      loadAverageAtStart: result.loadAverageAtStart,
      ...parseBuildLog(result.lines, result.seconds),
      memory: result.memory,
      astroTimer: readTimer(timer),
    };
  };
  const notRun = { skipped: args.skipRebuild ? '--skip-rebuild' : '冷构建失败，未运行' };
  let noChange: Record<string, unknown> = notRun;
  let nextDay: Record<string, unknown> = notRun;
  let rebuild: Record<string, unknown> = notRun;
  if (coldOk && !args.skipRebuild) {
    say('bench: rebuild with nothing changed …');
    noChange = await rebuildRun('no-change', AS_OF);
    say(`bench: the nightly rebuild (same content, as of ${NEXT_DAY}) …`);
    nextDay = await rebuildRun('next-day', NEXT_DAY);
    const touched = touchOneCase(args.content);
    if (touched) {
      const restoreOnSignal = () => {
        touched.restore();
        process.exit(130);
      };
      process.once('SIGINT', restoreOnSignal);
      say(`bench: rebuild after changing ${path.relative(args.content, touched.file)} (as of ${NEXT_DAY}) …`);
      try {
        rebuild = {
          changedFile: path.relative(args.content, touched.file),
          ...(await rebuildRun('rebuild', NEXT_DAY)),
        };
      } finally {
        touched.restore();
        process.removeListener('SIGINT', restoreOnSignal);
      }
    }
  }

  // 5. The peer (after our builds, so neither disturbs the other), on the content as the cold build saw it.
  const peer = args.peer
    ? await measureHugoPeer({ content: args.content, work, timeoutSeconds: args.timeout, say })
    : null;
  const ours = {
    coldSeconds: coldOk ? round(cold.seconds, 2) : null,
    oneCaseSeconds: typeof rebuild['seconds'] === 'number' && rebuild['exitCode'] === 0 ? rebuild['seconds'] : null,
  };
  const ratios = peer ? peerRatios(peer, ours) : null;

  const rendering = coldPhases.phases['pageRendering'];
  const report = {
    bench: 'scripts/bench.ts',
    date: started.toISOString(),
    asOf: AS_OF,
    machine: machine(),
    content: { dir: args.content, ...dirStats(args.content), generated },
    workDir: work,
    projectSnapshot: { dir: snapshot.dir, sourceFiles: snapshot.files, sourceHash: snapshot.sourceHash, from: PROJECT },
    astroCache: {
      note: 'Astro 7 keeps its build caches in config.cacheDir (default node_modules/.astro: data-store.json = content layer with rendered Markdown, assets/ = images); <root>/.astro/ holds generated types, content-modules.mjs and the dev-server data store. The bench builds a snapshot of the project with cacheDir in its own folder and deletes both (and the output dir) before the cold build, so the project node_modules/.astro and .astro/ are neither used nor cleared.',
      cacheDir,
      afterColdBuild: cacheAfterCold,
    },
    checkContent: {
      exitCode: check.exitCode,
      seconds: round(check.seconds, 2),
      reportedSeconds: checkReported ? Number(checkReported) : null,
      peakRssMiB: check.memory.processes[0]?.peakRssMiB ?? null,
      loadAverageAtStart: check.loadAverageAtStart,
      lastLine: check.lines.at(-1)?.text ?? '',
    },
    coldBuild: {
      exitCode: cold.exitCode,
      signal: cold.signal,
      timedOut: cold.timedOut,
      seconds: round(cold.seconds, 2),
      loadAverageAtStart: cold.loadAverageAtStart,
      freshFolders:
        'output, cache and project folders new and empty; the previous run was deleted after it finished, not before this build',
      ...coldPhases,
      pagesPerSecond: coldPhases.pagesBuilt && rendering ? round(coldPhases.pagesBuilt / rendering, 1) : null,
      pagesPerSecondOverall: coldPhases.pagesBuilt ? round(coldPhases.pagesBuilt / cold.seconds, 1) : null,
      memory: cold.memory,
      astroTimer: readTimer(path.join(work, 'astro-timer-cold.json')),
      lastLines: cold.exitCode === 0 ? [] : cold.lines.slice(-15).map((l) => l.text),
    },
    noChangeRebuild: noChange,
    nextDayRebuild: nextDay,
    rebuild,
    built,
    firstSearch: search,
    peer,
    peerRatios: ratios,
  };

  // Short human summary on stderr; the JSON on stdout (and in the results dir).
  const mib = (n: number | undefined | null) => (n === undefined || n === null ? '—' : `${n.toFixed(0)} MiB`);
  const kb = (n: number | undefined) => (n === undefined ? '—' : `${(n / 1024).toFixed(1)} KB`);
  say('');
  say(
    `check:content  ${report.checkContent.seconds} s (exit ${check.exitCode}), peak RSS ${mib(report.checkContent.peakRssMiB)}`,
  );
  say(
    `cold build     ${report.coldBuild.seconds} s (exit ${cold.exitCode}${cold.timedOut ? ', TIMED OUT' : ''}${cold.signal ? `, ${cold.signal}` : ''}), ${coldPhases.pagesBuilt ?? '?'} pages, ${report.coldBuild.pagesPerSecond ?? '?'} pages/s while rendering`,
  );
  say(
    `  phases       ${Object.entries(coldPhases.phases)
      .map(([k, v]) => `${k} ${v ?? '—'}`)
      .join(' · ')}`,
  );
  say(
    `  peak RSS     tree ${mib(cold.memory.treePeakRssMiB)}; ${cold.memory.processes
      .slice(0, 4)
      .map((p) => `${p.label} ${mib(p.peakRssMiB)}`)
      .join(', ')}`,
  );
  if (built) {
    say(
      `dist           ${built.dist.files} files, ${(built.dist.bytes / MiB).toFixed(1)} MiB; search index ${built.searchIndex.files} files, ${(built.searchIndex.bytes / MiB).toFixed(1)} MiB`,
    );
    say(
      `largest page   ${built.largestHtml?.path} ${kb(built.largestHtml?.gzBytes)} gz; ${built.pagesOver50KBGz} pages over 50 KiB gz (${built.pagesOver50kBGz} over 50,000 bytes)`,
    );
    say(`templates      (HTML gz / JS gz from <script src> + inline)`);
    for (const t of built.templates)
      say(
        `  ${t.template.padEnd(20)} ${String(t.pages).padStart(6)} pages  median ${kb(t.sampleGzBytes).padStart(9)}  max ${kb(t.maxGzBytes).padStart(9)}  JS ${kb(t.js.bytesGz)} + ${kb(t.js.inlineBytesGz)} inline${t.js.lazyBytesGz ? ` (+ ${kb(t.js.lazyBytesGz)} on demand)` : ''}`,
      );
  }
  if (built) {
    say(`reading pages  (one page per template, gzipped: HTML / CSS / JS loaded up front)`);
    for (const t of built.readingTemplates)
      say(
        'samplePath' in t
          ? `  ${t.template.padEnd(20)} ${kb(t.htmlGz).padStart(9)} ${kb(t.cssGz).padStart(9)} ${kb(t.jsGz).padStart(9)}${t.jsOnDemandGz ? ` (+ ${kb(t.jsOnDemandGz)} on demand)` : ''}  ${t.samplePath}`
          : `  ${t.template.padEnd(20)} no page`,
      );
  }
  if ('pagefindGzBytes' in search)
    say(
      `first search   “${search.query}”: ${search.pagefindRequests} Pagefind requests, ${kb(search.pagefindGzBytes)} gz (${kb(search.pagefindBytes)} raw); whole page ${kb(search.allGzBytes)} gz; results in ${search.firstResultsMs} ms`,
    );
  else say(`first search   ${'skipped' in search ? search.skipped : search.error}`);
  for (const [label, r] of [
    ['no change     ', noChange],
    ['next day      ', nextDay],
    ['one case      ', rebuild],
  ] as const) {
    if ('seconds' in r)
      say(
        `${label} ${r['seconds']} s = ${((r['ratioToCold'] as number) * 100).toFixed(0)}% of cold${r['skipped'] === true ? ' (skipped: inputs and dist/ unchanged)' : ''}, load ${(r['loadAverageAtStart'] as number[])[0]}`,
      );
    else say(`${label} ${r['skipped']}`);
  }
  const cases = (generated?.['counts'] as { cases?: number } | undefined)?.cases;
  if (cases)
    say(
      `per 1k cases   cold ${round((cold.seconds * 1000) / cases, 2)} s (${cases} cases); largest process ${mib(cold.memory.processes[0]?.peakRssMiB)}, tree ${mib(cold.memory.treePeakRssMiB)}`,
    );
  if (peer) for (const line of peerSummary(peer, ratios, ours)) say(line);

  const json = JSON.stringify(report, null, 2);
  if (args.out) {
    fs.mkdirSync(args.out, { recursive: true });
    const file = path.join(args.out, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, json + '\n');
    say(`bench: results written to ${file}`);
  }
  process.stdout.write(json + '\n');
  // The previous runs' folders (see `stale` above), now that nothing is being timed.
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (name.startsWith(`fzwm-bench-${path.basename(args.content)}.old-`))
      fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// `npm run bench -- --markdown <result.json> [<result.json> …]`: the results as Markdown tables, one column per run,
// and the targets checked against the last run (docs/performance.md is written from this).

/* eslint-disable @typescript-eslint/no-explicit-any -- reads result files of any earlier version of this script */
function markdownReport(files: string[]): string {
  const runs = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as any);
  const head = (first: string) =>
    `| ${first} | ${runs.map((r) => `scale ${r.content.generated?.scale ?? '?'} (${r.content.generated?.counts?.cases ?? '?'} cases)`).join(' | ')} |\n|---|${runs.map(() => '---:').join('|')}|`;
  const row = (label: string, cell: (r: any) => unknown) =>
    `| ${label} | ${runs
      .map((r) => {
        const v = cell(r);
        return v === undefined || v === null ? '—' : String(v);
      })
      .join(' | ')} |`;
  const s = (n: number | null | undefined) => (n === null || n === undefined ? null : `${n.toFixed(1)} s`);
  const mib = (n: number | null | undefined) => (n === null || n === undefined ? null : `${Math.round(n)} MiB`);
  const kib = (n: number | null | undefined) => (n === null || n === undefined ? null : `${(n / 1024).toFixed(1)} KiB`);
  const out: string[] = [];
  out.push('#### Runs', '', head('run'));
  out.push(row('started (UTC)', (r) => r.date.replace('T', ' ').slice(0, 16)));
  out.push(row('code measured (source hash)', (r) => r.projectSnapshot?.sourceHash ?? 'not recorded'));
  out.push(row('load average at cold start (1/5/15 min)', (r) => r.coldBuild.loadAverageAtStart?.join(' / ')));
  out.push(row('content files / bytes', (r) => `${r.content.files} / ${(r.content.bytes / MiB).toFixed(1)} MiB`));
  out.push('', '#### check:content and cold build', '', head('measure'));
  out.push(row('`check:content` wall time', (r) => s(r.checkContent.seconds)));
  out.push(row('`check:content` peak RSS', (r) => mib(r.checkContent.peakRssMiB)));
  const phaseNames: Array<[string, string]> = [
    ['startupAndContentGuard', 'start → `[content-guard] 内容检查通过` (config, our validation)'],
    ['contentLayerSync', '→ `[content] Synced content` (Astro content layer)'],
    ['contentLoadAndValidation', '= content load and validation'],
    ['bundling', '→ `generating static routes` (Vite bundles)'],
    ['pageRendering', 'page rendering (static routes)'],
    ['imagesAndStaticFinish', '→ `[build] ✓ Completed` (images)'],
    ['sitemap', '→ `[sitemap]`'],
    ['searchIndexing', '→ `[search-index]` (Pagefind, after the sitemap)'],
    ['finishAndExit', '→ process exit'],
    ['total', '**cold build, wall time**'],
  ];
  for (const [key, label] of phaseNames) out.push(row(label, (r) => s(r.coldBuild.phases?.[key])));
  out.push(
    row('search indexing as `[search-index]` reports it (may overlap rendering)', (r) =>
      s(r.coldBuild.searchIndex?.reportedSeconds),
    ),
  );
  out.push(row('pages built (Astro count)', (r) => r.coldBuild.pagesBuilt));
  out.push(row('pages per second while rendering', (r) => r.coldBuild.pagesPerSecond));
  out.push(row('pages per second, whole build', (r) => r.coldBuild.pagesPerSecondOverall));
  out.push('', '#### Peak memory of the cold build (VmHWM, sampled every 100 ms)', '', head('process'));
  const labels = [
    ...new Set(
      runs.flatMap((r) =>
        (r.coldBuild.memory?.processes ?? []).map((p: any) =>
          p.label.replace(/^pagefind_extend$/, 'pagefind_extended'),
        ),
      ),
    ),
  ];
  for (const label of labels)
    out.push(
      row(`\`${label}\``, (r) => {
        const p = (r.coldBuild.memory?.processes ?? []).find(
          (x: any) => x.label.replace(/^pagefind_extend$/, 'pagefind_extended') === label,
        );
        return p ? `${mib(p.peakRssMiB)} (at ${p.peakAtSeconds} s)` : null;
      }),
    );
  out.push(
    row(
      '**whole process tree** (largest sum of VmRSS)',
      (r) => `${mib(r.coldBuild.memory?.treePeakRssMiB)} (at ${r.coldBuild.memory?.treePeakAtSeconds} s)`,
    ),
  );
  out.push('', '#### Rebuilds with nothing changed and the next day (caches kept)', '', head('measure'));
  out.push(row('nothing changed: wall time', (r) => s(r.noChangeRebuild?.seconds)));
  out.push(row('nothing changed: skipped by the build-inputs check', (r) => r.noChangeRebuild?.skipped ?? null));
  out.push(row('next day (the nightly rebuild): wall time', (r) => s(r.nextDayRebuild?.seconds)));
  for (const key of [
    'startupAndContentGuard',
    'contentLayerSync',
    'bundling',
    'pageRendering',
    'sitemap',
    'searchIndexing',
    'finishAndExit',
  ])
    out.push(row(`next day: ${key}`, (r) => s(r.nextDayRebuild?.phases?.[key])));
  out.push(
    row(
      'load average at the start (no change / next day)',
      (r) =>
        `${r.noChangeRebuild?.loadAverageAtStart?.[0] ?? '—'} / ${r.nextDayRebuild?.loadAverageAtStart?.[0] ?? '—'}`,
    ),
  );
  out.push(
    '',
    '#### Rebuild after one case body changes (caches kept; the next day since the nightly runs first)',
    '',
    head('measure'),
  );
  out.push(row('changed file', (r) => (r.rebuild?.changedFile ? `\`${r.rebuild.changedFile}\`` : r.rebuild?.skipped)));
  for (const key of ['contentLoadAndValidation', 'bundling', 'pageRendering', 'sitemap', 'searchIndexing'])
    out.push(row(key, (r) => s(r.rebuild?.phases?.[key])));
  out.push(row('search indexing as `[search-index]` reports it', (r) => s(r.rebuild?.searchIndex?.reportedSeconds)));
  out.push(row('**rebuild, wall time**', (r) => s(r.rebuild?.seconds)));
  out.push(
    row('**rebuild / cold**', (r) => (r.rebuild?.ratioToCold ? `${Math.round(r.rebuild.ratioToCold * 100)} %` : null)),
  );
  out.push(row('peak RSS, whole tree', (r) => mib(r.rebuild?.memory?.treePeakRssMiB)));
  if (runs.some((r) => r.peer))
    out.push(
      '',
      '#### The peer: Hugo + Pagefind on the same content (`--peer hugo`)',
      '',
      head('measure'),
      ...peerMarkdownRows(row, s, mib),
    );
  out.push('', '#### Output', '', head('measure'));
  out.push(
    row('dist: files / size', (r) => r.built && `${r.built.dist.files} / ${(r.built.dist.bytes / MiB).toFixed(1)} MiB`),
  );
  out.push(
    row(
      'HTML pages (of which redirects)',
      (r) => r.built && `${r.built.dist.htmlPages} (${r.built.dist.redirectPages})`,
    ),
  );
  out.push(row('all HTML, gzipped', (r) => r.built && `${(r.built.dist.htmlGzBytesTotal / MiB).toFixed(1)} MiB`));
  out.push(
    row(
      'search index (dist/pagefind): files / size',
      (r) => r.built && `${r.built.searchIndex.files} / ${(r.built.searchIndex.bytes / MiB).toFixed(1)} MiB`,
    ),
  );
  out.push(
    row(
      'largest HTML page, gzipped',
      (r) =>
        r.built?.largestHtml &&
        `${kib(r.built.largestHtml.gzBytes)} \`${r.built.largestHtml.path}\` (${kib(r.built.largestHtml.rawBytes)} raw)`,
    ),
  );
  out.push(row('pages over 50 KiB gzipped', (r) => r.built?.pagesOver50KBGz));
  out.push(
    '',
    '#### Reading templates: HTML / CSS / JS loaded up front, gzipped (the median page of each)',
    '',
    head('template'),
  );
  const templateNames = [
    ...new Set(runs.flatMap((r) => (r.built?.readingTemplates ?? []).map((t: any) => t.template))),
  ];
  for (const name of templateNames)
    out.push(
      row(name, (r) => {
        const t = (r.built?.readingTemplates ?? []).find((x: any) => x.template === name);
        return t?.samplePath ? `${kib(t.htmlGz)} / ${kib(t.cssGz)} / ${kib(t.jsGz)}` : null;
      }),
    );
  out.push('', '#### Gzipped HTML per template: median page / largest page (number of pages)', '', head('template'));
  const templates = [...new Set(runs.flatMap((r) => (r.built?.templates ?? []).map((t: any) => t.template)))];
  const tpl = (r: any, name: string) => (r.built?.templates ?? []).find((t: any) => t.template === name);
  for (const name of templates)
    out.push(
      row(`${name} (e.g. \`${tpl(runs.at(-1), name)?.samplePath ?? tpl(runs[0], name)?.samplePath}\`)`, (r) => {
        const t = tpl(r, name);
        return t ? `${kib(t.medianGzBytes)} / ${kib(t.maxGzBytes)} (${t.pages})` : null;
      }),
    );
  out.push(
    '',
    '#### JavaScript per template, gzipped: `<script src>` files with their static imports + inline module scripts (+ loaded on demand)',
    '',
    head('template'),
  );
  for (const name of templates)
    out.push(
      row(name, (r) => {
        const t = tpl(r, name);
        return t
          ? `${kib(t.js.bytesGz)} + ${kib(t.js.inlineBytesGz)}${t.js.lazyBytesGz ? ` (+ ${kib(t.js.lazyBytesGz)})` : ''}`
          : null;
      }),
    );
  out.push(
    '',
    '#### First search in Chromium (`/search/?q=…`, until the first results are shown)',
    '',
    head('measure'),
  );
  out.push(row('query / results', (r) => r.firstSearch?.query && `${r.firstSearch.query} / ${r.firstSearch.status}`));
  out.push(row('Pagefind requests', (r) => r.firstSearch?.pagefindRequests));
  const kinds: Array<[string, RegExp]> = [
    ['Pagefind JS (pagefind.js, worker)', /\.js($|\?)/],
    ['WebAssembly', /wasm\./],
    ['metadata (.pf_meta)', /\.pf_meta/],
    ['filters (.pf_filter)', /\.pf_filter/],
    ['index chunks (.pf_index)', /\.pf_index/],
    ['fragments (.pf_fragment)', /\.pf_fragment/],
  ];
  for (const [label, re] of kinds)
    out.push(
      row(`— ${label}`, (r) => {
        const files = (r.firstSearch?.files ?? []).filter((f: any) => f.url.includes('/pagefind/') && re.test(f.url));
        return files.length ? `${kib(files.reduce((n: number, f: any) => n + f.gzBytes, 0))} (${files.length})` : null;
      }),
    );
  out.push(
    row('**Pagefind total, gzip-equivalent** (raw)', (r) =>
      r.firstSearch?.pagefindGzBytes !== undefined
        ? `${kib(r.firstSearch.pagefindGzBytes)} (${kib(r.firstSearch.pagefindBytes)})`
        : null,
    ),
  );
  out.push(row('whole page incl. HTML and CSS, gzip-equivalent', (r) => kib(r.firstSearch?.allGzBytes)));
  out.push(
    row('time to first results', (r) =>
      r.firstSearch?.firstResultsMs !== undefined ? `${r.firstSearch.firstResultsMs} ms` : null,
    ),
  );
  if (new Set(runs.map((r) => r.content.generated?.scale)).size > 1) out.push('', scaleMarkdown(runs).trimEnd());
  const last = runs.at(-1);
  const met = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? '**met**' : '**not met**');
  const num = (x: unknown) => (typeof x === 'number' ? x : null);
  const cold = num(last.coldBuild?.seconds);
  const tree = num(last.coldBuild?.memory?.treePeakRssMiB);
  const check = num(last.checkContent?.seconds);
  const ratio = num(last.rebuild?.ratioToCold);
  const largest = num(last.built?.largestHtml?.gzBytes);
  const search = num(last.firstSearch?.pagefindGzBytes);
  out.push(
    '',
    `#### Targets, checked against the last run (scale ${last.content.generated?.scale ?? '?'})`,
    '',
    '| target | measured | |',
    '|---|---|---|',
  );
  out.push(`| cold build ≤ 120 s | ${s(cold)} | ${met(cold === null ? null : cold <= 120)} |`);
  out.push(
    `| peak RSS ≤ 4 GiB (whole build tree) | ${mib(tree)}; largest process ${mib(last.coldBuild?.memory?.processes?.[0]?.peakRssMiB)} (\`${String(last.coldBuild?.memory?.processes?.[0]?.label).replace(/^pagefind_extend$/, 'pagefind_extended')}\`) | ${met(tree === null ? null : tree <= 4096)} |`,
  );
  out.push(`| \`check:content\` ≤ 15 s | ${s(check)} | ${met(check === null ? null : check <= 15)} |`);
  out.push(
    `| rebuild ≤ 60 % of cold | ${ratio === null ? '—' : `${Math.round(ratio * 100)} %`} | ${met(ratio === null ? null : ratio <= 0.6)} |`,
  );
  out.push(
    `| no HTML page over 50 KB gzipped | largest ${kib(largest)} (${largest} bytes) | ${met(largest === null ? null : largest <= 50 * 1024)}${largest !== null && largest > 50_000 && largest <= 51_200 ? ' (over 50,000 bytes)' : ''} |`,
  );
  out.push(
    `| first search ≤ 200 KB gzipped | ${kib(search)} Pagefind; ${kib(last.firstSearch?.allGzBytes)} with the page | ${met(search === null ? null : search <= 200 * 1024)} |`,
  );
  return out.join('\n') + '\n';
}
/* eslint-enable @typescript-eslint/no-explicit-any */

try {
  if (process.argv.includes('--scales')) {
    await runScales(process.argv.slice(2), SELF);
    process.exit(0);
  }
  const markdownAt = process.argv.indexOf('--markdown');
  if (markdownAt >= 0) {
    process.stdout.write(markdownReport(process.argv.slice(markdownAt + 1)));
    process.exit(0);
  }
  await main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
