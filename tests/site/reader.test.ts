// Tests on the built sample site for the reader pages: cases, good people, metadata, feeds, open data, budgets.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CASES_PER_PAGE } from '../../src/lib/cases.ts';
import { loadContent, type SiteContent } from '../../src/lib/load-content.ts';
import { assetsOf, gzipSize, listFiles, meta, pageExists, readPage } from './dist.ts';

const distDir = inject('distDir');
let content: SiteContent;
beforeAll(async () => {
  content = (await loadContent(path.resolve('content'))).content;
});
const withdrawn = () => content.cases.find((c) => c.data.withdrawn)!;
const published = () => content.cases.filter((c) => !c.data.withdrawn);

describe('case listing', () => {
  it('lists every published case exactly once across its pages, newest first, and never the withdrawn one', () => {
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const url = page === 1 ? '/cases/' : `/cases/page/${page}/`;
      if (!pageExists(distDir, url)) break;
      const html = readPage(distDir, url);
      const list = html.slice(html.indexOf('aria-label="案例列表"'));
      const onPage = [...list.matchAll(/案例编号 (\d{4}-\d{3})/g)].map((m) => m[1]!);
      expect(onPage.length).toBeLessThanOrEqual(CASES_PER_PAGE);
      ids.push(...onPage);
    }
    const expected = published()
      .map((c) => c.data)
      .sort((a, b) => b.published.localeCompare(a.published) || b.id.localeCompare(a.id))
      .map((c) => c.id);
    expect(ids).toEqual(expected);
    expect(ids).not.toContain(withdrawn().data.id);
  });

  it('has a static page per facet value whose count matches the content', () => {
    const byType = new Map<string, number>();
    for (const c of published()) byType.set(c.data.type, (byType.get(c.data.type) ?? 0) + 1);
    for (const [type, count] of byType) {
      const html = readPage(distDir, `/cases/type/${encodeURIComponent(type)}/`);
      expect(html).toContain(`共 ${count} 个案例`);
    }
    const categories = new Set(published().map((c) => c.data.category));
    for (const category of categories) expect(pageExists(distDir, `/cases/category/${encodeURIComponent(category)}/`)).toBe(true);
    const home = readPage(distDir, '/cases/');
    const [type, count] = [...byType][0]!;
    expect(home).toContain(`${type}<span class="text-muted">（${count}）`);
  });
});

