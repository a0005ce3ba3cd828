// The shapes of the published open-data files (/api/*.json): every record field carries the Chinese label of the
// content field it comes from (or of the value the site derives); the data dictionary and the JSON Schemas are generated here.
import { z } from 'astro/zod';
import { caseSchema } from './cases.ts';
import { commitmentItemSchema, commitmentSchema, progressEntrySchema } from './commitments.ts';
import { core, fieldMeta } from './fields.ts';
import { goodPersonSchema, honourListSchema } from './good-people.ts';
import { indicatorSchema } from './indicators.ts';
import { rectificationBatchSchema, rectificationItemSchema } from './rectification.ts';
import { COMMITMENT_STATUSES, RECTIFICATION_STATUSES } from './shared.ts';
import { unitSchema } from './units.ts';

/**
 * A published field taken from a content field: the value's own schema (below optional/preprocess wrappers) with
 * the content field's label; `hint` replaces the content hint when that one is written for staff filling a form.
 */
function from<T extends z.ZodType>(field: T, hint?: string) {
  const value = core(field);
  const own = (value.meta() ?? {}) as Record<string, unknown>;
  const { label, hint: contentHint } = fieldMeta(field);
  return value.meta({ ...own, label: label ?? '', hint: hint ?? contentHint });
}

/** As `from`, for a field that may be absent in the content: published as null then. */
function fromNullable<T extends z.ZodType>(field: T, hint?: string) {
  const inner = from(field, hint);
  return inner.nullable().meta({ ...inner.meta() });
}

/** A list field that may be absent in the content: published as [] then. */
const fromList = from;

/** A value the site derives; never written in the content. */
const derived = <T extends z.ZodType>(schema: T, label: string, hint: string) => schema.meta({ label, hint, derived: true });

const absoluteUrl = (label: string, hint: string) => z.url().meta({ label, hint });
const nullableDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ dateOnly: true }).nullable();

const asOfField = derived(
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ dateOnly: true }),
  '截至日期',
  '推算状态（逾期、逾期天数、剩余天数）所依据的日期：构建网站的当天',
);
const displayStatus = (statuses: readonly [string, ...string[]]) =>
  derived(z.enum([statuses[0], ...statuses.slice(1), '逾期']), '显示状态', '网页上显示的状态：过了时限仍未完成的事项显示为“逾期”，其余同“状态”');
const overdue = derived(z.boolean(), '是否逾期', '过了时限仍为未启动、推进中或整改中');
const daysOverdue = derived(z.number().int().min(0), '逾期天数', '逾期的天数；未逾期为 0');
const daysLeft = derived(z.number().int().min(0).nullable(), '剩余天数', '距时限的天数，仅未完成且未逾期的事项有，其余为空');
const unitName = derived(z.string(), '单位名称', '单位全称（按 units.yaml）');

const c = caseSchema.shape;
/** One row of /api/cases.json and /api/cases.csv: every case, withdrawn ones with status 已撤回 and no content. */
export const publishedCaseSchema = z.object({
  id: from(c.id, '公开的案例编号 YYYY-NNN，案例网址的一部分，不会改变'),
  url: absoluteUrl('网址', '案例页面的完整网址'),
  title: from(c.title, '案例标题'),
  type: from(c.type, '警示案例、反面典型、正面典型或不文明行为曝光'),
  category: from(c.category, '案例类别，例如 电信网络诈骗'),
  unit: from(c.unit, '发布单位的 id'),
  unitName,
  published: from(c.published, '案例发布的日期'),
  updated: derived(nullableDate(), '更新日期', '最近一条更正/更新说明的日期；没有则为空'),
  status: derived(z.enum(['已发布', '已撤回']), '发布状态', '已撤回的案例保留网址，但不再公开摘要、法律依据和关键词'),
  summary: from(c.summary, '一段话的摘要；已撤回的案例为空').nullable().meta({ label: '摘要', hint: '一段话的摘要；已撤回的案例为空' }),
  legalBasis: fromList(c.legalBasis, '引用的法律条文；已撤回的案例为空列表'),
  tags: fromList(c.tags, '关键词；已撤回的案例为空列表'),
  changes: fromList(c.changes, '公开的更正/更新说明（日期和说明）'),
  withdrawn: fromNullable(c.withdrawn, '撤回的日期和原因；未撤回为空'),
  aliases: fromList(c.aliases, '这个案例以前的编号，旧网址跳转到这里'),
});

const l = honourListSchema.shape;
/** One row of /api/honour-lists.json and .csv. */
export const publishedHonourListSchema = z.object({
  id: from(l.id, '榜单编号，榜单网址的一部分'),
  url: absoluteUrl('网址', '榜单页面的完整网址'),
  title: from(l.title, '榜单标题'),
  issuer: from(l.issuer, '发布榜单的单位'),
  published: from(l.published, '榜单发布的日期'),
  peopleCount: derived(z.number().int().min(0), '人数', '榜单上的人数'),
  aliases: fromList(l.aliases, '以前的编号，旧网址跳转到这里'),
});

