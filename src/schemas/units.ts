// Schema of content/units.yaml: the responsible units every other file refers to by id.
import { z } from 'astro/zod';
import { slug, text, UNIT_KINDS } from './shared.ts';

export const unitSchema = z.strictObject({
  /** Permanent id, used in every reference and in /units/<id>/. */
  id: slug('单位 id').meta({ label: '编号', hint: '单位的永久 id：小写英文字母、数字和连字符，例如 gongan；其他文件都用它指代本单位' }),
  /** Full name, e.g. 示例县公安局. */
  name: text.meta({ label: '名称', hint: '单位全称，例如 示例县公安局' }),
  /** 政法机关 | 乡镇 | 部门 | 其他. */
  kind: z.enum(UNIT_KINDS).meta({ label: '单位类别' }),
  /** Other names staff write for it (accepted in CSV ledgers), e.g. [县公安局, 公安局]. */
  aliases: z.array(text).optional().meta({ label: '别名/旧编号', hint: '单位的其他叫法，例如 县公安局、公安局（台账里可以用这些名称）' }),
  /** Public office phone. */
  phone: text.optional().meta({ label: '电话', hint: '公开的办公电话，例如 0000-1110110' }),
  /** Ids the unit had before a rename: /units/<old id>/ redirects to its page (HTTP 301 with the nginx config). */
  formerIds: z.array(slug('旧 id')).optional().meta({ label: '旧 id', hint: '改名前用过的 id：旧网址会跳转到本单位' }),
});
export const unitsFileSchema = z.array(unitSchema, { error: 'units.yaml 应为单位列表（每项以“- id: …”开头）' });
export type Unit = z.infer<typeof unitSchema>;
