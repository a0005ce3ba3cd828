// The search page: loads Pagefind on demand, keeps the query, filters and sort in the URL, renders results.
// Two indexes: the recent years (searched by default) and the archive of older years, loaded only when asked for. Both
// run on the page, without Pagefind's web worker (one 12 KB file less before the first results).
import {
  bucketOf,
  DATES_FILE,
  FIRST_BATCH,
  isLookupQuery,
  isNumberLike,
  LOOKUP_FOLDER,
  lookupKey,
  RECENT_SHARD,
  type LookupHit,
} from '../lib/search-query.ts';
import { answersQuery, queryTerms } from '../lib/search-guard.ts';
import { escapeHtml, resultLine } from '../lib/search-snippet.ts';
import { punctuation } from '../ui/common.ts';
import { sectionLabels } from '../ui/nav.ts';
import { searchWords } from '../ui/search.ts';
import { pageRoutes } from './page-routes.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's indexed text (title, summary, the opening of the story). */
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  /** The page's id in its index (its fragment's name). */
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, opts?: Record<string, unknown>): Promise<void>;
  search(query: string | null, opts?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule {
  createInstance(opts: { basePath: string; noWorker?: boolean }): PagefindSearch;
}
interface SearchConfig {
  /** The first year the recent index covers. */
  recentFrom: number;
  /** Years with an archive index, newest first. */
  archiveYears: string[];
  /** How many bucket files the number-and-name lookup has (search-lookup.ts). */
  lookupBuckets: number;
  /** The first character of every name the lookup holds (search-lookup.ts). */
  lookupNameStarts: string;
}

/** A line in the results: a page the lookup named exactly (with the key that named it), or a Pagefind result. */
type Entry = { hit: LookupHit; key: string } | { result: PagefindResult };

const lookupFiles = new Map<string, Promise<Record<string, LookupHit[]>>>();

/** The pages a number or a name names exactly: one small bucket file, fetched only for such queries. */
async function lookupHits(query: string, buckets: number, nameStarts: string): Promise<LookupHit[]> {
  if (!buckets || !isLookupQuery(query, nameStarts)) return [];
  const key = lookupKey(query);
  const url = `${pageRoutes().searchIndexUrl(LOOKUP_FOLDER)}${bucketOf(key, buckets)}.json`;
  if (!lookupFiles.has(url)) {
    lookupFiles.set(
      url,
      fetch(url)
        .then((r) => (r.ok ? (r.json() as Promise<Record<string, LookupHit[]>>) : {}))
        .catch(() => ({})),
    );
  }
  return (await lookupFiles.get(url)!)[key] ?? [];
}

/** The date of each recent result, from its shard's dates file (fetched only to sort by date). */
const resultDates = new WeakMap<PagefindResult, string>();
let recentDates: Promise<Map<string, string>> | undefined;

/** Dates the results of the recent shard (whose index carries no sort of its own), for sorting by date. */
async function dateResults(results: PagefindResult[]): Promise<PagefindResult[]> {
  recentDates ??= fetch(`${pageRoutes().searchIndexUrl(RECENT_SHARD)}${DATES_FILE}`)
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string[]>>) : {}))
    .catch((): Record<string, string[]> => ({}))
    .then((file: Record<string, string[]>) => new Map(Object.entries(file).flatMap(([date, ids]) => ids.map((id) => [id, date] as const))));
  const dates = await recentDates;
  for (const result of results) resultDates.set(result, dates.get(result.id) ?? '');
  return results;
}

/**
 * Recent and archive results in one list. By relevance: by score (a strong old match before a weak recent one). By
 * date: the recent results (dated by dateResults) newest first, then the archive's, which Pagefind sorted itself.
 */
function merge(recent: PagefindResult[], archive: PagefindResult[], byDate: boolean): PagefindResult[] {
  if (byDate) {
    const newest = [...recent].sort((a, b) => (resultDates.get(b) ?? '').localeCompare(resultDates.get(a) ?? ''));
    return [...newest, ...archive];
  }
  const all = [...recent, ...archive];
  return !recent.length || !archive.length ? all : all.sort((a, b) => b.score - a.score);
}

