// Schema of content/units.yaml: the responsible units every other file refers to by id.
import { z } from 'astro/zod';
import { slug, text, UNIT_KINDS } from './shared.ts';

export const unitSchema = z.strictObject({
  /** Permanent id, used in every reference and in /units/<id>/. */
  id: slug('单位 id'),
  /** Full name, e.g. 示例县公安局. */
  name: text,
  /** 政法机关 | 乡镇 | 部门 | 其他. */
  kind: z.enum(UNIT_KINDS),
  /** Other names staff write for it (accepted in CSV ledgers), e.g. [县公安局, 公安局]. */
  aliases: z.array(text).optional(),
  /** Public office phone. */
  phone: text.optional(),
  /** Ids the unit had before a rename: /units/<old id>/ redirects to its page (HTTP 301 with the nginx config). */
  formerIds: z.array(slug('旧 id')).optional(),
});
export const unitsFileSchema = z.array(unitSchema, { error: 'units.yaml 应为单位列表（每项以“- id: …”开头）' });
export type Unit = z.infer<typeof unitSchema>;
