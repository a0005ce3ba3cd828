// Tests on the built sample site for the Atom feeds (valid by RFC 4287's offline rules, carrying corrections,
// withdrawals and ledger progress), the rel="alternate" links, the media embeds and the government page metadata.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { rfc3339 } from '../../src/lib/atom.ts';
import { loadContent, type SiteContent } from '../../src/lib/load-content.ts';
import { siteRoutes, type SiteRoutes } from '../../src/lib/routes.ts';
import { checkAtom, type ParsedFeed } from '../atom-rules.ts';
import { listFiles, meta, readPage } from './dist.ts';

const distDir = inject('distDir');
/** <pre> is parsed as an element (node-html-parser keeps it as raw text by default), so the snippet's <code> is found. */
const parse = (html: string) => parseHtml(html, { blockTextElements: { script: true, style: true } });
let content: SiteContent;
let routes: SiteRoutes;
beforeAll(async () => {
  content = (await loadContent(path.resolve('content'))).content;
  routes = siteRoutes(content.site.baseUrl);
});

/** A built file by its URL path (as routes.ts gives it, under `/`). */
const read = (urlPath: string) => fs.readFileSync(path.join(distDir, decodeURIComponent(urlPath)), 'utf8');
const feed = (urlPath: string): ParsedFeed => {
  const { feed: parsed, problems } = checkAtom(read(urlPath));
  expect(problems, urlPath).toEqual([]);
  return parsed!;
};
const pages = () =>
  listFiles(distDir)
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind') && !f.startsWith('admin'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);

