// Schema of content/rectification/<batch>.yaml: one batch of problems and its items (inline or CSV ledger).
import { z } from 'astro/zod';
import { isoDate, nonEmptyList, RECTIFICATION_SOURCES, RECTIFICATION_STATUSES, text, unitRef } from './shared.ts';

export const rectificationItemSchema = z
  .strictObject({
    /** 序号: unique in the batch, the anchor #item-<number>. */
    number: z.number({ error: '序号应为正整数' }).int('序号应为正整数').positive('序号应为正整数').meta({ label: '序号', hint: '同一批次内不重复的正整数' }),
    problem: text.meta({ label: '问题' }),
    /** Responsible unit id. */
    unit: unitRef.meta({ label: '单位', hint: '责任单位' }),
    coUnits: z.array(unitRef).optional().meta({ label: '配合单位' }),
    measures: nonEmptyList(text).meta({ label: '整改措施', hint: '至少一条' }),
    due: isoDate.meta({ label: '时限', hint: '整改时限；过期未完成的事项网站自动显示为逾期', deadline: true }),
    status: z.enum(RECTIFICATION_STATUSES).meta({ label: '状态', hint: '不要填“逾期”：网站根据时限自动判断' }),
    /** Required when status is 已完成 or 已销号. */
    completedAt: isoDate.optional().meta({ label: '完成时间', hint: '状态为已完成或已销号时必填，其他状态不填' }),
    /** Dated progress; an entry from a CSV ledger may be undated. */
    progress: z
      .array(z.strictObject({ date: isoDate.optional().meta({ label: '日期' }), note: text.meta({ label: '说明' }) }))
      .optional()
      .meta({ label: '进展' }),
    /** 备注: a remark shown beside the item (a ledger's 备注 column). */
    remark: text.optional().meta({ label: '备注' }),
  })
  .superRefine((item, ctx) => {
    const done = item.status === '已完成' || item.status === '已销号';
    if (done && !item.completedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['completedAt'],
        message: `整改状态为“${item.status}”时必须填写完成时间 completedAt（YYYY-MM-DD）`,
      });
    }
    if (!done && item.completedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['completedAt'],
        message: `整改状态为“${item.status}”时不应填写完成时间；已完成的事项请把状态改为“已完成”或“已销号”`,
      });
    }
  });
export type RectificationItem = z.infer<typeof rectificationItemSchema>;

/** The ledger's column rules, shown beside the ledger field in the editing UI. */
const LEDGER_HINT =
  '事项放在同目录下的 CSV 或 Excel（.xlsx）台账里时填写它的文件名（此时不填事项）。表头：序号、问题、责任单位、配合单位、整改措施、整改时限、整改状态、完成时间、最新进展、备注；序号、问题、责任单位、整改措施、整改时限、整改状态必填；多个配合单位用“、”分隔，多条措施用“；”或换行分隔。';

export const rectificationBatchSchema = z.strictObject({
  title: text.meta({ label: '标题', hint: '例如 2026年文明城市测评反馈问题整改' }),
  source: z.enum(RECTIFICATION_SOURCES).meta({ label: '来源' }),
  foundAt: isoDate.meta({ label: '发现日期' }),
  description: text.optional().meta({ label: '说明' }),
  items: nonEmptyList(rectificationItemSchema).optional().meta({ label: '事项', hint: '直接填写整改事项；用台账文件时不填' }),
  /** File name of a ledger beside this file: CSV (UTF-8, UTF-16 or GBK) or an Excel workbook, e.g. 2024-cepin.csv. */
  ledger: z
    .string()
    .regex(
      /^[^/\\]+\.(csv|xlsx)$/,
      '台账文件应写成同一目录下的 CSV 或 Excel 工作簿文件名，例如 2024-cepin.csv 或 2024-cepin.xlsx（.xls、.et 等格式请在 Excel 或 WPS 中“另存为”Excel 工作簿 .xlsx）',
    )
    .optional()
    .meta({ label: '台账文件', hint: LEDGER_HINT }),
});
export type RectificationBatchFile = z.infer<typeof rectificationBatchSchema>;
