// The search records built from the content model: what is indexed, with which filters, in which shard.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type SiteContent } from '../../src/lib/load-content.ts';
import { buildSearchRecords, filterOptions, plainText, shardOf, type SearchRecord } from '../../src/lib/search-records.ts';

let content: SiteContent;
let records: SearchRecord[];
beforeAll(async () => {
  content = (await loadContent(path.resolve(import.meta.dirname, '../fixtures/valid'))).content;
  records = buildSearchRecords(content, '2026-11-21');
});

describe('search records', () => {
  it('index every published case, person, list, commitment, rectification item, unit and page — never a withdrawn case', () => {
    const urls = records.map((r) => r.url).sort();
    expect(urls).toEqual(
      [
        '/cases/2026-001/',
        '/cases/2026-002/',
        '/good-people/2026-q1/li-ming/',
        '/good-people/2026-q1/',
        '/commitments/2026-h2/gongan/',
        '/commitments/2026-h1/chengguan-zhen/',
        '/rectification/2026-cepin/#item-1',
        '/rectification/2026-cepin/#item-2',
        '/rectification/2026-ducha/#item-1',
        '/rectification/2026-ducha/#item-2',
        '/units/gongan/',
        '/units/chengguan-zhen/',
        '/units/wenmingban/',
        '/about/',
      ].sort(),
    );
  });

  it('carry the base path of a site served under a portal’s path, once', () => {
    const underPath = buildSearchRecords({ ...content, site: { ...content.site, baseUrl: 'https://www.qinghe.gov.cn/pafz/' } }, '2026-11-21');
    expect(underPath.map((r) => r.url).sort()).toEqual(records.map((r) => `/pafz${r.url}`).sort());
  });

  it('a case record indexes readable text (title, summary, story) and keeps its number, unit and labels in metadata', () => {
    const record = records.find((r) => r.url === '/cases/2026-001/')!;
    expect(record.content).toContain('张某冒充网购平台客服');
    expect(record.content).toContain('2025年10月，张某冒充客服');
    expect(record.content).not.toContain('##');
    // Labels are metadata, which Pagefind searches but never cuts an excerpt from.
    expect(record.content).not.toContain('2026-001');
    expect(record.content).not.toContain('测试县公安局');
    expect(record.filters).toEqual({ type: ['案例'], unit: ['测试县公安局'], year: ['2026'], category: ['电信网络诈骗'] });
    expect(record.meta).toEqual({
      title: '冒充客服退款诈骗案',
      type: '案例 · 警示案例',
      date: '2026-03-02',
      unit: '测试县公安局',
      summary: '张某冒充网购平台客服，以退款为名骗取多名群众钱款，被依法判处有期徒刑。',
      number: '2026-001',
      formerNumbers: '2025-099',
      category: '电信网络诈骗',
      tags: '反诈 退款',
      legalBasis: '《中华人民共和国刑法》第二百六十六条',
    });
    expect(record.sort).toEqual({ date: '2026-03-02' });
  });

  it('every record has a readable summary for the line under its result', () => {
    for (const record of records) expect(record.meta['summary'], record.url).toMatch(/[\u4e00-\u9fff]/);
    expect(records.find((r) => r.url === '/units/gongan/')!.meta['summary']).toBe(
      '测试县公安局，又称县公安局、公安局（政法机关）。电话 0000-1110110。本页列出其公开承诺、整改事项和典型案例。',
    );
    expect(records.find((r) => r.url === '/good-people/2026-q1/')!.meta['summary']).toMatch(/共 1 人：李明。$/);
  });

  it('a rectification item carries its derived status and leads to its row', () => {
    const record = records.find((r) => r.url === '/rectification/2026-cepin/#item-1')!;
    expect(record.meta['type']).toBe('整改事项 · 逾期');
    expect(record.meta['coUnits']).toBe('配合单位 测试县公安局');
    expect(record.content).toContain('整改措施：');
  });

  it('units and pages have no date rather than an empty one', () => {
    const unit = records.find((r) => r.url === '/units/gongan/')!;
    expect(unit.meta).not.toHaveProperty('date');
    expect(unit.sort).toEqual({});
  });

  it('shards by year: the last two years are recent, older years go to their own archive shard', () => {
    expect(shardOf('2026-01-01', '2026-11-21')).toBe('recent');
    expect(shardOf('2025-01-01', '2026-11-21')).toBe('recent');
    expect(shardOf('2024-12-31', '2026-11-21')).toBe('2024');
    expect(shardOf('2023-12-31', '2026-11-21')).toBe('2023');
    expect(shardOf(undefined, '2026-11-21')).toBe('recent');
    const years = new Set(records.map((r) => r.shard));
    expect(years.has('recent')).toBe(true);
    for (const shard of years) expect(shard === 'recent' || Number(shard) <= 2024, shard).toBe(true);
  });

  it('counts filter values for the search page', () => {
    const options = filterOptions(records);
    expect(new Map(options['type'])).toEqual(new Map([['案例', 2], ['好人', 2], ['承诺', 2], ['整改', 4], ['单位', 3], ['页面', 1]]));
  });

  it('plainText drops Markdown and MDX syntax', () => {
    expect(plainText('## 标题\n\n**重点**[链接](/x/) <Callout title="提示">喝酒不开车</Callout>')).toBe('标题 重点链接 喝酒不开车');
  });
});
