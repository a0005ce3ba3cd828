// Ledgers as staff's programs save them — GBK and UTF-16 text, tab-separated, Excel workbooks — and YAML/Markdown
// that is not UTF-8: each is read to the same items, or refused with one message naming the file, row and column.
import { afterAll, describe, expect, test } from 'vitest';
import { formatIssues } from '../../src/lib/issues.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { LEDGER_COLUMNS } from '../../src/lib/ledger.ts';
import { loadContent, type LoadResult } from '../../src/lib/load-content.ts';
import { cleanupContent, FIXTURE_DIR, fixtureText, lineOf, onlyIssue, replace, withContent } from './helpers.ts';
import { gbk, rewriteXlsxPart, utf16, workbook, type CellInput } from './text-bytes.ts';

afterAll(cleanupContent);

const BATCH = 'rectification/2026-ducha.yaml';
const LEDGER = 'rectification/2026-ducha.csv';
const XLSX_LEDGER = 'rectification/2026-ducha.xlsx';
const HEADERS = LEDGER_COLUMNS.map((c) => c.header);

const ledgerItems = (result: LoadResult) => result.content.rectification.find((b) => b.id === '2026-ducha')?.items;
const reference = async () => ledgerItems(await loadContent(FIXTURE_DIR))!;

/** The fixture ledger's text without its BOM, and the same cells separated by tabs with CRLF lines. */
const csvText = () => fixtureText(LEDGER).replace(/^\uFEFF/, '');
function tsvText(): string {
  const parsed = parseCsv(csvText());
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.records.map((r) => r.cells.join('\t')).join('\r\n') + '\r\n';
}

describe('CSV ledgers in the encodings Excel and WPS write', () => {
  test.each([
    ['UTF-8 without BOM', () => Buffer.from(csvText(), 'utf8'), []],
    ['UTF-8 with BOM', () => Buffer.from(`\uFEFF${csvText()}`, 'utf8'), []],
    [
      'GBK (Excel’s “CSV（逗号分隔）” on Chinese Windows)',
      () => gbk(csvText().replace(/\n/g, '\r\n')),
      ['按 GBK（GB18030）编码读取'],
    ],
    [
      'UTF-16LE with BOM, tab-separated (Excel’s “Unicode 文本”)',
      () => utf16(tsvText(), 'le'),
      ['按 UTF-16LE（Excel“Unicode 文本”）编码、制表符分隔读取'],
    ],
    ['UTF-16BE with BOM, tab-separated', () => utf16(tsvText(), 'be'), ['按 UTF-16BE 编码、制表符分隔读取']],
    ['GBK, tab-separated', () => gbk(tsvText()), ['按 GBK（GB18030）编码、制表符分隔读取']],
  ])('%s reads to the same items, and the notes say how', async (_, bytes, notes) => {
    const result = await withContent({ [LEDGER]: bytes() });
    expect(result.issues).toEqual([]);
    expect(ledgerItems(result)).toEqual(await reference());
    expect(result.notes).toEqual(notes.map((message) => ({ file: LEDGER, message })));
  });

  test('a GBK ledger’s errors are in Chinese, not mojibake, with row and column', async () => {
    const { issues } = await withContent({ [LEDGER]: gbk(csvText().replace(',整改中,', ',进行中,')) });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: LEDGER, row: 3, column: '整改状态' });
    expect(issues[0]!.message).toContain('“进行中”不是允许的值');
  });

  test('the personal-data scan runs on the decoded text (GBK, UTF-16)', async () => {
    const withPhone = csvText().replace('正在逐村核对', '正在逐村核对，联系人电话13812345678');
    for (const bytes of [gbk(withPhone), utf16(withPhone)]) {
      const { issues } = await withContent({ [LEDGER]: bytes });
      expect(issues.map((i) => [i.file, i.line])).toEqual([[LEDGER, 3]]);
      expect(issues[0]!.message).toContain('发现疑似手机号（138****5678）');
    }
  });

  test('a UTF-8 ledger with a few broken bytes names their line instead of reading GBK mojibake', async () => {
    const [head, tail] = csvText().split('矛盾纠纷') as [string, string];
    const issue = onlyIssue(
      await withContent({
        [LEDGER]: Buffer.concat([Buffer.from(head), Buffer.from([0xc3]), Buffer.from(`矛盾纠纷${tail}`)]),
      }),
    );
    expect(issue).toMatchObject({ file: LEDGER, line: 3 });
    expect(issue.message).toContain('这一行有不是 UTF-8 编码的字节');
  });

  test('a workbook saved with a .csv name is named for what it is', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: workbook([{ name: '台账', rows: [HEADERS] }]) }));
    expect(issue.file).toBe(LEDGER);
    expect(issue.message).toContain('这个文件其实是 Excel 工作簿，不是 CSV');
  });

  test('a title row above the header (as a merged title exports) is skipped and noted', async () => {
    const result = await withContent({ [LEDGER]: `2026年督查问题整改台账,,,,,,,,\n${csvText()}` });
    expect(result.issues).toEqual([]);
    expect(ledgerItems(result)).toEqual(await reference());
    expect(result.notes).toEqual([{ file: LEDGER, message: '第 1 行“2026年督查问题整改台账”看作表格标题，不发布' }]);
  });
});

