// Words of the case pages: the listing, a case card and a case page. Field names come from the case schema.

export const caseWords = {
  /** 案例编号 2026-012. */
  number: (id: string) => `案例编号 ${id}`,
  listingTitlePage: (title: string, page: number) => `${title}（第 ${page} 页）`,
  listingDescription: (title: string, total: number) => `${title}：共 ${total} 个案例。`,
  listingIntro: (total: number) => `共 ${total} 个案例，按发布时间从新到旧排列。`,
  feed: '订阅案例（RSS）',
  browse: '按条件浏览案例',
  all: '« 查看全部案例',
  browseBy: (facet: string, values: number) => `按${facet}浏览（${values}）`,
  none: '暂无案例。',
  list: '案例列表',
  withdrawnTitle: (title: string) => `${title}（已撤回）`,
  withdrawnDescription: (date: string) => `该案例已于${date}撤回。`,
  unit: '发布单位',
  updated: '更新日期',
  withdrawn: '已撤回',
  withdrawnOn: '本案例已于 ',
  withdrawnEnd: '撤回，内容不再公开。',
  withdrawnReason: '撤回原因：',
  urlKept: '本网址长期保留，以便此前的引用可以查证。',
  summary: '摘要：',
  /** Before the keywords: the field's label from the schema (关键词). */
  tags: (label: string | undefined) => `${label}：`,
  related: '同类案例',
} as const;
