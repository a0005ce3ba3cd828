// Reads the first visible sheet of an Excel workbook (.xlsx) into rows of cell texts for a ledger, with SheetJS.
// Dates are computed from Excel's serial day numbers, never through a JavaScript Date, so no time zone can shift them.
import type { CellObject, WorkBook } from '@e965/xlsx';

/** One non-empty row of the sheet: its cells from the sheet's first used column, and its row number in Excel. */
export interface SheetRow {
  cells: string[];
  row: number;
}

/** A merged range, in Excel row numbers and in indexes of SheetRow.cells. */
export interface SheetMerge {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface SheetTable {
  sheetName: string;
  rows: SheetRow[];
  merges: SheetMerge[];
  /** Excel's letter for the column at an index of SheetRow.cells (A, B, …, AA). */
  columnLetter: (index: number) => string;
  /** Cells that hold no usable value (an Excel error, a formula never calculated), by row and index. */
  problems: Array<{ row: number; index: number; message: string }>;
  /** A date for a cell that held a number: Excel's serial day number, as YYYY-MM-DD; undefined when it is not one. */
  serialDate: (text: string) => string | undefined;
  /** What a person should know about how the workbook was read (which sheet, which were skipped). */
  notes: string[];
}

export type SheetResult = { ok: true; table: SheetTable } | { ok: false; message: string };

const SAVE_AS_XLSX = '请在 Excel 或 WPS 中打开它，点“另存为”，文件类型选“Excel 工作簿（*.xlsx）”后保存。';

/** The first bytes of every .xlsx (a zip archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The first bytes of an OLE compound file: an old .xls, or an .xlsx protected by a password. */
function isOle(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0].every((b, i) => bytes[i] === b);
}

export async function readFirstSheet(bytes: Uint8Array): Promise<SheetResult> {
  if (isOle(bytes)) {
    return {
      ok: false,
      message: `这个文件设置了打开密码，或是旧版 Excel 97-2003（.xls）格式，网站无法读取。请去掉密码；${SAVE_AS_XLSX}`,
    };
  }
  if (!isZip(bytes))
    return { ok: false, message: `这个文件不是 Excel 工作簿（.xlsx），可能只是改了扩展名。${SAVE_AS_XLSX}` };
  // Loaded only when a workbook ledger exists: SheetJS is a megabyte of code that most checks never need.
  const XLSX = await import('@e965/xlsx');
  let book: WorkBook;
  try {
    book = XLSX.read(bytes, {
      type: 'buffer',
      cellFormula: true,
      cellNF: true,
      cellDates: false,
      cellHTML: false,
      cellStyles: false,
      // Keeps a formula cell that has no saved value (t: 'z'), so it is reported instead of read as empty.
      sheetStubs: true,
    });
  } catch (error) {
    return {
      ok: false,
      message: `无法读取这个 Excel 文件（${(error as Error).message}）：文件可能已损坏。${SAVE_AS_XLSX}`,
    };
  }
  const names = book.SheetNames;
  const hidden = (name: string) => (book.Workbook?.Sheets?.find((s) => s.name === name)?.Hidden ?? 0) !== 0;
  // The first sheet a person sees on opening the file; a hidden sheet holds lookups or old data, not the ledger.
  const sheetName = names.find((name) => !hidden(name));
  const sheet = sheetName === undefined ? undefined : book.Sheets[sheetName];
  if (sheetName === undefined || !sheet)
    return { ok: false, message: '这个 Excel 文件里没有可见的工作表：请把台账放在第一个工作表中。' };

  const notes = [`按 Excel 工作簿读取，读取的是工作表“${sheetName}”`];
  const skippedHidden = names.filter((name) => name !== sheetName && hidden(name));
  const others = names.filter((name) => name !== sheetName && !hidden(name));
  if (others.length) notes.push(`其余工作表（${others.map((n) => `“${n}”`).join('、')}）不会读取，也不会发布`);
  if (skippedHidden.length) notes.push(`隐藏的工作表（${skippedHidden.map((n) => `“${n}”`).join('、')}）已跳过`);

  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const isDateFormat = (format: CellObject['z']) =>
    typeof format === 'string' && Boolean((XLSX.SSF as { is_date(format: string): boolean }).is_date(format));
  const rows: SheetRow[] = [];
  const problems: SheetTable['problems'] = [];
  const range = sheet['!ref'] ? XLSX.utils.decode_range(sheet['!ref']) : undefined;
  const firstColumn = range?.s.c ?? 0;
  if (range) {
    for (let r = range.s.r; r <= range.e.r; r++) {
      const cells: string[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const value = cellValue(
          sheet[XLSX.utils.encode_cell({ r, c })] as CellObject | undefined,
          isDateFormat,
          date1904,
        );
        if (value.problem) problems.push({ row: r + 1, index: c - firstColumn, message: value.problem });
        cells.push(value.text);
      }
      // Empty rows (a trailing formatted row, a blank line between blocks) are not items.
      if (cells.some((cell) => cell !== '')) rows.push({ cells, row: r + 1 });
    }
  }
  const merges = (sheet['!merges'] ?? []).map((m) => ({
    top: m.s.r + 1,
    bottom: m.e.r + 1,
    left: m.s.c - firstColumn,
    right: m.e.c - firstColumn,
  }));
  return {
    ok: true,
    table: {
      sheetName,
      rows,
      merges,
      problems,
      columnLetter: (index) => XLSX.utils.encode_col(firstColumn + index),
      serialDate: (text) => serialToDate(text, date1904),
      notes,
    },
  };
}

/** A cell as the text a person sees: the cached value of a formula, the plain text of rich text, a date as YYYY-MM-DD. */
function cellValue(
  cell: CellObject | undefined,
  isDateFormat: (format: CellObject['z']) => boolean,
  date1904: boolean,
): { text: string; problem?: string } {
  if (!cell) return { text: '' };
  if (cell.t === 'e') {
    return {
      text: '',
      problem: `这一格是 Excel 错误值${cell.w ? ` ${cell.w}` : ''}：多为公式出错，请改正公式或直接填写内容。`,
    };
  }
  if (cell.v === undefined || cell.v === null || cell.t === 'z') {
    return cell.f
      ? { text: '', problem: '这一格的公式没有保存计算结果：请在 Excel 或 WPS 中打开文件、确认显示正确后重新保存。' }
      : { text: '' };
  }
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (isDateFormat(cell.z)) return { text: serialToDate(String(cell.v), date1904) ?? String(cell.v) };
    return { text: numberText(cell.v) };
  }
  if (cell.t === 'b') return { text: cell.v ? 'TRUE' : 'FALSE' };
  if (cell.v instanceof Date) return { text: cell.v.toISOString().slice(0, 10) }; // not produced with cellDates: false
  return { text: String(cell.v).trim() };
}

/** Excel shows at most 15 significant digits: 0.1 + 0.2 is 0.3 there, and 3.0 is 3. */
function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/**
 * Excel's serial day number as YYYY-MM-DD: day 1 is 1900-01-01 (with Excel's phantom 1900-02-29 as day 60), or
 * 1904-01-02 in the 1904 date system. The time of day (the fraction) is dropped: the day is the one typed in Excel.
 */
export function serialToDate(text: string, date1904 = false): string | undefined {
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const days = Math.floor(Number(text));
  // Days 1–2958465 are 1900-01-01 to 9999-12-31, Excel's own range.
  if (days < 1 || days > 2958465) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  if (!date1904 && days === 60) return '1900-02-29'; // Excel's own day that never was: the schema says so
  return new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
}
