// Test helpers that write text the way Chinese Windows programs save it: GBK, UTF-16LE/BE with BOM, and .xlsx workbooks.
import * as XLSX from '@e965/xlsx';

let gbkTable: Map<string, number[]> | undefined;

/**
 * Text as GBK bytes. Node can decode GB18030 but not encode it, so the two-byte table is built by decoding every
 * GBK code (lead 0x81–0xFE, trail 0x40–0xFE) once; that covers every character the tests write.
 */
export function gbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
        } catch {
          // not a GBK code
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

/** Text as UTF-16 with its byte-order mark, as Excel's “Unicode 文本” writes it (little-endian). */
export function utf16(text: string, order: 'le' | 'be' = 'le'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? le : le.swap16();
}

/** A cell as SheetJS writes it: a value, or a cell object (a date serial with its format, a formula with its cached value). */
export type CellInput = string | number | Date | XLSX.CellObject | null;

export interface SheetInput {
  name: string;
  rows: CellInput[][];
  hidden?: boolean;
  merges?: string[];
  /** A larger range than the rows fill, as a sheet with formatted empty rows has. */
  ref?: string;
}

/** An .xlsx workbook written by SheetJS itself, with shared strings as Excel writes them. */
export function workbook(sheets: SheetInput[], options: { date1904?: boolean } = {}): Buffer {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(sheet.rows.map((row) => row.map((cell) => cell ?? undefined)));
    if (sheet.merges) ws['!merges'] = sheet.merges.map((range) => XLSX.utils.decode_range(range));
    if (sheet.ref) ws['!ref'] = sheet.ref;
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  book.Workbook = {
    Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })),
    ...(options.date1904 ? { WBProps: { date1904: true } } : {}),
  };
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true }) as Buffer;
}

/** The part of SheetJS's bundled zip/CFB library used here (its typings declare it as `any`). */
interface ZipContainer {
  FullPaths: string[];
  FileIndex: Array<{ content?: Uint8Array }>;
}
interface ZipLibrary {
  read(data: Buffer, options: { type: 'buffer' }): ZipContainer;
  write(container: ZipContainer, options: { type: 'buffer'; fileType: 'zip' }): Uint8Array;
  utils: { cfb_add(container: ZipContainer, path: string, content: Buffer): void };
}

/** Rewrites one part of an .xlsx (a zip) — e.g. to put rich-text runs into sharedStrings.xml as Excel writes them. */
export function rewriteXlsxPart(xlsx: Buffer, part: string, rewrite: (xml: string) => string): Buffer {
  const cfb = XLSX.CFB as ZipLibrary;
  const zip = cfb.read(xlsx, { type: 'buffer' });
  const entry = zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith(`/${part}`))];
  if (!entry?.content) throw new Error(`no ${part} in the workbook`);
  const before = Buffer.from(entry.content).toString('utf8');
  const after = rewrite(before);
  if (after === before) throw new Error(`rewrite of ${part} changed nothing`);
  cfb.utils.cfb_add(zip, part, Buffer.from(after, 'utf8'));
  return Buffer.from(cfb.write(zip, { type: 'buffer', fileType: 'zip' }));
}
