// The portal's browser script (compiled to plain JS at portal build, no imports): 长者模式 toggle, table sorting, search.
// Everything but search works without it: the table is a plain table, the toggle stays hidden.

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
  search(query: string | null, opts?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

const root = document.documentElement;
const base = root.dataset['base'] ?? '/';

function startElderToggle(): void {
  const toggle = document.getElementById('elder-toggle');
  if (!toggle) return;
  toggle.hidden = false;
  const sync = () => toggle.setAttribute('aria-pressed', root.dataset['elder'] === 'on' ? 'true' : 'false');
  sync();
  toggle.addEventListener('click', () => {
    const on = root.dataset['elder'] !== 'on';
    if (on) root.dataset['elder'] = 'on';
    else delete root.dataset['elder'];
    try {
      // The key of src/lib/display-modes.ts (modeStorageKey), which the no-flash script reads: this file imports nothing.
      localStorage.setItem('fzwm:elder', on ? 'on' : 'off');
    } catch {
      // storage may be unavailable (private browsing): the toggle still works on this page
    }
    sync();
  });
}

/** Column headers become buttons; a click sorts by that column (numbers as numbers), again to reverse. */
function startSortableTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    const body = table.tBodies[0];
    if (!body) continue;
    headers.forEach((th, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'portal-sort';
      button.textContent = th.textContent;
      th.textContent = '';
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset['sort'] ?? '';
        const rows = [...body.rows].sort((a, b) => {
          const x = key(a);
          const y = key(b);
          const numeric = x !== '' && y !== '' && !Number.isNaN(Number(x)) && !Number.isNaN(Number(y));
          const order = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'zh-CN');
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
  }
}

const loaded = new Map<string, Promise<PagefindSearch>>();
function loadIndex(shard: string): Promise<PagefindSearch> {
  let pending = loaded.get(shard);
  if (!pending) {
    pending = (import(`${base}pagefind/${shard}/pagefind.js`) as Promise<PagefindSearch>).then(async (pf) => {
      // Records carry absolute URLs of the county sites: Pagefind leaves them as they are.
      await pf.options({ excerptLength: 40 });
      await pf.init();
      return pf;
    });
    loaded.set(shard, pending);
  }
  return pending;
}

function startSearch(): void {
  const form = document.getElementById('portal-search') as HTMLFormElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const wordsEl = document.getElementById('portal-words');
  if (!form || !status || !list || !more || !wordsEl) return;
  const words = JSON.parse(wordsEl.textContent ?? '{}') as Record<string, string>;
  const say = (key: string, values: Record<string, string | number> = {}) =>
    (words[key] ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const county = form.elements.namedItem('county') as HTMLSelectElement;
  const type = form.elements.namedItem('type') as HTMLSelectElement;
  const archiveBox = form.elements.namedItem('archive') as HTMLInputElement | null;
  const hasArchive = form.dataset['archive'] === '1';

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  county.value = params.get('county') ?? '';
  type.value = params.get('type') ?? '';
  if (archiveBox) archiveBox.checked = params.get('archive') === '1';

  let run = 0;
  let current: PagefindResult[] = [];
  let shown = 0;
  const PAGE_SIZE = 10;

  async function renderMore(id: number) {
    const batch = current.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(batch.map((r) => r.data()));
    if (id !== run) return;
    for (const data of items) {
      const li = document.createElement('li');
      li.className = 'card';
      const h2 = document.createElement('h2');
      h2.className = 'text-lg font-bold';
      const a = document.createElement('a');
      a.href = data.url;
      a.textContent = data.meta['title'] ?? data.url;
      h2.append(a);
      const facts = document.createElement('p');
      facts.className = 'mt-1 text-sm text-muted';
      facts.textContent = [data.meta['county'], data.meta['type'], data.meta['date'], data.meta['unit']].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      excerpt.className = 'mt-2';
      // Pagefind's excerpt: the record's text escaped by Pagefind, with <mark> around the matches.
      excerpt.innerHTML = data.excerpt;
      li.append(h2, facts, excerpt);
      list!.append(li);
    }
    shown += batch.length;
    more!.hidden = shown >= current.length;
  }

  async function search() {
    const id = ++run;
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    if (county.value) filters['county'] = county.value;
    if (type.value) filters['type'] = type.value;
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [key, value] of Object.entries(filters)) next.set(key, value);
    if (archiveBox?.checked) next.set('archive', '1');
    history.replaceState(null, '', next.size ? `?${next}` : location.pathname);
    list!.innerHTML = '';
    more!.hidden = true;
    current = [];
    shown = 0;
    if (!query && !Object.keys(filters).length) {
      status!.textContent = say('searchHint');
      return;
    }
    status!.textContent = say('searching');
    const options = { filters };
    const recent = (await (await loadIndex('recent')).search(query || null, options))?.results ?? [];
    const wantArchive = hasArchive && (Boolean(archiveBox?.checked) || recent.length === 0);
    const archive = wantArchive ? ((await (await loadIndex('archive')).search(query || null, options))?.results ?? []) : [];
    if (id !== run) return;
    current = [...recent, ...archive];
    if (!current.length) {
      status!.textContent = query ? say('noResults', { q: query }) : say('noResultsFiltered');
      return;
    }
    status!.textContent = say('found', { n: current.length });
    await renderMore(id);
  }

  const start = () =>
    void search().catch(() => {
      status.textContent = say('searchFailed');
    });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start();
  });
  county.addEventListener('change', start);
  type.addEventListener('change', start);
  archiveBox?.addEventListener('change', start);
  more.querySelector('button')?.addEventListener('click', () => void renderMore(run));
  start();
}

startElderToggle();
startSortableTables();
startSearch();

// A module (loaded with type="module"), so its names stay out of the global scope.
export {};