describe('Atom feeds', () => {
  it('every feed passes the RFC 4287 checks, is its own id and rel="self", and links only to this site', () => {
    const feeds = [routes.atomUrl(), routes.atomUrl('cases'), routes.atomUrl('rectification'), ...content.units.map((u) => routes.unitAtomUrl(u.id))];
    for (const url of feeds) {
      const f = feed(url);
      expect(f.id, url).toBe(routes.absoluteUrl(url));
      expect(f.links.find((l) => l.rel === 'self')!.href).toBe(routes.absoluteUrl(url));
      for (const link of [...f.links, ...f.entries.flatMap((e) => e.links)]) expect(link.href, url).toMatch(/^https:\/\/fzwm\.example\.gov\.cn\//);
      expect(f.entries.length, url).toBeLessThanOrEqual(50);
      const updates = f.entries.map((e) => e.updated);
      expect(updates, url).toEqual([...updates].sort().reverse());
      if (f.entries.length) expect(f.updated, url).toBe(updates[0]);
    }
  });

  it('a corrected case’s entry is updated on its latest change date and opens with the change note', () => {
    const entries = feed(routes.atomUrl('cases')).entries;
    const corrected = content.cases.filter((c) => c.data.changes?.length && !c.data.withdrawn);
    expect(corrected.length).toBeGreaterThan(0);
    for (const c of corrected) {
      const latest = [...c.data.changes!].sort((a, b) => b.date.localeCompare(a.date))[0]!;
      const entry = entries.find((e) => e.id === routes.absoluteUrl(routes.caseUrl(c.data.id)));
      if (!entry) continue; // older than the newest 50
      expect(entry.updated).toBe(rfc3339(latest.date));
      expect(entry.published).toBe(rfc3339(c.data.published));
      expect(entry.content!.type).toBe('html');
      expect(entry.content!.text.startsWith(`<p>更正（${latest.date}）：${latest.note}</p>`), c.data.id).toBe(true);
    }
    const shown = corrected.filter((c) => entries.some((e) => e.id.endsWith(`/cases/${c.data.id}/`)));
    expect(shown.length).toBeGreaterThan(0);
  });

  it('a withdrawn case stays in the feed as 已撤回, updated on the withdrawal date, without its summary', () => {
    const c = content.cases.find((x) => x.data.withdrawn)!;
    for (const url of [routes.atomUrl('cases'), routes.atomUrl(), routes.unitAtomUrl(c.data.unit)]) {
      const entry = feed(url).entries.find((e) => e.id === routes.absoluteUrl(routes.caseUrl(c.data.id)))!;
      expect(entry, url).toBeDefined();
      expect(entry.title).toBe(`${c.data.title}（已撤回）`);
      expect(entry.updated).toBe(rfc3339(c.data.withdrawn!.date));
      expect(entry.content!.text.startsWith(`<p>已撤回（${c.data.withdrawn!.date}）：${c.data.withdrawn!.reason}</p>`)).toBe(true);
      expect(entry.content!.text).not.toContain(c.data.summary);
    }
  });

  it('each dated progress note and completion of a ledger item is an entry of the rectification feed, dated, at its row', () => {
    const entries = feed(routes.atomUrl('rectification')).entries;
    const events = content.rectification.flatMap((b) =>
      b.items.flatMap((item) => [
        ...(item.progress ?? []).filter((p) => p.date).map((p) => ({ batch: b.id, item, date: p.date!, text: `<p>${p.date} 进展：${p.note}</p>` })),
        ...(item.completedAt ? [{ batch: b.id, item, date: item.completedAt, text: `<p>${item.completedAt} 整改状态更新为“${item.status}”。</p>` }] : []),
      ]),
    );
    // The CSV ledger's dated 最新进展 is among them.
    expect(events.some((e) => e.batch === '2026-pingan-ducha')).toBe(true);
    const newest = [...events].sort((a, b) => b.date.localeCompare(a.date)).slice(0, Math.min(20, events.length));
    for (const event of newest) {
      const url = routes.absoluteUrl(routes.ledgerItemUrl(event.batch, event.item.number));
      const entry = entries.find((e) => e.links[0]!.href === url && e.updated === rfc3339(event.date) && e.content!.text.startsWith(event.text));
      expect(entry, `${event.batch} #${event.item.number} ${event.date}`).toBeDefined();
      expect(entry!.id).toMatch(/^tag:fzwm\.example\.gov\.cn,\d{4}-\d{2}-\d{2}:rectification\//);
    }
    // Each anchor the feed links to is a row of the ledger page.
    for (const entry of entries.slice(0, 10)) {
      const [pagePath, anchor] = new URL(entry.links[0]!.href).pathname.concat(new URL(entry.links[0]!.href).hash).split('#');
      expect(readPage(distDir, pagePath!)).toContain(`id="${anchor}"`);
    }
  });

  it('a unit’s feed holds its cases, its commitments and the progress of the items it is responsible for, and nothing else', () => {
    const unit = 'gongan';
    const f = feed(routes.unitAtomUrl(unit));
    const own = new Set([
      ...content.cases.filter((c) => c.data.unit === unit).map((c) => routes.absoluteUrl(routes.caseUrl(c.data.id))),
      ...content.commitments.filter((c) => c.unit === unit).map((c) => routes.absoluteUrl(routes.commitmentUrl(c.period, c.unit))),
      ...content.rectification.flatMap((b) => b.items.filter((i) => i.unit === unit).map((i) => routes.absoluteUrl(routes.ledgerItemUrl(b.id, i.number)))),
    ]);
    expect(f.entries.length).toBeGreaterThan(0);
    for (const entry of f.entries) expect(own.has(entry.links[0]!.href), entry.links[0]!.href).toBe(true);
    expect(f.entries.some((e) => e.id.startsWith('tag:'))).toBe(true);
  });

  it('the site feed has cases, people, commitments and batches; publicNames never appear in any feed', () => {
    const terms = new Set(feed(routes.atomUrl()).entries.flatMap((e) => e.categories));
    for (const term of ['典型案例', '好人榜', '公开承诺', '整改进展']) expect(terms.has(term), term).toBe(true);
    const hidden = content.cases.flatMap((c) => c.data.publicNames?.reason ?? []);
    for (const file of listFiles(distDir).filter((f) => f.endsWith('atom.xml'))) {
      for (const reason of hidden) expect(read(`/${file}`)).not.toContain(reason);
    }
  });
});

describe('rel="alternate" feed links', () => {
  const atomLinks = (html: string) =>
    parse(html)
      .querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')
      .map((l) => l.getAttribute('href')!);

  it('every page links the site feed; case pages and lists the cases feed; ledgers the rectification feed; unit pages their own', () => {
    for (const page of pages()) {
      const html = readPage(distDir, page);
      if (html.includes('http-equiv="refresh"') || page.startsWith('/embed/')) continue;
      const links = atomLinks(html);
      expect(links, page).toContain(routes.atomUrl());
      for (const href of links) expect(fs.existsSync(path.join(distDir, decodeURIComponent(href))), href).toBe(true);
      if (page.startsWith('/cases/')) expect(links, page).toContain(routes.atomUrl('cases'));
      if (page.startsWith('/rectification/')) expect(links, page).toContain(routes.atomUrl('rectification'));
      const unit = /^\/units\/([^/]+)\/$/.exec(page)?.[1];
      if (unit) expect(links, page).toContain(routes.unitAtomUrl(unit));
      if (page === '/') expect(links).toEqual([routes.atomUrl()]);
    }
  });
});

describe('media embeds', () => {
  it('every case and unit has a small card without script, noindex, linking back to its permanent URL in a new tab', () => {
    const cards = [
      ...content.cases.map((c) => [routes.embedUrl('cases', c.data.id), routes.absoluteUrl(routes.caseUrl(c.data.id))]),
      ...content.units.map((u) => [routes.embedUrl('units', u.id), routes.absoluteUrl(routes.unitUrl(u.id))]),
    ];
    for (const [embed, permanent] of cards) {
      const html = readPage(distDir, embed!);
      const root = parse(html);
      expect(root.querySelectorAll('script'), embed).toHaveLength(0);
      expect(meta(html, 'robots'), embed).toBe('noindex');
      expect(root.querySelector('header, footer, nav'), embed).toBeNull();
      const links = root.querySelectorAll('a');
      expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]), embed).toEqual([[permanent, '_blank', 'noopener']]);
      expect(root.querySelector('.embed-url')!.text).toContain(permanent!);
      expect(root.querySelectorAll('link[rel="stylesheet"]'), embed).toHaveLength(0); // its own few rules, inline
      expect(Buffer.byteLength(html), embed).toBeLessThan(12_000);
    }
    expect(read('/sitemap.xml')).not.toContain('/embed/');
  });

  it('a case card shows title, type, number, dates and summary; a withdrawn one only that it was withdrawn', () => {
    const c = content.cases.find((x) => x.data.changes?.length && !x.data.withdrawn)!;
    const card = parse(readPage(distDir, routes.embedUrl('cases', c.data.id)));
    expect(card.querySelector('h1')!.text).toBe(c.data.title);
    expect(card.text).toContain(c.data.type);
    expect(card.text).toContain(c.data.id);
    expect(card.querySelector(`time[datetime="${c.data.published}"]`)).not.toBeNull();
    expect(card.querySelector('.embed-summary')!.text).toBe(c.data.summary);
    const w = content.cases.find((x) => x.data.withdrawn)!;
    const gone = parse(readPage(distDir, routes.embedUrl('cases', w.data.id)));
    expect(gone.querySelector('h1')!.text).toBe(`${w.data.title}（已撤回）`);
    expect(gone.querySelector('.embed-withdrawn')).not.toBeNull();
    expect(gone.text).not.toContain(w.data.summary);
  });

  it('a unit card shows its key figures as of the build date', () => {
    const card = parse(readPage(distDir, routes.embedUrl('units', 'gongan')));
    expect(card.querySelector('h1')!.text).toBe(content.units.find((u) => u.id === 'gongan')!.name);
    expect(card.text).toContain(`数据截至 ${inject('asOf')}`);
    const cases = content.cases.filter((c) => c.data.unit === 'gongan' && !c.data.withdrawn).length;
    expect(card.querySelector('[data-embed-figure="cases"]')!.text.trim()).toBe(String(cases));
    const items = content.rectification.flatMap((b) => b.items.filter((i) => i.unit === 'gongan'));
    const done = items.filter((i) => i.status === '已完成' || i.status === '已销号').length;
    expect(card.querySelector('[data-embed-figure="rectification"]')!.text).toContain(`${done} / ${items.length}`);
  });

  it('case and unit pages carry the copyable <iframe> snippet of their card', () => {
    for (const [page, embed] of [
      [routes.caseUrl('2024-017'), routes.embedUrl('cases', '2024-017')],
      [routes.unitUrl('gongan'), routes.embedUrl('units', 'gongan')],
    ]) {
      const root = parse(readPage(distDir, page!));
      const code = root.querySelector('#embed-code')!.text;
      const frame = parse(code).querySelector('iframe')!;
      expect(frame.getAttribute('src')).toBe(routes.absoluteUrl(embed!));
      expect(frame.getAttribute('title')).toBeTruthy();
      expect(root.querySelector('button[data-copy-target="embed-code"]')).not.toBeNull();
    }
  });
});

