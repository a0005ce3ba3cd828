// The personal-data scan covers commitments and rectification ledgers too, not only cases and people; party names and
// addresses are refused in the case types that anonymise them, unless the case declares them in publicNames.
import { afterAll, describe, expect, test } from 'vitest';
import { cleanupContent, fixtureText, lineOf, replace, withContent } from './helpers.ts';

afterAll(cleanupContent);

describe('personal data outside cases and people', () => {
  test('a mobile number in a rectification item (YAML) is refused with its line', async () => {
    const { issues } = await withContent({
      'rectification/2026-cepin.yaml': (t) => t.replace('problem: 农贸市场周边占道经营', 'problem: 农贸市场周边占道经营（反映人电话 13812345678）'),
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'rectification/2026-cepin.yaml', line: 7 });
    expect(issues[0]!.message).toContain('发现疑似手机号（138****5678）');
  });

  test('an ID card number in a CSV ledger is refused with its line', async () => {
    const { issues } = await withContent({
      'rectification/2026-ducha.csv': (t) => t.replace('矛盾纠纷排查台账不全', '矛盾纠纷排查台账不全，当事人身份证110101199003071234'),
    });
    expect(issues.map((i) => [i.file, i.line])).toEqual([['rectification/2026-ducha.csv', 3]]);
    expect(issues[0]!.message).toContain('身份证号');
  });

  test('a bank card number in a commitment is refused', async () => {
    const { issues } = await withContent({
      'commitments/2026-H2/gongan.yaml': (t) => t.replace('开展反诈宣传进村入户', '开展反诈宣传进村入户，退回被骗款至6222021234567890128'),
    });
    expect(issues.map((i) => i.file)).toEqual(['commitments/2026-H2/gongan.yaml']);
    expect(issues[0]!.message).toContain('银行卡号');
  });
});

describe('numbers in the spellings staff produce, in every collection', () => {
  test('a mobile number in full-width digits and dashes in a CSV ledger is refused with its line', async () => {
    const { issues } = await withContent({
      'rectification/2026-ducha.csv': (t) => t.replace('矛盾纠纷排查台账不全', '矛盾纠纷排查台账不全，反映人电话１３８－１２３４－５６７８'),
    });
    expect(issues.map((i) => [i.file, i.line])).toEqual([['rectification/2026-ducha.csv', 3]]);
    expect(issues[0]!.message).toContain('发现疑似手机号（138****5678）');
  });

  test('an old 15-digit ID number in a commitment is refused', async () => {
    const { issues } = await withContent({
      'commitments/2026-H2/gongan.yaml': (t) => t.replace('开展反诈宣传进村入户', '开展反诈宣传进村入户（联系人身份证110105491231002）'),
    });
    expect(issues.map((i) => i.file)).toEqual(['commitments/2026-H2/gongan.yaml']);
    expect(issues[0]!.message).toContain('发现疑似身份证号（110********1002）');
  });

  test('a card number next to 银行卡 that fails the Luhn check is refused in a case', async () => {
    const { issues } = await withContent({ [FRAUD]: replace('骗取李某3.2万元。', '骗取李某3.2万元，转入其银行卡6222021234567891。') });
    expect(issues.map((i) => [i.file, i.line])).toEqual([[FRAUD, lineOf(fixtureText(FRAUD), '骗取李某')]]);
    expect(issues[0]!.message).toContain('发现疑似银行卡号（622*********7891）');
  });
});

const FRAUD = 'cases/2026/fraud.md'; // 警示案例
const TRAFFIC = 'cases/2026/traffic.mdx'; // 不文明行为曝光
const WITHDRAWN = 'cases/2026/withdrawn.md'; // 反面典型
const bodyLine = () => lineOf(fixtureText(FRAUD), '法院以诈骗罪判处');
const namedInFraud = replace('法院以诈骗罪判处张某有期徒刑三年。', '法院以诈骗罪判处被告人张三有期徒刑三年。');

