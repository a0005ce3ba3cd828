// Schema of content/indicators.yaml: survey indicators over time (群众安全感, 执法满意度, ...).
import { z } from 'astro/zod';
import { period, slug, text } from './shared.ts';

export const indicatorSchema = z.strictObject({
  id: slug('指标 id').meta({ label: '编号', hint: '指标 id，例如 anquangan' }),
  name: text.meta({ label: '名称', hint: '例如 群众安全感' }),
  /** Display unit, e.g. % or 起. */
  unit: text.meta({ label: '单位', hint: '数值的单位，例如 % 或 起' }),
  target: z.number({ error: '目标值应为数字' }).optional().meta({ label: '目标值' }),
  higherIsBetter: z.boolean({ error: 'higherIsBetter 只能写 true 或 false' }).default(true).meta({ label: '数值越高越好', hint: '发案数这类越低越好的指标请关闭' }),
  /** The smallest and largest value the indicator can take; a percentage (unit %) is 0–100 unless these say otherwise. */
  min: z.number({ error: '最小值应为数字' }).optional().meta({ label: '最小值', hint: '可不填；百分比默认 0–100' }),
  max: z.number({ error: '最大值应为数字' }).optional().meta({ label: '最大值', hint: '可不填；百分比默认 0–100' }),
  /** Who measured it, e.g. 省统计局民意调查中心. */
  source: text.meta({ label: '来源', hint: '谁测评的，例如 省统计局民意调查中心' }),
  series: z
    .array(
      z.strictObject({
        period: period.meta({ label: '期间', hint: '例如 2026、2026-H2 或 2026-Q3' }),
        value: z.number({ error: '数值应为数字（不带单位和引号），例如 97.6' }).meta({ label: '数值' }),
        rank: z.number({ error: '排名应为正整数' }).int('排名应为正整数').positive('排名应为正整数').optional().meta({ label: '排名' }),
      }),
    )
    .min(1, '至少需要一期数据')
    .meta({ label: '数据序列', hint: '每期一条：期间、数值、排名（可不填）' }),
});
export const indicatorsFileSchema = z.array(indicatorSchema, {
  error: 'indicators.yaml 应为指标列表（每项以“- id: …”开头）',
});
export type Indicator = z.infer<typeof indicatorSchema>;
