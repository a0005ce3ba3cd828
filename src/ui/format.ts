// Words the shared formatting and derived texts use: dates, periods, indicator descriptions, counting rules,
// the staleness notice, case facets and citations. Their functions (src/lib/) hold logic only.

export const dateWords = {
  /** 2026-03-02 → 2026年3月2日. */
  date: (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
  year: (year: number | string) => `${year}年`,
  half: (year: number, first: boolean) => `${year}年${first ? '上' : '下'}半年`,
  quarter: (year: number, index: number) => `${year}年第${['一', '二', '三', '四'][index - 1] ?? index}季度`,
} as const;

export const ruleWords = {
  /** The sentence every page with a fulfilment rate shows, so the reader knows how 部分兑现 is counted. */
  fulfilment: '兑现率 = 已兑现项数 ÷ 承诺总项数。“部分兑现”计入总数，但不算已兑现。',
  /** The sentence every page with a completion count shows, so the reader knows how 长期坚持 is counted. */
  completion:
    '已完成 = 状态为“已完成”或“已销号”的事项。“长期坚持”是需要持续开展的工作，计入总数但不算已完成，也不会被判为逾期。',
} as const;

export const indicatorWords = {
  direction: (higherIsBetter: boolean) => (higherIsBetter ? '数值越高越好' : '数值越低越好'),
  target: (met: boolean | undefined) => (met === undefined ? '未设目标值' : met ? '已达标' : '未达标'),
  chartSpan: (name: string, from: string, to: string, periods: number) => `${name}折线图，${from}至${to}共 ${periods} 期`,
  latest: (value: string, period: string) => `最新值 ${value}（${period}）`,
  targetValue: (value: string, met: string) => `目标值 ${value}，${met}`,
  unchanged: '与上期持平',
  change: (up: boolean, amount: number, unit: string) => `较上期${up ? '上升' : '下降'} ${amount}${unit === '%' ? ' 个百分点' : unit}`,
  rank: (rank: number) => `最新排名第 ${rank} 位`,
  /** Joins the parts of a description into one sentence. */
  sentence: (parts: readonly string[]) => `${parts.join('；')}。`,
} as const;

export const staleWords = {
  notice: (asOf: string) =>
    `本页生成于 ${asOf}，此后未按时更新：各事项的逾期状态和天数已按今天计算，但汇总数字可能已有变化，请以更新后的页面为准。`,
} as const;

export const facetWords = {
  labels: { type: '案例类型', category: '类别', unit: '发布单位', year: '年份' },
  typeTitle: (label: string) => `案例类型：${label}`,
  categoryTitle: (label: string) => `${label}类案例`,
  unitTitle: (label: string) => `${label}发布的案例`,
  /** The text media paste when they cite a case (引用本文). */
  citation: (c: { unit: string; title: string; id: string; site: string; published: string; updated?: string | undefined; url: string }) =>
    `${c.unit}：《${c.title}》（案例编号 ${c.id}），${c.site}，${c.published}发布${c.updated ? `，${c.updated}更新` : ''}。${c.url}`,
} as const;
