// Seeded randomness and the small formatting helpers every corpus template uses (dates, amounts, Chinese numerals).

/** mulberry32: a tiny, fast 32-bit PRNG; the same seed always gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), to derive independent streams from one seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Random helpers over one stream. */
export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An independent stream for a named part of the corpus, so one part's counts never shift another's text. */
  static derive(seed: number, name: string): Rng {
    return new Rng(hash32(`${seed}:${name}`));
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** Number in [min, max) rounded to `digits` decimals. */
  float(min: number, max: number, digits = 1): number {
    const f = 10 ** digits;
    return Math.round((min + this.next() * (max - min)) * f) / f;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Picks by weight: [[value, weight], ...]. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((n, [, w]) => n + w, 0);
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    return items[items.length - 1]![0];
  }
  /** `count` distinct items (or all, when fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }
}

// ---- dates: plain YYYY-MM-DD strings, arithmetic in UTC so no time zone can shift a day ----

const DAY = 86_400_000;
export const toDays = (ymd: string): number => Date.parse(`${ymd}T00:00:00Z`) / DAY;
export const fromDays = (days: number): string => new Date(Math.round(days) * DAY).toISOString().slice(0, 10);
export const addDays = (ymd: string, n: number): string => fromDays(toDays(ymd) + n);
export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** 2024年3月11日 */
export function cnDate(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}
/** 2024年3月 */
export function cnMonth(ymd: string): string {
  const [y, m] = ymd.split('-').map(Number) as [number, number];
  return `${y}年${m}月`;
}
/** 3月11日 */
export function cnMonthDay(ymd: string): string {
  const [, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return `${m}月${d}日`;
}

// ---- Chinese numerals, for sentences (有期徒刑三年六个月) ----

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 0–99 in Chinese numerals: 十二, 二十, 三十五. */
export function cnNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}
/** A count as a sentence says it: 两 for 2 (两名, 两次), otherwise like cnNumber. */
export function cnCount(n: number): string {
  return n === 2 ? '两' : cnNumber(n);
}
/** A term of months as a sentence would say it: 八个月, 一年, 三年六个月. */
export function cnTerm(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (!years) return `${cnNumber(rest)}个月`;
  return `${cnNumber(years)}年${rest ? `${cnNumber(rest)}个月` : ''}`;
}

// ---- amounts: never long digit runs (the personal-data scan would flag a 16-digit number) ----

/** 3.2万元 / 8600元 style: `yuan` below 10,000 are written in 元, above in 万元 with one decimal. */
export function yuan(amount: number): string {
  if (amount < 10_000) return `${Math.round(amount)}元`;
  const wan = Math.round(amount / 1000) / 10;
  return `${Number.isInteger(wan) ? wan.toFixed(0) : wan.toFixed(1)}万元`;
}