describe('case page', () => {
  it('shows number, type, unit link, dates, sections, legal basis, change notes and a citation with the permanent URL', () => {
    const c = content.cases.find((x) => x.data.changes?.length && !x.data.withdrawn)!;
    const html = readPage(distDir, `/cases/${c.data.id}/`);
    expect(html).toContain(`案例编号 ${c.data.id}`);
    expect(html).toContain(`>${c.data.type}</span>`);
    expect(html).toContain(`href="/units/${c.data.unit}/"`);
    for (const section of ['基本案情', '处理结果', '典型意义']) expect(html).toContain(`>${section}</h2>`);
    expect(html.indexOf('基本案情')).toBeLessThan(html.indexOf('典型意义'));
    expect(html).toContain('更正/更新说明');
    for (const change of c.data.changes!) expect(html).toContain(change.note);
    expect(html).toContain('引用本文');
    expect(html).toContain(`https://fzwm.example.gov.cn/cases/${c.data.id}/`);
    expect(html).toMatch(/data-copy-target="citation-text"/);
    for (const provision of c.data.legalBasis ?? []) expect(html).toContain(provision);
  });

  it('a withdrawn case keeps its URL, says 已撤回 with date and reason, and shows none of the content', () => {
    const c = withdrawn();
    const html = readPage(distDir, `/cases/${c.data.id}/`);
    expect(html).toContain('已撤回');
    expect(html).toContain(c.data.withdrawn!.reason);
    expect(html).not.toContain(c.data.summary);
    expect(html).not.toContain('>基本案情</h2>');
    expect(meta(html, 'robots')).toBe('noindex');
  });

  it('an old id redirects to the current URL', () => {
    const c = content.cases.find((x) => x.data.aliases?.length)!;
    const html = readPage(distDir, `/cases/${c.data.aliases![0]}/`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/cases/${c.data.id}/">`);
    expect(html).toContain(`<link rel="canonical" href="https://fzwm.example.gov.cn/cases/${c.data.id}/">`);
    expect(html).toContain(`href="/cases/${c.data.id}/"`);
  });

  it('carries the government page metadata, canonical URL and Open Graph tags', () => {
    const c = published()[0]!;
    const html = readPage(distDir, `/cases/${c.data.id}/`);
    expect(meta(html, 'SiteName')).toBe(content.site.name);
    expect(meta(html, 'SiteDomain')).toBe('fzwm.example.gov.cn');
    expect(meta(html, 'SiteIDCode')).toBe(content.site.siteCode);
    expect(meta(html, 'ColumnName')).toBe('典型案例');
    expect(meta(html, 'ArticleTitle')).toBe(c.data.title);
    expect(meta(html, 'PubDate')).toBe(`${c.data.published} 00:00`);
    expect(meta(html, 'ContentSource')).toBe(content.units.find((u) => u.id === c.data.unit)!.name);
    expect(meta(html, 'description')).toBe(c.data.summary);
    expect(meta(html, 'og:title')).toBe(c.data.title);
    expect(meta(html, 'og:type')).toBe('article');
    expect(html).toContain(`<link rel="canonical" href="https://fzwm.example.gov.cn/cases/${c.data.id}/">`);
    expect(html).toContain('<html lang="zh-CN"');
  });
});

describe('good people', () => {
  it('lists every honour list newest first with its count per category', () => {
    const html = readPage(distDir, '/good-people/');
    const order = [...html.matchAll(/href="\/good-people\/([^/"]+)\/"/g)].map((m) => m[1]);
    const expected = [...content.lists].sort((a, b) => b.published.localeCompare(a.published)).map((l) => l.id);
    expect(order).toEqual(expected);
    const list = content.lists[0]!;
    const people = content.people.filter((p) => p.data.list === list.id);
    expect(html).toContain(`共 ${people.length} 人`);
  });

  it('a list page groups people by the official categories in their official order', () => {
    const official = ['助人为乐', '见义勇为', '诚实守信', '敬业奉献', '孝老爱亲'];
    for (const list of content.lists) {
      const html = readPage(distDir, `/good-people/${list.id}/`);
      const headings = [...html.matchAll(/<h2 id="cat-([^"]+)"/g)].map((m) => m[1]!);
      const present = official.filter((c) => content.people.some((p) => p.data.list === list.id && p.data.category === c));
      expect(headings).toEqual(present);
    }
  });

  it('photos are sized, responsive and lazy; a person without one gets a placeholder, never a broken image', () => {
    const withPhoto = content.people.find((p) => p.data.photo)!;
    const html = readPage(distDir, `/good-people/${withPhoto.data.list}/`);
    const img = new RegExp(`<img[^>]+alt="${withPhoto.data.name}的照片"[^>]*>`).exec(html)?.[0] ?? '';
    expect(img).toMatch(/width="\d+"/);
    expect(img).toMatch(/height="\d+"/);
    expect(img).toMatch(/srcset="/);
    expect(img).toContain('loading="lazy"');
    const src = /src="([^"]+)"/.exec(img)![1]!;
    expect(fs.existsSync(path.join(distDir, src))).toBe(true);
    const without = content.people.find((p) => !p.data.photo)!;
    const page = readPage(distDir, `/good-people/${without.data.list}/${without.data.id}/`);
    expect(page).toContain(`aria-label="${without.data.name}（暂无照片）"`);
  });
});