/** Those of `results` that hold every word of the query (`terms`, search-guard.ts), in their order. */
async function wholeMatches(terms: string[], results: PagefindResult[]): Promise<PagefindResult[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return results.filter((_, i) => answersQuery(terms, data[i]!));
}

const FILTER_KEYS = ['type', 'unit', 'year', 'category'] as const;
const PAGE_SIZE = 10;
// Records carry their pages' whole paths (base path included, src/lib/routes.ts): Pagefind must not prefix them again
// with the folder it was loaded from (its default baseUrl, `/pafz/` for /pafz/pagefind/…).
const OPTIONS = { excerptLength: 40, baseUrl: '/' };

let pagefindModule: Promise<PagefindModule> | undefined;
let recentIndex: Promise<PagefindSearch> | undefined;
let archiveIndex: Promise<PagefindSearch> | undefined;

function loadPagefind(): Promise<PagefindModule> {
  // A variable path, so the bundler leaves the import to the browser: the index is built after the pages.
  const path = `${pageRoutes().searchIndexUrl(RECENT_SHARD)}pagefind.js`;
  pagefindModule ??= import(/* @vite-ignore */ path) as Promise<PagefindModule>;
  return pagefindModule;
}

function loadRecent(): Promise<PagefindSearch> {
  recentIndex ??= loadPagefind().then(async (pf) => {
    // On the page, not in Pagefind's web worker: one file less to fetch before the first results, and the same place
    // the archive runs (two instances in the shared worker fail some searches in Pagefind 1.6).
    const recent = pf.createInstance({ basePath: pageRoutes().searchIndexUrl(RECENT_SHARD), noWorker: true });
    await recent.options(OPTIONS);
    await recent.init();
    return recent;
  });
  return recentIndex;
}

function loadArchive(years: string[]): Promise<PagefindSearch> {
  archiveIndex ??= loadPagefind().then(async (pf) => {
    const [newest, ...older] = years;
    const routes = pageRoutes();
    // In Pagefind's web worker, while the recent index runs on the page: two instances in one WebAssembly memory —
    // both on the page, or both in the shared worker — make Pagefind 1.6 fail some searches ("memory access out of
    // bounds"; at scale 1, a unit's or person's name, which searches both at once). The worker's file is fetched only
    // when the archive is searched, so the first search stays without it.
    const archive = pf.createInstance({ basePath: routes.searchIndexUrl(newest!) });
    await archive.options(OPTIONS);
    for (const year of older) await archive.mergeIndex(routes.searchIndexUrl(year));
    await archive.init();
    return archive;
  });
  return archiveIndex;
}


