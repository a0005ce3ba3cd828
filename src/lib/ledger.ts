// Reads a rectification CSV ledger (Chinese headers) into items, resolving units by id, name or alias.
import type { z } from 'astro/zod';
import { rectificationItemSchema, type RectificationItem } from '../schemas/rectification.ts';
import { parseCsv } from './csv.ts';
import type { ContentIssue } from './issues.ts';
import { describeZodIssues } from './zod-messages.ts';

/** The ledger's columns, in the contract's order, and the item field each fills. */
export const LEDGER_COLUMNS = [
  { header: '序号', field: 'number', required: true },
  { header: '问题', field: 'problem', required: true },
  { header: '责任单位', field: 'unit', required: true },
  { header: '配合单位', field: 'coUnits', required: false },
  { header: '整改措施', field: 'measures', required: true },
  { header: '整改时限', field: 'due', required: true },
  { header: '整改状态', field: 'status', required: true },
  { header: '完成时间', field: 'completedAt', required: false },
  { header: '最新进展', field: 'progress', required: false },
] as const;

export type UnitResolver = (nameOrId: string) => string | undefined;

/** Spreadsheets rewrite dates as 2024/6/30; accept that and 2024.6.30 and 2024年6月30日. */
export function normalizeLedgerDate(value: string): string {
  const match = /^(\d{4})[/.年-](\d{1,2})[/.月-](\d{1,2})日?$/.exec(value.trim());
  if (!match) return value.trim();
  // An impossible date (2024/2/30) is normalized too, so the schema says it does not exist rather than that the format is wrong.
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

/** items in the ledger's order; rowOf: each item's 序号 → its spreadsheet row (the header is row 1). */
export function readLedger(text: string, file: string, resolveUnit: UnitResolver): { items: RectificationItem[]; issues: ContentIssue[]; rowOf: ReadonlyMap<number, number> } {
  const issues: ContentIssue[] = [];
  const parsed = parseCsv(text);
  if (!parsed.ok) return { items: [], issues: [{ file, line: parsed.line, message: `CSV 格式错误：${parsed.message}` }], rowOf: new Map() };
  const [header, ...rows] = parsed.records;
  if (!header) return { items: [], issues: [{ file, message: 'CSV 台账是空的：第 1 行应为表头，从第 2 行起每行一个整改事项。' }], rowOf: new Map() };

  const columnIndex = new Map<string, number>();
  header.cells.forEach((name, index) => {
    const known = LEDGER_COLUMNS.some((c) => c.header === name);
    if (!known) {
      issues.push({
        file,
        row: 1,
        column: name || `第 ${index + 1} 列`,
        message: `不认识的表头“${name}”。台账的表头只能是：${LEDGER_COLUMNS.map((c) => c.header).join('、')}。`,
      });
    } else if (columnIndex.has(name)) {
      issues.push({ file, row: 1, column: name, message: `表头“${name}”出现了两次，请删除重复的列。` });
    } else columnIndex.set(name, index);
  });
  for (const column of LEDGER_COLUMNS) {
    if (column.required && !columnIndex.has(column.header)) {
      issues.push({
        file,
        row: 1,
        column: column.header,
        message: `缺少必填列“${column.header}”。必填列：${LEDGER_COLUMNS.filter((c) => c.required).map((c) => c.header).join('、')}。`,
      });
    }
  }
  if (issues.length) return { items: [], issues, rowOf: new Map() };
  if (!rows.length) issues.push({ file, message: 'CSV 台账只有表头，没有任何整改事项。' });

  const items: RectificationItem[] = [];
  const rowOfNumber = new Map<number, number>();
  for (const record of rows) {
    const cell = (header: string) => {
      const index = columnIndex.get(header);
      return index === undefined ? '' : (record.cells[index] ?? '');
    };
    if (record.cells.length > header.cells.length && record.cells.slice(header.cells.length).some((c) => c !== '')) {
      issues.push({
        file,
        row: record.row,
        message: `这一行有 ${record.cells.length} 个单元格，多于表头的 ${header.cells.length} 列：可能是某个含逗号的单元格没有加引号。`,
      });
      continue;
    }
    const rowIssues: ContentIssue[] = [];
    const unitCell = cell('责任单位');
    const unit = unitCell ? resolveUnit(unitCell) : undefined;
    if (unitCell && !unit) {
      rowIssues.push({ file, row: record.row, column: '责任单位', message: `找不到单位“${unitCell}”：请填写 units.yaml 中某个单位的 id、全称或别名。` });
    }
    const coUnits: string[] = [];
    for (const name of splitList(cell('配合单位'), /[、，,]/)) {
      const id = resolveUnit(name);
      if (id) coUnits.push(id);
      else rowIssues.push({ file, row: record.row, column: '配合单位', message: `找不到单位“${name}”：请填写 units.yaml 中某个单位的 id、全称或别名，多个单位用“、”分隔。` });
    }
    const progressCell = cell('最新进展');
    const dated = /^(\d{4}-\d{2}-\d{2})[\s：:]+([\s\S]+)$/.exec(progressCell);
    const numberCell = cell('序号');
    const raw: Record<string, unknown> = {
      number: /^\d+$/.test(numberCell) ? Number(numberCell) : numberCell === '' ? undefined : numberCell,
      problem: cell('问题') || undefined,
      unit: unit ?? (unitCell ? 'unresolved' : undefined),
      ...(coUnits.length ? { coUnits } : {}),
      measures: splitList(cell('整改措施'), /[；;\n]/),
      due: cell('整改时限') ? normalizeLedgerDate(cell('整改时限')) : undefined,
      status: cell('整改状态') || undefined,
      ...(cell('完成时间') ? { completedAt: normalizeLedgerDate(cell('完成时间')) } : {}),
      ...(progressCell ? { progress: [dated ? { date: dated[1], note: dated[2]!.trim() } : { note: progressCell }] } : {}),
    };
    const result = rectificationItemSchema.safeParse(raw);
    if (!result.success) rowIssues.push(...describeRowIssues(result.error, raw, file, record.row));
    issues.push(...rowIssues);
    if (!result.success || rowIssues.length) continue;
    // Checked here, not by the caller, because only here is the row known.
    const first = rowOfNumber.get(result.data.number);
    if (first !== undefined) {
      issues.push({ file, row: record.row, column: '序号', message: `序号 ${result.data.number} 与第 ${first} 行重复了：同一批次中每个事项的序号必须不同。` });
      continue;
    }
    rowOfNumber.set(result.data.number, record.row);
    items.push(result.data);
  }
  return { items, issues, rowOf: rowOfNumber };
}

function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
}

function describeRowIssues(error: z.ZodError, raw: Record<string, unknown>, file: string, row: number): ContentIssue[] {
  return describeZodIssues(error, raw)
    .filter((problem) => problem.path[0] !== 'unit' || raw['unit'] !== 'unresolved')
    .map((problem) => {
      const column = LEDGER_COLUMNS.find((c) => c.field === problem.path[0]);
      const message = problem.message.startsWith('缺少必填字段。')
        ? `这一格不能为空。${problem.message.slice('缺少必填字段。'.length)}`
        : problem.message === '至少需要填写一项。'
          ? '这一格不能为空。'
          : problem.message.replace('completedAt（YYYY-MM-DD）', '“完成时间”（YYYY-MM-DD）').replace('完成时间 completedAt', '“完成时间”');
      return { file, row, column: column?.header ?? problem.field, message };
    });
}
