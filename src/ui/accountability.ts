// Words of the accountability pages: commitments, rectification ledgers, tallies, indicators, units, the home summary.

/** Counts in words, shared by the commitment and rectification pages. */
const items = (n: number) => `${n} 项`;

export const tallyWords = {
  commitment: { done: '已兑现', rate: '兑现率' },
  rectification: { done: '已完成', rate: '完成率' },
  /** 已兑现 3 项 / 共 5 项 (the done word comes first). */
  doneOfTotal: (done: number, total: number) => `${items(done)} / 共 ${items(total)}`,
  overdue: (n: number) => `，逾期 ${items(n)}`,
  noOverdue: '，无逾期',
  /** aria-label of the per-status list. */
  byStatus: '各状态项数',
  unit: '项',
} as const;

export const itemWords = {
  /** 第 3 项: an item's number in its commitment or batch. */
  number: (n: number) => `第 ${n} 项`,
  progressOf: (n: number) => `第 ${n} 项进展`,
  /** The badge detail of an overdue item: 12 天. */
  overdueDays: (days: number) => `${days} 天`,
  registeredStatus: '登记状态：',
  dueToday: '今天到期',
  daysLeft: (days: number) => `还剩 ${days} 天`,
  commitmentDue: '承诺时限：',
  overdueBy: (days: number) => `（已超过时限 ${days} 天）`,
  progress: '进展情况',
  noProgress: '暂未公开进展。',
  evidence: '查看兑现佐证材料',
  undated: '日期未注明',
  /** Between a progress entry's date and its note. */
  noteAfterDate: '：',
  source: '查看来源',
  sourceOn: (host: string) => `查看来源（${host}）`,
} as const;

export const commitmentWords = {
  title: (period: string) => `${period}公开承诺`,
  intro: '各单位每期向社会公开承诺事项，逐项公开进展，接受群众监督。点击单位名称可查看每一项承诺及其进展。',
  description: '各单位每期向社会公开的承诺事项、兑现情况和逾期事项。',
  none: '目前还没有发布公开承诺。',
  unitsAndItems: (units: number, total: number) => `共 ${units} 个单位、${total} 项承诺。`,
  periodDescription: (period: string, total: number) => `${period}各单位公开承诺共 ${total} 项的兑现情况。`,
  leader: '责任领导：',
  supervisor: '监督单位：',
  published: '公开',
  overdueItems: '逾期事项',
  allItems: (total: number) => `查看全部 ${total} 项承诺及进展`,
  unitTitle: (unit: string, period: string) => `${unit}${period}公开承诺`,
  unitDescription: (unit: string, title: string, total: number, fulfilled: number) =>
    `${unit}：${title}，共 ${total} 项，已兑现 ${fulfilled} 项。`,
  committedBy: '承诺单位',
  madeAt: '公开日期',
  fulfilment: '兑现情况',
  itemsHeading: (total: number) => `承诺事项（${total} 项）`,
} as const;

export const rectificationWords = {
  intro: '测评反馈、督查检查、巡视巡察、舆情和群众反映发现的问题，逐项明确责任单位和整改时限，整改进展在此公开。',
  description: '测评、督查、巡察和群众反映发现问题的整改台账与进展。',
  batchesAndItems: (batches: number, total: number) => `共 ${batches} 批、${total} 项问题。`,
  downloadAll: '下载全部整改台账（CSV，可用 Excel 打开）',
  none: '目前还没有公开整改事项。',
  found: '发现问题',
  total: (n: number) => `共 ${n} 项`,
  longTerm: (n: number) => `含长期坚持 ${n} 项（不计入已完成）。`,
  batchDescription: (title: string, total: number, done: number, overdue: number) =>
    `${title}：共 ${total} 项，已完成 ${done} 项${overdue ? `，逾期 ${overdue} 项` : ''}。`,
  source: '问题来源',
  foundAt: '发现时间',
  progress: '整改情况',
  downloadBatch: '下载本批整改台账（CSV，可用 Excel 打开）',
  ledger: '整改台账',
  ledgerCaption: (title: string, total: number) => `${title}（共 ${total} 项）`,
} as const;

/** The ledger table's filters and cells; its column names are the contract's CSV headers (LEDGER_COLUMNS in src/lib/ledger.ts). */
export const ledgerWords = {
  filterStatus: '按整改状态筛选',
  allStatuses: (n: number) => `全部状态（${n}）`,
  filterUnit: '按责任单位筛选',
  allUnits: '全部单位',
  coUnits: '配合单位：',
  noProgress: '暂无',
  allProgress: (n: number) => `全部 ${n} 条进展`,
  /**
   * The live count the filter script writes: templates with {visible} and {total}, carried in data attributes so the
   * script imports nothing and stays inline.
   */
  filtered: '筛选结果：显示 {visible} 项，共 {total} 项。',
  showingAll: '显示全部 {total} 项。',
} as const;

