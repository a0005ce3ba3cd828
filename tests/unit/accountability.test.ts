// Unit tests of src/lib/accountability.ts on hand-made data: counts, rates, overdue ordering, rollups, indicators, CSV round trip.
import { describe, expect, it } from 'vitest';
import {
  BATCH_COLUMN,
  LEDGER_HEADERS,
  allLedgersCsv,
  asExported,
  currentPeriod,
  describeIndicator,
  difference,
  groupByPeriod,
  latestProgress,
  ledgerCsv,
  ledgerRow,
  meetsTarget,
  overdueFirst,
  overdueItems,
  progressCell,
  rollupUnit,
  sortSeries,
  sumCommitmentTallies,
  summarizeIndicator,
  tallyCommitmentItems,
  tallyRectificationItems,
} from '../../src/lib/accountability.ts';
import { csvCell, parseCsv } from '../../src/lib/csv.ts';
import { readLedger } from '../../src/lib/ledger.ts';
import { periodLabel } from '../../src/lib/periods.ts';
import type { CommitmentItem } from '../../src/schemas/commitments.ts';
import type { RectificationItem } from '../../src/schemas/rectification.ts';

const AS_OF = '2026-11-21';

const promise = (status: CommitmentItem['status'], due: string, text = `承诺 ${status} ${due}`): CommitmentItem => ({
  text,
  status,
  due,
});
const fix = (
  number: number,
  status: RectificationItem['status'],
  due: string,
  extra: Partial<RectificationItem> = {},
): RectificationItem => ({
  number,
  problem: `问题 ${number}`,
  unit: 'gongan',
  measures: ['措施甲'],
  due,
  status,
  ...(status === '已完成' || status === '已销号' ? { completedAt: '2026-10-01' } : {}),
  ...extra,
});

describe('tallyCommitmentItems', () => {
  const items = [
    promise('已兑现', '2026-09-30'),
    promise('已兑现', '2026-12-31'),
    promise('部分兑现', '2026-10-31'),
    promise('未兑现', '2026-06-30'),
    promise('推进中', '2026-11-20'), // one day overdue
    promise('推进中', '2026-11-21'), // due today: not overdue
    promise('未启动', '2026-01-01'), // overdue
    promise('未启动', '2027-01-01'),
  ];
  const t = tallyCommitmentItems(items, AS_OF);

  it('counts each item once, under what the reader sees (逾期 replaces an open status past due)', () => {
    expect(t.total).toBe(8);
    expect(t.byLabel).toEqual({ 已兑现: 2, 部分兑现: 1, 推进中: 1, 未启动: 1, 逾期: 2, 未兑现: 1 });
    expect(Object.values(t.byLabel).reduce((a, b) => a + b, 0)).toBe(t.total);
  });

  it('keeps the written statuses too', () => {
    expect(t.byStatus).toEqual({ 未启动: 2, 推进中: 2, 已兑现: 2, 部分兑现: 1, 未兑现: 1 });
    expect(t.overdue).toBe(2);
  });

  it('rates fulfilment as 已兑现 / total, 部分兑现 counted in the total only', () => {
    expect(t.fulfilled).toBe(2);
    expect(t.partial).toBe(1);
    expect(t.rate).toBe(2 / 8);
  });

  it('has no rate without items', () => {
    expect(tallyCommitmentItems([], AS_OF).rate).toBeNull();
  });

  it('adds tallies up', () => {
    const sum = sumCommitmentTallies([t, tallyCommitmentItems([promise('已兑现', '2026-01-01')], AS_OF)]);
    expect(sum.total).toBe(9);
    expect(sum.fulfilled).toBe(3);
    expect(sum.byLabel['已兑现']).toBe(3);
    expect(sum.overdue).toBe(2);
    expect(sum.rate).toBe(3 / 9);
  });
});

describe('tallyRectificationItems', () => {
  const items = [
    fix(1, '已完成', '2026-09-30'),
    fix(2, '已销号', '2026-08-31'),
    fix(3, '长期坚持', '2026-01-31'), // past due, but ongoing work is never overdue
    fix(4, '整改中', '2026-10-31'),
    fix(5, '整改中', '2026-12-31'),
    fix(6, '未启动', '2026-11-01'),
  ];
  const t = tallyRectificationItems(items, AS_OF);

  it('counts 已完成 + 已销号 as done; 长期坚持 is in the total but not done', () => {
    expect(t.total).toBe(6);
    expect(t.done).toBe(2);
    expect(t.longTerm).toBe(1);
    expect(t.rate).toBe(2 / 6);
  });

  it('derives 逾期 only for open items past due', () => {
    expect(t.overdue).toBe(2);
    expect(t.byLabel).toEqual({ 已完成: 1, 已销号: 1, 长期坚持: 1, 整改中: 1, 未启动: 0, 逾期: 2 });
  });
});