describe('names and addresses of parties in cases', () => {
  test('an unanonymised name after a role in a 警示案例 is refused with its line, quoted, with what to write', async () => {
    const { issues } = await withContent({ [FRAUD]: namedInFraud });
    expect(issues).toEqual([
      {
        file: FRAUD,
        line: bodyLine(),
        message:
          '发现未匿名的当事人姓名：“被告人”后的“张三”。警示案例、反面典型和不文明行为曝光中的当事人应匿名：请把“张三”改为“张某”（姓加“某”；同姓多人可写张某甲、张某乙）。如确属经审核决定公开（例如被点名通报的公职人员），请在信息区的 publicNames 中写明姓名和理由（见 README）。',
      },
    ]);
  });

  test('in a 反面典型 and a 不文明行为曝光 too, in the summary as in the body', async () => {
    const { issues } = await withContent({
      [WITHDRAWN]: (t) => t.replace(/^summary: /m, 'summary: 当事人：李四'),
      [TRAFFIC]: (t) => t.replace(/^summary: /m, 'summary: 驾驶人王小明'),
    });
    expect(issues.map((i) => [i.file, i.line, i.message.split('。')[0]])).toEqual([
      [TRAFFIC, lineOf(fixtureText(TRAFFIC), 'summary:'), '发现未匿名的当事人姓名：“驾驶人”后的“王小明”'],
      [WITHDRAWN, lineOf(fixtureText(WITHDRAWN), 'summary:'), '发现未匿名的当事人姓名：“当事人”后的“李四”'],
    ]);
  });

  test('a home address down to the door is refused', async () => {
    const { issues } = await withContent({ [FRAUD]: replace('骗取李某3.2万元。', '骗取家住幸福小区3幢2单元501室的李某3.2万元。') });
    expect(issues.map((i) => i.file)).toEqual([FRAUD]);
    expect(issues[0]!.message).toContain('发现具体到门牌的住址：“幸福小区3幢2单元501室”。当事人住址只能写到乡镇、村（社区）或小区');
  });

  test('a 正面典型 may name people', async () => {
    const { issues } = await withContent({ [FRAUD]: (t) => namedInFraud(t.replace('type: 警示案例', 'type: 正面典型')) });
    expect(issues).toEqual([]);
  });

  test('publicNames, with its reason, acknowledges a name on purpose', async () => {
    const { content, issues } = await withContent({
      [FRAUD]: (t) => namedInFraud(t.replace('tags: [反诈, 退款]', 'tags: [反诈, 退款]\npublicNames:\n  names: [张三]\n  reason: 县公安局2026年3月1日悬赏通告已公开其姓名')),
    });
    expect(issues).toEqual([]);
    expect(content.cases.find((c) => c.file === FRAUD)!.data.publicNames).toEqual({ names: ['张三'], reason: '县公安局2026年3月1日悬赏通告已公开其姓名' });
  });

  test('publicNames needs its reason', async () => {
    const { issues } = await withContent({
      [FRAUD]: (t) => t.replace('tags: [反诈, 退款]', 'tags: [反诈, 退款]\npublicNames:\n  names: [张三]'),
    });
    expect(issues).toEqual([{ file: FRAUD, field: 'publicNames.reason', line: lineOf(fixtureText(FRAUD), 'tags:') + 1, message: expect.stringContaining('缺少必填字段') }]);
  });

  test('publicNames excuses only the names it lists', async () => {
    const { issues } = await withContent({
      [FRAUD]: (t) => namedInFraud(t.replace('tags: [反诈, 退款]', 'tags: [反诈, 退款]\npublicNames: { names: [李四], reason: 县公安局通告已公开 }')),
    });
    expect(issues.map((i) => i.message.split('。')[0])).toEqual(['发现未匿名的当事人姓名：“被告人”后的“张三”']);
  });
});
