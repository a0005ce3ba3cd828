// The search page's words for search by number and name, the archive and the filters on phones.

export const searchWords = {
  /** The facts-line label of a withdrawn case. */
  withdrawn: '已撤回',
  withdrawnOn: (date: string) => `本案例已于 ${date} 撤回，内容不再公开；网址保留供查证。`,
  renumbered: (former: string, current: string) => `原编号 ${former}，现为 ${current}`,
  archiveMore: (count: number) => `还有 ${count} 条历年结果`,
  archiveMoreHint: (from: string, to: string) => `（${from}—${to} 年）`,
  archiveCounting: '正在查找历年内容……',
  filtersToggle: '筛选和排序',
  filtersActive: (count: number) => `（已选 ${count} 项）`,
} as const;