describe('feeds, open data, sitemap and robots', () => {
  const parser = new XMLParser();
  it('both feeds are well-formed RSS 2.0 with absolute URLs, and leave the withdrawn case out', () => {
    for (const feed of ['/feed.xml', '/cases/feed.xml']) {
      const xml = fs.readFileSync(path.join(distDir, feed), 'utf8');
      expect(SyntaxValidator.validate(xml)).toBe(true);
      const rss = parser.parse(xml).rss;
      const items = [rss.channel.item].flat();
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.link).toMatch(/^https:\/\/fzwm\.example\.gov\.cn\//);
      expect(xml).not.toContain(`/cases/${withdrawn().data.id}/`);
    }
    const cases = [parser.parse(fs.readFileSync(path.join(distDir, 'cases/feed.xml'), 'utf8')).rss.channel.item].flat();
    expect(cases.length).toBe(Math.min(50, published().length));
  });

  it('/api/cases.json has every case with stable fields, the withdrawn one marked and without its content', () => {
    const data = JSON.parse(fs.readFileSync(path.join(distDir, 'api/cases.json'), 'utf8'));
    expect(data.count).toBe(content.cases.length);
    const fields = ['id', 'url', 'title', 'type', 'category', 'unit', 'unitName', 'published', 'updated', 'status', 'summary', 'legalBasis', 'tags', 'changes', 'withdrawn', 'aliases'];
    for (const item of data.items) expect(Object.keys(item)).toEqual(fields);
    const w = data.items.find((i: { id: string }) => i.id === withdrawn().data.id);
    expect(w.withdrawn.reason).toBe(withdrawn().data.withdrawn!.reason);
    expect(w.summary).toBeNull();
    expect(w.status).toBe('已撤回');
  });

  it('/api/good-people.json has every list and person', () => {
    const data = JSON.parse(fs.readFileSync(path.join(distDir, 'api/good-people.json'), 'utf8'));
    expect(data.lists).toHaveLength(content.lists.length);
    expect(data.people).toHaveLength(content.people.length);
    expect(data.people[0]).toHaveProperty('url');
  });

  it('sitemap.xml lists the pages but not redirects or withdrawn cases; robots.txt points to it', () => {
    const xml = fs.readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<loc>https://fzwm.example.gov.cn/cases/</loc>');
    expect(xml).toContain(`/cases/${published()[0]!.data.id}/`);
    const alias = content.cases.find((c) => c.data.aliases?.length)!.data.aliases![0]!;
    expect(xml).not.toContain(`/cases/${alias}/`);
    expect(xml).not.toContain(`/cases/${withdrawn().data.id}/`);
    expect(fs.readFileSync(path.join(distDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://fzwm.example.gov.cn/sitemap.xml');
  });

  it('has a 404 page and a favicon', () => {
    expect(fs.readFileSync(path.join(distDir, '404.html'), 'utf8')).toContain('页面未找到');
    expect(fs.existsSync(path.join(distDir, 'favicon.svg'))).toBe(true);
  });
});

describe('byte budgets', () => {
  it('every case page is at most 15 KB of gzipped HTML', () => {
    const sizes = content.cases.map((c) => ({ id: c.data.id, bytes: gzipSize(readPage(distDir, `/cases/${c.data.id}/`)) }));
    expect(sizes.filter((s) => s.bytes > 15 * 1024)).toEqual([]);
  });

  it('all CSS the pages load is at most 15 KB gzipped', () => {
    const css = listFiles(distDir).filter((f) => f.endsWith('.css'));
    const total = css.reduce((n, f) => n + gzipSize(fs.readFileSync(path.join(distDir, f))), 0);
    expect(css.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(15 * 1024);
  });

  it('dist/pagefind/ holds the search index and its loader, not Pagefind\'s unused stock interfaces', () => {
    const files = listFiles(path.join(distDir, 'pagefind'));
    expect(files).toContain('recent/pagefind.js');
    expect(files.filter((f) => /pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f))).toEqual([]);
  });

  it('case and person pages ship only the small site-wide script (at most 5 KB gzipped) and 朗读 (at most 4 KB)', () => {
    const pages = [`/cases/${published()[0]!.data.id}/`, `/good-people/${content.people[0]!.data.list}/${content.people[0]!.data.id}/`];
    for (const page of pages) {
      const html = readPage(distDir, page);
      const readAloud = assetsOf(html).scripts.filter((src) => src.includes('/ReadAloud.astro'));
      expect(readAloud).toHaveLength(1);
      expect(gzipSize(fs.readFileSync(path.join(distDir, readAloud[0]!)))).toBeLessThanOrEqual(4 * 1024);
      const scripts = assetsOf(html).scripts.filter((src) => !readAloud.includes(src));
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
      const external = scripts.reduce((n, src) => n + gzipSize(fs.readFileSync(path.join(distDir, src))), 0);
      expect(scripts.length).toBeLessThanOrEqual(1);
      expect(external + gzipSize(inline)).toBeLessThanOrEqual(5 * 1024);
    }
  });
});
