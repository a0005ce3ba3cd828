// The search page: loads Pagefind on demand, keeps the query, filters and sort in the URL, renders results.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: Array<{ url: string; title: string; excerpt: string }>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, opts?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

const FILTER_KEYS = ['type', 'unit', 'year', 'category'] as const;
const PAGE_SIZE = 10;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable path, so the bundler leaves the import to the browser: the index is built after the pages.
  const path = '/pagefind/pagefind.js';
  pagefindPromise ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 40 });
    await pf.init();
    return pf;
  });
  return pagefindPromise;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function startSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const filters = document.getElementById('search-filters') as HTMLFieldSetElement | null;
  if (!form || !status || !list || !more || !filters) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const typeOrder = (form.dataset['types'] ?? '').split(',');

  let shown = 0;
  let current: PagefindResult[] = [];
  let run = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  filters.hidden = false;

  async function fillFilters(pf: Pagefind) {
    const available = await pf.filters();
    for (const key of FILTER_KEYS) {
      const values = Object.entries(available[key] ?? {});
      if (key === 'type') values.sort((a, b) => typeOrder.indexOf(a[0]) - typeOrder.indexOf(b[0]));
      else if (key === 'year') values.sort((a, b) => b[0].localeCompare(a[0]));
      else values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
      const el = select(key);
      for (const [value, count] of values) el.add(new Option(`${value}（${count}）`, value));
      el.value = params.get(key) ?? '';
    }
    select('sort').value = params.get('sort') === 'date' ? 'date' : '';
  }

  function syncUrl() {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const key of [...FILTER_KEYS, 'sort']) if (select(key).value) next.set(key, select(key).value);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  async function renderMore(id = run) {
    const batch = current.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(batch.map((r) => r.data()));
    if (id !== run) return; // a newer search started meanwhile: its results replace these

    for (const data of items) {
      const sub = data.sub_results?.find((s) => s.url.includes('#item-'));
      const url = sub?.url ?? data.url;
      const li = document.createElement('li');
      li.className = 'card';
      const facts = [data.meta['type'], data.meta['date'], data.meta['unit']].filter(Boolean).map((f) => escapeHtml(f!));
      // Pagefind's excerpt is text with <mark> around the matches; everything else in it is escaped by Pagefind.
      li.innerHTML = `<h2 class="text-lg font-bold"><a href="${escapeHtml(url)}">${escapeHtml(data.meta['title'] ?? url)}</a></h2>
        <p class="mt-1 text-sm text-muted">${facts.join(' · ')}</p>
        <p class="mt-2 [&_mark]:bg-yellow-200 [&_mark]:text-ink">${data.excerpt}</p>`;
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
      status!.textContent = '请输入要查找的词语，例如“诈骗”“城关镇”或案例编号“2024-017”。';
      return;
    }
    status!.textContent = '正在搜索……';
    const pf = await loadPagefind();
    const response = await pf.search(query || null, {
      filters: active,
      ...(select('sort').value === 'date' ? { sort: { date: 'desc' } } : {}),
    });
    if (id !== run || !response) return;
    current = response.results;
    if (!current.length) {
      status!.innerHTML = `没有找到${query ? `与“${escapeHtml(query)}”` : ''}相关的内容。可以试试：检查错别字；换个说法（如用“诈骗”代替“骗钱”）；减少关键词（多个词表示同时包含）；${Object.keys(active).length ? '去掉筛选条件；' : ''}或按栏目浏览<a href="/cases/">典型案例</a>、<a href="/commitments/">公开承诺</a>、<a href="/rectification/">整改进展</a>。`;
      return;
    }
    status!.textContent = `找到 ${current.length} 条结果${select('sort').value === 'date' ? '，按日期从新到旧排列' : '，按相关度排列'}。`;
    await renderMore(id);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const key of [...FILTER_KEYS, 'sort']) select(key).addEventListener('change', () => void search());
  more.querySelector('button')?.addEventListener('click', () => void renderMore());

  void loadPagefind()
    .then(fillFilters)
    .then(search)
    .catch(() => {
      status.textContent = '搜索暂时不可用，请稍后再试，或按栏目浏览。';
    });
}