describe('备注, the column staff add most', () => {
  test('is read onto the item; other added columns are still refused', async () => {
    const withRemark = csvText()
      .replace('最新进展', '最新进展,备注')
      .replace('已增设岗亭2个', '已增设岗亭2个,岗亭由城关镇提供场地')
      .replace('正在逐村核对', '正在逐村核对,');
    const result = await withContent({ [LEDGER]: withRemark });
    expect(result.issues).toEqual([]);
    expect(ledgerItems(result)!.map((i) => i.remark)).toEqual(['岗亭由城关镇提供场地', undefined]);
    const refused = onlyIssue(await withContent({ [LEDGER]: withRemark.replace(',备注', ',联系人') }));
    expect(refused).toMatchObject({ row: 1, column: '联系人' });
  });

  test('may be written inline in YAML items as remark', async () => {
    const result = await withContent({
      'rectification/2026-cepin.yaml': replace(
        '    status: 整改中\n',
        '    status: 整改中\n    remark: 需市场监管部门配合\n',
      ),
    });
    expect(result.issues).toEqual([]);
    const cepin = result.content.rectification.find((b) => b.id === '2026-cepin')!;
    expect(cepin.items[0]!.remark).toBe('需市场监管部门配合');
  });
});

describe('YAML and Markdown that are not UTF-8', () => {
  const COMMITMENT = 'commitments/2026-H2/gongan.yaml';
  const FRAUD = 'cases/2026/fraud.md';

  test('a GBK YAML file is refused with one line naming it and how to save it as UTF-8', async () => {
    const issue = onlyIssue(await withContent({ [COMMITMENT]: gbk(fixtureText(COMMITMENT)) }));
    expect(issue.file).toBe(COMMITMENT);
    expect(issue.line).toBeUndefined();
    expect(issue.message).toContain('这个文件不是 UTF-8 编码（看起来是 GBK/GB18030');
    expect(issue.message).toContain('“另存为”');
  });

  test('a GBK Markdown case is refused with one line too', async () => {
    const issue = onlyIssue(await withContent({ [FRAUD]: gbk(fixtureText(FRAUD)) }));
    expect(issue).toMatchObject({ file: FRAUD, message: expect.stringContaining('不是 UTF-8 编码') });
  });

  test('a UTF-16 YAML file (with BOM) is refused with one line', async () => {
    const issue = onlyIssue(await withContent({ [COMMITMENT]: utf16(fixtureText(COMMITMENT)) }));
    expect(issue).toMatchObject({
      file: COMMITMENT,
      message: expect.stringContaining('这个文件是 UTF-16（“Unicode”）编码'),
    });
  });

  test('broken bytes inside a UTF-8 Markdown file are refused with their line', async () => {
    const text = fixtureText(FRAUD);
    const [before, after] = text.split('骗取李某') as [string, string];
    const bytes = Buffer.concat([Buffer.from(`${before}骗取`), Buffer.from([0xc0, 0xee]), Buffer.from(`某${after}`)]);
    const issue = onlyIssue(await withContent({ [FRAUD]: bytes }));
    expect(issue).toMatchObject({ file: FRAUD, line: lineOf(text, '骗取李某') });
    expect(issue.message).toContain('这一行有不是 UTF-8 编码的字节，网站会显示成乱码');
    expect(issue.message).toContain('骗取��某');
  });
});

// ---- Excel workbooks ----

/** Excel's serial day numbers: 2026-09-20, 2026-09-30 and 2026-12-31. */
const SEP_20 = 46285;
const SEP_30 = 46295;
const DEC_31 = 46387;

/** The fixture's two items as a sheet: a merged title row, dates as date cells and serials, 序号 as numbers. */
function ledgerRows(): CellInput[][] {
  return [
    ['2026年第二季度平安建设督查问题整改台账'],
    HEADERS,
    [
      1,
      '夜间巡逻力量不足，群众反映强烈',
      '县公安局',
      '城关镇、县文明办',
      '增加巡逻班次；设置治安岗亭',
      { t: 'n', v: SEP_30, z: 'yyyy/m/d' },
      '已销号',
      { t: 'n', v: SEP_20 + 0.75, z: 'yyyy"年"m"月"d"日" h:mm' },
      '2026-09-20 已增设岗亭2个',
      null,
    ],
    [
      2.0,
      '矛盾纠纷排查台账不全',
      { t: 's', v: '城关镇', f: 'VLOOKUP(A4,单位!A:B,2,FALSE)' },
      null,
      '完善台账',
      DEC_31,
      '整改中',
      null,
      '正在逐村核对',
      '需与各村核对名单',
    ],
  ];
}

