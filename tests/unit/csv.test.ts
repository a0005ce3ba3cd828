// parseCsv (RFC 4180 as spreadsheets write it), csvCell (quoting for downloads) and the formula guard of published CSV.
import { describe, expect, test } from 'vitest';
import { csvCell, guardFormula, parseCsv, publishedCsvLine, unguardFormula, type CsvResult } from '../../src/lib/csv.ts';

function records(result: CsvResult) {
  if (!result.ok) throw new Error(`parse failed: ${result.message}`);
  return result.records;
}

describe('parseCsv', () => {
  test('plain cells, trimmed, with spreadsheet row numbers and file lines', () => {
    expect(records(parseCsv('序号,问题\n1, 路灯损坏 \n2,占道经营\n'))).toEqual([
      { cells: ['序号', '问题'], row: 1, line: 1 },
      { cells: ['1', '路灯损坏'], row: 2, line: 2 },
      { cells: ['2', '占道经营'], row: 3, line: 3 },
    ]);
  });

  test('quoted cells may hold commas, doubled quotes and newlines', () => {
    const rows = records(parseCsv('a,b\n"x, y","他说""好""",\n"第一行\n第二行",z\n'));
    expect(rows[1]!.cells).toEqual(['x, y', '他说"好"', '']);
    expect(rows[2]).toEqual({ cells: ['第一行\n第二行', 'z'], row: 3, line: 3 });
  });

  test('a record after a multi-line cell keeps its own file line', () => {
    const rows = records(parseCsv('a,b\n"1\n2\n3",x\nlast,y'));
    expect(rows[2]).toEqual({ cells: ['last', 'y'], row: 3, line: 5 });
  });

  test('a BOM is dropped and CRLF line ends are read like LF', () => {
    const withBom = records(parseCsv('\uFEFF序号,问题\r\n1,路灯\r\n'));
    expect(withBom).toEqual(records(parseCsv('序号,问题\n1,路灯\n')));
    expect(withBom[0]!.cells[0]).toBe('序号');
  });

  test('blank lines (e.g. the one Excel adds at the end) are skipped without shifting row numbers of later records', () => {
    const rows = records(parseCsv('a,b\n\n1,2\n,\n'));
    expect(rows).toEqual([
      { cells: ['a', 'b'], row: 1, line: 1 },
      { cells: ['1', '2'], row: 2, line: 3 },
    ]);
  });

  test('the last record without a final newline is kept', () => {
    expect(records(parseCsv('a,b\n1,2')).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('a quote in the middle of a cell is just a character', () => {
    expect(records(parseCsv('a\n5"屏幕\n'))[1]!.cells).toEqual(['5"屏幕']);
  });

  test('an unclosed quote names the line where it opens', () => {
    const result = parseCsv('a,b\n1,ok\n2,"未闭合\n3,x\n');
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('expected a CSV error');
    expect(result.line).toBe(3);
    expect(result.message).toContain('第 3 行开始的引号没有闭合');
    expect(result.message).toContain('两个（""）');
  });

  test('an empty file has no records', () => {
    expect(records(parseCsv(''))).toEqual([]);
  });
});

describe('csvCell', () => {
  test('quotes only when needed, doubling quotes', () => {
    expect(csvCell('路灯损坏')).toBe('路灯损坏');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('一\n二')).toBe('"一\n二"');
  });

  test('what csvCell writes, parseCsv reads back', () => {
    const cells = ['x, y', '他说"好"', '多\n行', '普通'];
    expect(records(parseCsv(`${cells.map(csvCell).join(',')}\n`))[0]!.cells).toEqual(cells);
  });
});

describe('guardFormula (OWASP: a published cell is never a spreadsheet formula)', () => {
  test.each([
    ['=HYPERLINK("http://example.com","点击")', `'=HYPERLINK("http://example.com","点击")`],
    ['+1+2', `'+1+2`],
    [`-2+3+cmd|' /C calc'!A0`, `'-2+3+cmd|' /C calc'!A0`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['-', `'-`],
    ['- 已完成', `'- 已完成`],
    ['-3.5-1', `'-3.5-1`],
  ])('%j is led by an apostrophe', (cell, guarded) => {
    expect(guardFormula(cell)).toBe(guarded);
  });

  test.each(['12', '-3.5', '+12', '0.5', '-.5', '1e3', '-2E-4', '2026-08-31', '2026-10-15 已完成路灯更换', '路灯损坏', '', `'abc`, 'a=b', ' =1'])(
    '%j is left as it is',
    (cell) => {
      expect(guardFormula(cell)).toBe(cell);
    },
  );

  test('a cell already led by apostrophes before a formula character gets one more, so it reads back exactly', () => {
    expect(guardFormula(`'=1+1`)).toBe(`''=1+1`);
    expect(guardFormula(`''@x`)).toBe(`'''@x`);
    expect(guardFormula(`'-3`)).toBe(`'-3`);
  });

  test('unguardFormula drops only the apostrophe guardFormula put there', () => {
    for (const cell of ['=1+1', `'=1+1`, '+x', '-x', '@x', '\tx', '12', '-3.5', `'-3`, `'abc`, `'`, '路灯', `''`]) {
      expect(unguardFormula(guardFormula(cell)), cell).toBe(cell);
    }
    expect(unguardFormula(`'=1+1`)).toBe('=1+1');
    expect(unguardFormula(`'abc`)).toBe(`'abc`);
    expect(unguardFormula(`'-3.5`)).toBe(`'-3.5`);
    expect(unguardFormula('=1+1')).toBe('=1+1');
  });

  test('publishedCsvLine guards, then quotes; parseCsv reads the guarded cells back', () => {
    const cells = ['1', '=A1,B1', '-3.5', '@县公安局 请核实', '他说"好"'];
    const line = publishedCsvLine(cells);
    expect(line).toBe(`1,"'=A1,B1",-3.5,'@县公安局 请核实,"他说""好"""`);
    const parsed = records(parseCsv(`${line}\n`))[0]!.cells;
    expect(parsed.map(unguardFormula)).toEqual(cells);
  });
});