describe('overdueFirst', () => {
  const items = [
    fix(1, '已完成', '2026-01-01'),
    fix(2, '整改中', '2026-12-31'),
    fix(3, '整改中', '2026-11-01'), // 20 days overdue
    fix(4, '未启动', '2026-10-01'), // 51 days overdue
    fix(5, '整改中', '2026-11-30'),
    fix(6, '长期坚持', '2026-03-01'),
  ];

  it('puts overdue items first (most days first), then open items by due date, then 长期坚持, then closed ones', () => {
    const ranked = overdueFirst(items, AS_OF);
    expect(ranked.map((r) => r.item.number)).toEqual([4, 3, 5, 2, 6, 1]);
    expect(ranked[0]?.derived.daysOverdue).toBe(51);
  });

  it('lists only the overdue items', () => {
    expect(overdueItems(items, AS_OF).map((r) => [r.item.number, r.derived.daysOverdue])).toEqual([
      [4, 51],
      [3, 20],
    ]);
  });
});

describe('periods', () => {
  const commitments = [
    { id: '2026-h1/b', period: '2026-H1', unit: 'b' },
    { id: '2026-h2/b', period: '2026-H2', unit: 'b' },
    { id: '2026-h2/a', period: '2026-H2', unit: 'a' },
    { id: '2025/a', period: '2025', unit: 'a' },
    { id: '2026-h2/x', period: '2026-H2', unit: 'x' },
  ];

  it('groups newest period first and orders units as units.yaml does', () => {
    const groups = groupByPeriod(commitments, ['a', 'b']);
    expect(groups.map((g) => g.period)).toEqual(['2026-H2', '2026-H1', '2025']);
    expect(groups[0]?.commitments.map((c) => c.unit)).toEqual(['a', 'b', 'x']);
  });

  it('takes the newest period that has started as the current one', () => {
    expect(currentPeriod(['2026-H1', '2026-H2', '2027-H1'], '2026-11-21')).toBe('2026-H2');
    expect(currentPeriod(['2026-H1', '2026-H2'], '2026-06-30')).toBe('2026-H1');
    expect(currentPeriod(['2026-H2'], '2026-06-30')).toBeUndefined();
  });
});

describe('rollupUnit', () => {
  const batches = [
    {
      id: 'b1',
      foundAt: '2026-05-01',
      items: [fix(1, '已完成', '2026-06-30'), fix(2, '整改中', '2026-10-31', { unit: 'sifaju', coUnits: ['gongan'] })],
    },
    { id: 'b2', foundAt: '2026-09-01', items: [fix(1, '整改中', '2026-11-01'), fix(2, '长期坚持', '2026-12-31')] },
  ];
  const commitments = [
    { id: '2026-h1/gongan', period: '2026-H1', unit: 'gongan', items: [promise('已兑现', '2026-06-30')] },
    {
      id: '2026-h2/gongan',
      period: '2026-H2',
      unit: 'gongan',
      items: [promise('推进中', '2026-10-31'), promise('已兑现', '2026-09-30')],
    },
    { id: '2026-h2/fayuan', period: '2026-H2', unit: 'fayuan', items: [promise('推进中', '2026-10-31')] },
  ];
  const cases = [
    { id: '2026-001', unit: 'gongan', published: '2026-03-01' },
    {
      id: '2026-002',
      unit: 'gongan',
      published: '2026-04-01',
      withdrawn: { date: '2026-05-01', reason: '当事人信息有误' },
    },
    { id: '2026-003', unit: 'fayuan', published: '2026-04-01' },
    { id: '2026-004', unit: 'gongan', published: '2026-06-01' },
  ];
  const r = rollupUnit('gongan', { commitments, batches, cases }, AS_OF);

  it('lists exactly the unit’s commitments, newest first, with their summed tally', () => {
    expect(r.commitments.map((c) => c.id)).toEqual(['2026-h2/gongan', '2026-h1/gongan']);
    expect(r.commitmentTally).toMatchObject({ total: 3, fulfilled: 2, overdue: 1 });
  });

  it('lists exactly the items it is responsible for, overdue first, and separately those it helps with', () => {
    expect(r.responsible.map((x) => `${x.batch.id}#${x.item.number}`)).toEqual(['b2#1', 'b2#2', 'b1#1']);
    expect(r.responsibleTally).toMatchObject({ total: 3, done: 1, longTerm: 1, overdue: 1 });
    expect(r.cooperating.map((x) => `${x.batch.id}#${x.item.number}`)).toEqual(['b1#2']);
  });

  it('leaves withdrawn cases out, newest first', () => {
    expect(r.cases.map((c) => c.id)).toEqual(['2026-004', '2026-001']);
  });

  it('gives an empty rollup for a unit with nothing published', () => {
    const empty = rollupUnit('lvxie', { commitments, batches, cases }, AS_OF);
    expect(empty.commitments).toEqual([]);
    expect(empty.responsible).toEqual([]);
    expect(empty.cases).toEqual([]);
    expect(empty.commitmentTally.rate).toBeNull();
  });
});

