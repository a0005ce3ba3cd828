// Schemas of content/good-people/lists.yaml (honour lists) and good-people/**/*.md|mdx (one person each).
import { z } from 'astro/zod';
import { GOOD_PERSON_CATEGORIES, isoDate, slug, text } from './shared.ts';

export const honourListSchema = z.strictObject({
  /** e.g. 2024-09, 2024-q3, daode-mofan-2024; URL /good-people/<id>/. */
  id: slug('榜单 id').meta({ label: '编号', hint: '榜单 id，例如 2026-q1；它就是榜单的永久网址' }),
  /** Old ids that now redirect here. */
  aliases: z.array(slug('榜单 id')).optional().meta({ label: '别名/旧编号', hint: '以前的 id：旧网址会跳转到这里' }),
  title: text.meta({ label: '标题', hint: '例如 2026年第一季度“示例好人榜”' }),
  /** 发布单位, e.g. 县文明办. */
  issuer: text.meta({ label: '发布单位', hint: '例如 县文明办' }),
  published: isoDate.meta({ label: '发布日期' }),
});
export const honourListsFileSchema = z.array(honourListSchema, {
  error: 'lists.yaml 应为榜单列表（每项以“- id: …”开头）',
});
export type HonourList = z.infer<typeof honourListSchema>;

export const goodPersonSchema = z.strictObject({
  id: slug('人物 id').meta({ label: '编号', hint: '人物 id，例如 zhang-shulan；它就是人物页的永久网址' }),
  /** Old ids that now redirect here. */
  aliases: z.array(slug('人物 id')).optional().meta({ label: '别名/旧编号', hint: '以前的 id：旧网址会跳转到这里' }),
  name: text.meta({ label: '姓名', hint: '受表彰人的真实姓名（好人榜按公开表彰发布，不需要匿名）' }),
  /** The honour list (榜单) id this person was published in. */
  list: slug('榜单 id').meta({ label: '所属榜单', hint: '榜单 id，必须是 good-people/lists.yaml 中的一个' }),
  category: z.enum(GOOD_PERSON_CATEGORIES).meta({ label: '类别' }),
  /** One line: why this person is honoured. */
  headline: text.meta({ label: '事迹简介', hint: '一句话，例如 照顾瘫痪婆婆二十年如一日' }),
  /** 乡镇/街道 and village, e.g. 城关镇河西村. */
  township: text.meta({ label: '乡镇（街道）村（社区）', hint: '例如 城关镇河西村' }),
  identity: text.optional().meta({ label: '身份', hint: '例如 退休教师、村民' }),
  gender: z.enum(['男', '女']).optional().meta({ label: '性别' }),
  birthYear: z
    .number({ error: '出生年份应为四位数字，例如 1956' })
    .int('出生年份应为整数')
    .min(1900, '出生年份不应早于 1900 年')
    .max(2100, '出生年份不合理')
    .optional()
    .meta({ label: '出生年份', hint: '四位数字，例如 1956' }),
  ethnicity: text.optional().meta({ label: '民族' }),
  /** Path of an image beside the file, e.g. ./wang-guilan.jpg. */
  photo: text.optional().meta({ label: '照片', hint: '放在本文件旁边的图片（.jpg、.png 或 .webp），例如 ./zhang-shulan.jpg' }),
});
export type GoodPersonData = z.infer<typeof goodPersonSchema>;
