// Astro's content store written faster (src/lib/store-serialize.ts, src/integrations/data-store-from-disk.ts): devalue's
// format, read back by devalue as the values written, and the file left alone when its bytes are the same.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import * as devalue from 'devalue';
import { fasterStoreWrites, storeWriterUrl } from '../../src/integrations/data-store-from-disk.ts';
import { devalueText, serializeStore, writeIfChanged } from '../../src/lib/store-serialize.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type AstroWriter = {
  FileWriter: new (file: string | URL) => { write(collections: Map<string, Map<string, unknown>>): Promise<boolean> };
  serializeDataStore: (collections: Map<string, Map<string, unknown>>) => string;
};
/** Astro's own writer module, as installed (the one fasterStoreWrites patches). */
const astroWriter = () => import(storeWriterUrl(root)) as Promise<AstroWriter>;

/** A store like Astro's after a sync: entries with dates, rendered HTML, nested data, shared objects, undefined. */
function sampleStore(): Map<string, Map<string, unknown>> {
  const shared = { unit: 'baishi-zhen', tags: ['禁烧', '通报'] };
  const entry = (id: string, title: string) => ({
    id,
    data: { title, date: new Date('2026-03-01T00:00:00.000Z'), where: shared, count: 3, ratio: 0.25, none: null, gone: undefined, ok: true },
    body: `## 基本案情\n\n${title}：村民张某“焚烧秸秆”。\\ 反斜杠 <script>alert(1)</script> \u2028 \u0007 \t`,
    filePath: `cases/2026/${id}.md`,
    digest: 'a1b2c3',
    rendered: { html: `<h2 id="基本案情">基本案情</h2>\n<p>${title}</p>`, metadata: { imagePaths: [] } },
  });
  return new Map<string, Map<string, unknown>>([
    ['units', new Map([['baishi-zhen', { id: 'baishi-zhen', data: { name: '白石镇', order: 2 } }]])],
    // Out of order, as the content layer fills it: the writer sorts collections and entries.
    ['cases', new Map([['2026-010', entry('2026-010', '二号')], ['2026-002', entry('2026-002', '一号')]])],
    ['meta:cases', new Map<string, unknown>([['set', new Set(['a', 'b'])], ['empty', []]])],
  ]);
}

it('writes what devalue reads back as the same store, entries in the order Astro writes them', async () => {
  const store = sampleStore();
  const { serializeDataStore } = await astroWriter();
  const text = serializeStore(store, () => {
    throw new Error('fell back to Astro');
  });
  const read = devalue.parse(text) as Map<string, Map<string, unknown>>;
  expect(read).toEqual(devalue.parse(serializeDataStore(store)));
  expect([...read.keys()]).toEqual(['cases', 'meta:cases', 'units']);
  expect([...read.get('cases')!.keys()]).toEqual(['2026-002', '2026-010']);
  const first = read.get('cases')!.get('2026-002') as { data: { date: Date; gone?: unknown; where: unknown }; body: string };
  expect(first.data.date).toBeInstanceOf(Date);
  expect('gone' in first.data).toBe(true);
  expect(first.body).toBe((store.get('cases')!.get('2026-002') as { body: string }).body);
  // Shared objects stay shared, as devalue writes them.
  const second = read.get('cases')!.get('2026-010') as { data: { where: unknown } };
  expect(second.data.where).toBe(first.data.where);
});

it('reads back cycles, a bare value and an empty store', () => {
  const cyclic: Record<string, unknown> = { name: '循环' };
  cyclic['self'] = cyclic;
  const read = devalue.parse(devalueText(cyclic)!) as Record<string, unknown>;
  expect(read['self']).toBe(read);
  expect(devalue.parse(devalueText('法治')!)).toBe('法治');
  expect(devalueText(undefined)).toBe('-1');
  expect(devalue.parse(devalueText(new Map())!)).toEqual(new Map());
});

it('declines what it does not write as devalue would, so that Astro writes it', async () => {
  class Entry {
    title = 'x';
  }
  const holes = [1, , 3]; // eslint-disable-line no-sparse-arrays
  const refused: unknown[] = [
    NaN,
    -0,
    Infinity,
    10n,
    holes,
    new Entry(),
    new URL('https://example.org/'),
    /re/,
    new Date('not a date'),
    Object.create(null),
    { [Symbol('s')]: 1 },
    JSON.parse('{"__proto__": 1}'),
    new Uint8Array(2),
  ];
  for (const [i, value] of refused.entries()) expect(devalueText({ data: [value] }), `value ${i}`).toBeUndefined();
  const store = new Map([['cases', new Map([['a', { data: { n: NaN } }]])]]);
  const { serializeDataStore } = await astroWriter();
  const text = serializeStore(store, serializeDataStore);
  expect(text).toBe(serializeDataStore(store));
  expect((devalue.parse(text) as typeof store).get('cases')!.get('a')!.data.n).toBeNaN();
});

it('writes the file only when its bytes change', () => {
  const file = path.join(dir, 'data-store.json');
  expect(writeIfChanged(file, '["一"]')).toBe(true);
  const old = new Date('2020-01-01T00:00:00Z');
  fs.utimesSync(file, old, old);
  expect(writeIfChanged(file, '["一"]')).toBe(false);
  expect(fs.statSync(file).mtimeMs).toBe(old.getTime());
  // Same length, other bytes.
  expect(writeIfChanged(file, '["二"]')).toBe(true);
  expect(fs.readFileSync(file, 'utf8')).toBe('["二"]');
  expect(fs.readdirSync(dir)).toEqual(['data-store.json']);
});

it("makes Astro's own writer write the store this way (read from the installed Astro)", async () => {
  expect(await fasterStoreWrites(storeWriterUrl(root))).toBeUndefined();
  const { FileWriter } = await astroWriter();
  const file = path.join(dir, 'astro-store.json');
  const store = sampleStore();
  expect(await new FileWriter(file).write(store)).toBe(true);
  const text = fs.readFileSync(file, 'utf8');
  // JSON's escaping, not devalue's (which writes < as \u003C): this writer wrote it.
  expect(text).toContain('<script>');
  expect(devalue.parse(text)).toEqual(store);
  expect(await new FileWriter(file).write(sampleStore())).toBe(false);
});

it('leaves a writer that is not as expected alone, and says why', async () => {
  const module = path.join(dir, 'writer.mjs');
  fs.writeFileSync(module, 'export class FileWriter { write() {} }\n');
  expect(await fasterStoreWrites(new URL(`file://${module}`).href)).toMatch(/serializeDataStore/);
});
