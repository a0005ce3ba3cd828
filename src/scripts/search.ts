// The search page: loads Pagefind on demand, keeps the query, filters and sort in the URL, renders results.
// Two indexes: the recent years (searched by default) and the archive of older years, loaded only when asked for.
import { escapeHtml, summarySnippet } from '../lib/search-snippet.ts';
import { pageRoutes } from './page-routes.ts';
import { sectionLabels } from '../ui/nav.ts';
import { punctuation } from '../ui/common.ts';
import { searchWords } from '../ui/search.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, opts?: Record<string, unknown>): Promise<void>;
  search(query: string | null, opts?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule extends PagefindSearch {
  createInstance(opts: { basePath: string }): PagefindSearch;
}
interface SearchConfig {
  /** The first year the recent index covers. */
  recentFrom: number;
  /** Years with an archive index, newest first. */
  archiveYears: string[];
}

const FILTER_KEYS = ['type', 'unit', 'year', 'category'] as const;
const PAGE_SIZE = 10;
// Records carry their pages' whole paths (base path included, src/lib/routes.ts): Pagefind must not prefix them again
// with the folder it was loaded from (its default baseUrl, `/pafz/` for /pafz/pagefind/…).
const OPTIONS = { excerptLength: 40, baseUrl: '/' };

let recentIndex: Promise<PagefindModule> | undefined;
let archiveIndex: Promise<PagefindSearch> | undefined;

function loadRecent(): Promise<PagefindModule> {
  // A variable path, so the bundler leaves the import to the browser: the index is built after the pages.
  const path = `${pageRoutes().searchIndexUrl('recent')}pagefind.js`;
  recentIndex ??= (import(/* @vite-ignore */ path) as Promise<PagefindModule>).then(async (pf) => {
    await pf.options(OPTIONS);
    await pf.init();
    return pf;
  });
  return recentIndex;
}

function loadArchive(years: string[]): Promise<PagefindSearch> {
  archiveIndex ??= loadRecent().then(async (pf) => {
    const [newest, ...older] = years;
    const routes = pageRoutes();
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

  let shown = 0;
  let current: PagefindResult[] = [];
  let currentQuery = ''; // the query `current` answers, for marking it in the summaries
  let run = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const key of [...FILTER_KEYS, 'sort']) select(key).value = params.get(key) ?? '';
  if (archiveBox) archiveBox.checked = params.get('archive') === '1';

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

  async function renderMore(id = run) {
    const batch = current.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(batch.map((r) => r.data()));
    if (id !== run) return; // a newer search started meanwhile: its results replace these
    for (const data of items) {
      const li = document.createElement('li');
      li.className = 'card';
      const facts = [data.meta['type'], data.meta['date'], data.meta['unit']].filter(Boolean).map((f) => escapeHtml(f!));
      // The record's summary where the query is in it; else Pagefind's excerpt (text with <mark> around the matches,
      // everything else escaped by Pagefind). summarySnippet escapes the summary itself.
      const excerpt = summarySnippet(data.meta['summary'], currentQuery) ?? data.excerpt;
      li.innerHTML = `<h2 class="text-lg font-bold"><a href="${escapeHtml(data.url)}">${escapeHtml(data.meta['title'] ?? data.url)}</a></h2>
        <p class="mt-1 text-sm text-muted">${facts.join(' · ')}</p>
        <p class="mt-2 [&_mark]:bg-mark [&_mark]:text-ink">${excerpt}</p>`;
      list!.append(li);
    }
    shown += batch.length;
    more!.hidden = shown >= current.length;
  }

  async function search() {
    const id = ++run;
    syncUrl();
    const query = input.value.trim();
    const active = Object.fromEntries(FILTER_KEYS.filter((k) => select(k).value).map((k) => [k, select(k).value]));
    list!.innerHTML = '';
    shown = 0;
    current = [];
    more!.hidden = true;
    if (!query && !Object.keys(active).length) {
      status!.textContent = searchWords.empty;
      return;
    }
    status!.textContent = searchWords.searching;
    const options = { filters: active, ...(select('sort').value === 'date' ? { sort: { date: 'desc' } } : {}) };
    const want = scope(query);
    const recent = want.recent ? ((await (await loadRecent()).search(query || null, options))?.results ?? []) : [];
    // Nothing in recent years: look in the archive before saying there is nothing.
    const searchArchive = want.archive || (recent.length === 0 && config.archiveYears.length > 0);
    const archive = searchArchive ? ((await (await loadArchive(config.archiveYears)).search(query || null, options))?.results ?? []) : [];
    if (id !== run) return;
    // Recent results first: they are newer, so this order also holds when sorting by date.
    current = [...recent, ...archive];
    currentQuery = query;
    if (!current.length) {
      const sectionLinks = [
        [routes.caseListingUrl(), sectionLabels.cases],
        [routes.pageUrl('commitments'), sectionLabels.commitments],
        [routes.pageUrl('rectification'), sectionLabels.rectification],
      ]
        .map(([href, label]) => `<a href="${href}">${label}</a>`)
        .join(punctuation.listComma);
      status!.innerHTML = searchWords.nothingFound(query ? escapeHtml(query) : '', Object.keys(active).length > 0, sectionLinks);
      return;
    }
    const order = select('sort').value === 'date' ? searchWords.orderByDate : searchWords.orderByRelevance;
    const split = searchArchive && config.archiveYears.length ? searchWords.split(config.recentFrom, recent.length, archive.length) : '';
    status!.textContent = searchWords.found(current.length, split, order);
    await renderMore(id);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const key of [...FILTER_KEYS, 'sort']) select(key).addEventListener('change', () => void search());
  archiveBox?.addEventListener('change', () => void search());
  more.querySelector('button')?.addEventListener('click', () => void renderMore());

  void search().catch(() => {
    status.textContent = searchWords.unavailable;
  });
}
