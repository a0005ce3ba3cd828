// readLedger: a rectification CSV ledger with Chinese headers, read into items with errors by row and column.
import { describe, expect, test } from 'vitest';
import { LEDGER_COLUMNS, normalizeLedgerDate, readLedger } from '../../src/lib/ledger.ts';

const FILE = 'rectification/test.csv';
const UNITS: Record<string, string> = {
  gongan: 'gongan',
  测试县公安局: 'gongan',
  县公安局: 'gongan',
  城关镇: 'chengguan-zhen',
  县文明办: 'wenmingban',
};
const resolve = (name: string) => UNITS[name];
const HEADER = LEDGER_COLUMNS.map((c) => c.header).join(',');
const read = (...rows: string[]) => readLedger([HEADER, ...rows].join('\n'), FILE, resolve);

describe('normalizeLedgerDate', () => {
  test.each([
    ['2026-06-30', '2026-06-30'],
    ['2026/6/30', '2026-06-30'],
    ['2026.6.3', '2026-06-03'],
    ['2026年6月3日', '2026-06-03'],
    [' 2026/12/31 ', '2026-12-31'],
    ['2026/2/30', '2026-02-30'],
    ['6月底', '6月底'],
  ])('%j → %j', (input, output) => {
    expect(normalizeLedgerDate(input)).toBe(output);
  });
});

