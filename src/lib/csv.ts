// A small RFC 4180 CSV reader (quoted cells may hold commas, quotes ("") and newlines; a BOM is dropped; tab-separated
// text, Excel's “Unicode 文本” export, has the same quoting rules), and the cell writing of the CSV files the site
// publishes, guarded so that no cell is a spreadsheet formula.

export interface CsvRecord {
  /** The cells of this record. */
  cells: string[];
  /** The spreadsheet row number of this record: the header is row 1. */
  row: number;
  /** 1-based line in the file where the record starts. */
  line: number;
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

export function parseCsv(input: string, delimiter: ',' | '\t' = ','): CsvResult {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      inQuotes = true;
      quoteLine = line;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n') {
      cells.push(cell);
      pushRecord(records, cells, recordLine);
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (inQuotes) {
    return { ok: false, line: quoteLine, message: `第 ${quoteLine} 行开始的引号没有闭合：单元格里的引号要成对出现，文字中的引号请写成两个（""）。` };
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    pushRecord(records, cells, recordLine);
  }
  return { ok: true, records };
}

function pushRecord(records: CsvRecord[], cells: string[], line: number): void {
  if (cells.every((c) => c.trim() === '')) return; // blank lines, e.g. a trailing one Excel adds
  records.push({ cells: cells.map((c) => c.trim()), row: records.length + 1, line });
}

/** Tab when the first line with either (the header, or a title row) has more tabs than commas, as in Excel's “Unicode 文本”. */
export function detectDelimiter(input: string): ',' | '\t' {
  const first = input.replace(/^\uFEFF/, '').split(/\r?\n/, 10).find((line) => /[,\t]/.test(line)) ?? '';
  const count = (ch: string) => first.split(ch).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

/** Quote a cell for writing CSV (downloads): only when it holds a comma, quote or newline. */
export function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The first characters that make Excel, WPS or LibreOffice read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number such as -3.5 or +12: a spreadsheet reads it as that number, so it is left as it is. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Whether a cell, apart from any apostrophes it starts with, begins like a formula. */
function looksLikeFormula(value: string): boolean {
  const rest = value.replace(/^'+/, '');
  return FORMULA_START.test(rest) && !PLAIN_NUMBER.test(rest);
}

/**
 * A cell of a published CSV that a spreadsheet reads as text, never as a formula: one leading apostrophe before a
 * cell that starts with = + - @, a tab or a CR (OWASP's rule), numbers left as numbers. A cell that already starts
 * with apostrophes before one of those gets one more, so that unguardFormula gives every cell back exactly.
 */
export function guardFormula(value: string): string {
  return looksLikeFormula(value) ? `'${value}` : value;
}

/** Undoes guardFormula: drops the one apostrophe it put before = + - @, a tab or a CR. Any other cell is unchanged. */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && looksLikeFormula(value) ? value.slice(1) : value;
}

/** One line of a CSV the site publishes: every cell guarded against formulas, then quoted when needed. */
export function publishedCsvLine(cells: readonly string[]): string {
  return cells.map((cell) => csvCell(guardFormula(cell))).join(',');
}
