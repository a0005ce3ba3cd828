// Builds the provincial portal into a folder: reads every county (a bad one is refused and reported, the rest build),
// writes the pages, the stylesheet and script, the portal's search index and the security-headers file for servers.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { summaryOn, type CountySummary } from '../lib/county-summary.ts';
import { buildEncodings, precompressDir } from '../lib/precompress.ts';
import { buildSecurityHeaders, SECURITY_HEADERS_FILE } from '../lib/security-headers.ts';
import { provinceMessages as m, provinceWords as w } from '../ui/province.ts';
import { readCounty, type LoadedCounty } from './read-county.ts';
import { portalCsp, renderHome, renderSearch, type PortalPageContext } from './render.ts';
import { buildPortalIndex, type PortalIndexResult } from './search-index.ts';

export interface PortalOptions {
  out: string;
  /** Built county dist/ folders or published site URLs. */
  counties: readonly string[];
  /** The date the portal is as of (YYYY-MM-DD). */
  asOf: string;
  name?: string;
  /** The path the portal is served under: `/` (default) or e.g. `/fzwm/`. */
  base?: string;
}

export interface PortalReport {
  out: string;
  counties: Array<{ source: string; region: string; records: number }>;
  /** Counties left out, each with its messages. */
  refused: Array<{ source: string; messages: string[] }>;
  warnings: string[];
  index: PortalIndexResult[];
  records: number;
  seconds: { read: number; index: number; total: number };
}

const here = import.meta.dirname;

/** Writes the portal into options.out (emptied first); throws when no county could be read. */
export async function buildPortal(options: PortalOptions): Promise<PortalReport> {
  const started = performance.now();
  const base = options.base ?? '/';
  const loaded: LoadedCounty[] = [];
  const refused: PortalReport['refused'] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  // One at a time: a hundred county folders (or sites) are read in seconds, and memory stays flat.
  for (const source of options.counties) {
    const result = await readCounty(source);
    if (!result.ok) {
      refused.push({ source: result.source, messages: result.messages });
      continue;
    }
    const { county } = result;
    const key = county.summary.site.baseUrl;
    const other = seen.get(key);
    if (other !== undefined) {
      refused.push({ source, messages: [m.duplicate(source, other, key)] });
      continue;
    }
    seen.set(key, source);
    warnings.push(...county.warnings);
    loaded.push(county);
  }
  if (!loaded.length) throw new Error([m.noCounties, ...refused.flatMap((r) => r.messages)].join('\n'));
  const readDone = performance.now();

  const out = path.resolve(options.out);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(out, 'search'), { recursive: true });
  const css = loaded.find((c) => c.css !== undefined)?.css;
  if (css !== undefined) fs.writeFileSync(path.join(out, 'assets/site.css'), css);
  fs.copyFileSync(path.join(here, 'portal.css'), path.join(out, 'assets/portal.css'));
  const client = fs.readFileSync(path.join(here, 'client.ts'), 'utf8');
  // TypeScript (a devDependency already) turns the script into plain ES2022 for the browser; it has no imports.
  const js = ts.transpileModule(client, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  fs.writeFileSync(path.join(out, 'assets/portal.js'), js.outputText);

  // Rows in the order the counties were given: the builder's order (e.g. the province's official list).
  // Each county's overdue counts as of the portal's date, as its own pages show them that day (src/lib/live-status.ts).
  const summaries: CountySummary[] = loaded.map((c) => summaryOn(c.summary, options.asOf));
  const records = loaded.flatMap((c) => c.records);
  const index = await buildPortalIndex(records, out);
  const ctx: PortalPageContext = { name: options.name ?? w.defaultName, base, asOf: options.asOf, siteCss: css !== undefined };
  fs.writeFileSync(path.join(out, 'index.html'), renderHome(ctx, summaries));
  fs.writeFileSync(path.join(out, 'search/index.html'), renderSearch(ctx, summaries, index.some((i) => i.shard === 'archive')));
  // The same headers file a county's build writes, so `npm run nginx-config` and the local server serve the portal.
  const pages = new Map([
    [base, portalCsp(false)],
    [`${base}search/`, portalCsp(true)],
  ]);
  const headers = buildSecurityHeaders(pages, { [`${base}pagefind/`]: `${base}search/` });
  fs.writeFileSync(path.join(out, SECURITY_HEADERS_FILE), JSON.stringify(headers, null, 1));
  fs.writeFileSync(
    path.join(out, 'counties.json'),
    JSON.stringify({ version: 1, asOf: options.asOf, counties: summaries }, null, 1),
  );
  // .gz (and with FZWM_BROTLI=1 .br) beside every text file, as a county's build writes them (nginx's gzip_static /
  // brotli_static).
  await precompressDir(out, { encodings: buildEncodings() });
  const end = performance.now();
  return {
    out,
    counties: loaded.map((c) => ({ source: c.source, region: c.summary.site.region, records: c.records.length })),
    refused,
    warnings,
    index,
    records: records.length,
    seconds: { read: (readDone - started) / 1000, index: (end - readDone) / 1000, total: (end - started) / 1000 },
  };
}
