// Reporting periods (2024, 2024-H2, 2024-Q3): parsing, ordering, Chinese labels and URL slugs.
import { PERIOD_PATTERN } from '../schemas/patterns.ts';
import { dateWords } from '../ui/format.ts';

export interface Period {
  /** Canonical form, e.g. 2024-H2. */
  key: string;
  year: number;
  kind: 'year' | 'half' | 'quarter';
  /** 1 for a year, 1–2 for a half, 1–4 for a quarter. */
  index: number;
}

/** Accepts any letter case (staff may name a folder 2024-h2); returns undefined if not a period. */
export function parsePeriod(value: string | number): Period | undefined {
  const key = String(value).trim().toUpperCase();
  if (!PERIOD_PATTERN.test(key)) return undefined;
  const [yearText, part] = key.split('-') as [string, string | undefined];
  const year = Number(yearText);
  if (!part) return { key, year, kind: 'year', index: 1 };
  return { key, year, kind: part.startsWith('H') ? 'half' : 'quarter', index: Number(part.slice(1)) };
}

/** The URL segment: lower case, e.g. 2024-h2. */
export const periodSlug = (key: string): string => key.toLowerCase();

/** 2024年 / 2024年下半年 / 2024年第三季度. */
export function periodLabel(key: string): string {
  const p = parsePeriod(key);
  if (!p) return key;
  if (p.kind === 'year') return dateWords.year(p.year);
  if (p.kind === 'half') return dateWords.half(p.year, p.index === 1);
  return dateWords.quarter(p.year, p.index);
}

/** The first and last day of a period, for ordering and for "is this the current period". */
export function periodRange(key: string): { start: string; end: string } {
  const p = parsePeriod(key);
  if (!p) throw new Error(`不是期间：${key}`);
  const months = p.kind === 'year' ? [1, 12] : p.kind === 'half' ? [p.index * 6 - 5, p.index * 6] : [p.index * 3 - 2, p.index * 3];
  const [first, last] = months as [number, number];
  const lastDay = new Date(Date.UTC(p.year, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${p.year}-${pad(first)}-01`, end: `${p.year}-${pad(last)}-${pad(lastDay)}` };
}

/** Newest first: by end date, then the shorter period first. */
export function comparePeriodsDesc(a: string, b: string): number {
  const ra = periodRange(a);
  const rb = periodRange(b);
  return rb.end.localeCompare(ra.end) || rb.start.localeCompare(ra.start);
}
