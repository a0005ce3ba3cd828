// Schema of content/site.yaml: the site's identity and the government-site footer.
import { z } from 'astro/zod';
import { filledIn, httpUrl, text } from './shared.ts';

/** Optional text that may not be left as new-county's placeholder. */
const optionalText = filledIn(text, { optional: true }).optional();

/** The git servers the editing UI can commit to. */
export const CMS_BACKENDS = ['gitea', 'gitlab'] as const;
const slugBranch = z.string().regex(/^[\w./-]+$/, '分支名只能由英文字母、数字、“-”“_”“.”“/”组成，例如 main');

// Every value is wrapped in filledIn: a fresh county's site.yaml (npm run new-county) holds placeholders the check names.
export const siteSchema = z.strictObject({
  /** Site title, e.g. 示例县法治文明公开网. */
  name: filledIn(text).meta({ label: '名称', hint: '网站名称，例如 示例县法治文明公开网' }),
  /** County or district the site covers, e.g. 示例县. */
  region: filledIn(text).meta({ label: '地区', hint: '所属县（区），例如 示例县' }),
  /** 主办单位, printed in the footer and the ContentSource meta tag. */
  organizer: filledIn(text).meta({ label: '主办单位', hint: '网站主办单位，显示在页脚' }),
  /** 承办/协办单位. */
  coOrganizers: z.array(filledIn(text)).optional().meta({ label: '承办/协办单位' }),
  /** Absolute URL the site is served at: canonical links, feeds and citations are built from it. */
  baseUrl: filledIn(httpUrl).meta({ label: '网站地址', hint: '网站发布的完整网址，例如 https://fzwm.example.gov.cn 或 https://www.x.gov.cn/pafz/' }),
  /** 政府网站标识码 (quote it in YAML so leading zeros survive). */
  siteCode: filledIn(z.string({ error: '网站标识码应写成带引号的文字，例如 "0000000001"（不加引号时开头的 0 会丢失）' }), { optional: true }).optional().meta({ label: '网站标识码', hint: '政府网站标识码，写成带引号的文字，例如 "0000000001"' }),
  /** ICP备案号, linked to the MIIT filing site. */
  icp: optionalText.meta({ label: 'ICP备案号' }),
  /** 公安机关备案号. */
  psb: optionalText.meta({ label: '公安机关备案号' }),
  /** Public contact details. */
  contact: z
    .strictObject({
      phone: optionalText.meta({ label: '电话' }),
      email: optionalText.meta({ label: '电子邮箱' }),
      address: optionalText.meta({ label: '地址' }),
    })
    .optional()
    .meta({ label: '联系方式' }),
  /** The git server the editing UI at /admin/ commits to (Sveltia CMS); without it, /admin/ edits a local copy only. */
  cms: z
    .strictObject({
      backend: z.enum(CMS_BACKENDS).meta({ label: '代码托管平台', hint: 'gitea（含 Forgejo）或 gitlab' }),
      url: httpUrl.meta({ label: '托管平台地址', hint: '内容仓库所在平台的网址，例如 https://git.example.gov.cn' }),
      repo: z
        .string()
        .regex(/^[\w.-]+(\/[\w.-]+)+$/, '内容仓库应写成“所有者/仓库名”，例如 fzwm/shiliexian-content')
        .meta({ label: '内容仓库', hint: '所有者/仓库名，例如 fzwm/shiliexian-content' }),
      branch: slugBranch.optional().meta({ label: '分支', hint: '发布用的分支，不填为 main' }),
    })
    .optional()
    .meta({ label: '在线编辑', hint: '网页编辑后台 /admin/ 连接的内容仓库' }),
  /** 监督举报 channels shown in the footer and on the report page. */
  reportChannels: z
    .array(
      z.strictObject({
        name: filledIn(text).meta({ label: '名称', hint: '渠道名称，例如 县纪委监委举报电话' }),
        value: filledIn(text).meta({ label: '号码或地址', hint: '电话、网址、邮箱或地址，例如 0000-12388' }),
      }),
    )
    .optional()
    .meta({ label: '监督举报渠道', hint: '显示在页脚和监督举报页' }),
  /** Licence of the open data (the contract's dataLicense), shown where the data can be downloaded. */
  dataLicense: optionalText.meta({ label: '开放数据许可', hint: '开放数据的使用许可，例如 CC BY 4.0，显示在数据开放页和数据指标页' }),
});
export type Site = z.infer<typeof siteSchema>;
