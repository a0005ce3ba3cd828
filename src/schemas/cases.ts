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
  id: caseId,
  /** Old case numbers that now redirect here. */
  aliases: z.array(caseId).optional(),
  title: text,
  type: z.enum(CASE_TYPES),
  /** Free text, e.g. 电信网络诈骗. */
  category: text,
  /** Publishing unit id. */
  unit: unitRef,
  published: isoDate,
  /** One paragraph for lists, feeds and link previews. */
  summary: text.max(200, '摘要不能超过 200 字'),
  legalBasis: z.array(text).optional(),
  tags: z.array(text).optional(),
  /** Public change notes (更正/更新说明); the latest date is the page's updated date. */
  changes: z.array(z.strictObject({ date: isoDate, note: text })).optional(),
  /** A withdrawn case keeps its URL and shows this instead of the content. */
  withdrawn: z.strictObject({ date: isoDate, reason: text }).optional(),
  /**
   * Names (or address words) this case names on purpose although its type anonymises parties, e.g. an official
   * named in a public notice. Only the personal-data check reads it: no page, feed, open data or search shows it.
   */
  publicNames: z
    .strictObject({ names: z.array(text).min(1, '至少需要填写一个姓名'), reason: text })
    .optional()
    .describe('经审核决定公开的姓名（或地址）及理由。警示案例、反面典型、不文明行为曝光中，这里列出的姓名不按“未匿名”报错；网页、订阅、开放数据和搜索都不显示此项。'),
});
export type CaseData = z.infer<typeof caseSchema>;

/** The sections every case body has first, in this order. */
export const CASE_SECTIONS = ['基本案情', '处理结果', '典型意义'] as const;