export function startSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const configEl = document.getElementById('search-config');
  if (!form || !status || !list || !more || !configEl) return;
  const config = JSON.parse(configEl.textContent ?? '{}') as SearchConfig;
  const routes = pageRoutes();
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const archiveBox = form.elements.namedItem('archive') as HTMLInputElement | null;

  const archiveOffer = document.getElementById('search-archive');
  const filtersToggle = document.getElementById('search-filters-toggle');

  let shown = 0;
  let current: Entry[] = [];
  let pinned = new Set<string>(); // URLs the lookup put first: their Pagefind results are not shown again
  let currentQuery = ''; // the query `current` answers, for marking it in the summaries
  let run = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const key of [...FILTER_KEYS, 'sort']) select(key).value = params.get(key) ?? '';
  if (archiveBox) archiveBox.checked = params.get('archive') === '1';

  /** How many filters, the sort and the archive box are set: on a phone they are folded away unless one is. */
  const filtersSet = () => [...FILTER_KEYS, 'sort'].filter((k) => select(k).value).length + (archiveBox?.checked ? 1 : 0);
  function showFilters(open: boolean) {
    form!.dataset['filters'] = open ? 'open' : '';
    filtersToggle?.setAttribute('aria-expanded', String(open));
    const count = filtersToggle?.querySelector('[data-count]');
    if (count) count.textContent = filtersSet() ? searchWords.filtersActive(filtersSet()) : '';
  }
  showFilters(filtersSet() > 0);
  filtersToggle?.addEventListener('click', () => showFilters(form.dataset['filters'] !== 'open'));

  function syncUrl() {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const key of [...FILTER_KEYS, 'sort']) if (select(key).value) next.set(key, select(key).value);
    if (archiveBox?.checked) next.set('archive', '1');
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  /** Which indexes this search needs: an old year or an old case number brings in the archive. */
  function scope(query: string): { recent: boolean; archive: boolean } {
    if (!config.archiveYears.length) return { recent: true, archive: false };
    const year = Number(select('year').value);
    if (year) return { recent: year >= config.recentFrom, archive: year < config.recentFrom };
    const oldCaseNumber = [...query.matchAll(/(\d{4})-\d{3}/g)].some((m) => Number(m[1]) < config.recentFrom);
    return { recent: true, archive: Boolean(archiveBox?.checked) || oldCaseNumber };
  }

  function hitHtml(hit: LookupHit, key: string): string {
    const facts = [hit.type, hit.date, hit.unit].filter(Boolean).map((f) => escapeHtml(f!));
    const note = hit.renumberedTo ? `<p class="mt-1 font-bold">${escapeHtml(searchWords.renumbered(key, hit.renumberedTo))}</p>` : '';
    const line = hit.withdrawn
      ? `<p class="mt-2">${escapeHtml(searchWords.withdrawnOn(hit.withdrawn))}</p>`
      : `<p class="mt-2 [&_mark]:bg-mark [&_mark]:text-ink">${resultLine(hit.summary, currentQuery, '')}</p>`;
    return `<h2 class="text-lg font-bold"><a href="${escapeHtml(hit.url)}">${escapeHtml(hit.title)}</a></h2>
        <p class="mt-1 text-sm text-muted">${facts.join(' · ')}</p>${note}${line}`;
  }

  function resultHtml(data: PagefindResultData): string {
    const facts = [data.meta['type'], data.meta['date'], data.meta['unit']].filter(Boolean).map((f) => escapeHtml(f!));
    // The record's summary with the query marked, else Pagefind's excerpt where it marks a match (text with <mark>
    // around the matches, everything else escaped by Pagefind), else the summary's opening (search-snippet.ts).
    return `<h2 class="text-lg font-bold"><a href="${escapeHtml(data.url)}">${escapeHtml(data.meta['title'] ?? data.url)}</a></h2>
        <p class="mt-1 text-sm text-muted">${facts.join(' · ')}</p>
        <p class="mt-2 [&_mark]:bg-mark [&_mark]:text-ink">${resultLine(data.meta['summary'], currentQuery, data.excerpt)}</p>`;
  }

  let rendering: Promise<void> = Promise.resolve();
  /**
   * Shows the next `count` entries. The range is claimed at once and batches are appended in turn, so a tap on 更多
   * while the rest of the first page is still loading neither repeats nor skips a result.
   */
  function renderMore(id = run, count = PAGE_SIZE): Promise<void> {
    const batch = current.slice(shown, shown + count);
    shown += batch.length;
    more!.hidden = shown >= current.length;
    const loaded = Promise.all(batch.map((e) => ('hit' in e ? e : e.result.data())));
    rendering = rendering
      .catch(() => undefined)
      .then(() => loaded)
      .then((items) => {
        if (id !== run) return; // a newer search started meanwhile: its results replace these
        for (const item of items) {
          if (!('hit' in item) && pinned.has(item.url)) continue; // already first, from the lookup
          const li = document.createElement('li');
          li.className = 'card';
          li.innerHTML = 'hit' in item ? hitHtml(item.hit, item.key) : resultHtml(item);
          list!.append(li);
        }
      });
    return rendering;
  }

  const end = document.getElementById('search-end');
  let endObserver: IntersectionObserver | undefined;
  /** Runs `then` once the end of the result list is on screen, unless a newer search has started by then. */
  function whenEndSeen(id: number, then: () => void) {
    endObserver?.disconnect();
    if (!end || !('IntersectionObserver' in window)) return then();
    endObserver = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      endObserver?.disconnect();
      if (id === run) then();
    });
    endObserver.observe(end);
  }

  /** After a search of the recent years: counts the archive's matches and offers them in one tap. */
  async function offerArchive(id: number, query: string, options: Record<string, unknown>, counted?: number) {
    if (!archiveOffer) return;
    const count = counted ?? ((await (await loadArchive(config.archiveYears)).search(query || null, options))?.results ?? []).length;
    if (id !== run || !count) return;
    const button = archiveOffer.querySelector('button')!;
    button.textContent = searchWords.archiveMore(count);
    archiveOffer.hidden = false;
  }

  /** What a search left for the reader reaching the end of the results shown. */
  interface Deferred {
    query: string;
    /** Pagefind options for the archive (with its own sort). */
    archiveOptions: Record<string, unknown>;
    /** The archive is still to be counted and offered. */
    archive: boolean;
    /** The archive was searched, but only its results that hold the whole query are shown: how many others to offer. */
    archiveLeft: number;
  }

  /** The reader has reached the end of the results shown: the first page fills up, and the archive is counted and offered. */
  async function atEnd(id: number, d: Deferred) {
    if (shown < Math.min(PAGE_SIZE, current.length)) await renderMore(id, PAGE_SIZE - shown);
    if (id !== run) return;
    if (d.archive) void offerArchive(id, d.query, d.archiveOptions);
    else if (d.archiveLeft) void offerArchive(id, d.query, d.archiveOptions, d.archiveLeft);
  }

  async function search() {
    const id = ++run;
    syncUrl();
    const query = input.value.trim();
    const active = Object.fromEntries(FILTER_KEYS.filter((k) => select(k).value).map((k) => [k, select(k).value]));
    list!.innerHTML = '';
    list!.removeAttribute('data-query');
    rendering = Promise.resolve(); // an older search's batches append nothing (they check `run`): no need to wait for them
    shown = 0;
    current = [];
    more!.hidden = true;
    if (archiveOffer) archiveOffer.hidden = true;
    if (!query && !Object.keys(active).length) {
      status!.textContent = searchWords.empty;
      return;
    }
    status!.textContent = searchWords.searching;
    const byDate = select('sort').value === 'date';
    // The recent shard carries no sort (its dates file sorts it); the archive's shards sort themselves.
    const recentOptions = { filters: active };
    const archiveOptions = { filters: active, ...(byDate ? { sort: { date: 'desc' } } : {}) };
    const filtered = Object.keys(active).length > 0;
    // Pagefind loads while the lookup file comes (a search that needs both waits for neither in turn); a case number
    // usually needs the lookup alone.
    if (!isNumberLike(query)) loadRecent().catch(() => undefined);
    // A number or a name is looked up exactly (unfiltered searches only: the lookup knows no filters).
    const hits = filtered ? [] : await lookupHits(query, config.lookupBuckets, config.lookupNameStarts);
    // A number that names a case is answered by the lookup alone: Pagefind would add cases that merely share digits.
    const numberFound = hits.length > 0 && isNumberLike(query);
    const want = numberFound ? { recent: false, archive: false } : scope(query);
    // A number, or a name the lookup knows, searches the archive too: its page may be old.
    const exact = !numberFound && !select('year').value && config.archiveYears.length > 0 && (isNumberLike(query) || hits.length > 0);
    let searchArchive = want.archive || exact;
    const archiveSearch = () => loadArchive(config.archiveYears).then((pf) => pf.search(query || null, archiveOptions)).then((r) => r?.results ?? []);
    const recentSearch = () =>
      loadRecent()
        .then((pf) => pf.search(query || null, recentOptions))
        .then((r) => r?.results ?? [])
        .then((results) => (byDate ? dateResults(results) : results));
    const [recent, early] = await Promise.all([
      want.recent ? recentSearch() : Promise.resolve([]),
      searchArchive ? archiveSearch() : Promise.resolve([]),
    ]);
    // Pagefind matches parts of a query (search-guard.ts): when fewer of the first recent results than a first batch hold
    // every word of it (none at all, or loose matches), the archive is searched too. An archive the reader did not ask
    // for adds only those of its first results that hold the whole query, listed first with the recent ones that do;
    // its other results are offered in one tap (还有 N 条历年结果).
    const terms = queryTerms(query);
    const asked = want.archive; // the 历年 box, an old year or an old case number
    const recentWhole = terms.length && config.archiveYears.length > 0 ? await wholeMatches(terms, recent.slice(0, FIRST_BATCH)) : [];
    const guard = terms.length ? recentWhole.length < FIRST_BATCH : recent.length === 0;
    let archive = early;
    if (!searchArchive && !numberFound && config.archiveYears.length > 0 && guard) {
      searchArchive = true;
      archive = await archiveSearch();
    }
    let archiveLeft = 0;
    const filtersArchive = searchArchive && !asked && terms.length > 0;
    if (filtersArchive) {
      const whole = await wholeMatches(terms, archive.slice(0, PAGE_SIZE));
      archiveLeft = archive.length - whole.length;
      archive = whole;
    }
    if (id !== run) return;
    const results =
      filtersArchive && !byDate
        ? [...merge(recentWhole, archive, false), ...recent.filter((r) => !recentWhole.includes(r))]
        : merge(recent, archive, byDate);
    const key = lookupKey(query);
    pinned = new Set(hits.map((h) => h.url));
    current = [...hits.map((hit) => ({ hit, key })), ...results.map((result) => ({ result }))];
    currentQuery = query;
    // A looked-up page whose record was searched is among the results too; it is shown once, first.
    const searched = (shard: string | undefined) => shard !== undefined && (shard === RECENT_SHARD ? want.recent : searchArchive);
    const lookedUp = hits.filter((h) => !searched(h.shard)).length;
    if (!current.length) {
      const sectionLinks = [
        [routes.caseListingUrl(), sectionLabels.cases],
        [routes.pageUrl('commitments'), sectionLabels.commitments],
        [routes.pageUrl('rectification'), sectionLabels.rectification],
      ]
        .map(([href, label]) => `<a href="${href}">${label}</a>`)
        .join(punctuation.listComma);
      status!.innerHTML = searchWords.nothingFound(query ? escapeHtml(query) : '', filtered, sectionLinks);
      list!.dataset['query'] = query;
      return;
    }
    const order = byDate ? searchWords.orderByDate : searchWords.orderByRelevance;
    // The split is said when the archive adds results, or when the reader asked for it.
    const split = searchArchive && config.archiveYears.length && (asked || archive.length) ? searchWords.split(config.recentFrom, recent.length, archive.length) : '';
    status!.textContent = searchWords.found(lookedUp + recent.length + archive.length, split, order);
    await renderMore(id, hits.length + FIRST_BATCH); // looked-up lines fetch nothing more
    if (id !== run) return;
    list!.dataset['query'] = query; // for tests and tools: the list now answers this query
    // The rest of the first page and the archive's count wait until the reader reaches the end of the results shown (at
    // once for a short list): a reader content with the first results never needs them (at scale 1 counting the
    // archive fetches about 350 KB).
    const deferred: Deferred = {
      query,
      archiveOptions,
      archive: !searchArchive && want.recent && config.archiveYears.length > 0,
      archiveLeft,
    };
    if (deferred.archive || deferred.archiveLeft || shown < Math.min(PAGE_SIZE, current.length)) whenEndSeen(id, () => void atEnd(id, deferred));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const key of [...FILTER_KEYS, 'sort']) select(key).addEventListener('change', () => void search());
  archiveBox?.addEventListener('change', () => void search());
  more.querySelector('button')?.addEventListener('click', () => void renderMore());
  // One tap on 还有 N 条历年结果: the archive joins this search (and the URL, so it can be shared).
  archiveOffer?.querySelector('button')?.addEventListener('click', () => {
    if (archiveBox) archiveBox.checked = true;
    showFilters(form.dataset['filters'] === 'open');
    void search().then(() => status.focus());
  });
  for (const key of [...FILTER_KEYS, 'sort']) select(key).addEventListener('change', () => showFilters(true));

  void search().catch(() => {
    status.textContent = searchWords.unavailable;
  });
}