describe('indicators', () => {
  const safety = {
    id: 'anquangan',
    name: '群众安全感',
    unit: '%',
    target: 98,
    higherIsBetter: true,
    series: [
      { period: '2026-Q2', value: 98.06, rank: 2 },
      { period: '2025-Q4', value: 97.84, rank: 3 },
      { period: '2026-Q3', value: 98.21, rank: 2 },
    ],
  };
  const fraud = {
    id: 'dianzha',
    name: '电信网络诈骗案件发案数',
    unit: '起',
    target: 45,
    higherIsBetter: false,
    series: [{ period: '2026-Q3', value: 46 }],
  };

  it('orders a series oldest first', () => {
    expect(sortSeries(safety.series).map((p) => p.period)).toEqual(['2025-Q4', '2026-Q2', '2026-Q3']);
  });

  it('judges the target in the indicator’s direction', () => {
    expect(meetsTarget(98.21, 98, true)).toBe(true);
    expect(meetsTarget(97.9, 98, true)).toBe(false);
    expect(meetsTarget(46, 45, false)).toBe(false);
    expect(meetsTarget(45, 45, false)).toBe(true);
    expect(meetsTarget(45, undefined, false)).toBeUndefined();
  });

  it('summarizes the latest value and the change without floating-point noise', () => {
    expect(difference(98.06, 98.21)).toBe(0.15);
    expect(summarizeIndicator(safety)).toMatchObject({
      latest: { period: '2026-Q3', value: 98.21, rank: 2 },
      change: 0.15,
      targetMet: true,
    });
    expect(summarizeIndicator(fraud)).toMatchObject({ change: undefined, targetMet: false });
  });

  it('describes the chart in words: latest value, target, whether met, direction', () => {
    const text = describeIndicator(safety, periodLabel);
    expect(text).toContain('2025年第四季度至2026年第三季度共 3 期');
    expect(text).toContain('最新值 98.21%（2026年第三季度）');
    expect(text).toContain('目标值 98%，已达标');
    expect(text).toContain('数值越高越好');
    expect(text).toContain('较上期上升 0.15 个百分点');
    expect(describeIndicator(fraud, periodLabel)).toContain('目标值 45起，未达标；数值越低越好');
  });
});

