// The portal's pages as plain HTML strings: the county table with the latest cases, and the search page. Every text
// from a county is escaped; the only inline script is the 长者模式 one, allowed by its hash in the page's CSP.
import { cspScriptHash, DISPLAY_MODES_SCRIPT } from '../lib/inline-scripts.ts';
import type { CountySummary } from '../lib/county-summary.ts';
import { percent } from '../lib/format.ts';
import { escapeHtml as esc } from '../lib/search-snippet.ts';
import { SEARCH_TYPES } from '../lib/search-types.ts';
import { SITE_CSP_DIRECTIVES } from '../lib/security-headers.ts';
import { monthEnd, STALE_AFTER_DAYS } from '../lib/staleness.ts';
import { provinceClientWords, provinceWords as w } from '../ui/province.ts';

export interface PortalPageContext {
  /** The portal's name (the <title> and the header). */
  name: string;
  /** The path the portal is served under, with slashes: `/` or `/fzwm/`. */
  base: string;
  /** The date the portal is built as of (YYYY-MM-DD): a county summary older than two days before it is flagged. */
  asOf: string;
  /** Whether the county sites' stylesheet was copied (assets/site.css). */
  siteCss: boolean;
}

/** The CSP of a portal page: the site's directives, scripts from here and the 长者模式 script's hash. */
export function portalCsp(search: boolean): string {
  const script = ["'self'", `'${cspScriptHash(DISPLAY_MODES_SCRIPT)}'`, ...(search ? ["'wasm-unsafe-eval'"] : [])];
  return [...SITE_CSP_DIRECTIVES, `script-src ${script.join(' ')}`, "style-src 'self'"].join('; ');
}

function layout(ctx: PortalPageContext, page: { title: string; current: 'home' | 'search'; body: string }): string {
  const at = (p: string) => ctx.base + p;
  const nav = [
    { href: at(''), label: w.navHome, key: 'home' },
    { href: at('search/'), label: w.navSearch, key: 'search' },
  ];
  const title = page.current === 'home' ? ctx.name : `${page.title} - ${ctx.name}`;
  return `<!doctype html>
<html lang="zh-CN" data-base="${esc(ctx.base)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${esc(portalCsp(page.current === 'search'))}">
<title>${esc(title)}</title>
<meta name="SiteName" content="${esc(ctx.name)}">
<meta name="ColumnName" content="${esc(page.title)}">
${ctx.siteCss ? `<link rel="stylesheet" href="${at('assets/site.css')}">\n` : ''}<link rel="stylesheet" href="${at('assets/portal.css')}">
<script>${DISPLAY_MODES_SCRIPT}</script>
<script type="module" src="${at('assets/portal.js')}"></script>
</head>
<body class="flex min-h-screen flex-col">
<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2">${w.skipLink}</a>
<header class="bg-brand text-white">
<div class="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
<a href="${at('')}" class="text-xl font-bold text-white no-underline hover:underline sm:text-2xl">${esc(ctx.name)}</a>
<button type="button" id="elder-toggle" aria-pressed="false" hidden class="rounded border border-white px-2 py-1 whitespace-nowrap text-white hover:bg-brand-dark sm:ml-auto">${w.elderMode}</button>
</div>
<nav aria-label="${w.navLabel}" class="bg-brand-dark">
<ul class="mx-auto flex max-w-5xl flex-wrap px-2">
${nav.map((n) => `<li><a href="${n.href}" class="block px-3 py-2 text-white no-underline hover:underline aria-[current=page]:bg-black/25 aria-[current=page]:font-bold"${n.key === page.current ? ' aria-current="page"' : ''}>${n.label}</a></li>`).join('\n')}
</ul>
</nav>
</header>
<main id="main" tabindex="-1" class="mx-auto w-full max-w-5xl flex-1 px-4 py-6 outline-none">
${page.body}
</main>
<footer class="mt-8 border-t border-line bg-white">
<div class="mx-auto max-w-5xl px-4 py-4 text-sm text-muted"><p>${w.footer}</p></div>
</footer>
</body>
</html>
`;
}

/** Whole days between two YYYY-MM-DD dates (b − a). */
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/**
 * Whether a county missed its monthly rebuild on the portal's as-of date: its summary's month ended more than
 * STALE_AFTER_DAYS before (within the month its overdue counts are moved on to the portal's date, summaryOn).
 */
export const isStale = (summary: CountySummary, asOf: string): boolean =>
  daysBetween(monthEnd(summary.asOf), asOf) > STALE_AFTER_DAYS;

/** A rate's sort key: the rate, or -1 with no items (sorted below every county that has some). */
const rateKey = (part: number, total: number) => (total ? (part / total).toFixed(6) : '-1');

function countyRow(s: CountySummary, asOf: string): string {
  const c = s.commitments;
  const r = s.rectification;
  const stale = isStale(s, asOf);
  return `<tr data-county="${esc(s.site.region)}" data-commitments-total="${c.total}" data-commitments-done="${c.fulfilled}" data-commitments-overdue="${c.overdue}" data-rectification-total="${r.total}" data-rectification-done="${r.done}" data-rectification-overdue="${r.overdue}"${stale ? ' data-stale' : ''}>
<th scope="row" data-sort="${esc(s.site.region)}"><a href="${esc(s.links.home)}">${esc(s.site.region)}</a></th>
<td data-sort="${rateKey(c.fulfilled, c.total)}"><strong>${percent(c.fulfilled, c.total)}</strong> <span class="text-sm text-muted">${c.total ? w.itemsOf(c.fulfilled, c.total) : ''}</span></td>
<td data-sort="${c.overdue}">${w.items(c.overdue)}</td>
<td data-sort="${rateKey(r.done, r.total)}"><strong>${percent(r.done, r.total)}</strong> <span class="text-sm text-muted">${r.total ? w.itemsOf(r.done, r.total) : ''}</span></td>
<td data-sort="${r.overdue}">${w.items(r.overdue)}</td>
<td data-sort="${esc(s.asOf)}">${esc(s.asOf)}${stale ? `<br><strong class="portal-stale">${w.stale}</strong>` : ''}</td>
</tr>`;
}

