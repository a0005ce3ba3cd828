// decodeUtf8Text and decodeLedgerText: which bytes are read, as what, and the one message for the ones that are not.
import { describe, expect, test } from 'vitest';
import { decodeLedgerText, decodeUtf8Text } from '../../src/lib/text-encoding.ts';
import { serialToDate } from '../../src/lib/xlsx-sheet.ts';
import { gbk, utf16 } from './text-bytes.ts';

const TEXT = 'title: 2026年下半年公开承诺\nleader: 王某某（局长）\n';
const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('decodeUtf8Text (YAML, Markdown)', () => {
  test('UTF-8 with or without a BOM', () => {
    expect(decodeUtf8Text(utf8(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'UTF-8' });
    expect(decodeUtf8Text(utf8(`\uFEFF${TEXT}`))).toEqual({ ok: true, text: TEXT, encoding: 'UTF-8' });
  });

  test('GBK is refused with one message that says how to save as UTF-8', () => {
    const result = decodeUtf8Text(gbk(TEXT));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.line).toBeUndefined();
    expect(result.problems[0]!.message).toContain('这个文件不是 UTF-8 编码（看起来是 GBK/GB18030');
    expect(result.problems[0]!.message).toContain('记事本中点“文件 → 另存为”，在“编码”中选“UTF-8”');
  });

  test('UTF-16 (either byte order) is refused with one message', () => {
    for (const order of ['le', 'be'] as const) {
      const result = decodeUtf8Text(utf16(TEXT, order));
      expect(result).toMatchObject({
        ok: false,
        problems: [{ message: expect.stringContaining('这个文件是 UTF-16（“Unicode”）编码') }],
      });
      if (!result.ok) expect(result.problems).toHaveLength(1);
    }
  });

  test('a few broken bytes in UTF-8 are refused with their lines and the text around them', () => {
    const bytes = Buffer.concat([
      utf8('第一行正常\n第二行'),
      Buffer.from([0xd5, 0xc5]),
      utf8('某正常\n第三行也正常\n'),
      Buffer.from([0xff]),
      utf8('\n'),
    ]);
    const result = decodeUtf8Text(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.line)).toEqual([2, 4]);
    expect(result.problems[0]!.message).toBe(
      '这一行有不是 UTF-8 编码的字节，网站会显示成乱码（“第二行��某正常”）：多为从 Word、微信等处粘贴时带入，请删掉乱码处，重新输入这几个字后保存。',
    );
  });

  test('a “�” already saved in valid UTF-8 is garbage too, refused with its line', () => {
    const result = decodeUtf8Text(utf8('正常\n当事人张�某\n'));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          line: 2,
          message:
            '这一行有乱码字符“�”（“当事人张�某”）：多为从别处复制时文字已经损坏，请删掉乱码，重新输入原来的文字。',
        },
      ],
    });
  });
});

describe('decodeLedgerText (CSV ledgers)', () => {
  const CSV = '序号,问题,责任单位\r\n1,夜间巡逻力量不足,县公安局\r\n';

  test.each([
    ['UTF-8', utf8(CSV)],
    ['UTF-8 with BOM', utf8(`\uFEFF${CSV}`)],
    ['GBK', gbk(CSV)],
    ['UTF-16LE with BOM', utf16(CSV, 'le')],
    ['UTF-16BE with BOM', utf16(CSV, 'be')],
  ])('%s reads to the same text', (_, bytes) => {
    const result = decodeLedgerText(bytes);
    expect(result.ok && result.text.replace(/^\uFEFF/, '')).toBe(CSV);
  });

  test('names the encoding it read', () => {
    expect(decodeLedgerText(gbk(CSV))).toMatchObject({ encoding: 'GB18030' });
    expect(decodeLedgerText(utf16(CSV, 'le'))).toMatchObject({ encoding: 'UTF-16LE' });
    expect(decodeLedgerText(utf16(CSV, 'be'))).toMatchObject({ encoding: 'UTF-16BE' });
    expect(decodeLedgerText(utf8(CSV))).toMatchObject({ encoding: 'UTF-8' });
  });

  test('UTF-8 with one broken byte is not taken for GBK: its line is named', () => {
    const bytes = Buffer.concat([
      utf8('序号,问题,责任单位\n1,夜间巡逻'),
      Buffer.from([0xb2]),
      utf8('力量不足,县公安局\n'),
    ]);
    const result = decodeLedgerText(bytes);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ line: 2, message: expect.stringContaining('（“1,夜间巡逻�力量不足,县公安局”）') }],
    });
  });

  test('UTF-16 without a BOM (NUL bytes) is refused, not read as mojibake', () => {
    const result = decodeLedgerText(Buffer.from(CSV, 'utf16le'));
    expect(result).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('这个文件里有空字符') }] });
  });
});

describe('serialToDate (Excel day numbers)', () => {
  test.each([
    ['46295', false, '2026-09-30'],
    ['46295.999', false, '2026-09-30'], // 23:58 the same day: the time is dropped, never rounded into the next day
    ['46387', false, '2026-12-31'],
    ['1', false, '1900-01-01'],
    ['59', false, '1900-02-28'],
    ['61', false, '1900-03-01'],
    ['44833', true, '2026-09-30'], // the 1904 date system counts 1,462 days fewer
  ])('%s (1904: %s) → %s', (serial, date1904, date) => {
    expect(serialToDate(serial, date1904)).toBe(date);
  });

  test('text, zero and numbers beyond Excel’s calendar are not dates', () => {
    for (const text of ['2026-09-30', '0', '20260930', '-3']) expect(serialToDate(text)).toBeUndefined();
  });
});
