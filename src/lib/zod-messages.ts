// Turns Zod's issues into plain Chinese sentences that name the field and say what is allowed.
import type { z } from 'astro/zod';
import { fieldNamesAt } from '../schemas/fields.ts';
import { formatPath } from './issues.ts';

export interface FieldProblem {
  path: PropertyKey[];
  field: string;
  message: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（每项以“- ”开头）',
  object: '若干“字段: 值”组成的对象',
  date: '日期',
};

/** Reads the value at a path, so a message can quote what was written. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function quote(value: unknown): string {
  if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
  if (value === null) return '空值';
  if (Array.isArray(value)) return '一个列表';
  if (typeof value === 'object') return '一个对象';
  return `“${String(value)}”`;
}

/** The field name, among those allowed where it was written, closest to a mistyped one (stauts → status), if any is close. */
export function closestField(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : undefined;
}

/** Edit distance where swapping two neighbouring letters counts as one edit (titel → title). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * One Chinese sentence per Zod issue; unknown keys give one problem per key, pointing at that key, with a guess taken
 * from the fields `schema` (the one the data was checked against) allows at that place.
 */
export function describeZodIssues(error: z.ZodError, data: unknown, schema: z.ZodType): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const guess = closestField(key, fieldNamesAt(schema, path));
        problems.push({
          path: [...path, key],
          field: formatPath([...path, key]),
          message: `不认识的字段“${key}”${guess && guess !== key ? `，是不是想写“${guess}”？` : '。'}请删除或改正（字段名区分大小写）。`,
        });
      }
      continue;
    }
    if (issue.code === 'invalid_union' && issue.errors.length) {
      // Report the branch that got furthest, which is the one the writer most likely meant.
      const branch = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      for (const inner of branch) problems.push(...describeZodIssues({ issues: [{ ...inner, path: [...path, ...inner.path] }] } as z.ZodError, data, schema));
      continue;
    }
    problems.push({ path, field: formatPath(path), message: describeIssue(issue, valueAt(data, path)) });
  }
  return problems;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return '缺少必填字段。';
      if (value === null) return '不能为空值（冒号后没有内容）。';
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const custom = issue.message && !issue.message.startsWith('Invalid input') ? issue.message : `应为${expected}`;
      return `${custom}，现在写的是${quote(value)}。`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join('、');
      // Zod reports a missing enum field as invalid_value: say it is missing, not that “undefined” is wrong.
      if (value === undefined) return `缺少必填字段。允许的值：${allowed}。`;
      return `${quote(value)}不是允许的值。允许的值：${allowed}。`;
    }
    case 'too_small':
      if (issue.origin === 'array') return issue.message.startsWith('Too small') ? `至少需要 ${String(issue.minimum)} 项。` : `${issue.message}。`;
      if (issue.origin === 'string') return '不能为空。';
      return ensureStop(issue.message);
    case 'too_big':
      if (issue.origin === 'string' && typeof value === 'string') {
        return `${issue.message.startsWith('Too big') ? `不能超过 ${String(issue.maximum)} 字` : issue.message}（现在 ${[...value].length} 字）。`;
      }
      return ensureStop(issue.message);
    default: {
      if (value === undefined && issue.message.startsWith('Invalid')) return '缺少必填字段。';
      const base = issue.message.replace(/[。]$/, '');
      if ((issue.code === 'invalid_format' || issue.code === 'custom') && (typeof value === 'string' || typeof value === 'number')) {
        return `${base}，现在写的是${quote(value)}。`;
      }
      return ensureStop(base);
    }
  }
}

function ensureStop(message: string): string {
  return /[。？！]$/.test(message) ? message : `${message}。`;
}
