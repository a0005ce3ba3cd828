// Words of the page frame and the small shared parts: header, footer, breadcrumbs, pagination, citation, notes.

/** A label with its count in full-width brackets: 乡镇（12）. */
export const withCount = (label: string | number, count: number): string => `${label}（${count}）`;

/** Words in full-width brackets: （今天到期）. */
export const bracketed = (text: string): string => `（${text}）`;

/** Chinese punctuation written between values in markup. */
export const punctuation = { listComma: '、', comma: '，', colon: '：', semicolon: '；', fullStop: '。' } as const;

/** The list separator readers expect between names: 甲、乙、丙. */
export const listJoin = (items: readonly string[]): string => items.join('、');

export const layoutWords = {
  skipLink: '跳到正文',
  /** The meta description of a page that gives none. */
  siteDescription: (siteName: string, region: string) =>
    `${siteName}：${region}公开承诺、典型案例、好人榜、整改进展和法治建设数据。`,
} as const;

export const feedWords = {
  /** The site's feed: its title is also the page's <link rel="alternate">. */
  siteTitle: (siteName: string) => `${siteName} 最新发布`,
  siteDescription: (region: string) => `${region}公开承诺、典型案例、好人榜和整改进展的最新发布。`,
  casesTitle: (siteName: string) => `${siteName} 典型案例`,
  casesDescription: (region: string) => `${region}发布的警示案例、反面典型、正面典型和不文明行为曝光。`,
} as const;

/** The editing UI's page (/admin/), for staff. */
export const adminWords = {
  title: (siteName: string) => `内容编辑 · ${siteName}`,
} as const;

export const headerWords = {
  searchLabel: '搜索本站',
  searchPlaceholder: '搜索本站',
  searchButton: '搜索',
  elderMode: '长者模式',
} as const;

export const footerWords = {
  atom: '订阅（Atom，含更正和撤回）',
  rss: '订阅（RSS）',
  organizer: '主办单位：',
  coOrganizers: '承办单位：',
  siteCode: '网站标识码：',
  address: '地址：',
  phone: '电话：',
  email: '邮箱：',
  reportChannels: '监督举报',
} as const;

export const paginationWords = {
  label: '分页',
  previous: '上一页',
  next: '下一页',
  /** Around the current page's number, for screen readers: 第 3 页. */
  currentBefore: '第',
  currentAfter: '页',
  page: (n: number) => `第 ${n} 页`,
  total: (pages: number) => `共 ${pages} 页`,
} as const;

export const citationWords = {
  heading: '引用本文',
  permanentUrl: '永久网址：',
  copy: '复制引用文字',
  copied: '已复制到剪贴板。',
  selected: '已选中引用文字，请按 Ctrl+C（手机上长按）复制。',
} as const;

export const redirectWords = {
  title: (title: string) => `${title} - 已迁移`,
  moved: '本页已迁移到新地址：',
  end: '。',
} as const;

export const notFoundWords = {
  text: '您要找的页面不存在，可能网址有误，或内容已调整。',
  home: '返回首页',
  search: '搜索本站',
  cases: '查看典型案例',
} as const;

export const asOfWords = {
  before: '状态截至 ',
  /** After the date: the date in words, then what 逾期 means. */
  after: (dateInWords: string) => `（${dateInWords}）；“逾期”指超过时限仍未完成的事项，由系统按此日期自动判断。`,
} as const;

export const commonWords = {
  punctuation,
  layout: layoutWords,
  feed: feedWords,
  admin: adminWords,
  header: headerWords,
  footer: footerWords,
  pagination: paginationWords,
  citation: citationWords,
  redirect: redirectWords,
  notFound: notFoundWords,
  asOf: asOfWords,
  /** The default title of an MDX <Callout>. */
  tip: '提示',
  /** Under a quoted provision: —— 《…》第X条. */
  provisionSource: (source: string) => `—— ${source}`,
  /** An empty cell or value. */
  none: '—',
  /** The " · " between facts in a line. */
  dot: ' · ',
} as const;