describe('readLedger', () => {
  test('a full row: units by id, name or alias; measures and co-units split; dated progress', () => {
    const { items, issues } = read(
      '1,路灯损坏,县公安局,城关镇、县文明办,"更换灯具；加强巡查\n夜间抽查",2026/6/30,已完成,2026年6月20日,2026-06-20：已更换',
    );
    expect(issues).toEqual([]);
    expect(items).toEqual([
      {
        number: 1,
        problem: '路灯损坏',
        unit: 'gongan',
        coUnits: ['chengguan-zhen', 'wenmingban'],
        measures: ['更换灯具', '加强巡查', '夜间抽查'],
        due: '2026-06-30',
        status: '已完成',
        completedAt: '2026-06-20',
        progress: [{ date: '2026-06-20', note: '已更换' }],
      },
    ]);
  });

  test('a staff ledger reads as written, formula-like cells included; only the apostrophe the site’s own CSV adds is dropped', () => {
    const { items, issues } = read(
      `1,=SUM(A1:A2),gongan,,-先行排查；'现场核查,2026-06-30,整改中,,@县公安局 请核实`,
      `2,'路灯损坏,gongan,,'=更换灯具,2026-06-30,整改中,,''+备注`,
    );
    expect(issues).toEqual([]);
    expect(items.map((i) => [i.problem, i.measures, i.progress])).toEqual([
      ['=SUM(A1:A2)', ['-先行排查', `'现场核查`], [{ note: '@县公安局 请核实' }]],
      [`'路灯损坏`, ['=更换灯具'], [{ note: `'+备注` }]],
    ]);
  });

  test('co-units may also be separated by commas inside a quoted cell', () => {
    const { items, issues } = read('1,路灯损坏,gongan,"城关镇，县文明办",更换,2026-06-30,整改中,,');
    expect(issues).toEqual([]);
    expect(items[0]!.coUnits).toEqual(['chengguan-zhen', 'wenmingban']);
  });

  test('a 最新进展 without a leading date is one undated entry; an empty one is none', () => {
    const { items } = read(
      '1,a,gongan,,m,2026-06-30,整改中,,正在推进 2026-06-01 起',
      '2,b,gongan,,m,2026-06-30,整改中,,',
    );
    expect(items[0]!.progress).toEqual([{ note: '正在推进 2026-06-01 起' }]);
    expect(items[1]!.progress).toBeUndefined();
  });

  test('optional columns may be left out of the header entirely', () => {
    const { items, issues } = readLedger(
      '序号,问题,责任单位,整改措施,整改时限,整改状态\n1,a,gongan,m,2026-06-30,长期坚持',
      FILE,
      resolve,
    );
    expect(issues).toEqual([]);
    expect(items).toEqual([
      { number: 1, problem: 'a', unit: 'gongan', measures: ['m'], due: '2026-06-30', status: '长期坚持' },
    ]);
  });

  test('columns may be in any order', () => {
    const { items, issues } = readLedger(
      '整改状态,序号,整改时限,整改措施,责任单位,问题\n未启动,7,2026-06-30,m,城关镇,a',
      FILE,
      resolve,
    );
    expect(issues).toEqual([]);
    expect(items[0]).toMatchObject({ number: 7, unit: 'chengguan-zhen', status: '未启动' });
  });

  test('an empty file', () => {
    expect(readLedger('', FILE, resolve)).toEqual({
      items: [],
      issues: [{ file: FILE, message: expect.stringContaining('台账是空的') }],
      rowOf: new Map(),
      notes: [],
    });
  });

  test('a header without rows', () => {
    const { issues } = read();
    expect(issues).toEqual([{ file: FILE, message: '台账只有表头，没有任何整改事项。' }]);
  });

  test('a header written twice', () => {
    const { issues } = readLedger('序号,问题,问题,责任单位,整改措施,整改时限,整改状态\n', FILE, resolve);
    expect(issues).toEqual([{ file: FILE, row: 1, column: '问题', message: '表头“问题”出现了两次，请删除重复的列。' }]);
  });

  test('an empty header cell over data is named by its position', () => {
    const { issues } = readLedger(`${HEADER},\n1,a,gongan,,m,2026-06-30,整改中,,,,联系人王某`, FILE, resolve);
    expect(issues).toEqual([
      expect.objectContaining({ row: 1, column: '第 11 列', message: expect.stringContaining('这一列有内容，但没有表头') }),
    ]);
  });

  test('an empty header cell over an empty column (a trailing comma) is ignored', () => {
    const { items, issues } = readLedger(`${HEADER},\n1,a,gongan,,m,2026-06-30,整改中,,,,`, FILE, resolve);
    expect(issues).toEqual([]);
    expect(items).toHaveLength(1);
  });

  test('several missing required columns are each named', () => {
    const { issues } = readLedger('序号,问题\n1,a', FILE, resolve);
    expect(issues.map((i) => i.column)).toEqual(['责任单位', '整改措施', '整改时限', '整改状态']);
    expect(issues.every((i) => i.row === 1 && i.message.includes('缺少必填列'))).toBe(true);
  });

  test('a number that is not a whole number', () => {
    const { items, issues } = read('一,a,gongan,,m,2026-06-30,整改中,,');
    expect(items).toEqual([]);
    expect(issues).toEqual([{ file: FILE, row: 2, column: '序号', message: '序号应为正整数，现在写的是“一”。' }]);
  });

  test('a bad date names the row and column and quotes the cell', () => {
    const { issues } = read('1,a,gongan,,m,六月底,整改中,,');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, row: 2, column: '整改时限' });
    expect(issues[0]!.message).toContain('YYYY-MM-DD');
    expect(issues[0]!.message).toContain('“六月底”');
  });

  test('completedAt given while still 整改中', () => {
    const { issues } = read('1,a,gongan,,m,2026-06-30,整改中,2026-06-01,');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 2, column: '完成时间' });
    expect(issues[0]!.message).toContain('不应填写完成时间');
  });

  test('a missing completion date speaks of the column, not the YAML field', () => {
    const { issues } = read('1,a,gongan,,m,2026-06-30,已完成,,');
    expect(issues[0]).toMatchObject({ row: 2, column: '完成时间' });
    expect(issues[0]!.message).toContain('“完成时间”');
    expect(issues[0]!.message).not.toContain('completedAt');
  });

  test('every bad row is reported and the good rows are kept', () => {
    const { items, issues, rowOf } = read(
      '1,a,gongan,,m,2026-06-30,整改中,,',
      '2,b,县法院,,m,2026-06-30,整改中,,',
      '3,c,gongan,,,2026-06-30,进行中,,',
      '4,d,gongan,,m,2026-06-30,未启动,,',
    );
    expect(items.map((i) => i.number)).toEqual([1, 4]);
    // Each kept item's spreadsheet row, for the checks made after reading (dates against the batch and the as-of date).
    expect([...rowOf]).toEqual([
      [1, 2],
      [4, 5],
    ]);
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [3, '责任单位'],
      [4, '整改措施'],
      [4, '整改状态'],
    ]);
  });

  test('a duplicate number names its row and the first one', () => {
    const { items, issues } = read(
      '5,a,gongan,,m,2026-06-30,整改中,,',
      '6,b,gongan,,m,2026-06-30,整改中,,',
      '5,c,gongan,,m,2026-06-30,整改中,,',
    );
    expect(items.map((i) => i.problem)).toEqual(['a', 'b']);
    expect(issues).toEqual([
      { file: FILE, row: 4, column: '序号', message: '序号 5 与第 2 行重复了：同一批次中每个事项的序号必须不同。' },
    ]);
  });

  test('trailing empty cells beyond the header are tolerated', () => {
    const { items, issues } = read('1,a,gongan,,m,2026-06-30,整改中,,,,');
    expect(issues).toEqual([]);
    expect(items).toHaveLength(1);
  });

  test('a CSV syntax error is reported with its line', () => {
    const { issues } = read('1,"a,gongan,,m,2026-06-30,整改中,,');
    expect(issues).toEqual([{ file: FILE, line: 2, message: expect.stringContaining('CSV 格式错误') }]);
  });
});
