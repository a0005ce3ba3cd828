// scanPersonalData: ID card, mobile and bank card numbers are found in any spelling (and masked in the report);
// case numbers, office phones, dates and amounts are not. scanPartyDetails: unanonymised party names and door-level addresses.
import { describe, expect, test } from 'vitest';
import { luhnValid, normalizeForScan, partyMessage, personalDataMessage, scanPartyDetails, scanPersonalData } from '../../src/lib/personal-data.ts';

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

describe('spellings staff produce', () => {
  test.each([
    ['full-width digits', '电话１３８１２３４５６７８'],
    ['full-width dashes', '电话138－1234－5678'],
    ['em dashes', '电话138—1234—5678'],
    ['en dashes', '电话138–1234–5678'],
    ['spaces and dashes together', '电话 138 - 1234 - 5678'],
    ['an ideographic space', '电话138\u30001234\u30005678'],
    ['zero-width spaces between the digits', '电话138\u200B1234\u200C5678'],
    ['a word joiner and a byte-order mark', '电话1381\u20602345\uFEFF678'],
    ['Markdown escapes', '电话138\\-1234\\-5678'],
    ['+86 glued', '+8613812345678'],
    ['+86 in full-width brackets', '（＋86）138 1234 5678'],
    ['0086', '0086 13812345678'],
    ['86-', '86-138-1234-5678'],
  ])('a mobile number with %s is found', (_what, text) => {
    expect(scanPersonalData(text)).toEqual([{ kind: '手机号', masked: '138****5678', line: 1 }]);
  });

  test('line numbers stay those of the file after normalisation', () => {
    const text = ['第一行\u200B\u200B', '１２３４５６７８', '\\- 列表', '', '电话：１３８—１２３４—５６７８'].join('\n');
    expect(normalizeForScan(text).split('\n')).toHaveLength(5);
    expect(scanPersonalData(text)).toEqual([{ kind: '手机号', masked: '138****5678', line: 5 }]);
  });

  test('normalisation: NFKC, no zero-width characters or Markdown escapes, one kind of dash and space', () => {
    expect(normalizeForScan('１\\-３\u200B—４\u3000５')).toBe('1-3-4 5');
  });
});

describe('ID card numbers as written', () => {
  test.each([
    ['grouped 6-8-4 by spaces', '110105 19491231 002X'],
    ['grouped 6-8-4 by dashes', '110105-19491231-002X'],
    ['grouped 6-4-4-4 by spaces', '110105 1949 1231 002X'],
    ['grouped 6-4-4-4 by dashes', '110105-1949-1231-002X'],
    ['in full-width digits', '１１０１０５１９４９１２３１００２Ｘ'],
  ])('18 digits %s', (_what, text) => {
    expect(scanPersonalData(text)).toEqual([{ kind: '身份证号', masked: '110***********002X', line: 1 }]);
  });

  test('the old 15-digit number, with its date YYMMDD', () => {
    expect(scanPersonalData('身份证号110105491231002')).toEqual([{ kind: '身份证号', masked: '110********1002', line: 1 }]);
    expect(kinds('110105 491231 002')).toEqual(['身份证号']);
  });

  test('15 digits without a real date in them, or without a province code first, are not an ID card', () => {
    expect(scanPersonalData('110105491331002')).toEqual([]); // month 13
    expect(scanPersonalData('110105490230002')).toEqual([]); // 30 February
    expect(scanPersonalData('990105491231002')).toEqual([]); // no province 99
  });

  test('an 18-digit number whose date does not exist (31 February) is not an ID card', () => {
    expect(kinds('110105 19490231 002X')).toEqual([]);
  });
});