export const indicatorWords = {
  title: '数据指标',
  description: '群众安全感、执法满意度等法治建设指标的历次数值、目标值和排名。',
  intro:
    '以下是群众安全感、执法满意度等指标的历次数值。每个指标都注明了数据来源、目标值，以及数值越高越好还是越低越好；图表下方的表格列出同样的数字。',
  none: '目前还没有发布数据指标。',
  contents: '指标目录',
  /** After an indicator's name in the contents: ：95%（2026年第三季度），then the verdict. */
  contentsValue: (value: string, period: string) => `：${value}（${period}），`,
  latest: '最新值：',
  rank: (n: number) => `，排名第 ${n} 位`,
  target: '目标值：',
  noTarget: '未设目标',
  direction: '方向：',
  source: '数据来源：',
  chartCaption: (hasTarget: boolean) => `实线为各期实际值${hasTarget ? '，虚线为目标值' : ''}。具体数字见下表。`,
  tableCaption: (name: string, unit: string) => `${name}各期数值（单位：${unit}）`,
  columns: { period: '期间', value: '数值', rank: '排名', met: '是否达到目标' },
  rankCell: (n: number) => `第 ${n} 位`,
  /** The chart (drawn by src/scripts/charts.ts): the target line's legend and a point's tooltip. */
  chartTarget: (value: string) => `目标值 ${value}`,
  chartSeries: (name: string, unit: string) => `${name}（${unit}）`,
  chartTooltip: (series: string, value: string) => `${series}：${value}`,
  /** The year part of a period label (2024年第四季度): the chart's axis breaks the label after it. */
  yearSuffix: '年',
} as const;

export const unitWords = {
  description: '各责任单位的公开承诺、整改事项和典型案例一览。',
  intro: (n: number) => `共 ${n} 个单位。点击单位名称，可查看该单位的公开承诺兑现情况、负责的整改事项和发布的典型案例。`,
  kinds: '单位类别',
  /** A note after a kind's name in its heading. */
  kindNotes: { 乡镇: '含街道办事处' } as Readonly<Record<string, string>>,
  kindHeading: (kind: string, n: number, note: string | undefined) => `${kind}（${n} 个${note ? `，${note}` : ''}）`,
  noneOfKind: '暂无此类单位。',
  commitments: '公开承诺：',
  commitmentCount: (periods: number, total: number, fulfilled: number) => `${periods} 期 ${total} 项，已兑现 ${fulfilled} 项`,
  responsible: '负责整改：',
  responsibleCount: (total: number, done: number) => `${total} 项，已完成 ${done} 项`,
  cases: '典型案例：',
  caseCount: (n: number) => `${n} 篇`,
  nothing: '暂无',
  phone: '办公电话：',
  pageDescription: (unit: string) => `${unit}的公开承诺兑现情况、负责的整改事项和发布的典型案例。`,
  kind: '单位类别',
  aliases: '又称',
  officePhone: '办公电话',
  phoneUnlisted: '未公开',
  empty: '本单位目前在本站还没有发布公开承诺、整改事项或典型案例。',
  commitmentsHeading: '公开承诺',
  noCommitments: '本单位暂无公开承诺。',
  periodsAndItems: (periods: number, total: number) => `共 ${periods} 期、${total} 项承诺。`,
  responsibleHeading: '负责的整改事项',
  noResponsible: '本单位暂无作为责任单位的整改事项。',
  overdueFirst: '逾期事项排在最前面。',
  due: '整改时限',
  cooperatingHeading: '配合整改的事项',
  cooperatingIntro: '以下事项由其他单位负责，本单位为配合单位。',
  responsibleUnit: (unit: string) => `（责任单位：${unit}）`,
  casesHeading: (n: number) => `发布的典型案例（${n} 个）`,
  noCases: '本单位暂未发布典型案例。',
  newestShown: (n: number) => `以下是最新的 ${n} 个。`,
  allCases: (n: number) => `查看本单位发布的全部 ${n} 个案例 ›`,
} as const;

export const homeWords = {
  intro: {
    before: (region: string) => `公开${region}各政法机关、乡镇和部门的`,
    commitments: '公开承诺',
    afterCommitments: '及兑现情况、',
    cases: '典型案例',
    comma: '、',
    goodPeople: '好人榜',
    beforeRectification: '和问题',
    rectification: '整改进展',
    end: '，接受群众监督。',
  },
  summary: '承诺兑现与整改进展',
  /** The indicator the home page shows first, when the county publishes it. */
  headlineIndicator: '群众安全感',
  periodCommitments: (period: string) => `${period}公开承诺`,
  commitments: '公开承诺',
  fulfilmentRate: '兑现率',
  unitsItemsFulfilled: (units: number, total: number, fulfilled: number) => `${units} 个单位共 ${total} 项，已兑现 ${fulfilled} 项`,
  viewUnits: '查看各单位承诺',
  notYet: '本期承诺尚未公开。',
  viewCommitments: '查看公开承诺',
  rectification: '整改进展',
  done: '已完成',
  ofTotal: (total: number) => `/ ${total} 项`,
  batches: (n: number) => `${n} 批问题`,
  longTerm: (n: number) => `，长期坚持 ${n} 项`,
  viewLedger: '查看整改台账',
  indicator: '数据指标',
  target: (value: string) => `目标 ${value}，`,
  viewHistory: '查看历次数据',
  noData: '暂无数据。',
  newestCases: '最新典型案例',
  allCases: '全部案例 ›',
  viewList: '查看榜单 ›',
} as const;

export const accountabilityWords = {
  tally: tallyWords,
  item: itemWords,
  commitment: commitmentWords,
  rectification: rectificationWords,
  ledger: ledgerWords,
  indicator: indicatorWords,
  unit: unitWords,
  home: homeWords,
} as const;
