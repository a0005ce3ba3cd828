// Schema of content/rectification/<batch>.yaml: one batch of problems and its items (inline or CSV ledger).
import { z } from 'astro/zod';
import { isoDate, nonEmptyList, RECTIFICATION_SOURCES, RECTIFICATION_STATUSES, text, unitRef } from './shared.ts';

export const rectificationItemSchema = z
  .strictObject({
    /** 序号: unique in the batch, the anchor #item-<number>. */
    number: z.number({ error: '序号应为正整数' }).int('序号应为正整数').positive('序号应为正整数'),
    problem: text,
    /** Responsible unit id. */
    unit: unitRef,
    coUnits: z.array(unitRef).optional(),
    measures: nonEmptyList(text),
    due: isoDate,
    status: z.enum(RECTIFICATION_STATUSES),
    /** Required when status is 已完成 or 已销号. */
    completedAt: isoDate.optional(),
    /** Dated progress; an entry from a CSV ledger may be undated. */
    progress: z.array(z.strictObject({ date: isoDate.optional(), note: text })).optional(),
    /** 备注: a remark shown beside the item (a ledger's 备注 column). */
    remark: text.optional(),
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

export const rectificationBatchSchema = z.strictObject({
  title: text,
  source: z.enum(RECTIFICATION_SOURCES),
  foundAt: isoDate,
  description: text.optional(),
  items: nonEmptyList(rectificationItemSchema).optional(),
  /** File name of a ledger beside this file: CSV (UTF-8, UTF-16 or GBK) or an Excel workbook, e.g. 2024-cepin.csv. */
  ledger: z
    .string()
    .regex(
      /^[^/\\]+\.(csv|xlsx)$/,
      '台账文件应写成同一目录下的 CSV 或 Excel 工作簿文件名，例如 2024-cepin.csv 或 2024-cepin.xlsx（.xls、.et 等格式请在 Excel 或 WPS 中“另存为”Excel 工作簿 .xlsx）',
    )
    .optional(),
});
export type RectificationBatchFile = z.infer<typeof rectificationBatchSchema>;
