// `npm run bench:lighthouse -- --dist <dir> [--runs 3] [--out <dir>] [--hogs 2]`: Lighthouse mobile scores of six reading pages.
// Serves the built site with the project's own server (scripts/serve.ts: security headers, precompressed copies) on a
// free loopback port and runs Lighthouse 13 (fetched by npm exec into npm's cache, never a dependency of the project)
// against Debian's Chromium with its default mobile emulation and simulated throttling, then prints the median of the
// runs per page and writes every report and a summary as JSON. `--hogs <n>` keeps n busy-loop processes running
// meanwhile, so "on a loaded machine" can be measured the same way twice.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { READING_TEMPLATES } from './bench/page-bytes.ts';
import { createStaticServer, listen } from './serve.ts';

/** Pinned, so two runs of the bench score with the same rules. */
const LIGHTHOUSE = 'lighthouse@13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
/** The pages the issue names, by the template whose first page in sitemap order stands for it (/search/ is noindex). */
const PAGES = [
  { page: 'home', template: 'home' },
  { page: 'case', template: 'case' },
  { page: 'ledger', template: 'ledger' },
  { page: 'data', template: 'data' },
  { page: 'search', template: 'search' },
  { page: 'unit', template: 'unit' },
] as const;
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;
type Metric = keyof typeof METRICS;
/** Tries of one page in one run before the bench gives up. */
const MAX_ATTEMPTS = 3;

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: path.join(os.tmpdir(), 'fzwm-lighthouse') },
    chromium: { type: 'string', default: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' },
    /** Only these pages (comma-separated names: home,case,ledger,data,search,unit). */
    pages: { type: 'string' },
    /** Busy-loop processes kept running during the runs (one per core: `--hogs 2`), for a reproducibly loaded machine. */
    hogs: { type: 'string', default: '0' },
  },
});
const dist = path.resolve(values.dist);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not ${values.runs}`);
const hogCount = Number(values.hogs);
if (!Number.isInteger(hogCount) || hogCount < 0) throw new Error(`--hogs must be a whole number ≥ 0, not ${values.hogs}`);
const outDir = path.resolve(values.out);
fs.mkdirSync(outDir, { recursive: true });

/** The site's pages in sitemap order, as paths below its base path (`/cases/2026-012/`), and that base path. */
function sitemapPages(): { basePath: string; paths: string[] } {
  const sitemap = path.join(dist, 'sitemap.xml');
  if (!fs.existsSync(sitemap)) throw new Error(`${sitemap} not found: build the site first`);
  const locs = [...fs.readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  // The home page is the shortest address in the sitemap: its path is the base path (`/`, `/pafz/`).
  const basePath = locs.reduce((a, b) => (b.length < a.length ? b : a));
  return { basePath, paths: locs.map((loc) => `/${decodeURI(loc.slice(basePath.length))}`) };
}

const { basePath, paths } = sitemapPages();
const wanted = values.pages?.split(',').map((p) => p.trim());
const pages = PAGES.filter((p) => !wanted || wanted.includes(p.page)).map(({ page, template }) => {
  const pattern = READING_TEMPLATES.find((t) => t.template === template)!.pattern;
  const found = paths.find((p) => pattern.test(p)) ?? (template === 'search' ? '/search/' : undefined);
  if (!found || !fs.existsSync(path.join(dist, found, 'index.html')))
    throw new Error(`no ${template} page in ${dist} (sitemap.xml)`);
  return { page, path: found };
});

/** Lighthouse's CLI script in npm's cache (downloaded once by npm exec), run with this Node. */
function lighthouseCli(): string {
  const bin = execFileSync('npm', ['exec', '--yes', `--package=${LIGHTHOUSE}`, '-c', 'command -v lighthouse'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  return fs.realpathSync(bin);
}

interface LighthouseAudit {
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  title: string;
}
interface LighthouseReport {
  lighthouseVersion: string;
  environment: { benchmarkIndex: number; hostUserAgent: string };
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] }>;
  audits: Record<string, LighthouseAudit>;
  runtimeError?: { code: string; message: string };
}

interface RunResult {
  run: number;
  report: string;
  loadAverage: number;
  benchmarkIndex: number;
  scores: Record<Category, number | null>;
  metrics: Record<Metric, number | null>;
  /** What the report says to fix: weighted audits below full marks, and performance insights that fail. */
  failing: string[];
}

function runLighthouse(cli: string, url: string, reportFile: string): Promise<void> {
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${reportFile}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: values.chromium },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code} on ${url}`)),
    );
  });
}

