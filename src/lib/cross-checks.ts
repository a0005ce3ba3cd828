// Checks between fields that are each valid alone but contradict each other: dates out of order or in the future, and
// indicator values outside the range their unit allows. Each issue names both fields and the line where known.
import type { CommitmentFile } from '../schemas/commitments.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { RectificationItem } from '../schemas/rectification.ts';
import type { ContentIssue } from './issues.ts';
import { todayInShanghai } from './site-env.ts';
import type { YamlSource } from './yaml-source.ts';

/** How a message names the as-of date: “今天” when it is today, else the date the site is built as of. */
export function asOfWords(asOf: string, today = todayInShanghai()): string {
  return asOf === today ? `今天（${asOf}）` : `网站的截至日期（${asOf}，即 SITE_AS_OF）`;
}

function lineAt(source: YamlSource | undefined, at: PropertyKey[]): { line?: number } {
  const line = source?.lineOf(at);
  return line ? { line } : {};
}

const futureProgress = (date: string, asOf: string) =>
  `进展日期 ${date} 晚于${asOfWords(asOf)}：进展只能记录已经发生的事，请核对日期。`;
const futureCompletion = (date: string, asOf: string) =>
  `完成时间 ${date} 晚于${asOfWords(asOf)}：不能填写将来的日期。尚未完成的事项请把状态改为“整改中”，并删除完成时间。`;
const completionBeforeFound = (date: string, foundAt: string, where: string) =>
  `完成时间 ${date} 早于本批问题的发现日期 foundAt（${foundAt}${where}）：问题发现之前不可能整改完成，请核对这两个日期。`;

/** Progress entries of item i dated after the as-of date (an undated ledger entry has no date to judge). */
function futureProgressIssues(
  file: string,
  i: number,
  progress: ReadonlyArray<{ date?: string | null | undefined }> | undefined,
  source: YamlSource | undefined,
  asOf: string,
): ContentIssue[] {
  return (progress ?? []).flatMap((entry, j) =>
    entry.date && entry.date > asOf
      ? [
          {
            file,
            field: `items[${i}].progress[${j}].date`,
            ...lineAt(source, ['items', i, 'progress', j, 'date']),
            message: futureProgress(entry.date, asOf),
          },
        ]
      : [],
  );
}

/** A commitment item due before the commitment was made public; a progress entry dated after the as-of date. */
export function checkCommitmentDates(
  file: string,
  commitment: CommitmentFile,
  source: YamlSource | undefined,
  asOf: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  commitment.items.forEach((item, i) => {
    if (item.due < commitment.madeAt) {
      issues.push({
        file,
        field: `items[${i}].due`,
        ...lineAt(source, ['items', i, 'due']),
        message: `时限 ${item.due} 早于公开承诺日期 madeAt（${commitment.madeAt}）：承诺事项的时限不能早于承诺公开的那一天，请核对这两个日期。`,
      });
    }
    issues.push(...futureProgressIssues(file, i, item.progress, source, asOf));
  });
  return issues;
}

/** Inline rectification items: completed in the future or before the batch was found; progress in the future. */
export function checkRectificationDates(
  file: string,
  foundAt: string,
  items: RectificationItem[],
  source: YamlSource | undefined,
  asOf: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  items.forEach((item, i) => {
    if (item.completedAt && item.completedAt > asOf) {
      issues.push({
        file,
        field: `items[${i}].completedAt`,
        ...lineAt(source, ['items', i, 'completedAt']),
        message: futureCompletion(item.completedAt, asOf),
      });
    } else if (item.completedAt && item.completedAt < foundAt) {
      issues.push({
        file,
        field: `items[${i}].completedAt`,
        ...lineAt(source, ['items', i, 'completedAt']),
        message: completionBeforeFound(item.completedAt, foundAt, ''),
      });
    }
    issues.push(...futureProgressIssues(file, i, item.progress, source, asOf));
  });
  return issues;
}

/** The same checks for the items of a CSV ledger, located by row and column (rowOf: 序号 → spreadsheet row). */
export function checkLedgerDates(
  ledgerFile: string,
  batchFile: string,
  foundAt: string,
  items: RectificationItem[],
  rowOf: ReadonlyMap<number, number>,
  asOf: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const item of items) {
    const row = rowOf.get(item.number);
    const at = row !== undefined ? { row } : {};
    if (item.completedAt && item.completedAt > asOf) {
      issues.push({ file: ledgerFile, ...at, column: '完成时间', message: futureCompletion(item.completedAt, asOf) });
    } else if (item.completedAt && item.completedAt < foundAt) {
      issues.push({
        file: ledgerFile,
        ...at,
        column: '完成时间',
        message: completionBeforeFound(item.completedAt, foundAt, `，写在 ${batchFile} 中`),
      });
    }
    for (const entry of item.progress ?? []) {
      if (entry.date && entry.date > asOf)
        issues.push({ file: ledgerFile, ...at, column: '最新进展', message: futureProgress(entry.date, asOf) });
    }
  }
  return issues;
}

/** A percentage is 0–100 unless the indicator gives its own min and/or max; any indicator may give them. */
export function indicatorRange(indicator: Indicator): { min?: number; max?: number; percent: boolean } {
  const percent = indicator.unit === '%' || indicator.unit === '％';
  return {
    percent,
    ...(indicator.min !== undefined ? { min: indicator.min } : percent ? { min: 0 } : {}),
    ...(indicator.max !== undefined ? { max: indicator.max } : percent ? { max: 100 } : {}),
  };
}

/** Values and the target of an indicator outside its range; a min above the max. */
export function checkIndicatorRanges(
  file: string,
  indicators: Indicator[],
  source: YamlSource | undefined,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  indicators.forEach((indicator, i) => {
    const { min, max, percent } = indicatorRange(indicator);
    if (min !== undefined && max !== undefined && min > max) {
      issues.push({
        file,
        field: `[${i}].min`,
        ...lineAt(source, [i, 'min']),
        message: `指标“${indicator.name}”的最小值 min（${min}）大于最大值 max（${max}），请核对。`,
      });
      return;
    }
    const outside = (value: number) => (min !== undefined && value < min) || (max !== undefined && value > max);
    const span = `${min ?? '不限'}～${max ?? '不限'}`;
    const why =
      percent && indicator.min === undefined && indicator.max === undefined
        ? `超出了 0～100：单位是 % 的指标默认在这个范围内。如果这个指标确实可以超出（例如增长率），请在该指标下写明 min 和 max（例如 min: -100、max: 500）`
        : `超出了该指标 min/max 写明的范围（${span}）`;
    indicator.series.forEach((point, j) => {
      if (outside(point.value)) {
        issues.push({
          file,
          field: `[${i}].series[${j}].value`,
          ...lineAt(source, [i, 'series', j, 'value']),
          message: `指标“${indicator.name}”${point.period} 的数值 ${point.value} ${why}。`,
        });
      }
    });
    if (indicator.target !== undefined && outside(indicator.target)) {
      issues.push({
        file,
        field: `[${i}].target`,
        ...lineAt(source, [i, 'target']),
        message: `指标“${indicator.name}”的目标值 ${indicator.target} ${why}。`,
      });
    }
  });
  return issues;
}