async function withWorkbook(xlsx: Buffer, extra: Record<string, string | Buffer | null> = {}): Promise<LoadResult> {
  return withContent({
    [BATCH]: replace('ledger: 2026-ducha.csv', 'ledger: 2026-ducha.xlsx'),
    [LEDGER]: null,
    [XLSX_LEDGER]: xlsx,
    ...extra,
  });
}

describe('Excel workbook ledgers (.xlsx)', () => {
  test('read to the same items: date cells, serial numbers, 3.0 as 3, formulas by their cached value, 备注 shown', async () => {
    const result = await withWorkbook(
      workbook([{ name: '台账', rows: ledgerRows(), merges: ['A1:J1'], ref: 'A1:J40' }]),
    );
    expect(result.issues).toEqual([]);
    const items = ledgerItems(result)!;
    const expected = await reference();
    expect(items).toEqual([expected[0], { ...expected[1], remark: '需与各村核对名单' }]);
    expect(result.notes).toEqual([
      { file: XLSX_LEDGER, message: '按 Excel 工作簿读取，读取的是工作表“台账”' },
      { file: XLSX_LEDGER, message: '第 1 行“2026年第二季度平安建设督查问题整改台账”看作表格标题，不发布' },
    ]);
  });

  test('a date cell reads as the same day in every time zone', async () => {
    const saved = process.env['TZ'];
    const rows = ledgerRows();
    // A real Date as SheetJS writes it (a serial with a date format), and an ISO date cell (t="d").
    rows[2]![5] = new Date(2026, 8, 30);
    rows[3]![5] = { t: 'd', v: new Date(Date.UTC(2026, 11, 31)), z: 'yyyy-mm-dd' };
    const xlsx = workbook([{ name: '台账', rows }]);
    try {
      for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env['TZ'] = zone;
        const items = ledgerItems(await withWorkbook(xlsx))!;
        expect(
          items.map((i) => i.due),
          zone,
        ).toEqual(['2026-09-30', '2026-12-31']);
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });

  test('every error names the row and the column letter: a bad unit name', async () => {
    const rows = ledgerRows();
    rows[3]![2] = '县公按局';
    const { issues } = await withWorkbook(workbook([{ name: '台账', rows }]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: XLSX_LEDGER, row: 4, column: '责任单位', columnLetter: 'C' });
    expect(formatIssues(issues)).toContain(
      '✗ rectification/2026-ducha.xlsx\n  - 第 4 行，C 列（责任单位）：找不到单位“县公按局”：请填写 units.yaml 中某个单位的 id、全称或别名。',
    );
  });

  test('a bad date and a fractional 序号 name their cells', async () => {
    const rows = ledgerRows();
    rows[2]![0] = 1.5;
    rows[3]![5] = '年底前';
    const { issues } = await withWorkbook(workbook([{ name: '台账', rows }]));
    expect(issues.map((i) => [i.row, i.columnLetter, i.column])).toEqual([
      [3, 'A', '序号'],
      [4, 'F', '整改时限'],
    ]);
    expect(issues[0]!.message).toBe('序号应为正整数，现在写的是“1.5”。');
  });

  test('a sheet that starts in column B names the columns as Excel does', async () => {
    const rows = ledgerRows().map((row) => [null, ...row]);
    rows[3]![3] = '县公按局';
    const { issues } = await withWorkbook(workbook([{ name: '台账', rows }]));
    expect(issues.map((i) => i.columnLetter)).toEqual(['D']);
  });

  test('rich text reads as its plain text', async () => {
    const xlsx = rewriteXlsxPart(workbook([{ name: '台账', rows: ledgerRows() }]), 'sharedStrings.xml', (xml) =>
      xml.replace(
        '<si><t>矛盾纠纷排查台账不全</t></si>',
        '<si><r><rPr><b/></rPr><t>矛盾纠纷</t></r><r><t>排查台账不全</t></r></si>',
      ),
    );
    const result = await withWorkbook(xlsx);
    expect(result.issues).toEqual([]);
    expect(ledgerItems(result)![1]!.problem).toBe('矛盾纠纷排查台账不全');
  });

  test('a unit merged down over two rows counts for both; a merge across columns is refused with its cells', async () => {
    const rows = ledgerRows();
    rows[3]![2] = null; // covered by the merge C3:C4
    rows.push([3, '占道经营', null, null, '每日巡查', SEP_30, '整改中', null, null, null]);
    const result = await withWorkbook(workbook([{ name: '台账', rows, merges: ['A1:J1', 'C3:C4', 'B5:C5'] }]));
    expect(result.issues).toHaveLength(1);
    expect(formatIssues(result.issues)).toContain(
      '第 5 行，B–C 列（问题、责任单位）：这几格是横向合并的单元格：台账的每一列是一项内容，请取消合并，把内容分别填入各列。',
    );
    expect(ledgerItems(result)!.map((i) => i.unit)).toEqual(['gongan', 'gongan']);
  });

  test('hidden sheets are skipped; the first visible sheet is read and the others are named', async () => {
    const result = await withWorkbook(
      workbook([
        {
          name: '旧台账',
          rows: [
            ['序号', '问题'],
            ['x', 'y'],
          ],
          hidden: true,
        },
        { name: '台账', rows: ledgerRows() },
        { name: '填写说明', rows: [['整改状态只能填写：未启动、整改中、已完成、长期坚持、已销号']] },
      ]),
    );
    expect(result.issues).toEqual([]);
    expect(ledgerItems(result)).toHaveLength(2);
    expect(result.notes.map((n) => n.message)).toEqual([
      '按 Excel 工作簿读取，读取的是工作表“台账”',
      '其余工作表（“填写说明”）不会读取，也不会发布',
      '隐藏的工作表（“旧台账”）已跳过',
      '第 1 行“2026年第二季度平安建设督查问题整改台账”看作表格标题，不发布',
    ]);
  });

  test('an Excel error value is reported once, at its cell', async () => {
    const rows = ledgerRows();
    rows[3]![2] = { t: 'e', v: 0x2a, w: '#N/A' };
    const { issues } = await withWorkbook(workbook([{ name: '台账', rows }]));
    expect(formatIssues(issues)).toContain(
      '第 4 行，C 列（责任单位）：这一格是 Excel 错误值 #N/A：多为公式出错，请改正公式或直接填写内容。',
    );
    expect(issues).toHaveLength(1);
  });

  test('a formula whose value was never saved (a file no spreadsheet program calculated) is reported at its cell', async () => {
    const xlsx = rewriteXlsxPart(workbook([{ name: '台账', rows: ledgerRows() }]), 'sheet1.xml', (xml) =>
      xml.replace(/<c r="A4"[^>]*>.*?<\/c>/, '<c r="A4"><f>A3+1</f></c>'),
    );
    const { issues } = await withWorkbook(xlsx);
    expect(formatIssues(issues)).toContain(
      '第 4 行，A 列（序号）：这一格的公式没有保存计算结果：请在 Excel 或 WPS 中打开文件、确认显示正确后重新保存。',
    );
    expect(issues).toHaveLength(1);
  });

  test('the personal-data scan reads the cells, and its line is the row', async () => {
    const rows = ledgerRows();
    rows[3]![9] = 13812345678; // typed as a number
    const { issues } = await withWorkbook(workbook([{ name: '台账', rows }]));
    expect(issues.map((i) => [i.file, i.line])).toEqual([[XLSX_LEDGER, 4]]);
    expect(issues[0]!.message).toContain('发现疑似手机号（138****5678）');
  });

  test('the 1904 date system (old Mac Excel) reads the same dates', async () => {
    const rows = ledgerRows();
    rows[2]![5] = { t: 'n', v: SEP_30 - 1462, z: 'yyyy/m/d' };
    rows[2]![7] = { t: 'n', v: SEP_20 - 1462, z: 'yyyy/m/d' };
    rows[3]![5] = DEC_31 - 1462;
    const result = await withWorkbook(workbook([{ name: '台账', rows }], { date1904: true }));
    expect(result.issues).toEqual([]);
    expect(ledgerItems(result)!.map((i) => [i.due, i.completedAt])).toEqual([
      ['2026-09-30', '2026-09-20'],
      ['2026-12-31', undefined],
    ]);
  });

  test('a file that is not a workbook, or an old .xls, is refused with what to do', async () => {
    const csv = onlyIssue(await withWorkbook(Buffer.from(csvText())));
    expect(csv).toMatchObject({
      file: XLSX_LEDGER,
      message: expect.stringContaining('这个文件不是 Excel 工作簿（.xlsx）'),
    });
    expect(csv.message).toContain('“Excel 工作簿（*.xlsx）”');
    const ole = onlyIssue(
      await withWorkbook(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
    );
    expect(ole.message).toContain('设置了打开密码，或是旧版 Excel 97-2003（.xls）格式');
  });

  test('a workbook no batch refers to is reported, like a CSV', async () => {
    const issue = onlyIssue(
      await withContent({ 'rectification/2026-extra.xlsx': workbook([{ name: '台账', rows: ledgerRows() }]) }),
    );
    expect(issue).toMatchObject({
      file: 'rectification/2026-extra.xlsx',
      message: expect.stringContaining('没有被任何整改批次引用'),
    });
  });
});