describe('bank cards next to a bank word', () => {
  const failing = (prefix: string) => {
    const good = withCheckDigit(prefix);
    return `${good.slice(0, -1)}${(Number(good.slice(-1)) + 1) % 10}`;
  };

  test.each(['银行卡', '卡号', '账号', '账户'])('16–19 digits after %s are a card even when they fail the Luhn check', (word) => {
    const sixteen = failing('622202123456789');
    const nineteen = failing('622848001234567890');
    expect(luhnValid(sixteen)).toBe(false);
    expect(kinds(`${word}${sixteen}`)).toEqual(['银行卡号']);
    expect(kinds(`${word}：${nineteen}`)).toEqual(['银行卡号']);
    expect(kinds(`其${word}为 ${sixteen.replace(/(\d{4})(?=\d)/g, '$1 ')}`)).toEqual(['银行卡号']);
  });

  test('a bank word just after the number counts too', () => {
    expect(kinds(`${failing('622202123456789')}（农行银行卡）`)).toEqual(['银行卡号']);
  });

  test('the report masks the middle', () => {
    expect(scanPersonalData('卡号6222021234567891')[0]!.masked).toBe('622*********7891');
  });
});

describe('numbers that are not personal data', () => {
  const cardLike = withCheckDigit('622202123456789'); // passes Luhn, starts like a UnionPay card
  test.each([
    ['a unified social credit code', '统一社会信用代码91310000MA1FL8XQ30'],
    ['an all-digit credit code', '统一社会信用代码：913301021101051234'],
    ['a court case number', '(2024)浙0102刑初123号、（2025）浙0102民初4567号'],
    ['a landline', '0571-87654321'],
    ['the report phone', '举报电话0000-12388'],
    ['amounts', '涉案金额32000元，共计1,234,567.89元，人民币1234567.89元'],
    ['dates', '2025-10-01，20251001，2025年10月1日'],
    ['a date range', '2025-10-01至2025-12-31'],
    ['times', '10:30，22时40分，10:30:15'],
    ['years', '2024年，2024—2026年'],
    ['an order number', '订单号202510011234567890'],
    ['a 16-digit file number not next to a bank word', '卷宗编号1234567812345678'],
    ['a 16-digit file number passing Luhn', `卷宗编号${cardLike}`],
    ['a case id', '案例编号2024-017'],
    ['a percentage and a count', '97.8%，第3名，12次'],
  ])('%s', (_what, text) => {
    expect(scanPersonalData(text)).toEqual([]);
  });
});

describe('the message', () => {
  test('quotes the masked number and says how to anonymise', () => {
    const message = personalDataMessage(scanPersonalData('13812345678')[0]!);
    expect(message).toBe(
      '发现疑似手机号（138****5678）。公开内容不得包含身份证号、手机号或银行卡号：请删除这个号码；确需提及时，写成“138****5678”这样只留首尾几位、中间用 * 代替的脱敏写法，当事人写作“张某”。',
    );
  });
});

