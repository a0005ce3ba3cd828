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
});
export type CaseData = z.infer<typeof caseSchema>;

/** The sections every case body has first, in this order. */
export const CASE_SECTIONS = ['基本案情', '处理结果', '典型意义'] as const;
