// The Chinese words of the provincial portal (npm run province): its pages, its search and its build messages.

export const provinceWords = {
  defaultName: '法治文明公开汇总',
  skipLink: '跳到正文',
  elderMode: '长者模式',
  navLabel: '主要栏目',
  navHome: '各县概况',
  navSearch: '全域搜索',
  intro: '汇总各县（市、区）法治文明公开网的公开承诺兑现、问题整改和典型案例。数字取自各县网站发布的汇总文件，点击县名进入该县网站查看详情。',
  tableHeading: '各县承诺兑现与整改进展',
  tableCaption: '各县承诺兑现与整改进展（点击列名可排序）',
  tableNote: '兑现率 = 本期已兑现项数 ÷ 本期承诺总项数；整改完成率 = 已完成和已销号事项 ÷ 整改事项总数。逾期由各县按其数据截止日期计算。',
  colCounty: '县（市、区）',
  colFulfilment: '本期承诺兑现率',
  colCommitmentOverdue: '逾期承诺',
  colCompletion: '整改完成率',
  colRectificationOverdue: '逾期整改',
  colAsOf: '数据截至',
  sortAscending: '升序',
  sortDescending: '降序',
  noItems: '—',
  itemsOf: (part: number, total: number) => `${part}/${total} 项`,
  items: (n: number) => `${n} 项`,
  stale: '未按月更新，逾期数可能已变化',
  latestCases: '各县最新典型案例',
  countyCases: '进入该县网站',
  refusedHeading: '未能汇总的县',
  refusedNote: '以下来源的汇总文件无法读取或不符合要求，本次未列入：',
  builtAsOf: (date: string, n: number) => `本页汇总 ${n} 个县的数据，生成于 ${date}。`,
  footer: '各县数据以该县法治文明公开网发布的为准。',
  searchHeading: '全域搜索',
  searchLabel: '搜索内容',
  searchPlaceholder: '案例编号、标题、单位或关键词',
  searchButton: '搜索',
  countyFilter: '县（市、区）',
  typeFilter: '内容类型',
  anyCounty: '全部县',
  anyType: '全部类型',
  includeArchive: '包括历年内容',
  more: '显示更多结果',
  needsJs: '全域搜索需要浏览器启用 JavaScript。也可以进入各县网站分别搜索：',
} as const;

/** Words the search page's script shows, handed to it as JSON in the page ({n}: a count, {q}: the query). */
export const provinceClientWords = {
  searchHint: '请输入要查找的词语，例如“诈骗”“城关镇”或案例编号。',
  searching: '正在搜索……',
  searchFailed: '搜索暂时不可用，请稍后再试，或进入各县网站查找。',
  noResults: '没有找到与“{q}”相关的内容。可以换个说法、减少关键词，或去掉筛选条件。',
  noResultsFiltered: '没有找到符合筛选条件的内容。可以去掉筛选条件再试。',
  found: '找到 {n} 条结果，按相关度排列。',
} as const;
export type ProvinceClientWords = typeof provinceClientWords;

/** Messages of the portal build (printed to the person running npm run province), naming the county and the field. */
export const provinceMessages = {
  notASite: (source: string) =>
    `${source}：这里没有构建好的县网站（找不到 index.html）。--county 应指向某县 npm run build 生成的 dist 文件夹，或该县网站的网址。`,
  noSummary: (source: string) =>
    `${source}：找不到汇总文件 api/summary.json。该县网站可能是用旧版本构建的，请用本项目的新版本重新构建该县网站后再汇总。`,
  badJson: (source: string, file: string) => `${source}：${file} 不是有效的 JSON 文件。`,
  badVersion: (source: string, version: unknown) =>
    `${source}：汇总文件的版本是 ${JSON.stringify(version) ?? '（未写）'}，本门户只能读取版本 1。请用与门户相同版本的本项目重新构建该县网站。`,
  badField: (source: string, field: string, problem: string) => `${source}：汇总文件 api/summary.json 的字段 ${field}：${problem}`,
  missingField: '缺失。',
  wrongType: (expected: string) => `格式不对，应为${expected}。`,
  noRecords: (source: string) => `${source}：找不到搜索记录 api/search-records.json，该县的内容不会出现在全域搜索中。`,
  duplicate: (source: string, other: string, baseUrl: string) => `${source}：与 ${other} 的网址相同（${baseUrl}），同一个县只能汇总一次。`,
  unreachable: (source: string, detail: string) => `${source}：无法读取（${detail}）。`,
  noCounties: '没有可汇总的县：请至少给出一个 --county，且其汇总文件有效。',
} as const;