describe('names of parties', () => {
  const names = (text: string, publicNames?: string[]) => scanPartyDetails(text, publicNames).filter((h) => h.kind === '姓名').map((h) => [h.role, h.value]);

  test.each([
    ['被告人张三', '被告人', '张三'],
    ['驾驶人王小明驾驶小型轿车', '驾驶人', '王小明'],
    ['当事人：李四', '当事人', '李四'],
    ['当事人 李四称', '当事人', '李四'],
    ['犯罪嫌疑人为赵六', '犯罪嫌疑人', '赵六'],
    ['被告人张三因诈骗罪', '被告人', '张三'],
    ['违法行为人刘建国在', '违法行为人', '刘建国'],
    ['被害人陈静', '被害人', '陈静'],
    ['被执行人周大伟', '被执行人', '周大伟'],
    ['涉案人员黄海', '涉案人员', '黄海'],
    ['被告人曾三', '被告人', '曾三'],
    ['被告人石磊', '被告人', '石磊'],
    ['被告欧阳明', '被告', '欧阳明'],
    ['原告司马光', '原告', '司马光'],
    ['申请人孙丽', '申请人', '孙丽'],
    ['嫌疑人郭强', '嫌疑人', '郭强'],
    ['行为人马军', '行为人', '马军'],
  ])('%j names %s %s', (text, role, name) => {
    expect(names(text)).toEqual([[role, name]]);
  });

  test('every name of a list after one role', () => {
    expect(names('被告人张某、李四和王五')).toEqual([
      ['被告人', '李四'],
      ['被告人', '王五'],
    ]);
  });

  test('the line of each name', () => {
    expect(scanPartyDetails('第一行\n\n被告人张三').map((h) => h.line)).toEqual([3]);
  });

  test.each([
    '被告人张某', '被告人张某某', '被告人李某甲', '被告人王某1', '被告人欧阳某', '犯罪嫌疑人冯某某等3人',
    '被告人对判决不服', '当事人双方', '驾驶人员', '被害人家属', '被告人及其辩护人', '当事人陈述', '被告人曾多次',
    '被告人时年45岁', '申请人身安全保护令', '被申请人当场表示', '当事人于当日', '当事人向法院', '当事人同意调解',
    '被害人孙子', '被害人钱款', '驾驶人严重超速', '驾驶人戴头盔', '当事人全部到场', '被执行人名下', '当事人申请复议',
    '被告人系江苏人', '被害人苏醒后', '当事人郑重承诺', '驾驶人车辆', '每名驾驶人都应遵守', '当事人均作匿名处理',
    '被害人金项链', '当事人林地纠纷', '违法行为人张贴小广告', '被告人高价出售',
  ])('%j names nobody', (text) => {
    expect(scanPartyDetails(text)).toEqual([]);
  });

  test('publicNames excuses the names listed, and only them', () => {
    expect(names('被告人张三、李四', ['张三'])).toEqual([['被告人', '李四']]);
  });

  test('the message says where, what to write instead, and how to declare an exception', () => {
    const message = partyMessage(scanPartyDetails('被告人张三因诈骗')[0]!);
    expect(message).toBe(
      '发现未匿名的当事人姓名：“被告人”后的“张三”。警示案例、反面典型和不文明行为曝光中的当事人应匿名：请把“张三”改为“张某”（姓加“某”；同姓多人可写张某甲、张某乙）。如确属经审核决定公开（例如被点名通报的公职人员），请在信息区的 publicNames 中写明姓名和理由（见 README）。',
    );
  });
});

describe('home addresses down to the door', () => {
  const addresses = (text: string, publicNames?: string[]) => scanPartyDetails(text, publicNames).filter((h) => h.kind === '住址').map((h) => h.value);

  test.each([
    ['家住幸福小区3幢2单元501室', '幸福小区3幢2单元501室'],
    ['住环城路12号501室', '环城路12号501室'],
    ['住在阳光花园5栋302号', '阳光花园5栋302号'],
    ['住该小区8号楼1201室', '该小区8号楼1201室'],
    ['住长乐路88弄12号', '长乐路88弄12号'],
    ['住城南新村３幢２单元', '城南新村3幢2单元'],
    ['住二号楼三单元五〇一室', '二号楼三单元五〇一室'],
  ])('%j', (text, found) => {
    expect(addresses(text)).toEqual([found]);
  });

  test.each(['家住城关镇某小区', '住城关镇河西村', '(2024)浙0102刑初123号', '第3号公告', '县政务服务中心3楼', '一号会议室', '2号楼'])('%j is not a door', (text) => {
    expect(addresses(text)).toEqual([]);
  });

  test('the message quotes the address and says how far to write it', () => {
    expect(partyMessage(scanPartyDetails('家住幸福小区3幢2单元501室')[0]!)).toContain('发现具体到门牌的住址：“幸福小区3幢2单元501室”。当事人住址只能写到乡镇、村（社区）或小区');
  });

  test('publicNames may list an address that is public on purpose', () => {
    expect(addresses('办公地址：县政府2号楼301室', ['县政府2号楼301室'])).toEqual([]);
  });
});

test('a given name ending in a character that usually starts the next words is quoted short, and still excused by its full form', () => {
  expect(scanPartyDetails('被执行人周大为').map((h) => h.value)).toEqual(['周大']);
  expect(scanPartyDetails('被执行人周大为', ['周大为'])).toEqual([]);
});
