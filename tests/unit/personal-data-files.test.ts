// The personal-data scan covers commitments and rectification ledgers too, not only cases and people.
import { afterAll, describe, expect, test } from 'vitest';
import { cleanupContent, withContent } from './helpers.ts';

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