function readRun(run: number, reportFile: string, loadAverage: number): RunResult {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as LighthouseReport;
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const failing: string[] = [];
  for (const category of CATEGORIES) {
    for (const ref of report.categories[category].auditRefs) {
      const audit = report.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      const insight = category === 'performance' && ref.group === 'insights' && audit.score < 0.9;
      if (ref.weight > 0 || insight)
        failing.push(`${category}: ${ref.id} (${audit.score})${audit.displayValue ? ` ${audit.displayValue}` : ''}`);
    }
  }
  return {
    run,
    report: reportFile,
    loadAverage,
    benchmarkIndex: report.environment.benchmarkIndex,
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        report.categories[c].score === null ? null : Math.round(report.categories[c].score! * 100),
      ]),
    ) as Record<Category, number | null>,
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([key, id]) => [key, report.audits[id]?.numericValue ?? null]),
    ) as Record<Metric, number | null>,
    failing,
  };
}

const median = (xs: (number | null)[]): number | null => {
  const sorted = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const cli = lighthouseCli();
const server = createStaticServer(dist, { basePath });
const origin = await listen(server, 0);
// The CPU hogs: each a Node process spinning forever, killed when the runs end (or this process exits).
const hogs = Array.from({ length: hogCount }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const killHogs = () => {
  for (const hog of hogs) if (hog.exitCode === null) hog.kill('SIGKILL');
};
process.once('exit', killHogs);
const started = new Date();
const results = new Map<string, RunResult[]>(pages.map((p) => [p.page, []]));
process.stderr.write(
  `bench:lighthouse ${LIGHTHOUSE} on ${origin}${basePath} (${dist}), ${runs} run(s) of ${pages.length} pages` +
    `${hogCount ? `, ${hogCount} CPU hog(s) running` : ''} → ${outDir}\n`,
);
try {
  // Run by run, each page once per round: a burst of load from others on the machine spreads over the pages.
  for (let run = 1; run <= runs; run++) {
    for (const { page, path: pagePath } of pages) {
      const reportFile = path.join(outDir, `${page}-${run}.report.json`);
      let result: RunResult | undefined;
      // Lighthouse sometimes fails to record a trace on a loaded machine (NO_NAVSTART): that run is tried again.
      for (let attempt = 1; !result; attempt++) {
        const loadAverage = os.loadavg()[0]!;
        try {
          await runLighthouse(cli, `${origin}${basePath}${pagePath.slice(1)}`, reportFile);
          result = readRun(run, reportFile, loadAverage);
        } catch (error) {
          if (attempt === MAX_ATTEMPTS) throw error;
          process.stderr.write(`  run ${run} ${page}: ${(error as Error).message}; trying again\n`);
        }
      }
      results.get(page)!.push(result);
      process.stderr.write(
        `  run ${run} ${page.padEnd(6)} performance ${result.scores.performance} (load ${result.loadAverage.toFixed(1)})\n`,
      );
    }
  }
} finally {
  killHogs();
  server.closeAllConnections();
  server.close();
}

const summary = {
  lighthouse: LIGHTHOUSE,
  dist,
  started: started.toISOString(),
  finished: new Date().toISOString(),
  machine: { nproc: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? '', node: process.version },
  runs,
  hogs: hogCount,
  pages: pages.map(({ page, path: pagePath }) => {
    const all = results.get(page)!;
    return {
      page,
      path: pagePath,
      min: Object.fromEntries(
        CATEGORIES.map((c) => {
          const scores = all.flatMap((r) => (r.scores[c] === null ? [] : [r.scores[c]!]));
          return [c, scores.length ? Math.min(...scores) : null];
        }),
      ),
      median: {
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))])),
        metrics: Object.fromEntries(
          Object.keys(METRICS).map((m) => [m, median(all.map((r) => r.metrics[m as Metric]))]),
        ),
      },
      runs: all,
    };
  }),
};
const summaryFile = path.join(outDir, 'lighthouse.json');
fs.writeFileSync(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);

const ms = (v: unknown) => (typeof v === 'number' ? `${Math.round(v)} ms` : '–');
const lines = [
  `| page | path | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | SI | performance per run |`,
  `|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|`,
  ...summary.pages.map(({ page, path: pagePath, median: m, runs: all }) =>
    [
      page,
      `\`${pagePath}\``,
      m.scores['performance'],
      m.scores['accessibility'],
      m.scores['best-practices'],
      m.scores['seo'],
      ms(m.metrics['fcp']),
      ms(m.metrics['lcp']),
      ms(m.metrics['tbt']),
      typeof m.metrics['cls'] === 'number' ? m.metrics['cls'].toFixed(3) : '–',
      ms(m.metrics['si']),
      all.map((r) => r.scores.performance).join(' / '),
    ]
      .join(' | ')
      .replace(/^/, '| ')
      .concat(' |'),
  ),
];
console.log(
  `Lighthouse ${LIGHTHOUSE.split('@')[1]} mobile, median of ${runs} run(s)${hogCount ? ` with ${hogCount} CPU hog(s)` : ''}, ${summary.started}:`,
);
console.log(lines.join('\n'));
const failing = summary.pages.flatMap(({ page, runs: all }) =>
  [...new Set(all.flatMap((r) => r.failing))].map((f) => `  ${page}: ${f}`),
);
if (failing.length) console.log(`Below full marks in some run:\n${failing.join('\n')}`);
console.log(`Reports and summary: ${summaryFile}`);