describe('government page metadata and JSON-LD', () => {
  const COLUMN = ['ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType'];
  const ARTICLE = ['ArticleTitle', 'PubDate', 'ContentSource', 'Keywords', 'Description'];

  it('every page has SiteName, SiteDomain, SiteIDCode and its column’s metadata; article pages the article metadata, PubDate with time', () => {
    let articles = 0;
    for (const page of pages()) {
      const html = readPage(distDir, page);
      if (html.includes('http-equiv="refresh"')) continue;
      expect(meta(html, 'SiteName'), page).toBe(content.site.name);
      expect(meta(html, 'SiteDomain'), page).toBe('fzwm.example.gov.cn');
      expect(meta(html, 'SiteIDCode'), page).toBe(content.site.siteCode);
      if (page.startsWith('/embed/')) continue; // a card for other sites, not a column page
      for (const name of COLUMN) expect(meta(html, name), `${page} ${name}`).toBeTruthy();
      expect(['信息发布', '解读回应', '办事服务', '互动交流']).toContain(meta(html, 'ColumnType'));
      if (meta(html, 'ArticleTitle')) {
        articles++;
        for (const name of ARTICLE) expect(meta(html, name), `${page} ${name}`).toBeTruthy();
        expect(meta(html, 'PubDate'), page).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      }
      // One description only (HTML compares meta names without case).
      expect(html.match(/<meta name="description"/gi), page).toHaveLength(1);
    }
    expect(articles).toBeGreaterThan(content.cases.length);
  });

  it('a case page has its type, category and tags as Keywords, and an Article in JSON-LD that content cannot break out of', () => {
    const c = content.cases.find((x) => x.data.tags?.length && x.data.changes?.length && !x.data.withdrawn)!;
    const html = readPage(distDir, routes.caseUrl(c.data.id));
    expect(meta(html, 'PubDate')).toBe(`${c.data.published} 00:00`);
    expect(meta(html, 'Keywords')).toBe([c.data.type, c.data.category, ...c.data.tags!].filter((k, i, a) => a.indexOf(k) === i).join(','));
    const blocks = parse(html).querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    const raw = blocks[0]!.innerHTML;
    expect(raw).not.toMatch(/[<>]/);
    const ld = JSON.parse(raw);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: c.data.title,
      url: routes.absoluteUrl(routes.caseUrl(c.data.id)),
      datePublished: rfc3339(c.data.published),
      dateModified: rfc3339([...c.data.changes!].map((x) => x.date).sort().at(-1)!),
      author: { '@type': 'GovernmentOrganization' },
    });
    const unit = JSON.parse(parse(readPage(distDir, routes.unitUrl('gongan'))).querySelector('script[type="application/ld+json"]')!.innerHTML);
    expect(unit).toMatchObject({ '@type': 'GovernmentOrganization', name: content.units.find((u) => u.id === 'gongan')!.name });
  });
});
