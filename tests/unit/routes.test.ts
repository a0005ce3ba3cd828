// src/lib/routes.ts: every permanent URL of the contract, at the root of a domain and under a portal's path (/pafz/).
import { describe, expect, test } from 'vitest';
import { basePathOf, isSitePath, siteRoutes } from '../../src/lib/routes.ts';

describe('a site at the root of its domain', () => {
  const r = siteRoutes('https://fzwm.example.gov.cn/');

  test('builds the contract URLs', () => {
    expect(r.base).toBe('/');
    expect(r.home()).toBe('/');
    expect(r.caseUrl('2026-012')).toBe('/cases/2026-012/');
    expect(r.caseListingUrl()).toBe('/cases/');
    expect(r.caseListingUrl(undefined, undefined, 1)).toBe('/cases/');
    expect(r.caseListingUrl(undefined, undefined, 3)).toBe('/cases/page/3/');
    expect(r.caseListingUrl('year', '2026')).toBe('/cases/year/2026/');
    expect(r.caseListingUrl('unit', 'gongan', 2)).toBe('/cases/unit/gongan/2/');
    expect(r.honourListUrl('2026-q1')).toBe('/good-people/2026-q1/');
    expect(r.personUrl('2026-q1', 'zhang-shulan')).toBe('/good-people/2026-q1/zhang-shulan/');
    expect(r.periodUrl('2026-H2')).toBe('/commitments/2026-h2/');
    expect(r.commitmentUrl('2026-H2', 'gongan')).toBe('/commitments/2026-h2/gongan/');
    expect(r.commitmentItemUrl('2026-H2', 'gongan', 3)).toBe('/commitments/2026-h2/gongan/#item-3');
    expect(r.ledgerUrl('2026-cepin')).toBe('/rectification/2026-cepin/');
    expect(r.ledgerItemUrl('2026-cepin', 7)).toBe('/rectification/2026-cepin/#item-7');
    expect(r.ledgerCsvUrl('2026-cepin')).toBe('/rectification/2026-cepin.csv');
    expect(r.unitUrl('gongan')).toBe('/units/gongan/');
    expect(r.indicatorUrl('anquangan')).toBe('/data/#anquangan');
    expect(r.pageUrl('about')).toBe('/about/');
    expect(r.pageUrl('open-data')).toBe('/open-data/');
    expect(r.apiUrl('cases.json')).toBe('/api/cases.json');
    expect(r.apiUrl('rectification.csv')).toBe('/api/rectification.csv');
    expect(r.dataSchemaUrl('cases.json')).toBe('/api/schema/cases.json');
    expect(r.feedUrl()).toBe('/feed.xml');
    expect(r.feedUrl('cases')).toBe('/cases/feed.xml');
    expect(r.atomUrl()).toBe('/atom.xml');
    expect(r.atomUrl('cases')).toBe('/cases/atom.xml');
    expect(r.atomUrl('rectification')).toBe('/rectification/atom.xml');
    expect(r.unitAtomUrl('hexi-pcs')).toBe('/units/hexi-pcs/atom.xml');
    expect(r.embedUrl('cases', '2026-012')).toBe('/embed/cases/2026-012/');
    expect(r.embedUrl('units', 'gongan')).toBe('/embed/units/gongan/');
    expect(r.searchUrl()).toBe('/search/');
    expect(r.searchUrl('诈骗 老人')).toBe('/search/?q=%E8%AF%88%E9%AA%97%20%E8%80%81%E4%BA%BA');
    expect(r.searchIndexUrl('recent')).toBe('/pagefind/recent/');
    expect(r.sitemapUrl()).toBe('/sitemap.xml');
    expect(r.absoluteUrl(r.caseUrl('2026-012'))).toBe('https://fzwm.example.gov.cn/cases/2026-012/');
    expect(r.absoluteUrl(r.home())).toBe('https://fzwm.example.gov.cn/');
  });

  test('percent-encodes Chinese facet values, once, as the pages always have', () => {
    expect(r.caseListingUrl('type', '警示案例')).toBe('/cases/type/%E8%AD%A6%E7%A4%BA%E6%A1%88%E4%BE%8B/');
    expect(r.caseListingUrl('category', '电信网络诈骗', 2)).toBe(`/cases/category/${encodeURIComponent('电信网络诈骗')}/2/`);
    expect(r.caseListingUrl('category', 'A/B 类')).toBe('/cases/category/A%2FB%20%E7%B1%BB/');
    expect(r.absoluteUrl(r.caseListingUrl('type', '警示案例'))).toBe('https://fzwm.example.gov.cn/cases/type/%E8%AD%A6%E7%A4%BA%E6%A1%88%E4%BE%8B/');
  });

  test('leaves content links as written', () => {
    expect(r.contentHref('/cases/2026-012/')).toBe('/cases/2026-012/');
    expect(r.contentHref('https://www.gov.cn/x')).toBe('https://www.gov.cn/x');
    expect(r.sitePath('/favicon.svg')).toBe('/favicon.svg');
  });
});

