// Reads one county for the provincial portal: its /api/summary.json (validated) and its search records, from a built
// dist/ folder or from the published site's URL. A bad county is refused with Chinese messages; the others still build.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { COUNTY_SUMMARY_VERSION, type CountySummary } from '../lib/county-summary.ts';
import type { SearchRecord } from '../lib/search-records.ts';
import { provinceMessages as m } from '../ui/province.ts';

const rate = z.number().min(0).max(1).nullable();
const count = z.number().int().min(0);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const url = z.string().regex(/^https?:\/\//);

/** Version 1 of the summary as a portal reads it: extra fields (added later, optional) are ignored. */
export const countySummarySchema = z.object({
  version: z.literal(COUNTY_SUMMARY_VERSION),
  site: z.object({ name: z.string().min(1), region: z.string().min(1), organizer: z.string(), baseUrl: url }),
  asOf: date,
  links: z.object({ home: url, commitments: url, rectification: url, cases: url, search: url, searchRecords: url }),
  commitments: z.object({ period: z.string().nullable(), units: count, total: count, fulfilled: count, overdue: count, rate, pendingDues: z.array(date).optional() }),
  rectification: z.object({ batches: count, total: count, done: count, overdue: count, longTerm: count, rate, pendingDues: z.array(date).optional() }),
  indicators: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      unit: z.string(),
      period: z.string(),
      value: z.number(),
      target: z.number().nullable(),
      targetMet: z.boolean().nullable(),
    }),
  ),
  cases: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: z.string(),
      category: z.string(),
      unitName: z.string(),
      published: date,
      summary: z.string(),
      url,
    }),
  ),
});

const recordSchema = z.object({
  url: z.string(),
  content: z.string(),
  language: z.string(),
  meta: z.record(z.string(), z.string()),
  filters: z.record(z.string(), z.array(z.string())),
  sort: z.record(z.string(), z.string()),
  shard: z.string(),
});
const recordsFileSchema = z.object({ version: z.literal(1), records: z.array(recordSchema) });

/** What each expected type is called in a message. */
const EXPECTED: Record<string, string> = {
  number: '数字',
  string: '文字',
  boolean: 'true 或 false',
  array: '列表',
  object: '对象',
};

export interface LoadedCounty {
  /** The --county argument as given: the dist folder or the URL. */
  source: string;
  summary: CountySummary;
  /** The county's search records, with absolute URLs; empty (and a warning) when the county published none. */
  records: SearchRecord[];
  /** The county site's stylesheet, to style the portal with the same tokens; undefined if none was found. */
  css: string | undefined;
  warnings: string[];
}

export type CountyResult = { ok: true; county: LoadedCounty } | { ok: false; source: string; messages: string[] };

/** Reads a file of the county: `rel` is relative to the site's root (dist/ or the base URL). */
async function readText(source: string, rel: string): Promise<string | undefined> {
  if (/^https?:\/\//.test(source)) {
    const base = source.endsWith('/') ? source : `${source}/`;
    const response = await fetch(new URL(rel, base));
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }
  const file = path.join(source, rel);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** One line per problem, naming the field (`commitments.total`). */
export function summaryProblems(source: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '（整个文件）';
    if (issue.code === 'invalid_type') {
      const missing = 'input' in issue ? issue.input === undefined : /received undefined/.test(issue.message);
      return m.badField(source, field, missing ? m.missingField : m.wrongType(EXPECTED[issue.expected] ?? issue.expected));
    }
    if (issue.code === 'too_small' || issue.code === 'too_big') return m.badField(source, field, m.wrongType('不超出范围的数'));
    if (issue.code === 'invalid_format') return m.badField(source, field, m.wrongType(field.endsWith('asOf') || field.endsWith('published') ? 'YYYY-MM-DD 格式的日期' : '以 http:// 或 https:// 开头的网址'));
    return m.badField(source, field, m.wrongType('规定的格式'));
  });
}

/** Validates a summary already parsed from JSON: the summary, or the messages. */
export function validateSummary(source: string, json: unknown): { summary: CountySummary } | { messages: string[] } {
  const version = (json as { version?: unknown } | null)?.version;
  if (version !== COUNTY_SUMMARY_VERSION) return { messages: [m.badVersion(source, version)] };
  const parsed = countySummarySchema.safeParse(json);
  if (!parsed.success) return { messages: summaryProblems(source, parsed.error.issues) };
  return { summary: parsed.data as CountySummary };
}

/** The stylesheet the county's home page links to (the site's Tailwind build, with its colour tokens). */
async function readCss(source: string): Promise<string | undefined> {
  const html = await readText(source, 'index.html');
  const href = html && /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/.exec(html)?.[1];
  if (!href) return undefined;
  // The href carries the site's base path (/pafz/_astro/x.css): dist/ holds it without.
  const rel = href.replace(/^.*?(_astro\/)/, '$1');
  return readText(source, rel);
}

export async function readCounty(source: string): Promise<CountyResult> {
  try {
    const isUrl = /^https?:\/\//.test(source);
    if (!isUrl && !fs.existsSync(path.join(source, 'index.html'))) return { ok: false, source, messages: [m.notASite(source)] };
    const text = await readText(source, 'api/summary.json');
    if (text === undefined) return { ok: false, source, messages: [m.noSummary(source)] };
    const json = parseJson(text);
    if (json === undefined) return { ok: false, source, messages: [m.badJson(source, 'api/summary.json')] };
    const result = validateSummary(source, json);
    if ('messages' in result) return { ok: false, source, messages: result.messages };
    const { summary } = result;
    const warnings: string[] = [];
    const origin = new URL(summary.site.baseUrl).origin;
    const recordsText = await readText(source, 'api/search-records.json');
    const recordsJson = recordsText === undefined ? undefined : recordsFileSchema.safeParse(parseJson(recordsText));
    let records: SearchRecord[] = [];
    if (!recordsJson?.success) warnings.push(m.noRecords(source));
    else {
      records = recordsJson.data.records.map((r) => ({
        ...r,
        url: new URL(r.url, origin).href,
        meta: { ...r.meta, county: summary.site.region },
        filters: { ...r.filters, county: [summary.site.region] },
      }));
    }
    return { ok: true, county: { source, summary, records, css: await readCss(source), warnings } };
  } catch (error) {
    return { ok: false, source, messages: [m.unreachable(source, (error as Error).message)] };
  }
}
