// The problems found in a content directory, and how they are printed for the staff who fix them.
import type { z } from 'astro/zod';
import { labelAt, parseFieldPath, schemaForFile } from '../schemas/fields.ts';

/** One problem in one content file, in words a staff member can act on. */
export interface ContentIssue {
  /** Path relative to the content directory, with forward slashes. */
  file: string;
  /** Dotted field path, e.g. items[2].status; absent for whole-file problems. */
  field?: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** CSV ledgers: spreadsheet row (the header is row 1) and column header. */
  row?: number;
  column?: string;
  /** Excel workbooks: the column's letter (C, or B–C for a merged range), shown as “C 列（责任单位）”. */
  columnLetter?: string;
  /** Plain Chinese: what is wrong and what is allowed. */
  message: string;
}

/** items[2].status for the path ['items', 2, 'status']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** “items[2].status（状态）”: the key to fix plus its Chinese label, read from the file's schema. */
export function describeField(field: string, schema: z.ZodType | undefined): string {
  const label = schema ? labelAt(schema, parseFieldPath(field)) : undefined;
  return label ? `${field}（${label}）` : field;
}

export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.row ?? a.line ?? 0) - (b.row ?? b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

/** The report printed by check:content and by a refused build: every problem, grouped by file. */
export function formatIssues(issues: ContentIssue[], contentDir?: string): string {
  const sorted = sortIssues(issues);
  const files = new Map<string, ContentIssue[]>();
  for (const issue of sorted) {
    const list = files.get(issue.file);
    if (list) list.push(issue);
    else files.set(issue.file, [issue]);
  }
  const lines = [
    `内容检查未通过：${files.size} 个文件中共有 ${issues.length} 个问题${contentDir ? `（内容目录：${contentDir}）` : ''}。`,
    '请逐条修改后重新提交；在全部问题修正之前，网站不会发布任何内容。',
    '',
  ];
  for (const [file, fileIssues] of files) {
    lines.push(`✗ ${file}`);
    for (const issue of fileIssues) lines.push(`  - ${locate(issue)}${issue.message}`);
    lines.push('');
  }
  return lines.join('\n');
}

function locate(issue: ContentIssue): string {
  const parts: string[] = [];
  if (issue.row !== undefined) parts.push(`第 ${issue.row} 行`);
  else if (issue.line !== undefined) parts.push(`第 ${issue.line} 行`);
  if (issue.columnLetter) parts.push(`${issue.columnLetter} 列${issue.column ? `（${issue.column}）` : ''}`);
  else if (issue.column) parts.push(`“${issue.column}”列`);
  if (issue.field) parts.push(`字段 ${describeField(issue.field, schemaForFile(issue.file))}`);
  return parts.length ? `${parts.join('，')}：` : '';
}
