// Schema of content/site.yaml: the site's identity and the government-site footer.
import { z } from 'astro/zod';
import { httpUrl, text } from './shared.ts';

export const siteSchema = z.strictObject({
  /** Site title, e.g. 示例县法治文明公开网. */
  name: text,
  /** County or district the site covers, e.g. 示例县. */
  region: text,
  /** 主办单位, printed in the footer and the ContentSource meta tag. */
  organizer: text,
  /** 承办/协办单位. */
  coOrganizers: z.array(text).optional(),
  /** Absolute URL the site is served at: canonical links, feeds and citations are built from it. */
  baseUrl: httpUrl,
  /** 政府网站标识码 (quote it in YAML so leading zeros survive). */
  siteCode: z.string({ error: '网站标识码应写成带引号的文字，例如 "0000000001"（不加引号时开头的 0 会丢失）' }).optional(),
  /** ICP备案号, linked to the MIIT filing site. */
  icp: text.optional(),
  /** 公安机关备案号. */
  psb: text.optional(),
  /** Public contact details. */
  contact: z
    .strictObject({ phone: text.optional(), email: text.optional(), address: text.optional() })
    .optional(),
  /** 监督举报 channels shown in the footer and on the report page. */
  reportChannels: z.array(z.strictObject({ name: text, value: text })).optional(),
});
export type Site = z.infer<typeof siteSchema>;
