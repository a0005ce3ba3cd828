// Schema of the frontmatter of content/cases/**/*.md|mdx: one typical case per file.
import { z } from 'astro/zod';
import { CASE_TYPES, isoDate, text, unitRef } from './shared.ts';

export const CASE_ID_PATTERN = /^\d{4}-\d{3}$/;
const caseId = z.string({ error: '案例编号应为文字，格式 YYYY-NNN（例如 "2024-017"）' }).regex(
  CASE_ID_PATTERN,
  '案例编号格式应为 YYYY-NNN（四位年份-三位序号，例如 2024-017）',
);

export const caseSchema = z.strictObject({
  /** Public case number YYYY-NNN; the URL is /cases/<id>/ forever. */
  id: caseId.meta({ label: '编号', hint: '公开的案例编号 YYYY-NNN，例如 2026-012；它就是案例的永久网址' }),
  /** Old case numbers that now redirect here. */
  aliases: z.array(caseId).optional().meta({ label: '别名/旧编号', hint: '这个案例以前的编号：旧网址会跳转到这里' }),
  title: text.meta({ label: '标题', hint: '例如 冒充客服退款诈骗案' }),
  type: z.enum(CASE_TYPES).meta({ label: '案例类型' }),
  /** Free text, e.g. 电信网络诈骗. */
  category: text.meta({ label: '类别', hint: '自由填写，例如 电信网络诈骗、交通安全' }),
  /** Publishing unit id. */
  unit: unitRef.meta({ label: '单位', hint: '发布单位' }),
  published: isoDate.meta({ label: '发布日期' }),
  /** One paragraph for lists, feeds and link previews. */
  summary: text.max(200, '摘要不能超过 200 字').meta({ label: '摘要', hint: '一段话，不超过 200 字，用于列表、订阅和分享预览；当事人写成 张某' }),
  legalBasis: z.array(text).optional().meta({ label: '法律依据', hint: '例如 《中华人民共和国刑法》第二百六十六条' }),
  tags: z.array(text).optional().meta({ label: '关键词' }),
  /** Public change notes (更正/更新说明); the latest date is the page's updated date. */
  changes: z
    .array(z.strictObject({ date: isoDate.meta({ label: '日期' }), note: text.meta({ label: '说明' }) }))
    .optional()
    .meta({ label: '更正/更新说明', hint: '公开的更正说明；最新的日期就是页面的更新日期' }),
  /** A withdrawn case keeps its URL and shows this instead of the content. */
  withdrawn: z
    .strictObject({ date: isoDate.meta({ label: '日期' }), reason: text.meta({ label: '原因' }) })
    .optional()
    .meta({ label: '撤回信息', hint: '撤回后网址保留，只显示撤回原因' }),
  /**
   * Names (or address words) this case names on purpose although its type anonymises parties, e.g. an official
   * named in a public notice. Only the personal-data check reads it: no page, feed, open data or search shows it.
   */
  publicNames: z
    .strictObject({
      names: z.array(text).min(1, '至少需要填写一个姓名').meta({ label: '姓名', hint: '照正文原样写出的姓名或地址' }),
      reason: text.meta({ label: '原因', hint: '谁决定公开、在哪里公开过' }),
    })
    .optional()
    .describe('经审核决定公开的姓名（或地址）及理由。警示案例、反面典型、不文明行为曝光中，这里列出的姓名不按“未匿名”报错；网页、订阅、开放数据和搜索都不显示此项。')
    .meta({ label: '经决定公开的姓名', hint: '仅在经审核决定公开姓名时填写，并写明理由；网页不显示此项' }),
});
export type CaseData = z.infer<typeof caseSchema>;

/** The sections every case body has first, in this order. */
export const CASE_SECTIONS = ['基本案情', '处理结果', '典型意义'] as const;
