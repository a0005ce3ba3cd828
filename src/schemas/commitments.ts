// Schema of content/commitments/<period>/<unit>.yaml: one unit's public commitment for one period.
import { z } from 'astro/zod';
import { COMMITMENT_STATUSES, isoDate, nonEmptyList, text, urlOrSitePath } from './shared.ts';

export const progressEntrySchema = z.strictObject({
  date: isoDate.meta({ label: '日期' }),
  note: text.meta({ label: '说明', hint: '这一步做了什么' }),
  /** Where the progress can be checked: a URL or a site path. */
  source: urlOrSitePath.optional().meta({ label: '来源', hint: '可以核实的网址或本站路径，例如 /cases/2026-012/' }),
});

export const commitmentItemSchema = z.strictObject({
  /** What was promised. */
  text: text.meta({ label: '承诺内容' }),
  /** The date it is due; past it, an unfinished item is 逾期 (derived, never written). */
  due: isoDate.meta({ label: '时限', hint: '承诺完成的日期；过期未完成的事项网站自动显示为逾期', deadline: true }),
  status: z.enum(COMMITMENT_STATUSES).meta({ label: '状态', hint: '不要填“逾期”：网站根据时限自动判断' }),
  progress: z.array(progressEntrySchema).optional().meta({ label: '进展' }),
  /** A URL or site path proving fulfilment. */
  evidence: urlOrSitePath.optional().meta({ label: '佐证材料', hint: '证明已兑现的网址或本站路径' }),
});

export const commitmentSchema = z.strictObject({
  title: text.meta({ label: '标题', hint: '例如 2026年下半年“双提升”工作公开承诺' }),
  /** Date the commitment was made public. */
  madeAt: isoDate.meta({ label: '公开承诺日期' }),
  /** Responsible leader, name and post: 谁承诺、谁负责. */
  leader: text.meta({ label: '责任领导', hint: '姓名和职务，例如 王某某（局长）' }),
  supervisor: text.optional().meta({ label: '监督单位', hint: '例如 县纪委监委' }),
  items: nonEmptyList(commitmentItemSchema).meta({ label: '事项', hint: '至少一项' }),
});
export type CommitmentFile = z.infer<typeof commitmentSchema>;
export type CommitmentItem = z.infer<typeof commitmentItemSchema>;