describe('CSV ledger export', () => {
  const units = [
    { id: 'gongan', name: '示例县公安局', aliases: ['县公安局'] },
    { id: 'sifaju', name: '示例县司法局', aliases: [] },
    { id: 'wenmingban', name: '示例县精神文明建设指导委员会办公室', aliases: ['县文明办'] },
  ];
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const resolve = (name: string) => units.find((u) => u.id === name || u.name === name || u.aliases.includes(name))?.id;
  const items: RectificationItem[] = [
    fix(1, '已完成', '2026-08-31', {
      problem: '问题含逗号,和“引号”以及"英文引号"',
      coUnits: ['sifaju', 'wenmingban'],
      measures: ['措施一', '措施二, 带逗号'],
      progress: [
        { date: '2026-09-30', note: '较晚的进展' },
        { date: '2026-08-01', note: '较早的进展' },
      ],
    }),
    fix(2, '整改中', '2026-12-31', { problem: '多行\n问题', progress: [{ note: '未注明日期的进展' }] }),
    fix(3, '长期坚持', '2026-12-31', { unit: 'wenmingban' }),
    fix(10, '未启动', '2026-10-31', { coUnits: [] }),
  ];

  it('takes the latest progress entry, dated as YYYY-MM-DD 内容 or undated as written', () => {
    expect(latestProgress(items[0]?.progress)).toEqual({ date: '2026-09-30', note: '较晚的进展' });
    expect(progressCell(latestProgress(items[0]?.progress))).toBe('2026-09-30 较晚的进展');
    expect(progressCell(latestProgress(items[1]?.progress))).toBe('未注明日期的进展');
    expect(progressCell(latestProgress(undefined))).toBe('');
  });

  it('writes a row in the contract’s column order, units as full names', () => {
    expect(ledgerRow(items[0]!, unitName)).toEqual([
      '1',
      '问题含逗号,和“引号”以及"英文引号"',
      '示例县公安局',
      '示例县司法局、示例县精神文明建设指导委员会办公室',
      '措施一；措施二, 带逗号',
      '2026-08-31',
      '已完成',
      '2026-10-01',
      '2026-09-30 较晚的进展',
      '',
    ]);
  });

  it('writes UTF-8 with BOM, the contract headers and CRLF lines', () => {
    const csv = ledgerCsv(items, unitName);
    expect(csv.startsWith('\uFEFF序号,问题,责任单位,配合单位,整改措施,整改时限,整改状态,完成时间,最新进展,备注\r\n')).toBe(
      true,
    );
    expect(LEDGER_HEADERS).toEqual([
      '序号',
      '问题',
      '责任单位',
      '配合单位',
      '整改措施',
      '整改时限',
      '整改状态',
      '完成时间',
      '最新进展',
      '备注',
    ]);
  });

  it('reads back through parseCsv and readLedger into the same items (progress reduced to the latest entry)', () => {
    const { items: back, issues } = readLedger(ledgerCsv(items, unitName), 'export.csv', resolve);
    expect(issues).toEqual([]);
    expect(back).toEqual(items.map(asExported));
    expect(back[0]?.progress).toEqual([{ date: '2026-09-30', note: '较晚的进展' }]);
    expect(back[3]?.coUnits).toBeUndefined();
  });

  it('guards cells a spreadsheet would run as a formula, keeps numbers and dates, and still reads back the same', () => {
    const risky = [
      fix(1, '整改中', '2026-12-31', {
        problem: '=HYPERLINK("http://example.com","详情")',
        measures: ['-先行排查', '+增派人员'],
        progress: [{ date: '2026-10-15', note: '已完成' }],
      }),
      fix(2, '已完成', '2026-08-31', { problem: "'=已带撇号的单元格", progress: [{ note: '@县公安局 请核实' }], remark: '=1+1' }),
    ];
    const csv = ledgerCsv(risky, unitName);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[1]).toBe(`1,"'=HYPERLINK(""http://example.com"",""详情"")",示例县公安局,,'-先行排查；+增派人员,2026-12-31,整改中,,2026-10-15 已完成,`);
    expect(rows[2]).toBe(`2,''=已带撇号的单元格,示例县公安局,,措施甲,2026-08-31,已完成,2026-10-01,'@县公安局 请核实,'=1+1`);
    const { items: back, issues } = readLedger(csv, 'export.csv', resolve);
    expect(issues).toEqual([]);
    expect(back).toEqual(risky);
    const all = allLedgersCsv([{ id: 'b1', items: risky }], unitName);
    expect(all.slice(1).split('\r\n')[1]!.startsWith(`b1,1,"'=HYPERLINK(`)).toBe(true);
  });

  it('puts every batch in one CSV behind a first column 批次, each part reading back', () => {
    const csv = allLedgersCsv(
      [
        { id: 'b1', items },
        { id: 'b2', items: [fix(1, '已销号', '2026-07-31')] },
      ],
      unitName,
    );
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.records;
    expect(header?.cells).toEqual([BATCH_COLUMN, ...LEDGER_HEADERS]);
    expect(rows.map((r) => r.cells[0])).toEqual(['b1', 'b1', 'b1', 'b1', 'b2']);
    const part = (id: string) =>
      [LEDGER_HEADERS, ...rows.filter((r) => r.cells[0] === id).map((r) => r.cells.slice(1))]
        .map((cells) => cells.map(csvCell).join(','))
        .join('\n');
    expect(readLedger(part('b1'), 'all.csv', resolve).items).toEqual(items.map(asExported));
    expect(readLedger(part('b2'), 'all.csv', resolve).items).toEqual([fix(1, '已销号', '2026-07-31')]);
  });
});
