// Schema of content/site.yaml: the site's identity and the government-site footer.
import { z } from 'astro/zod';
import { filledIn, httpUrl, text } from './shared.ts';

/** Optional text that may not be left as new-county's placeholder. */
const optionalText = filledIn(text, { optional: true }).optional();

// Every value is wrapped in filledIn: a fresh county's site.yaml (npm run new-county) holds placeholders the check names.
export const siteSchema = z.strictObject({
  /** Site title, e.g. 示例县法治文明公开网. */
  name: filledIn(text),
  /** County or district the site covers, e.g. 示例县. */
  region: filledIn(text),
  /** 主办单位, printed in the footer and the ContentSource meta tag. */
  organizer: filledIn(text),
  /** 承办/协办单位. */
  coOrganizers: z.array(filledIn(text)).optional(),
  /** Absolute URL the site is served at: canonical links, feeds and citations are built from it. */
  baseUrl: filledIn(httpUrl),
  /** 政府网站标识码 (quote it in YAML so leading zeros survive). */
  siteCode: filledIn(z.string({ error: '网站标识码应写成带引号的文字，例如 "0000000001"（不加引号时开头的 0 会丢失）' }), { optional: true }).optional(),
  /** ICP备案号, linked to the MIIT filing site. */
  icp: optionalText,
  /** 公安机关备案号. */
  psb: optionalText,
  /** Public contact details. */
  contact: z
    .strictObject({ phone: optionalText, email: optionalText, address: optionalText })
    .optional(),
  /** 监督举报 channels shown in the footer and on the report page. */
  reportChannels: z.array(z.strictObject({ name: filledIn(text), value: filledIn(text) })).optional(),
});
export type Site = z.infer<typeof siteSchema>;
