// `npm run gen:corpus -- --out <dir> --scale <n> [--seed <n>] [--as-of YYYY-MM-DD] [--county-name 青河县] [--base-url <url>]
// [--json]`: writes a large, valid, deterministic content directory (a synthetic county) for benchmarks and tests.
// Same arguments → byte-identical files.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs as parseCommandLine } from 'node:util';
import { generateCommitments, generateIndicators, generateRectification } from './corpus/accountability.ts';
import { generateCases, type GeneratedFile } from './corpus/cases.ts';
import { generatePeople } from './corpus/people.ts';
import { siteFiles } from './corpus/site.ts';

export const DEFAULT_SEED = 20261121;
export const DEFAULT_AS_OF = '2026-11-21';
/** Written into every generated directory; its presence is what allows --out to be cleared and rewritten. */
export const MARKER_FILE = '.generated-corpus.json';
/** The generated county's name and address unless --county-name / --base-url give others (a province has many). */
export const DEFAULT_REGION = '示例县';
export const DEFAULT_BASE_URL = 'https://fzwm.example.gov.cn';

export interface CorpusOptions {
  scale: number;
  seed?: number;
  /** The date statuses are realistic for (overdue items are due before it). */
  asOf?: string;
  /** The county's name (示例县 by default), written wherever the corpus names its county. */
  region?: string;
  /** The site's baseUrl (https://fzwm.example.gov.cn by default). */
  baseUrl?: string;
}

/** The counts a scale gives: scale 1 is 10,000 cases; every count is rounded and at least 1. */
export function corpusCounts(scale: number) {
  const n = (base: number) => Math.max(1, Math.round(base * scale));
  const lists = n(40);
  return {
    cases: n(10_000),
    lists,
    people: Math.max(lists, n(3_000)),
    commitments: n(400),
    batches: n(300),
    itemsPerBatch: 20,
    indicators: n(10),
    quarters: 40,
  };
}

export interface CorpusSummary {
  scale: number;
  seed: number;
  asOf: string;
  counts: {
    cases: number;
    casesMd: number;
    casesMdx: number;
    withdrawn: number;
    withChanges: number;
    withAliases: number;
    caseYears: number;
    caseCategories: number;
    caseTypes: Record<string, number>;
    avgCaseBodyChars: number;
    lists: number;
    people: number;
    peopleByCategory: Record<string, number>;
    commitments: number;
    commitmentItems: number;
    commitmentItemsOverdue: number;
    rectificationBatches: number;
    rectificationLedgers: number;
    rectificationItems: number;
    rectificationItemsOverdue: number;
    indicators: number;
    indicatorPoints: number;
    units: number;
  };
  files: number;
  bytes: number;
  /** Wall time, generating and writing. */
  seconds: number;
  /** Of which generating the text in memory. */
  generateSeconds: number;
  out?: string;
}

export function generateCorpus(options: CorpusOptions): { files: GeneratedFile[]; summary: CorpusSummary } {
  const seed = options.seed ?? DEFAULT_SEED;
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const started = performance.now();
  const c = corpusCounts(options.scale);
  const cases = generateCases(c.cases, seed, asOf);
  const people = generatePeople(c.lists, c.people, seed, asOf);
  const commitments = generateCommitments(c.commitments, seed, asOf);
  const rectification = generateRectification(c.batches, c.itemsPerBatch, seed, asOf);
  const indicators = generateIndicators(c.indicators, c.quarters, seed, asOf);
  const site = siteFiles({
    cases: c.cases,
    people: c.people,
    commitments: commitments.stats.files,
    batches: rectification.stats.batches,
  });
  const region = options.region ?? DEFAULT_REGION;
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  // Another county: the same generated text under its own name and address (a province's portal needs many).
  const rename = (f: GeneratedFile): GeneratedFile =>
    region === DEFAULT_REGION && baseUrl === DEFAULT_BASE_URL
      ? f
      : { ...f, content: f.content.replaceAll(DEFAULT_REGION, region).replaceAll(DEFAULT_BASE_URL, baseUrl) };
  const files = [
    ...site,
    indicators.file,
    ...cases.files,
    ...people.files,
    ...commitments.files,
    ...rectification.files,
  ].map(rename);
  const summary: CorpusSummary = {
    scale: options.scale,
    seed,
    asOf,
    counts: {
      cases: cases.stats.cases,
      casesMd: cases.stats.md,
      casesMdx: cases.stats.mdx,
      withdrawn: cases.stats.withdrawn,
      withChanges: cases.stats.withChanges,
      withAliases: cases.stats.withAliases,
      caseYears: cases.stats.years,
      caseCategories: cases.stats.categories,
      caseTypes: cases.stats.byType,
      avgCaseBodyChars: cases.stats.avgBodyChars,
      lists: people.lists,
      people: people.people,
      peopleByCategory: people.byCategory,
      commitments: commitments.stats.files,
      commitmentItems: commitments.stats.items,
      commitmentItemsOverdue: commitments.stats.overdue,
      rectificationBatches: rectification.stats.batches,
      rectificationLedgers: rectification.stats.ledgers,
      rectificationItems: rectification.stats.items,
      rectificationItemsOverdue: rectification.stats.overdue,
      indicators: indicators.indicators,
      indicatorPoints: indicators.points,
      units: site.length ? (site[1]!.content.match(/^- id: /gm) ?? []).length : 0,
    },
    files: files.length,
    bytes: files.reduce((n, f) => n + Buffer.byteLength(f.content), 0),
    seconds: (performance.now() - started) / 1000,
    generateSeconds: (performance.now() - started) / 1000,
  };
  return { files, summary };
}

