// Schema of content/commitments/<period>/<unit>.yaml: one unit's public commitment for one period.
import { z } from 'astro/zod';
import { COMMITMENT_STATUSES, isoDate, nonEmptyList, text, urlOrSitePath } from './shared.ts';

export const progressEntrySchema = z.strictObject({
  date: isoDate,
  note: text,
  /** Where the progress can be checked: a URL or a site path. */
  source: urlOrSitePath.optional(),
});

export const commitmentItemSchema = z.strictObject({
  /** What was promised. */
  text: text,
  /** The date it is due; past it, an unfinished item is 逾期 (derived, never written). */
  due: isoDate,
  status: z.enum(COMMITMENT_STATUSES),
  progress: z.array(progressEntrySchema).optional(),
  /** A URL or site path proving fulfilment. */
  evidence: urlOrSitePath.optional(),
});

export const commitmentSchema = z.strictObject({
  title: text,
  /** Date the commitment was made public. */
  madeAt: isoDate,
  /** Responsible leader, name and post: 谁承诺、谁负责. */
  leader: text,
  supervisor: text.optional(),
  items: nonEmptyList(commitmentItemSchema),
});
export type CommitmentFile = z.infer<typeof commitmentSchema>;
export type CommitmentItem = z.infer<typeof commitmentItemSchema>;
