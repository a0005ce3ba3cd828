// Schema of content/indicators.yaml: survey indicators over time (群众安全感, 执法满意度, ...).
import { z } from 'astro/zod';
import { period, slug, text } from './shared.ts';

export const indicatorSchema = z.strictObject({
  id: slug('指标 id'),
  name: text,
  /** Display unit, e.g. % or 起. */
  unit: text,
  target: z.number({ error: '目标值应为数字' }).optional(),
  higherIsBetter: z.boolean({ error: 'higherIsBetter 只能写 true 或 false' }).default(true),
  /** The smallest and largest value the indicator can take; a percentage (unit %) is 0–100 unless these say otherwise. */
  min: z.number({ error: '最小值应为数字' }).optional(),
  max: z.number({ error: '最大值应为数字' }).optional(),
  /** Who measured it, e.g. 省统计局民意调查中心. */
  source: text,
  series: z
    .array(
      z.strictObject({
        period,
        value: z.number({ error: '数值应为数字（不带单位和引号），例如 97.6' }),
        rank: z.number({ error: '排名应为正整数' }).int('排名应为正整数').positive('排名应为正整数').optional(),
      }),
    )
    .min(1, '至少需要一期数据'),
});
export const indicatorsFileSchema = z.array(indicatorSchema, {
  error: 'indicators.yaml 应为指标列表（每项以“- id: …”开头）',
});
export type Indicator = z.infer<typeof indicatorSchema>;
