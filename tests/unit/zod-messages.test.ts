// describeZodIssues: every Zod issue as a plain Chinese sentence naming the field and what is allowed.
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { closestField, describeZodIssues, type FieldProblem } from '../../src/lib/zod-messages.ts';
import { caseSchema } from '../../src/schemas/cases.ts';
import { commitmentSchema } from '../../src/schemas/commitments.ts';
import { isoDate } from '../../src/schemas/shared.ts';
import { siteSchema } from '../../src/schemas/site.ts';

function problems(schema: z.ZodType, data: unknown): Array<Pick<FieldProblem, 'field' | 'message'>> {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the data to be invalid');
  return describeZodIssues(result.error, data, schema).map(({ field, message }) => ({ field, message }));
}

const item = { text: '监控全覆盖', due: '2026-09-30', status: '推进中' };
const commitment = { title: '承诺', madeAt: '2026-07-05', leader: '王某某', items: [item] };

describe('closestField', () => {
  const fields = ['title', 'status', 'completedAt', 'coUnits', 'unit'];
  test.each([
    ['stauts', 'status'],
    ['titel', 'title'],
    ['Status', 'status'],
    ['lable', 'label'],
    ['completeAt', 'completedAt'],
    ['coUnit', 'coUnits'],
  ])('%s → %s', (typo, field) => {
    // 'label' is not a field: the guess must come from the given fields only.
    expect(closestField(typo, fields)).toBe(field === 'label' ? undefined : field);
  });

  test('nothing close', () => {
    expect(closestField('wechatAccount', fields)).toBeUndefined();
    expect(closestField('x', fields)).toBeUndefined();
  });
});

describe('a misspelt field is guessed among the fields of its own file and place', () => {
  const site = { name: '示例县法治文明公开网', region: '示例县', organizer: '示例县委政法委', baseUrl: 'https://fzwm.example.gov.cn' };
  const aCase = {
    id: '2026-012', title: '案', type: '警示案例', category: '电信网络诈骗', unit: 'gongan', published: '2026-03-02', summary: '张某……',
  };

  test('titel: in site.yaml, which has no title, gets no suggestion', () => {
    expect(problems(siteSchema, { ...site, titel: '法治网' })).toEqual([
      { field: 'titel', message: '不认识的字段“titel”。请删除或改正（字段名区分大小写）。' },
    ]);
  });

  test('titel: in a case gets title', () => {
    const { title: _title, ...rest } = aCase;
    const found = problems(caseSchema, { ...rest, titel: '案' });
    expect(found).toContainEqual({ field: 'titel', message: '不认识的字段“titel”，是不是想写“title”？请删除或改正（字段名区分大小写）。' });
  });

  test('inside a list item the guess comes from the item’s fields', () => {
    // `stauts` in a commitment item means the item's status; `titel` there is not the file's title.
    const found = problems(commitmentSchema, { ...commitment, items: [{ ...item, stauts: '推进中', titel: 'x' }] });
    expect(found).toContainEqual({ field: 'items[0].stauts', message: '不认识的字段“stauts”，是不是想写“status”？请删除或改正（字段名区分大小写）。' });
    expect(found).toContainEqual({ field: 'items[0].titel', message: '不认识的字段“titel”。请删除或改正（字段名区分大小写）。' });
  });
});

describe('describeZodIssues', () => {
  test('a missing field', () => {
    expect(problems(commitmentSchema, { ...commitment, leader: undefined })).toEqual([
      { field: 'leader', message: '缺少必填字段。' },
    ]);
  });

  test('a null field (nothing after the colon)', () => {
    expect(problems(commitmentSchema, { ...commitment, leader: null })).toEqual([
      { field: 'leader', message: '不能为空值（冒号后没有内容）。' },
    ]);
  });

  test('an empty text field', () => {
    expect(problems(commitmentSchema, { ...commitment, leader: '  ' })).toEqual([
      { field: 'leader', message: '不能为空。' },
    ]);
  });

  test('a wrong type names the expected type and quotes the value', () => {
    expect(problems(commitmentSchema, { ...commitment, title: 2026 })).toEqual([
      { field: 'title', message: '应为文字，现在写的是“2026”。' },
    ]);
    expect(problems(commitmentSchema, { ...commitment, items: '监控全覆盖' })).toEqual([
      { field: 'items', message: '应为列表（每项以“- ”开头），现在写的是“监控全覆盖”。' },
    ]);
    expect(problems(commitmentSchema, { ...commitment, items: [item, '第二项'] })).toEqual([
      { field: 'items[1]', message: '应为若干“字段: 值”组成的对象，现在写的是“第二项”。' },
    ]);
  });

  test('a schema’s own type message is used', () => {
    expect(problems(caseSchema.pick({ id: true }), { id: 2026001 })).toEqual([
      { field: 'id', message: '案例编号应为文字，格式 YYYY-NNN（例如 "2024-017"），现在写的是“2026001”。' },
    ]);
  });

  test('an enum value not allowed lists the allowed ones', () => {
    expect(problems(commitmentSchema, { ...commitment, items: [{ ...item, status: '完成' }] })).toEqual([
      { field: 'items[0].status', message: '“完成”不是允许的值。允许的值：未启动、推进中、已兑现、部分兑现、未兑现。' },
    ]);
  });

  test('a missing enum field says it is missing (not “undefined”) and lists the allowed values', () => {
    expect(problems(commitmentSchema, { ...commitment, items: [{ ...item, status: undefined }] })).toEqual([
      { field: 'items[0].status', message: '缺少必填字段。允许的值：未启动、推进中、已兑现、部分兑现、未兑现。' },
    ]);
  });

  test('unknown keys, one problem each, with a guess where one is close', () => {
    expect(problems(commitmentSchema, { ...commitment, supervisr: '县纪委', qq: 1 })).toEqual([
      {
        field: 'supervisr',
        message: '不认识的字段“supervisr”，是不是想写“supervisor”？请删除或改正（字段名区分大小写）。',
      },
      { field: 'qq', message: '不认识的字段“qq”。请删除或改正（字段名区分大小写）。' },
    ]);
  });

  test('text too long says the limit and the length', () => {
    expect(problems(caseSchema.pick({ summary: true }), { summary: '字'.repeat(250) })).toEqual([
      { field: 'summary', message: '摘要不能超过 200 字（现在 250 字）。' },
    ]);
  });

  test('an empty list', () => {
    expect(problems(commitmentSchema, { ...commitment, items: [] })).toEqual([
      { field: 'items', message: '至少需要填写一项。' },
    ]);
  });

  test('a long value is shortened in the message', () => {
    const [problem] = problems(isoDate, 'x'.repeat(60));
    expect(problem!.message).toContain(`“${'x'.repeat(40)}…”`);
  });

  test('a custom rule quotes the value', () => {
    expect(problems(isoDate, '2026-02-30')).toEqual([
      { field: '', message: '不是一个真实存在的日期，现在写的是“2026-02-30”。' },
    ]);
  });
});
