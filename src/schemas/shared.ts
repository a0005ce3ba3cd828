// Building blocks shared by every collection schema: dates, ids, periods and the status vocabularies.
// Every message here is what a staff member reads when a field is wrong, so each says what is allowed.
import { z } from 'astro/zod';
import { PERIOD_PATTERN } from './patterns.ts';

/** Lowercase ASCII slug: the last part of a permanent URL. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const slug = (what: string) =>
  z
    .string()
    .regex(SLUG_PATTERN, `${what}只能由小写英文字母、数字和连字符组成，且以字母或数字开头（例如 gongan、2024-q3）`);

/**
 * A reference to a unit in units.yaml, by its id. Any non-empty text passes here: the cross-checks in
 * load-content decide, so that a unit written by its name gets “请把“县公安局”改为“gongan”” instead of a slug rule.
 */
export const unitRef = z.string().trim().min(1, '不能为空');

/** A calendar date. YAML may give it unquoted; Astro's frontmatter parser turns it into a UTC-midnight Date. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: '应为日期，格式 YYYY-MM-DD（例如 2024-06-30）' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD（例如 2024-06-30）')
    // Only a well-formed date can be impossible; a malformed one already has the format message.
    .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || isRealDate(value), '不是一个真实存在的日期')
    // Read by the CMS configuration: a date without a time, edited with a date picker.
    .meta({ dateOnly: true }),
);

export function isRealDate(ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A reporting period: a year, a half-year or a quarter. A bare unquoted year arrives as a number. */
export { PERIOD_PATTERN };
export const period = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z
    .string({ error: '应为期间，例如 2024、2024-H2 或 2024-Q3' })
    .regex(PERIOD_PATTERN, '期间格式应为 YYYY（全年）、YYYY-H1/YYYY-H2（上/下半年）或 YYYY-Q1…YYYY-Q4（季度）'),
);

/** An absolute http(s) URL or a path on this site (one leading /: `//host/…` is another site with no scheme). */
export const urlOrSitePath = z
  .string()
  .refine(
    (value) => /^\/(?![/\\])[^\s]*$/.test(value) || /^https?:\/\/[^\s/\\][^\s]*$/i.test(value),
    '应为以 http:// 或 https:// 开头的网址，或以单个 / 开头的本站路径（例如 /cases/2024-017/）；不能以 // 开头',
  );

export const httpUrl = z.string().regex(/^https?:\/\/[^\s]+$/, '应为以 http:// 或 https:// 开头的完整网址');

/** Non-empty text. */
export const text = z.string().trim().min(1, '不能为空');

/** How `npm run new-county` marks a value in site.yaml that the county must supply, e.g. `待填写：网站名称`. */
export const PLACEHOLDER_PREFIX = '待填写';

/**
 * A value that must not still be new-county's placeholder: the check lists every one left, with its own message,
 * before the field's format is looked at (so `baseUrl: 待填写：…` asks to be filled in, not for `https://`).
 */
export function filledIn<T extends z.ZodType>(schema: T, { optional = false } = {}) {
  const message = `还没有填写：请把占位文字换成实际内容${optional ? '（这一项可以不填：不需要时删除这一行）' : ''}`;
  return z
    .unknown()
    .refine((value) => !(typeof value === 'string' && value.trim().startsWith(PLACEHOLDER_PREFIX)), { message, abort: true })
    .pipe(schema);
}

export const UNIT_KINDS = ['政法机关', '乡镇', '部门', '其他'] as const;
export const COMMITMENT_STATUSES = ['未启动', '推进中', '已兑现', '部分兑现', '未兑现'] as const;
export const RECTIFICATION_STATUSES = ['未启动', '整改中', '已完成', '长期坚持', '已销号'] as const;
export const CASE_TYPES = ['警示案例', '反面典型', '正面典型', '不文明行为曝光'] as const;
export const GOOD_PERSON_CATEGORIES = ['助人为乐', '见义勇为', '诚实守信', '敬业奉献', '孝老爱亲'] as const;
export const RECTIFICATION_SOURCES = ['测评反馈', '督查检查', '舆情信息', '群众反映', '巡视巡察', '其他'] as const;

export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export type CaseType = (typeof CASE_TYPES)[number];
export type GoodPersonCategory = (typeof GOOD_PERSON_CATEGORIES)[number];

/** A list that must have at least one element. */
export const nonEmptyList = <T extends z.ZodType>(item: T) => z.array(item).min(1, '至少需要填写一项');