/** Generates and writes a corpus into `out`, replacing an earlier generated corpus there (never other content). */
export function writeCorpus(out: string, options: CorpusOptions): CorpusSummary {
  const started = performance.now();
  const dir = path.resolve(out);
  if (fs.existsSync(dir)) {
    const entries = fs.readdirSync(dir);
    if (entries.length && !entries.includes(MARKER_FILE)) {
      throw new Error(
        `${dir} is not empty and was not made by gen:corpus (no ${MARKER_FILE}); refusing to overwrite it.`,
      );
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const { files, summary } = generateCorpus(options);
  const dirs = new Set(files.map((f) => path.dirname(path.join(dir, f.path))));
  for (const d of [...dirs].sort()) fs.mkdirSync(d, { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(dir, f.path), f.content);
  const { seconds: _s, generateSeconds: _g, ...stable } = summary;
  fs.writeFileSync(
    path.join(dir, MARKER_FILE),
    JSON.stringify({ generator: 'scripts/gen-corpus.ts', ...stable }, null, 2) + '\n',
  );
  return { ...summary, seconds: (performance.now() - started) / 1000, out: dir };
}

function parseArgs(argv: string[]): {
  out: string;
  scale: number;
  seed: number;
  asOf: string;
  region: string;
  baseUrl: string;
  json: boolean;
} {
  const usage =
    'usage: npm run gen:corpus -- --out <dir> --scale <n> [--seed <n>] [--as-of YYYY-MM-DD] [--county-name <name>] [--base-url <url>] [--json]';
  let values;
  try {
    ({ values } = parseCommandLine({
      args: argv,
      options: {
        out: { type: 'string' },
        scale: { type: 'string', default: '1' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        'as-of': { type: 'string', default: DEFAULT_AS_OF },
        'county-name': { type: 'string', default: DEFAULT_REGION },
        'base-url': { type: 'string', default: DEFAULT_BASE_URL },
        json: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${usage}`, { cause: error });
  }
  if (!values.out) throw new Error(usage);
  const scale = Number(values.scale);
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${values.scale}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const asOf = values['as-of'];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error('--as-of must be YYYY-MM-DD');
  const region = values['county-name'];
  if (!/^\p{Script=Han}{2,12}$/u.test(region)) throw new Error('--county-name must be 2–12 Chinese characters, e.g. 青河县');
  const baseUrl = values['base-url'];
  if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(baseUrl)) throw new Error('--base-url must be an http(s) URL');
  return { out: values.out, scale, seed, asOf, region, baseUrl, json: values.json };
}

function oneLine(s: CorpusSummary): string {
  const c = s.counts;
  return (
    `gen:corpus scale ${s.scale} seed ${s.seed}: ${c.cases} cases (${c.casesMdx} mdx, ${c.withdrawn} withdrawn, ${c.withChanges} with changes, ${c.withAliases} with aliases, ${c.caseCategories} categories, ${c.caseYears} years), ` +
    `${c.people} people in ${c.lists} lists, ${c.commitments} commitments (${c.commitmentItems} items, ${c.commitmentItemsOverdue} overdue), ` +
    `${c.rectificationBatches} rectification batches (${c.rectificationLedgers} CSV, ${c.rectificationItems} items, ${c.rectificationItemsOverdue} overdue), ` +
    `${c.indicators} indicators × ${c.indicatorPoints / Math.max(1, c.indicators)} quarters, ${c.units} units → ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB in ${s.seconds.toFixed(2)} s (${s.generateSeconds.toFixed(2)} s generating) → ${s.out}`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const summary = writeCorpus(args.out, {
      scale: args.scale,
      seed: args.seed,
      asOf: args.asOf,
      region: args.region,
      baseUrl: args.baseUrl,
    });
    if (args.json) {
      console.error(oneLine(summary));
      console.log(JSON.stringify(summary, null, 2));
    } else console.log(oneLine(summary));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
