// Formatting for readers: Chinese dates and percentages.
import { dateWords } from '../ui/format.ts';

/** 2026-03-02 → 2026年3月2日. */
export function formatDate(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return dateWords.date(y ?? 0, m ?? 0, d ?? 0);
}

/** A share as a whole percentage, e.g. 0.456 → 46%; an empty total gives —. */
export function percent(part: number, total: number): string {
  return total === 0 ? '—' : `${Math.round((part / total) * 100)}%`;
}