export function renderHome(ctx: PortalPageContext, summaries: readonly CountySummary[], latestCases = 10): string {
  const columns = [w.colCounty, w.colFulfilment, w.colCommitmentOverdue, w.colCompletion, w.colRectificationOverdue, w.colAsOf];
  const cases = summaries
    .flatMap((s) => s.cases.map((c) => ({ ...c, county: s.site.region })))
    .sort((a, b) => b.published.localeCompare(a.published) || a.county.localeCompare(b.county, 'zh-CN') || b.id.localeCompare(a.id))
    .slice(0, latestCases);
  const body = `<h1 class="text-2xl font-bold">${esc(ctx.name)}</h1>
<p class="mt-2">${w.intro}</p>
<section class="mt-6" aria-labelledby="portal-table">
<h2 id="portal-table" class="border-l-4 border-brand pl-3 text-xl font-bold">${w.tableHeading}</h2>
<p class="mt-2 text-sm text-muted">${w.tableNote}</p>
<div class="portal-scroll mt-3" role="region" aria-labelledby="portal-caption" tabindex="0">
<table class="portal-table" data-sortable>
<caption id="portal-caption" class="sr-only">${w.tableCaption}</caption>
<thead><tr>${columns.map((label, i) => `<th scope="col" data-column="${i}"${i === 0 ? ' aria-sort="ascending"' : ''}>${label}</th>`).join('')}</tr></thead>
<tbody>
${summaries.map((s) => countyRow(s, ctx.asOf)).join('\n')}
</tbody>
</table>
</div>
<p class="mt-2 text-sm text-muted">${w.builtAsOf(esc(ctx.asOf), summaries.length)}</p>
</section>
<section class="mt-8" aria-labelledby="portal-cases">
<h2 id="portal-cases" class="border-l-4 border-brand pl-3 text-xl font-bold">${w.latestCases}</h2>
<ul class="mt-3 grid gap-4 md:grid-cols-2">
${cases
  .map(
    (c) => `<li class="card" data-case-url="${esc(c.url)}">
<h3 class="text-lg font-bold"><a href="${esc(c.url)}">${esc(c.title)}</a></h3>
<p class="mt-1 text-sm text-muted">${esc(c.county)} · ${esc(c.type)} · ${esc(c.published)} · ${esc(c.unitName)}</p>
<p class="mt-2">${esc(c.summary)}</p>
</li>`,
  )
  .join('\n')}
</ul>
</section>`;
  return layout(ctx, { title: w.navHome, current: 'home', body });
}

export function renderSearch(ctx: PortalPageContext, summaries: readonly CountySummary[], hasArchive: boolean): string {
  const counties = summaries.map((s) => s.site.region);
  const select = (name: string, label: string, any: string, values: readonly string[]) => `<div class="flex flex-col">
<label for="search-${name}" class="text-sm font-bold">${label}</label>
<select id="search-${name}" name="${name}" class="rounded border border-line bg-white px-2 py-1"><option value="">${any}</option>${values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('')}</select>
</div>`;
  const body = `<h1 class="text-2xl font-bold">${w.searchHeading}</h1>
<form id="portal-search" role="search" class="mt-4 flex flex-col gap-3" data-archive="${hasArchive ? '1' : ''}">
<div class="flex flex-col">
<label for="search-q" class="font-bold">${w.searchLabel}</label>
<div class="flex min-w-0">
<input id="search-q" name="q" type="search" placeholder="${w.searchPlaceholder}" class="min-w-0 flex-1 rounded-l border border-line bg-white px-2 py-1">
<button type="submit" class="rounded-r border border-brand bg-brand px-3 py-1 whitespace-nowrap text-white">${w.searchButton}</button>
</div>
</div>
<div class="flex flex-wrap gap-3">
${select('county', w.countyFilter, w.anyCounty, counties)}
${select('type', w.typeFilter, w.anyType, SEARCH_TYPES)}
</div>
${hasArchive ? `<label class="flex items-center gap-2"><input type="checkbox" name="archive" value="1"> ${w.includeArchive}</label>` : ''}
</form>
<noscript><p class="mt-4">${w.needsJs}</p><ul class="mt-2 list-disc pl-6">${summaries.map((s) => `<li><a href="${esc(s.links.search)}">${esc(s.site.region)}</a></li>`).join('')}</ul></noscript>
<script type="application/json" id="portal-words">${JSON.stringify(provinceClientWords).replace(/</g, '\\u003c')}</script>
<p id="search-status" class="mt-4" role="status" aria-live="polite"></p>
<ol id="search-results" class="mt-3 grid gap-3"></ol>
<p id="search-more" class="mt-3" hidden><button type="button" class="rounded border border-line bg-white px-3 py-1">${w.more}</button></p>`;
  return layout(ctx, { title: w.searchHeading, current: 'search', body });
}
