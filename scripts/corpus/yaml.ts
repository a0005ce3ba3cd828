// Writes the few YAML shapes the corpus needs, quoting a value only when a plain scalar would be misread.

const PLAIN_SAFE = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^\n]*$/;
/** Would read back as a number, a date or a time. */
const NUMERIC_LIKE = /^[-+]?[0-9][0-9._:eE+-]*$|^\d{4}-\d{1,2}-\d{1,2}/;
const AMBIGUOUS = /^(true|false|yes|no|on|off|null|~)$/i;

/** A scalar as YAML: plain where that reads back as the same string, else double-quoted. */
export function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain =
    PLAIN_SAFE.test(value) &&
    !NUMERIC_LIKE.test(value) &&
    !AMBIGUOUS.test(value) &&
    !value.includes(': ') &&
    !value.includes(' #') &&
    !value.endsWith(':') &&
    value.trim() === value;
  return plain ? value : JSON.stringify(value);
}

/** An id like 2024-017 or 2024-h2: plain (YAML reads it as a string), quoted if it could read as a number. */
export function idScalar(value: string): string {
  return /^[0-9]+$/.test(value) || /^[0-9.]+$/.test(value) ? JSON.stringify(value) : value;
}

/** A flow list [a, b] of short plain strings; falls back to quoted items. */
export function flowList(items: readonly string[]): string {
  return `[${items.map((i) => (/[,[\]{}]/.test(i) ? JSON.stringify(i) : scalar(i))).join(', ')}]`;
}
