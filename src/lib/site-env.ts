// The two environment settings of a build: which content directory, and which date the site is "as of".
import path from 'node:path';
import { isRealDate } from '../schemas/shared.ts';

/** CONTENT_DIR (absolute or relative to the working directory), else ./content. */
export function resolveContentDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env['CONTENT_DIR']?.trim() || 'content');
}

/** Today in Asia/Shanghai as YYYY-MM-DD. */
export function todayInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** SITE_AS_OF when set (it must be a real YYYY-MM-DD date), else today in Asia/Shanghai. */
export function resolveAsOf(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const value = env['SITE_AS_OF']?.trim();
  if (!value) return todayInShanghai(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) {
    throw new Error(`环境变量 SITE_AS_OF 的值“${value}”不是有效日期，格式应为 YYYY-MM-DD（例如 2024-12-31）。`);
  }
  return value;
}
