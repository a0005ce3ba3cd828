// Reads a rectification ledger (Chinese headers) into items, resolving units by id, name or alias: a CSV or tab-separated
// text in UTF-8, UTF-16 or GBK, or the first sheet of an Excel workbook; every error names the row and the column.
import type { z } from 'astro/zod';
import { rectificationItemSchema, type RectificationItem } from '../schemas/rectification.ts';
import { detectDelimiter, parseCsv, unguardFormula } from './csv.ts';
import type { ContentIssue } from './issues.ts';
import { decodeLedgerText, describeLedgerEncoding } from './text-encoding.ts';
import { isZip, readFirstSheet, type SheetMerge } from './xlsx-sheet.ts';
import { describeZodIssues } from './zod-messages.ts';

/** The ledger's columns, in the contract's order, and the item field each fills. */
/** The extra first column of /api/rectification.csv, which holds every batch: the batch id. */
export const BATCH_COLUMN = '批次';

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
  { header: '备注', field: 'remark', required: false },
] as const;

export type UnitResolver = (nameOrId: string) => string | undefined;

/** Spreadsheets rewrite dates as 2024/6/30; accept that and 2024.6.30 and 2024年6月30日. */
export function normalizeLedgerDate(value: string): string {
  const match = /^(\d{4})[/.年-](\d{1,2})[/.月-](\d{1,2})日?$/.exec(value.trim());
  if (!match) return value.trim();
  // An impossible date (2024/2/30) is normalized too, so the schema says it does not exist rather than that the format is wrong.
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

/** A row of a ledger: its cells, and its row number as the spreadsheet shows it. */
export interface LedgerRecord {
  cells: string[];
  row: number;
}

/** A ledger's rows, whatever file they came from; the optional parts come from a workbook. */
export interface LedgerTable {
  records: LedgerRecord[];
  /** Workbook: merged ranges (Excel rows, cell indexes). */
  merges?: SheetMerge[];
  /** Workbook: cells without a usable value, by row and cell index. */
  problems?: Array<{ row: number; index: number; message: string }>;
  /** Workbook: Excel's column letter for a cell index, named in every error. */
  columnLetter?: (index: number) => string;
  /** Workbook: a date column's number as a date (Excel's serial day number). */
  serialDate?: (text: string) => string | undefined;
  /** CSV: the separator, named when a row has more cells than the header. */
  separator?: string;
}

/** What a ledger holds: items in the ledger's order, each kept item's 序号 → its spreadsheet row, and the problems. */
export interface LedgerRows {
  items: RectificationItem[];
  issues: ContentIssue[];
  rowOf: ReadonlyMap<number, number>;
  /** How the file was read (encoding, sheet, skipped title rows), for the check's summary. */
  notes: string[];
}

export interface LedgerResult extends LedgerRows {
  /** The cell texts, one line per spreadsheet row (line n is row n), for the personal-data scan. */
  scanText: string;
}

/** Reads a ledger file of any accepted kind: .xlsx by its name, otherwise text in UTF-8, UTF-16 (BOM) or GB18030. */
export async function readLedgerFile(bytes: Uint8Array, file: string, resolveUnit: UnitResolver): Promise<LedgerResult> {
  const refused = (issues: ContentIssue[]): LedgerResult => ({ items: [], issues, rowOf: new Map(), notes: [], scanText: '' });
  if (file.toLowerCase().endsWith('.xlsx')) {
    const sheet = await readFirstSheet(bytes);
    if (!sheet.ok) return refused([{ file, message: sheet.message }]);
    const { rows, merges, problems, columnLetter, serialDate, notes } = sheet.table;
    const table: LedgerTable = { records: rows, merges, problems, columnLetter, serialDate };
    const result = readLedgerTable(table, file, resolveUnit);
    return { ...result, notes: [...notes, ...result.notes], scanText: scanTextOf(table.records) };
  }
  if (isZip(bytes)) {
    return refused([
      {
        file,
        message: '这个文件其实是 Excel 工作簿，不是 CSV：请把文件扩展名改为 .xlsx，并把批次文件中的 ledger 改成同样的文件名；或在 Excel 中“另存为”CSV UTF-8（逗号分隔）。',
      },
    ]);
  }
  const decoded = decodeLedgerText(bytes);
  if (!decoded.ok) return refused(decoded.problems.map((p) => ({ file, ...(p.line ? { line: p.line } : {}), message: p.message })));
  const separator = detectDelimiter(decoded.text);
  const notes: string[] = [];
  if (decoded.encoding !== 'UTF-8' || separator === '\t') {
    const encoding = describeLedgerEncoding(decoded.encoding);
    notes.push(`按 ${encoding}${/[A-Za-z0-9]$/.test(encoding) ? ' ' : ''}编码${separator === '\t' ? '、制表符分隔' : ''}读取`);
  }
  const parsed = parseCsv(decoded.text, separator);
  if (!parsed.ok) {
    const issues = [{ file, line: parsed.line, message: `CSV 格式错误：${parsed.message}` }];
    return { items: [], issues, rowOf: new Map(), notes, scanText: decoded.text };
  }
  const result = readLedgerTable({ records: parsed.records, separator: separator === '\t' ? '制表符' : '逗号' }, file, resolveUnit);
  return { ...result, notes: [...notes, ...result.notes], scanText: scanTextOf(parsed.records) };
}

/** Reads CSV text (comma- or tab-separated) into items. */
export function readLedger(text: string, file: string, resolveUnit: UnitResolver): LedgerRows {
  const separator = detectDelimiter(text);
  const parsed = parseCsv(text, separator);
  if (!parsed.ok) return { items: [], issues: [{ file, line: parsed.line, message: `CSV 格式错误：${parsed.message}` }], rowOf: new Map(), notes: [] };
  return readLedgerTable({ records: parsed.records, separator: separator === '\t' ? '制表符' : '逗号' }, file, resolveUnit);
}

/** One line per spreadsheet row, so that the personal-data scan's line numbers are row numbers. */
function scanTextOf(records: readonly LedgerRecord[]): string {
  const lines: string[] = [];
  for (const record of records) lines[record.row - 1] = record.cells.map((c) => c.replace(/\s*\n\s*/g, ' ')).join('\t');
  return Array.from(lines, (line) => line ?? '').join('\n');
}

/** The header is the first row with two or more filled cells; rows above it hold a title (often merged across the sheet). */
function findHeader(records: readonly LedgerRecord[]): number {
  const at = records.findIndex((r) => r.cells.filter((c) => c !== '').length >= 2);
  return at < 0 ? 0 : at;
}

function readLedgerTable(table: LedgerTable, file: string, resolveUnit: UnitResolver): LedgerRows {
  const issues: ContentIssue[] = [];
  const notes: string[] = [];
  const headerAt = findHeader(table.records);
  const header = table.records[headerAt];
  if (!header) return { items: [], issues: [{ file, message: '台账是空的：第 1 行应为表头，从第 2 行起每行一个整改事项。' }], rowOf: new Map(), notes };
  for (const title of table.records.slice(0, headerAt)) {
    notes.push(`第 ${title.row} 行“${title.cells.find((c) => c !== '')}”看作表格标题，不发布`);
  }
  const rows = table.records.slice(headerAt + 1).map((r) => ({ ...r, cells: [...r.cells] }));
  const letter = table.columnLetter;
  const where = (row: number, index: number | undefined, column: string) => ({
    file,
    row,
    column,
    ...(letter && index !== undefined ? { columnLetter: letter(index) } : {}),
  });
  const names = header.cells.map((c) => c.replace(/\s+/g, ''));

  // Merged cells: a vertical merge in a column (one unit for several rows) means that value in every row it covers;
  // a merge across columns has no meaning in a ledger, whose every column is one field: its rows are refused.
  const mergeIssues: ContentIssue[] = [];
  const mergedRows = new Set<number>();
  for (const merge of table.merges ?? []) {
    if (merge.bottom < header.row) continue; // within the title rows
    if (merge.right > merge.left) {
      const columns = names.slice(merge.left, merge.right + 1).filter(Boolean);
      mergeIssues.push({
        file,
        row: merge.top,
        column: columns.join('、'),
        ...(letter ? { columnLetter: `${letter(merge.left)}–${letter(merge.right)}` } : {}),
        message: '这几格是横向合并的单元格：台账的每一列是一项内容，请取消合并，把内容分别填入各列。',
      });
      for (let row = merge.top; row <= merge.bottom; row++) mergedRows.add(row);
    } else if (merge.top > header.row) {
      const value = rows.find((r) => r.row === merge.top)?.cells[merge.left] ?? '';
      for (const r of rows) if (r.row > merge.top && r.row <= merge.bottom) r.cells[merge.left] = value;
    }
  }

  const columnIndex = new Map<string, number>();
  const allowed = LEDGER_COLUMNS.map((c) => c.header).join('、');
  names.forEach((name, index) => {
    if (name === '') {
      // An empty header over an empty column is just the sheet's width; over data, the data would be lost.
      if (rows.some((r) => (r.cells[index] ?? '') !== '')) {
        issues.push({ ...where(header.row, index, letter ? '' : `第 ${index + 1} 列`), message: `这一列有内容，但没有表头：请填写表头（${allowed}），或删除这一列。` });
      }
      return;
    }
    const known = LEDGER_COLUMNS.some((c) => c.header === name);
    if (!known) {
      issues.push({
        ...where(header.row, index, name),
        message: `不认识的表头“${name}”。台账的表头只能是：${allowed}。${names.includes('备注') ? '' : '其他需要说明的内容请写在“备注”列。'}`,
      });
    } else if (columnIndex.has(name)) {
      issues.push({ ...where(header.row, index, name), message: `表头“${name}”出现了两次，请删除重复的列。` });
    } else columnIndex.set(name, index);
  });
  for (const column of LEDGER_COLUMNS) {
    if (column.required && !columnIndex.has(column.header)) {
      issues.push({
        file,
        row: header.row,
        column: column.header,
        message: `缺少必填列“${column.header}”。必填列：${LEDGER_COLUMNS.filter((c) => c.required).map((c) => c.header).join('、')}。`,
      });
    }
  }
  if (issues.length || mergedRows.has(header.row)) return { items: [], issues: [...issues, ...mergeIssues], rowOf: new Map(), notes };
  issues.push(...mergeIssues);
  if (!rows.length) issues.push({ file, message: '台账只有表头，没有任何整改事项。' });

  const headerOf = new Map([...columnIndex].map(([name, index]) => [index, name]));
  const items: RectificationItem[] = [];
  const rowOfNumber = new Map<number, number>();
  const date = (text: string) => table.serialDate?.(text) ?? normalizeLedgerDate(text);
  for (const record of rows) {
    const cell = (header: string) => {
      const index = columnIndex.get(header);
      // The site's own CSV guards a formula-like cell with an apostrophe (guardFormula): put back, it reads as written.
      return index === undefined ? '' : unguardFormula(record.cells[index] ?? '');
    };
    const at = (header: string) => where(record.row, columnIndex.get(header), header);
    if (mergedRows.has(record.row)) continue; // reported above
    if (record.cells.length > header.cells.length && record.cells.slice(header.cells.length).some((c) => c !== '')) {
      issues.push({
        file,
        row: record.row,
        message: `这一行有 ${record.cells.length} 个单元格，多于表头的 ${header.cells.length} 列：可能是某个含${table.separator ?? '逗号'}的单元格没有加引号。`,
      });
      continue;
    }
    // Cells without a usable value (Excel errors) are reported once, not again as empty.
    const cellProblems = (table.problems ?? []).filter((p) => p.row === record.row);
    for (const problem of cellProblems) issues.push({ ...where(record.row, problem.index, headerOf.get(problem.index) ?? ''), message: problem.message });
    const rowIssues: ContentIssue[] = [];
    const unitCell = cell('责任单位');
    const unit = unitCell ? resolveUnit(unitCell) : undefined;
    if (unitCell && !unit) {
      rowIssues.push({ ...at('责任单位'), message: `找不到单位“${unitCell}”：请填写 units.yaml 中某个单位的 id、全称或别名。` });
    }
    const coUnits: string[] = [];
    for (const name of splitList(cell('配合单位'), /[、，,]/)) {
      const id = resolveUnit(name);
      if (id) coUnits.push(id);
      else rowIssues.push({ ...at('配合单位'), message: `找不到单位“${name}”：请填写 units.yaml 中某个单位的 id、全称或别名，多个单位用“、”分隔。` });
    }
    const progressCell = cell('最新进展');
    const dated = /^(\d{4}-\d{2}-\d{2})[\s：:]+([\s\S]+)$/.exec(progressCell);
    const numberCell = cell('序号');
    const raw: Record<string, unknown> = {
      // 3.0 is how some sheets write the number 3.
      number: /^\d+(\.0+)?$/.test(numberCell) ? Number(numberCell) : numberCell === '' ? undefined : numberCell,
      problem: cell('问题') || undefined,
      unit: unit ?? (unitCell ? 'unresolved' : undefined),
      ...(coUnits.length ? { coUnits } : {}),
      measures: splitList(cell('整改措施'), /[；;\n]/),
      due: cell('整改时限') ? date(cell('整改时限')) : undefined,
      status: cell('整改状态') || undefined,
      ...(cell('完成时间') ? { completedAt: date(cell('完成时间')) } : {}),
      ...(progressCell ? { progress: [dated ? { date: dated[1], note: dated[2]!.trim() } : { note: progressCell }] } : {}),
      ...(cell('备注') ? { remark: cell('备注') } : {}),
    };
    const result = rectificationItemSchema.safeParse(raw);
    if (!result.success) rowIssues.push(...describeRowIssues(result.error, raw, at));
    const reported = new Set(cellProblems.map((p) => headerOf.get(p.index)));
    issues.push(...rowIssues.filter((issue) => !reported.has(issue.column)));
    if (!result.success || rowIssues.length || cellProblems.length) continue;
    // Checked here, not by the caller, because only here is the row known.
    const first = rowOfNumber.get(result.data.number);
    if (first !== undefined) {
      issues.push({ ...at('序号'), message: `序号 ${result.data.number} 与第 ${first} 行重复了：同一批次中每个事项的序号必须不同。` });
      continue;
    }
    rowOfNumber.set(result.data.number, record.row);
    items.push(result.data);
  }
  return { items, issues, rowOf: rowOfNumber, notes };
}

function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
}

function describeRowIssues(error: z.ZodError, raw: Record<string, unknown>, at: (header: string) => Omit<ContentIssue, 'message'>): ContentIssue[] {
  return describeZodIssues(error, raw, rectificationItemSchema)
    .filter((problem) => problem.path[0] !== 'unit' || raw['unit'] !== 'unresolved')
    .map((problem) => {
      const column = LEDGER_COLUMNS.find((c) => c.field === problem.path[0]);
      const message = problem.message.startsWith('缺少必填字段。')
        ? `这一格不能为空。${problem.message.slice('缺少必填字段。'.length)}`
        : problem.message === '至少需要填写一项。'
          ? '这一格不能为空。'
          : problem.message.replace('completedAt（YYYY-MM-DD）', '“完成时间”（YYYY-MM-DD）').replace('完成时间 completedAt', '“完成时间”');
      return { ...at(column?.header ?? problem.field), message };
    });
}
