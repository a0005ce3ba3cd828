// Tap-to-call, e-mail and filing-record links built from the contact details in site.yaml and units.yaml.
import { describe, expect, test } from 'vitest';
import { contactHref, mailtoHref, psbRecordUrl, telHref } from '../../src/lib/contact-links.ts';

describe('telHref', () => {
  test('a phone number as people write it dials its digits', () => {
    expect(telHref('0000-12388')).toBe('tel:000012388');
    expect(telHref('12345')).toBe('tel:12345');
    expect(telHref(' (0000) 123 4567 ')).toBe('tel:00001234567');
    expect(telHref('（0000）1234567')).toBe('tel:00001234567');
    expect(telHref('+86 10 1234—5678')).toBe('tel:+861012345678');
    expect(telHref('００００－１２３８８')).toBe('tel:000012388');
  });

  test('text that is not only a number is left as text', () => {
    for (const text of [
      '0000-12388（工作日）',
      '示例县城关镇人民路88号',
      'wmb@example.gov.cn',
      '12',
      '1'.repeat(21),
      '',
      '110;ext=2',
      '*21#',
    ]) {
      expect(telHref(text), text).toBeUndefined();
    }
  });
});

describe('mailtoHref and contactHref', () => {
  test('an e-mail address writes to it; a phone number dials; an address is no link', () => {
    expect(mailtoHref('wmb@example.gov.cn')).toBe('mailto:wmb@example.gov.cn');
    expect(mailtoHref('请发邮件至 wmb@example.gov.cn')).toBeUndefined();
    expect(contactHref('0000-1234500')).toBe('tel:00001234500');
    expect(contactHref('wmb@example.gov.cn')).toBe('mailto:wmb@example.gov.cn');
    expect(contactHref('示例县城关镇人民路88号县委政法委执法监督科（邮编000000）')).toBeUndefined();
  });
});

describe('psbRecordUrl', () => {
  test('the 公安机关备案号 links to its filing record by its number', () => {
    expect(psbRecordUrl('示公网安备 00000000000001号')).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=00000000000001',
    );
    expect(psbRecordUrl('京公网安备11010502030143号')).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143',
    );
    expect(psbRecordUrl('公网安备（待办理）')).toBeUndefined();
  });
});
