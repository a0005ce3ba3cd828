// The text a page's incremental-build cache key is hashed from (src/lib/cache-key.ts): the same props give the same
// text, and any change a page would show changes it.
import { expect, it } from 'vitest';
import { keyText } from '../../src/lib/cache-key.ts';

const entry = (id: string, title: string, digest = `d-${id}`) => ({
  collection: 'cases',
  id,
  digest,
  data: { id, title, date: new Date('2026-03-01T00:00:00Z') },
  rendered: { html: `<p>${title}</p>` },
});

it('writes plain values as JSON does, leaving out undefined and functions from objects', () => {
  const value = { a: 1, b: '二', c: [true, null, undefined, () => 1], d: undefined, e: () => 2, f: { g: -0.5 } };
  expect(keyText(value)).toBe(JSON.stringify(value));
  expect(keyText(undefined)).toBeUndefined();
  expect(keyText('警示')).toBe('"警示"');
});

it('reduces an entry to its collection, id, digest and a hash of its data, not its rendered body', () => {
  const a = entry('2026-001', '焚烧秸秆');
  const text = keyText({ entry: a })!;
  expect(text).not.toContain('<p>');
  expect(text).not.toContain('焚烧秸秆');
  expect(text).toContain('"digest":"d-2026-001"');
  // The same entry again (a related case on five pages) gives the same text; a copy of it too.
  expect(keyText({ entry: a })).toBe(text);
  expect(keyText({ entry: { ...a, data: { ...a.data } } })).toBe(text);
  // Another rendered body alone (the digest hashes the file) changes nothing; another file or other data does.
  expect(keyText({ entry: { ...a, rendered: { html: '<p>x</p>' } } })).toBe(text);
  expect(keyText({ entry: entry('2026-001', '焚烧秸秆', 'other') })).not.toBe(text);
  expect(keyText({ entry: entry('2026-001', '焚烧垃圾') })).not.toBe(text);
  expect(keyText({ entry: { ...a, data: { ...a.data, date: new Date('2026-03-02T00:00:00Z') } } })).not.toBe(text);
});

it('writes what Maps, Sets and Dates hold, so that a change in them changes the key', () => {
  const at = (day: string) => keyText({ asOf: new Date(`2026-11-${day}T00:00:00Z`) });
  expect(at('21')).not.toBe(at('22'));
  expect(keyText({ m: new Map([['a', 1]]) })).not.toBe(keyText({ m: new Map([['a', 2]]) }));
  expect(keyText({ m: new Map([['a', 1]]) })).not.toBe(keyText({ m: new Map() }));
  expect(keyText({ s: new Set(['a']) })).not.toBe(keyText({ s: new Set(['b']) }));
  expect(keyText({ m: new Map([['a', 1]]) })).toBe(keyText({ m: new Map([['a', 1]]) }));
  expect(keyText([new Date(Number.NaN)])).toBe('[{"$date":null}]');
});

it('changes with the order of a list and with which entries are in it', () => {
  const [a, b] = [entry('1', '一'), entry('2', '二')];
  expect(keyText({ related: [a, b] })).not.toBe(keyText({ related: [b, a] }));
  expect(keyText({ related: [a] })).not.toBe(keyText({ related: [a, b] }));
});