const p = goodPersonSchema.shape;
/** One row of /api/people.json and .csv: a person on an honour list (named publicly: honour lists are not anonymised). */
export const publishedPersonSchema = z.object({
  id: from(p.id, '人物编号，人物页网址的一部分'),
  url: absoluteUrl('网址', '人物页面的完整网址'),
  name: from(p.name, '受表彰人的姓名（公开表彰，不匿名）'),
  list: from(p.list, '所属榜单的编号'),
  listTitle: derived(z.string(), '榜单标题', '所属榜单的标题'),
  category: from(p.category, '助人为乐、见义勇为、诚实守信、敬业奉献或孝老爱亲'),
  headline: from(p.headline, '一句话事迹'),
  township: from(p.township),
  identity: fromNullable(p.identity, '例如 退休教师、村民；未填写为空'),
  gender: fromNullable(p.gender, '男或女；未填写为空'),
  birthYear: fromNullable(p.birthYear, '四位数字；未填写为空'),
  ethnicity: fromNullable(p.ethnicity, '未填写为空'),
  hasPhoto: derived(z.boolean(), '有照片', '人物页是否有照片'),
  aliases: fromList(p.aliases, '以前的编号，旧网址跳转到这里'),
});

const cm = commitmentSchema.shape;
const ci = commitmentItemSchema.shape;
const publishedProgressSchema = z
  .object({
    date: from(progressEntrySchema.shape.date),
    note: from(progressEntrySchema.shape.note, '这一步做了什么'),
    source: fromNullable(progressEntrySchema.shape.source, '可以核实的网址；没有为空'),
  })
  .meta({ label: '进展', hint: '每一步进展：日期、说明和来源' });
/** One row of /api/commitment-items.json and .csv: a commitment item with its derived status as of asOf. */
export const publishedCommitmentItemSchema = z.object({
  asOf: asOfField,
  commitment: derived(z.string(), '承诺编号', '所属承诺：期间/单位，例如 2026-h2/gongan'),
  period: derived(z.string(), '期间', '承诺的期间，例如 2026-H2'),
  periodLabel: derived(z.string(), '期间名称', '例如 2026年下半年'),
  unit: derived(z.string(), '单位', '作出承诺的单位的 id'),
  unitName,
  title: from(cm.title, '承诺的标题'),
  madeAt: from(cm.madeAt, '承诺公开的日期'),
  leader: from(cm.leader, '责任领导的姓名和职务'),
  supervisor: fromNullable(cm.supervisor, '监督单位；未填写为空'),
  number: derived(z.number().int().min(1), '序号', '事项在承诺中的位置，从 1 开始'),
  url: absoluteUrl('网址', '承诺页面上这一事项的完整网址'),
  text: from(ci.text, '承诺做到的事'),
  due: from(ci.due, '承诺完成的日期'),
  status: from(ci.status, `单位填写的状态：${COMMITMENT_STATUSES.join('、')}`),
  displayStatus: displayStatus(COMMITMENT_STATUSES),
  overdue,
  daysOverdue,
  daysLeft,
  progress: z.array(publishedProgressSchema).meta({ label: '进展', hint: '每一步进展：日期、说明和来源' }),
  evidence: fromNullable(ci.evidence, '证明已兑现的网址；没有为空'),
});

const rb = rectificationBatchSchema.shape;
const ri = rectificationItemSchema.shape;
const publishedLedgerProgressSchema = z.object({
  date: nullableDate().meta({ label: '日期', hint: '进展的日期；台账中未写日期的为空' }),
  note: z.string().meta({ label: '说明', hint: '这一步做了什么' }),
});
/** One row of /api/rectification-items.json and .csv: a rectification item with its derived status as of asOf. */
export const publishedRectificationItemSchema = z.object({
  asOf: asOfField,
  batch: derived(z.string(), '批次', '所属整改批次的编号'),
  batchTitle: derived(z.string(), '批次标题', '所属整改批次的标题'),
  source: from(rb.source, '问题的来源'),
  foundAt: from(rb.foundAt, '发现问题的日期'),
  number: from(ri.number, '台账中的序号，同一批次内不重复'),
  url: absoluteUrl('网址', '整改台账页面上这一事项的完整网址'),
  problem: from(ri.problem, '发现的问题'),
  unit: from(ri.unit, '责任单位的 id'),
  unitName,
  coUnits: fromList(ri.coUnits, '配合单位的 id'),
  coUnitNames: derived(z.array(z.string()), '配合单位名称', '配合单位的全称'),
  measures: from(ri.measures, '整改措施'),
  due: from(ri.due, '整改时限'),
  status: from(ri.status, `单位填写的状态：${RECTIFICATION_STATUSES.join('、')}`),
  completedAt: fromNullable(ri.completedAt, '已完成或已销号的日期；其他为空'),
  displayStatus: displayStatus(RECTIFICATION_STATUSES),
  overdue,
  daysOverdue,
  daysLeft,
  progress: z.array(publishedLedgerProgressSchema).meta({ label: '进展', hint: '每一步进展：日期和说明' }),
  remark: fromNullable(ri.remark, '备注；没有为空'),
});

