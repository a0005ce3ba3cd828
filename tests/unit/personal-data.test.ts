// scanPersonalData: ID card, mobile and bank card numbers are found (and masked in the report);
// case numbers, office phones, dates and amounts are not.
import { describe, expect, test } from 'vitest';
import { luhnValid, scanPersonalData } from '../../src/lib/personal-data.ts';

/** Appends the Luhn check digit, to make a number that passes as a bank card. */
function withCheckDigit(prefix: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${prefix}${d}`)) return `${prefix}${d}`;
  throw new Error('unreachable');
}

const kinds = (text: string) => scanPersonalData(text).map((h) => h.kind);

describe('luhnValid', () => {
  test('known valid and invalid numbers', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('6222021234567890128')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('1234567812345678')).toBe(false);
  });
});

describe('ID card numbers', () => {
  test('18 digits with a real birth date, including a final X', () => {
    expect(scanPersonalData('身份证号11010519491231002X。')).toEqual([
      { kind: '身份证号', masked: '110***********002X', line: 1 },
    ]);
    expect(kinds('证件：110101199003071234')).toEqual(['身份证号']);
  });

  test('grouped by spaces', () => {
    expect(kinds('110105 19491231 002X')).toEqual(['身份证号']);
  });

  test('18 digits whose middle is not a date are not an ID card', () => {
    const notADate = '110101199013071235'; // month 13
    expect(luhnValid(notADate)).toBe(false);
    expect(scanPersonalData(notADate)).toEqual([]);
  });

  test('digits glued to letters or more digits are not an ID card', () => {
    expect(scanPersonalData('编号A110101199003071234')).toEqual([]);
    expect(kinds('1101011990030712345')).not.toContain('身份证号');
  });
});

describe('mobile numbers', () => {
  test.each([
    '13812345678',
    '138 1234 5678',
    '138-1234-5678',
    '+86 13812345678',
    '+86-138-1234-5678',
    '电话：19912345678。',
  ])('%j is a mobile number', (text) => {
    const hits = scanPersonalData(text);
    expect(hits.map((h) => h.kind)).toEqual(['手机号']);
    expect(hits[0]!.masked).toMatch(/^\S{3}\*+\d{4}$/);
  });

  test('the report masks the middle digits', () => {
    expect(scanPersonalData('13812345678')[0]!.masked).toBe('138****5678');
  });

  test.each([
    ['an office phone', '举报电话0000-12388'],
    ['a landline with area code', '0571-88881234'],
    ['a number starting 12', '12345678901'],
    ['a 12-digit run', '213812345678'],
    ['a case number', '案号2024-017'],
    ['a date', '2026-07-15，20260715'],
    ['an amount', '涉案金额32000元，3.2万元，1380000元'],
  ])('%s is not a mobile number', (_what, text) => {
    expect(scanPersonalData(text)).toEqual([]);
  });
});

describe('bank card numbers', () => {
  const card16 = withCheckDigit('622202123456789');
  const card19 = withCheckDigit('622848001234567890');

  test('16 and 19 digits passing the Luhn check', () => {
    expect(kinds(`卡号${card16}`)).toEqual(['银行卡号']);
    expect(kinds(`卡号${card19}`)).toEqual(['银行卡号']);
    expect(scanPersonalData(card16)[0]!.masked).toBe(`622*********${card16.slice(-4)}`);
  });

  test('grouped in fours by spaces or hyphens', () => {
    const spaced = card16.replace(/(\d{4})(?=\d)/g, '$1 ');
    const hyphened = card16.replace(/(\d{4})(?=\d)/g, '$1-');
    expect(kinds(spaced)).toEqual(['银行卡号']);
    expect(kinds(hyphened)).toEqual(['银行卡号']);
  });

  test('a 16-digit number failing the Luhn check is not a card', () => {
    const last = Number(card16.slice(-1));
    const wrong = `${card16.slice(0, -1)}${(last + 1) % 10}`;
    expect(luhnValid(wrong)).toBe(false);
    expect(scanPersonalData(`卷宗编号${wrong}`)).toEqual([]);
  });

  test('15 digits are too short to be a card', () => {
    expect(scanPersonalData(withCheckDigit('62220212345678'))).toEqual([]);
  });
});

describe('the report', () => {
  test('each hit has its line, and hits are in line order', () => {
    const text = [
      '第一行没有',
      '手机 13812345678',
      '',
      `身份证 110101199003071234 和卡 ${withCheckDigit('622202123456789')}`,
    ].join('\n');
    expect(scanPersonalData(text).map((h) => [h.kind, h.line])).toEqual([
      ['手机号', 2],
      ['身份证号', 4],
      ['银行卡号', 4],
    ]);
  });

  test('an ID card number is reported once, not also as a bank card or phone', () => {
    expect(kinds('110101199003071234')).toEqual(['身份证号']);
  });
});
