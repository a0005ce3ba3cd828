// Schemas of content/good-people/lists.yaml (honour lists) and good-people/**/*.md|mdx (one person each).
import { z } from 'astro/zod';
import { GOOD_PERSON_CATEGORIES, isoDate, slug, text } from './shared.ts';

export const honourListSchema = z.strictObject({
  /** e.g. 2024-09, 2024-q3, daode-mofan-2024; URL /good-people/<id>/. */
  id: slug('榜单 id'),
  /** Old ids that now redirect here. */
  aliases: z.array(slug('榜单 id')).optional(),
  title: text,
  /** 发布单位, e.g. 县文明办. */
  issuer: text,
  published: isoDate,
});
export const honourListsFileSchema = z.array(honourListSchema, {
  error: 'lists.yaml 应为榜单列表（每项以“- id: …”开头）',
});
export type HonourList = z.infer<typeof honourListSchema>;

export const goodPersonSchema = z.strictObject({
  id: slug('人物 id'),
  /** Old ids that now redirect here. */
  aliases: z.array(slug('人物 id')).optional(),
  name: text,
  /** The honour list (榜单) id this person was published in. */
  list: slug('榜单 id'),
  category: z.enum(GOOD_PERSON_CATEGORIES),
  /** One line: why this person is honoured. */
  headline: text,
  /** 乡镇/街道 and village, e.g. 城关镇河西村. */
  township: text,
  identity: text.optional(),
  gender: z.enum(['男', '女']).optional(),
  birthYear: z
    .number({ error: '出生年份应为四位数字，例如 1956' })
    .int('出生年份应为整数')
    .min(1900, '出生年份不应早于 1900 年')
    .max(2100, '出生年份不合理')
    .optional(),
  ethnicity: text.optional(),
  /** Path of an image beside the file, e.g. ./wang-guilan.jpg. */
  photo: text.optional(),
});
export type GoodPersonData = z.infer<typeof goodPersonSchema>;
