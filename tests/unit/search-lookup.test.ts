// The exact lookup of case numbers (current, old, withdrawn), unit names and people's names, and its bucket files.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type SiteContent } from '../../src/lib/load-content.ts';
import { buildSearchLookup, type SearchLookup } from '../../src/lib/search-lookup.ts';
import { bucketOf, isLookupQuery, isNumberLike, lookupKey, type LookupHit } from '../../src/lib/search-query.ts';

let content: SiteContent;
let lookup: SearchLookup;
beforeAll(async () => {
  content = (await loadContent(path.resolve(import.meta.dirname, '../fixtures/valid'))).content;
  lookup = buildSearchLookup(content, '2026-11-21');
});

/** What the search page does: the key's bucket file, then the key in it. */
const find = (query: string): LookupHit[] => {
  const key = lookupKey(query);
  return lookup.files.get(bucketOf(key, lookup.buckets))?.[key] ?? [];
};

describe('search lookup', () => {
  it('a case number leads to its case, with what its result line shows', () => {
    expect(find('2026-001')).toEqual([
      {
        url: '/cases/2026-001/',
        title: '冒充客服退款诈骗案',
        type: '案例 · 警示案例',
        date: '2026-03-02',
        unit: '测试县公安局',
        summary: '张某冒充网购平台客服，以退款为名骗取多名群众钱款，被依法判处有期徒刑。',
        shard: 'recent',
      },
    ]);
  });

  it('an old number leads to the case under its new number, and says so', () => {
    const [hit] = find('2025-099');
    expect(hit).toMatchObject({ url: '/cases/2026-001/', renumberedTo: '2026-001' });
  });

  it('a withdrawn case is a tombstone: title and 已撤回, no content, not in any search shard', () => {
    expect(find('2026-003')).toEqual([
      { url: '/cases/2026-003/', title: '已撤回的案例', type: '案例 · 已撤回', date: '2026-05-01', withdrawn: '2026-06-01' },
    ]);
  });

  it('a unit’s name, short name or alias leads to its unit page', () => {
    for (const name of ['测试县公安局', '县公安局', '公安局']) expect(find(name).map((h) => h.url)).toEqual(['/units/gongan/']);
    expect(find('县文明办')[0]).toMatchObject({ title: '测试县精神文明建设指导委员会办公室', type: '单位 · 部门' });
    expect(find('县文明办')[0]!.summary).toContain('又称县文明办');
  });

  it('a person’s name leads to the person’s page', () => {
    expect(find('李明').map((h) => h.url)).toEqual(['/good-people/2026-q1/li-ming/']);
  });

  it('reads numbers however they are typed: full-width digits, any dash, spaces around', () => {
    expect(find(' ２０２６－００１ ').map((h) => h.url)).toEqual(['/cases/2026-001/']);
    expect(find('2026—001').map((h) => h.url)).toEqual(['/cases/2026-001/']);
  });

  it('looks up one word that is a number or a name, never a sentence or several words', () => {
    expect(isLookupQuery('2017-002')).toBe(true);
    expect(isLookupQuery('张淑兰')).toBe(true);
    expect(isLookupQuery('城关镇 调解')).toBe(false);
    expect(isLookupQuery('"飞线充电"')).toBe(true);
    expect(isLookupQuery('x')).toBe(false);
    expect(isNumberLike('2017-002')).toBe(true);
    expect(isNumberLike('２０１７－００２')).toBe(true);
    expect(isNumberLike('张淑兰')).toBe(false);
    expect(isNumberLike('gongan')).toBe(false);
  });

  it('fetches no bucket for a word no name starts like: the first character of every name key is on the page', () => {
    for (const ch of ['测', '县', '公', '李']) expect(lookup.nameStarts).toContain(ch);
    expect([...lookup.nameStarts]).toEqual([...new Set(lookup.nameStarts)].sort());
    expect(lookup.nameStarts).not.toMatch(/[0-9]/); // case numbers are looked up by their shape
    for (const key of [...lookup.files.values()].flatMap((f) => Object.keys(f)))
      expect(isLookupQuery(key, lookup.nameStarts), key).toBe(true);
    expect(isLookupQuery('诈骗', lookup.nameStarts)).toBe(false);
    expect(isLookupQuery('诈骗', undefined)).toBe(true);
    expect(isLookupQuery('2017-002', '')).toBe(true);
  });

  it('splits the keys into a power of two of buckets, each key in the bucket its hash names', () => {
    expect(lookup.keys).toBe([...lookup.files.values()].reduce((n, f) => n + Object.keys(f).length, 0));
    expect(Math.log2(lookup.buckets) % 1).toBe(0);
    for (const [n, file] of lookup.files) for (const key of Object.keys(file)) expect(bucketOf(key, lookup.buckets)).toBe(n);
    // FNV-1a over UTF-16 code units, the same in Node and every browser (values from an independent implementation).
    expect(bucketOf('2017-002', 2 ** 32)).toBe(1466612692);
    expect(bucketOf('张淑兰', 2 ** 32)).toBe(3218412398);
  });
});
