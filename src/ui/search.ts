// Words of the search page and its script (src/scripts/search.ts): the form, the tips, the status lines.

export const searchWords = {
  description: '搜索本站的典型案例、公开承诺、好人榜、整改事项和单位。',
  queryLabel: '搜索关键词',
  placeholder: '例如：电信诈骗、2024-017、城关镇',
  submit: '搜索',
  filtersLegend: '筛选和排序',
  /** The filter <select>s, by URL parameter. */
  filters: { type: '内容类型', unit: '单位', year: '年份', category: '案例类别' },
  any: '全部',
  sort: '排序',
  byRelevance: '按相关度',
  byDate: '按日期（新→旧）',
  archive: (oldest: string, newest: string, recentFrom: number) =>
    `同时搜索 ${oldest}—${newest} 年的历年内容（默认只搜索 ${recentFrom} 年以来的内容，加快搜索）`,
  results: '搜索结果',
  more: '显示更多结果',
  noScript: '搜索需要浏览器启用 JavaScript。您也可以按栏目浏览：',
  tipsTitle: '搜索说明',
  tips: {
    and: '输入几个词，用空格隔开，结果同时包含所有词，例如“诈骗 老年人”。',
    phrase: '给词语加上英文双引号，按整个短语查找，例如 "冒充公检法"。',
    numbers: '可以直接搜索案例编号（如 2024-017）、单位名称、人名或乡镇村名。',
    scope: '搜索范围是每条内容的标题、编号、单位、类别、摘要和正文开头部分。',
    archive: (recentFrom: number, batch: number) =>
      `默认搜索 ${recentFrom} 年以来的内容；近年内容中完整包含所搜词语的结果不足 ${batch} 条时，会自动一并搜索历年档案，把完整包含的排在前面；选择更早的年份、搜索更早的案例编号，或勾选“同时搜索历年内容”，也会一并搜索历年档案。`,
    share: '用上面的筛选框缩小范围，或按日期排序；筛选条件会写进网址，可以复制网址分享这次搜索。',
    exact: '搜索案例编号、单位名称或简称、人名时，对应的页面排在最前；旧编号会注明现在的编号。',
    withdrawn: '已撤回的案例只能按编号查到，只显示标题和“已撤回”，不显示内容。',
    archiveMore: '只搜索近年内容时，如果历年档案中也有结果，结果下方会显示“还有 N 条历年结果”，点一下即可一并显示。',
  },
  /** Status lines written by the script. */
  empty: '请输入要查找的词语，例如“诈骗”“城关镇”或案例编号“2024-017”。',
  searching: '正在搜索……',
  /** No result: the query (already escaped), whether filters were set, then links to sections (HTML). */
  nothingFound: (escapedQuery: string, filtered: boolean, sectionLinks: string) =>
    `没有找到${escapedQuery ? `与“${escapedQuery}”` : ''}相关的内容。可以试试：检查错别字；换个说法（如用“诈骗”代替“骗钱”）；减少关键词（多个词表示同时包含）；${filtered ? '去掉筛选条件；' : ''}或按栏目浏览${sectionLinks}。`,
  orderByDate: '按日期从新到旧排列',
  orderByRelevance: '按相关度排列',
  split: (recentFrom: number, recent: number, archive: number) => `（${recentFrom} 年以来 ${recent} 条，历年内容 ${archive} 条）`,
  found: (n: number, split: string, order: string) => `找到 ${n} 条结果${split}，${order}。`,
  unavailable: '搜索暂时不可用，请稍后再试，或按栏目浏览。',
  /** Search by number and name (src/lib/search-lookup.ts), the archive offer and the filters on phones. */
  withdrawn: '已撤回',
  withdrawnOn: (date: string) => `本案例已于 ${date} 撤回，内容不再公开；网址保留供查证。`,
  renumbered: (former: string, current: string) => `原编号 ${former}，现为 ${current}`,
  archiveMore: (count: number) => `还有 ${count} 条历年结果`,
  archiveMoreHint: (from: string, to: string) => `（${from}—${to} 年）`,
  archiveCounting: '正在查找历年内容……',
  filtersToggle: '筛选和排序',
  filtersActive: (count: number) => `（已选 ${count} 项）`,
} as const;