describe('a 专栏 under the county portal (baseUrl https://www.qinghe.gov.cn/pafz/)', () => {
  const r = siteRoutes('https://www.qinghe.gov.cn/pafz/');

  test('puts every URL under /pafz/', () => {
    expect(r.base).toBe('/pafz/');
    expect(r.home()).toBe('/pafz/');
    expect(r.caseUrl('2026-012')).toBe('/pafz/cases/2026-012/');
    expect(r.caseListingUrl()).toBe('/pafz/cases/');
    expect(r.caseListingUrl(undefined, undefined, 2)).toBe('/pafz/cases/page/2/');
    expect(r.caseListingUrl('type', '警示案例', 2)).toBe('/pafz/cases/type/%E8%AD%A6%E7%A4%BA%E6%A1%88%E4%BE%8B/2/');
    expect(r.personUrl('2026-q1', 'zhang-shulan')).toBe('/pafz/good-people/2026-q1/zhang-shulan/');
    expect(r.honourListUrl('2026-q1')).toBe('/pafz/good-people/2026-q1/');
    expect(r.commitmentUrl('2026-H2', 'gongan')).toBe('/pafz/commitments/2026-h2/gongan/');
    expect(r.periodUrl('2026')).toBe('/pafz/commitments/2026/');
    expect(r.ledgerItemUrl('2026-cepin', 1)).toBe('/pafz/rectification/2026-cepin/#item-1');
    expect(r.ledgerCsvUrl('2026-cepin')).toBe('/pafz/rectification/2026-cepin.csv');
    expect(r.unitUrl('gongan')).toBe('/pafz/units/gongan/');
    expect(r.pageUrl('about')).toBe('/pafz/about/');
    expect(r.apiUrl('units.json')).toBe('/pafz/api/units.json');
    expect(r.dataSchemaUrl('units.json')).toBe('/pafz/api/schema/units.json');
    expect(r.feedUrl()).toBe('/pafz/feed.xml');
    expect(r.feedUrl('cases')).toBe('/pafz/cases/feed.xml');
    expect(r.atomUrl()).toBe('/pafz/atom.xml');
    expect(r.atomUrl('rectification')).toBe('/pafz/rectification/atom.xml');
    expect(r.unitAtomUrl('gongan')).toBe('/pafz/units/gongan/atom.xml');
    expect(r.embedUrl('cases', '2026-012')).toBe('/pafz/embed/cases/2026-012/');
    expect(r.searchUrl('2024-017')).toBe('/pafz/search/?q=2024-017');
    expect(r.searchIndexUrl('2019')).toBe('/pafz/pagefind/2019/');
    expect(r.indicatorUrl('manyidu')).toBe('/pafz/data/#manyidu');
    expect(r.sitemapUrl()).toBe('/pafz/sitemap.xml');
  });

  test('absolute URLs keep the path once', () => {
    expect(r.absoluteUrl(r.home())).toBe('https://www.qinghe.gov.cn/pafz/');
    expect(r.absoluteUrl(r.caseUrl('2026-012'))).toBe('https://www.qinghe.gov.cn/pafz/cases/2026-012/');
    expect(r.absoluteUrl(r.ledgerItemUrl('b', 2))).toBe('https://www.qinghe.gov.cn/pafz/rectification/b/#item-2');
  });

  test('a site path written in content gets the base path; web addresses, anchors, mailto and //host do not', () => {
    expect(r.contentHref('/cases/2026-001/')).toBe('/pafz/cases/2026-001/');
    expect(r.contentHref('https://www.gov.cn/zhengce/')).toBe('https://www.gov.cn/zhengce/');
    expect(r.contentHref('#item-2')).toBe('#item-2');
    expect(r.contentHref('mailto:a@b.cn')).toBe('mailto:a@b.cn');
    expect(r.contentHref('//evil.example/')).toBe('//evil.example/');
    expect(r.sitePath('/favicon.svg')).toBe('/pafz/favicon.svg');
  });

  test('a baseUrl written without the trailing slash, or a deeper path, means the same', () => {
    expect(siteRoutes('https://www.qinghe.gov.cn/pafz').caseUrl('2026-001')).toBe('/pafz/cases/2026-001/');
    expect(siteRoutes('http://127.0.0.1:8080/zt/pafz/').unitUrl('gongan')).toBe('/zt/pafz/units/gongan/');
    expect(siteRoutes('http://127.0.0.1:8080/zt/pafz/').absoluteUrl('/zt/pafz/')).toBe('http://127.0.0.1:8080/zt/pafz/');
  });
});

test('basePathOf and isSitePath', () => {
  expect(basePathOf('https://x.gov.cn')).toBe('/');
  expect(basePathOf('https://x.gov.cn/')).toBe('/');
  expect(basePathOf('https://x.gov.cn/pafz')).toBe('/pafz/');
  expect(basePathOf('https://x.gov.cn/pafz/')).toBe('/pafz/');
  expect(isSitePath('/cases/')).toBe(true);
  expect(isSitePath('//host/')).toBe(false);
  expect(isSitePath('https://x/')).toBe(false);
});