const ind = indicatorSchema.shape;
const point = indicatorSchema.shape.series.element.shape;
/** One row of /api/indicator-values.json and .csv (long format): one indicator in one period. */
export const publishedIndicatorValueSchema = z.object({
  indicator: from(ind.id, '指标编号'),
  name: from(ind.name, '指标名称'),
  unit: from(ind.unit, '数值的单位，例如 %'),
  period: derived(z.string(), '期间', '例如 2026、2026-H2 或 2026-Q3'),
  periodLabel: derived(z.string(), '期间名称', '例如 2026年第三季度'),
  value: from(point.value, '这一期的数值'),
  rank: fromNullable(point.rank, '这一期的排名；没有为空'),
  target: fromNullable(ind.target, '目标值；没有为空'),
  higherIsBetter: from(ind.higherIsBetter, '数值越高越好为“是”，越低越好为“否”'),
  targetMet: derived(z.boolean().nullable(), '达到目标', '这一期的数值是否达到目标值；没有目标值为空'),
  source: from(ind.source, '谁测评的'),
  url: absoluteUrl('网址', '数据指标页上这一指标的完整网址'),
});

const u = unitSchema.shape;
const count = (label: string, hint: string) => derived(z.number().int().min(0), label, hint);
/** One row of /api/units.json and .csv: a responsible unit with counts of what it promised, must rectify and published. */
export const publishedUnitSchema = z.object({
  id: from(u.id, '单位的永久 id，其他数据用它指代本单位'),
  url: absoluteUrl('网址', '单位页面的完整网址'),
  name: from(u.name, '单位全称'),
  kind: from(u.kind, '政法机关、乡镇、部门或其他'),
  aliases: fromList(u.aliases, '单位的其他叫法'),
  formerIds: fromList(u.formerIds, '改名前用过的 id，旧网址跳转到本单位'),
  phone: fromNullable(u.phone, '公开的办公电话；没有为空'),
  counts: z
    .object({
      commitments: count('承诺数', '发布的公开承诺（每个期间一份）'),
      commitmentItems: count('承诺事项数', '这些承诺的事项总数'),
      commitmentItemsFulfilled: count('已兑现事项数', '状态为已兑现的事项'),
      commitmentItemsOverdue: count('逾期承诺事项数', '截至日期逾期的承诺事项'),
      rectificationItems: count('整改事项数', '作为责任单位的整改事项'),
      rectificationItemsDone: count('已完成整改数', '已完成和已销号的整改事项'),
      rectificationItemsOverdue: count('逾期整改数', '截至日期逾期的整改事项'),
      cooperatingItems: count('配合整改数', '作为配合单位的整改事项'),
      cases: count('案例数', '发布的典型案例，不含已撤回的'),
    })
    .meta({ label: '统计', hint: '由网站统计' }),
});

/** Every flat open-data file: `{ site, asOf, count, items }`. */
export function recordsFileSchema<T extends z.ZodType>(record: T, title: string) {
  return z
    .object({
      site: z.string().meta({ label: '网站名称', hint: 'site.yaml 中的网站名称' }),
      asOf: asOfField,
      count: z.number().int().min(0).meta({ label: '记录数', hint: 'items 中的记录数' }),
      items: z.array(record).meta({ label: '记录', hint: '每条记录一行，字段见数据字典' }),
    })
    .meta({ label: title, hint: `${title}：开放数据 JSON 文件` });
}

// ---- The grouped files kept from before (/api/commitments.json, rectification.json, indicators.json, good-people.json) ----

const summaryCounts = (statuses: readonly string[]) =>
  z.object(Object.fromEntries(statuses.map((s) => [s, z.number().int().min(0)]))).meta({ label: '按状态统计', hint: '各状态的事项数' });

