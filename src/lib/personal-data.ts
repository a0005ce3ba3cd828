// Finds personal identifiers that must never be published: ID card, mobile phone and bank card numbers.

export interface PersonalDataHit {
  kind: '身份证号' | '手机号' | '银行卡号';
  /** The matched text, partly masked so the report itself does not repeat it. */
  masked: string;
  /** 1-based line within the scanned text. */
  line: number;
}

// Digits may be grouped by spaces or hyphens (138 1234 5678, 6222-0212-3456-7890); never glued to other digits.
const ID_CARD = /(?<![0-9A-Za-z])([1-9]\d{5})(?:[ -]?)((?:18|19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[ -]?)(\d{3}[0-9Xx])(?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9])/g;
const DIGIT_RUN = /(?<![0-9])\d(?:[ -]?\d){15,18}(?![0-9])/g;

export function scanPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const taken: Array<[number, number]> = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const record = (kind: PersonalDataHit['kind'], match: RegExpExecArray) => {
    const start = match.index;
    const end = start + match[0].length;
    if (overlaps(start, end)) return;
    taken.push([start, end]);
    hits.push({ kind, masked: mask(match[0]), line: lineAt(start) });
  };
  for (const match of text.matchAll(ID_CARD)) record('身份证号', match);
  for (const match of text.matchAll(MOBILE)) record('手机号', match);
  for (const match of text.matchAll(DIGIT_RUN)) {
    const digits = match[0].replace(/[ -]/g, '');
    if (digits.length >= 16 && digits.length <= 19 && luhnValid(digits)) record('银行卡号', match);
  }
  return hits.sort((a, b) => a.line - b.line);
}

/** Bank card numbers carry a Luhn check digit; most other long numbers (amounts, file numbers) do not pass it. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function mask(value: string): string {
  const compact = value.replace(/[ -]/g, '');
  return `${compact.slice(0, 3)}${'*'.repeat(Math.max(0, compact.length - 7))}${compact.slice(-4)}`;
}
