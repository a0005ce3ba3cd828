// Links for the contact details site.yaml and units.yaml give: tap-to-call tel: links, mailto: links, and the links
// of the ICP and 公安机关 filing numbers to their public filing records.

/** Full-width digits (０-９) as ASCII, so a number typed with a Chinese input method still dials. */
const asciiDigits = (text: string): string =>
  text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/**
 * The `tel:` link that dials a phone number written for people (`0000-12388`, `(0000) 1234567`, `+86 10 1234 5678`,
 * `12345`), or undefined when the text is not just a number (an address, an e-mail, a number with words after it).
 */
export function telHref(text: string): string | undefined {
  const written = asciiDigits(text.trim());
  if (!/^\+?[\d\s\-‐–—－()（）]+$/.test(written)) return undefined;
  const digits = written.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 20) return undefined;
  return `tel:${written.startsWith('+') ? '+' : ''}${digits}`;
}

/** The `mailto:` link of an e-mail address, or undefined when the text is not one address. */
export function mailtoHref(text: string): string | undefined {
  const written = text.trim();
  return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(written) ? `mailto:${written}` : undefined;
}

/** A report channel's or contact's value as a link: a phone number dials, an e-mail address writes; else none. */
export function contactHref(text: string): string | undefined {
  return telHref(text) ?? mailtoHref(text);
}

/** ICP备案号 link: the MIIT filing system's home page (it has no per-number address). */
export const ICP_RECORD_URL = 'https://beian.miit.gov.cn/';

/**
 * 公安机关备案号 link: the filing record of that number on the national 互联网站安全管理服务平台
 * (`示公网安备 00000000000001号` → `…?code=00000000000001`), or undefined when the text has no number.
 */
export function psbRecordUrl(psb: string): string | undefined {
  const code = asciiDigits(psb).match(/\d{6,}/)?.[0];
  return code ? `https://beian.mps.gov.cn/#/query/webSearch?code=${code}` : undefined;
}
