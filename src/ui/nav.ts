// The site's sections: one list read by the header nav, the breadcrumbs and every page's column (栏目名称).
import type { SiteRoutes } from '../lib/routes.ts';

/** Each section's name as readers see it; `search` and `notFound` are columns without a nav entry. */
export const sectionLabels = {
  home: '首页',
  commitments: '公开承诺',
  cases: '典型案例',
  goodPeople: '好人榜',
  rectification: '整改进展',
  data: '数据指标',
  units: '责任单位',
  openData: '数据开放',
  search: '搜索',
  notFound: '页面未找到',
} as const;

/** A page's column: pages pass this key, never the Chinese label. */
export type SectionKey = keyof typeof sectionLabels;

/** The header nav, in order: each section and the address it opens (from src/lib/routes.ts). */
export const NAV_SECTIONS = [
  { key: 'home', href: (r) => r.home() },
  { key: 'commitments', href: (r) => r.pageUrl('commitments') },
  { key: 'cases', href: (r) => r.caseListingUrl() },
  { key: 'goodPeople', href: (r) => r.pageUrl('good-people') },
  { key: 'rectification', href: (r) => r.pageUrl('rectification') },
  { key: 'data', href: (r) => r.pageUrl('data') },
  { key: 'units', href: (r) => r.pageUrl('units') },
] as const satisfies ReadonlyArray<{ key: SectionKey; href: (routes: SiteRoutes) => string }>;

/** A section that has a page of its own (and so a link in the nav and in breadcrumbs). */
export type NavKey = (typeof NAV_SECTIONS)[number]['key'];

/** The address of a section's own page. */
export function sectionHref(key: NavKey, routes: SiteRoutes): string {
  return NAV_SECTIONS.find((s) => s.key === key)!.href(routes);
}

export const navWords = {
  sections: sectionLabels,
  /** aria-label of the header's section bar. */
  mainNav: '主要栏目',
  /** aria-label of the breadcrumb trail. */
  breadcrumbs: '当前位置',
} as const;
