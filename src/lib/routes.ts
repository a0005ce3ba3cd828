// Every permanent URL of the site (the content contract's "URLs"), built in one place under the base path of
// site.yaml's baseUrl (`/` for a site of its own, `/pafz/` for a 专栏 under the county portal's domain).
import type { FacetKind } from './cases.ts';
import { periodSlug } from './periods.ts';

/** The two RSS feeds: everything new (/feed.xml) and the cases (/cases/feed.xml). */
export type FeedName = 'all' | 'cases';

/** The section Atom feeds: everything (/atom.xml), cases (/cases/atom.xml), rectification progress (/rectification/atom.xml). */
export type AtomFeedName = 'all' | 'cases' | 'rectification';

/** What a media embed shows: one case, or one unit's key figures. */
export type EmbedKind = 'cases' | 'units';

/** The path part of a baseUrl, with one leading and one trailing slash: `/` or `/pafz/`. */
export function basePathOf(baseUrl: string): string {
  const pathname = new URL(baseUrl).pathname;
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** Whether a link written in content is a path on this site (one leading `/`, not `//host`). */
export function isSitePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

export interface SiteRoutes {
  /** The base path, `/` or e.g. `/pafz/`: the home page. */
  readonly base: string;
  /** A path on the site written from its root (`/favicon.svg`), under the base path. */
  sitePath(path: string): string;
  /** A link written by staff in content (`source`, `evidence`, a Markdown link): a site path gets the base path, a web address or anchor is left alone. */
  contentHref(href: string): string;
  /** The absolute URL (origin + path) of a path this module returned. */
  absoluteUrl(path: string): string;
  home(): string;
  /** A top-level page: a section index (`cases`, `commitments`, `good-people`, `rectification`, `units`, `data`, `open-data`) or a free page (`about`). */
  pageUrl(name: string): string;
  caseUrl(id: string): string;
  /** All cases (no facet) or one facet value, page `page` (1 is the listing's own URL). Facet values are percent-encoded. */
  caseListingUrl(facet?: FacetKind, value?: string, page?: number): string;
  honourListUrl(id: string): string;
  personUrl(list: string, id: string): string;
  /** Period in any case (`2026-H2`); the URL's is lower case. */
  periodUrl(period: string): string;
  commitmentUrl(period: string, unit: string): string;
  /** Item `n` (1-based) of a commitment: its anchor `#item-<n>`. */
  commitmentItemUrl(period: string, unit: string, n: number): string;
  ledgerUrl(batch: string): string;
  ledgerItemUrl(batch: string, n: number): string;
  ledgerCsvUrl(batch: string): string;
  unitUrl(id: string): string;
  /** An indicator on the data page: `/data/#<id>`. */
  indicatorUrl(id: string): string;
  /** Open data: `cases.json`, `rectification.csv`, … */
  apiUrl(name: string): string;
  /** The JSON Schema of an open-data JSON file: `/api/schema/cases.json`. */
  dataSchemaUrl(name: string): string;
  feedUrl(name?: FeedName): string;
  /** An Atom feed of a section (`all` is the whole site's). */
  atomUrl(name?: AtomFeedName): string;
  /** The Atom feed of one unit: what it publishes and the progress of the items it answers for. */
  unitAtomUrl(unit: string): string;
  /** The small card other sites may frame: `/embed/cases/<id>/`, `/embed/units/<unit>/`. */
  embedUrl(kind: EmbedKind, id: string): string;
  /** The search page, with a query when given (`/search/?q=…`). */
  searchUrl(query?: string): string;
  /** A Pagefind shard's folder (`recent` or a year), as the search page loads it. */
  searchIndexUrl(shard: string): string;
  /** The county's summary for a provincial portal (`/api/summary.json`, versioned). */
  summaryUrl(): string;
  /** The records the search index is built from (`/api/search-records.json`), for a provincial index. */
  searchRecordsUrl(): string;
  sitemapUrl(): string;
}

export function siteRoutes(baseUrl: string): SiteRoutes {
  const origin = new URL(baseUrl).origin;
  const base = basePathOf(baseUrl);
  const at = (path: string) => base + path;
  const seg = encodeURIComponent;
  const routes: SiteRoutes = {
    base,
    sitePath: (path) => (isSitePath(path) ? at(path.slice(1)) : path),
    contentHref: (href) => (isSitePath(href) ? at(href.slice(1)) : href),
    absoluteUrl: (path) => new URL(path, origin).href,
    home: () => base,
    pageUrl: (name) => at(`${name}/`),
    caseUrl: (id) => at(`cases/${id}/`),
    caseListingUrl: (facet, value, page = 1) => {
      if (!facet) return page === 1 ? at('cases/') : at(`cases/page/${page}/`);
      const first = at(`cases/${facet}/${seg(value ?? '')}/`);
      return page === 1 ? first : `${first}${page}/`;
    },
    honourListUrl: (id) => at(`good-people/${id}/`),
    personUrl: (list, id) => at(`good-people/${list}/${id}/`),
    periodUrl: (period) => at(`commitments/${periodSlug(period)}/`),
    commitmentUrl: (period, unit) => at(`commitments/${periodSlug(period)}/${unit}/`),
    commitmentItemUrl: (period, unit, n) => `${routes.commitmentUrl(period, unit)}#item-${n}`,
    ledgerUrl: (batch) => at(`rectification/${batch}/`),
    ledgerItemUrl: (batch, n) => `${routes.ledgerUrl(batch)}#item-${n}`,
    ledgerCsvUrl: (batch) => at(`rectification/${batch}.csv`),
    unitUrl: (id) => at(`units/${id}/`),
    indicatorUrl: (id) => at(`data/#${id}`),
    apiUrl: (name) => at(`api/${name}`),
    dataSchemaUrl: (name) => at(`api/schema/${name}`),
    feedUrl: (name = 'all') => (name === 'cases' ? at('cases/feed.xml') : at('feed.xml')),
    atomUrl: (name = 'all') => (name === 'all' ? at('atom.xml') : at(`${name}/atom.xml`)),
    unitAtomUrl: (unit) => at(`units/${unit}/atom.xml`),
    embedUrl: (kind, id) => at(`embed/${kind}/${id}/`),
    searchUrl: (query) => (query ? `${at('search/')}?q=${seg(query)}` : at('search/')),
    searchIndexUrl: (shard) => at(`pagefind/${shard}/`),
    summaryUrl: () => at('api/summary.json'),
    searchRecordsUrl: () => at('api/search-records.json'),
    sitemapUrl: () => at('sitemap.xml'),
  };
  return routes;
}