/** /api/commitments.json: commitments grouped with their items and summaries. */
export const commitmentsFileSchema = z.object({
  site: z.string(),
  asOf: asOfField,
  fulfilmentRule: z.string().meta({ label: '兑现率算法', hint: '网页上说明兑现率怎样计算的一句话' }),
  count: z.number().int().min(0).meta({ label: '承诺数', hint: 'commitments 中的承诺数' }),
  commitments: z.array(
    z.object({
      id: publishedCommitmentItemSchema.shape.commitment,
      url: absoluteUrl('网址', '承诺页面的完整网址'),
      period: publishedCommitmentItemSchema.shape.period,
      periodLabel: publishedCommitmentItemSchema.shape.periodLabel,
      unit: publishedCommitmentItemSchema.shape.unit,
      unitName,
      title: publishedCommitmentItemSchema.shape.title,
      madeAt: publishedCommitmentItemSchema.shape.madeAt,
      leader: publishedCommitmentItemSchema.shape.leader,
      supervisor: publishedCommitmentItemSchema.shape.supervisor,
      summary: z.object({
        total: z.number().int().min(0),
        byStatus: summaryCounts(COMMITMENT_STATUSES),
        byDisplayStatus: summaryCounts([...COMMITMENT_STATUSES, '逾期']),
        fulfilled: z.number().int().min(0),
        partial: z.number().int().min(0),
        overdue: z.number().int().min(0),
        fulfilmentRate: z.number().min(0).max(1).nullable(),
      }),
      items: z.array(
        publishedCommitmentItemSchema.pick({
          number: true,
          url: true,
          text: true,
          due: true,
          status: true,
          displayStatus: true,
          overdue: true,
          daysOverdue: true,
          daysLeft: true,
          progress: true,
          evidence: true,
        }),
      ),
    }),
  ),
});

/** /api/rectification.json: batches with their items and summaries. */
export const rectificationFileSchema = z.object({
  site: z.string(),
  asOf: asOfField,
  completionRule: z.string().meta({ label: '完成率算法', hint: '网页上说明完成率怎样计算的一句话' }),
  count: z.number().int().min(0).meta({ label: '批次数', hint: 'batches 中的批次数' }),
  batches: z.array(
    z.object({
      id: publishedRectificationItemSchema.shape.batch,
      url: absoluteUrl('网址', '整改台账页面的完整网址'),
      csvUrl: absoluteUrl('CSV 台账', '这一批次台账 CSV 的完整网址'),
      title: publishedRectificationItemSchema.shape.batchTitle,
      source: publishedRectificationItemSchema.shape.source,
      foundAt: publishedRectificationItemSchema.shape.foundAt,
      description: fromNullable(rb.description, '批次说明；没有为空'),
      summary: z.object({
        total: z.number().int().min(0),
        byStatus: summaryCounts(RECTIFICATION_STATUSES),
        byDisplayStatus: summaryCounts([...RECTIFICATION_STATUSES, '逾期']),
        done: z.number().int().min(0),
        longTerm: z.number().int().min(0),
        overdue: z.number().int().min(0),
        completionRate: z.number().min(0).max(1).nullable(),
      }),
      items: z.array(publishedRectificationItemSchema.omit({ asOf: true, batch: true, batchTitle: true, source: true, foundAt: true })),
    }),
  ),
});

/** /api/indicators.json: each indicator with its whole series. */
export const indicatorsFileSchema = z.object({
  site: z.string(),
  asOf: asOfField,
  count: z.number().int().min(0).meta({ label: '指标数', hint: 'indicators 中的指标数' }),
  indicators: z.array(
    z.object({
      id: from(ind.id, '指标编号'),
      url: publishedIndicatorValueSchema.shape.url,
      name: publishedIndicatorValueSchema.shape.name,
      unit: publishedIndicatorValueSchema.shape.unit,
      target: publishedIndicatorValueSchema.shape.target,
      higherIsBetter: publishedIndicatorValueSchema.shape.higherIsBetter,
      source: publishedIndicatorValueSchema.shape.source,
      series: z.array(publishedIndicatorValueSchema.pick({ period: true, periodLabel: true, value: true, rank: true, targetMet: true })),
      latest: z.object({ period: z.string(), value: z.number(), rank: z.number().int().nullable() }),
      change: z.number().nullable().meta({ label: '变化', hint: '最新值减上一期的值；只有一期为空' }),
      targetMet: publishedIndicatorValueSchema.shape.targetMet,
    }),
  ),
});

/** /api/good-people.json: the honour lists and the people on them in one file. */
export const goodPeopleFileSchema = z.object({
  site: z.string(),
  lists: z.array(publishedHonourListSchema.omit({ peopleCount: true })),
  people: z.array(publishedPersonSchema.omit({ listTitle: true })),
});

/** /api/units.json keeps its own top-level key, `units`. */
export const unitsFileSchema = z.object({
  site: z.string(),
  asOf: asOfField,
  count: z.number().int().min(0).meta({ label: '单位数', hint: 'units 中的单位数' }),
  units: z.array(publishedUnitSchema),
});

/** /api/cases.json keeps its shape: `{ site, asOf, count, items }`. */
export const casesFileSchema = recordsFileSchema(publishedCaseSchema, '典型案例');
