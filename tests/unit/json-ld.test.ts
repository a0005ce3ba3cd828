// JSON-LD and page metadata helpers: a hostile title cannot close the data block; PubDate and keywords formats.
import { describe, expect, it } from 'vitest';
import { caseArticleLd, dataCatalogLd, governmentOrganizationLd, jsonLdText } from '../../src/lib/json-ld.ts';
import { COLUMN_META, defaultColumnMeta, keywordList, pubDate } from '../../src/lib/page-meta.ts';

const publisher = { name: '中共示例县委政法委员会', url: 'https://fzwm.example.gov.cn/' };

describe('jsonLdText', () => {
  it('escapes <, > and & so a title cannot end the <script type="application/ld+json"> block, and reads back the same', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028';
    const text = jsonLdText(
      caseArticleLd({
        url: 'https://fzwm.example.gov.cn/cases/2026-012/',
        title: hostile,
        summary: '摘要',
        published: '2026-03-02',
        modified: '2026-03-10',
        unitName: '示例县公安局',
        unitUrl: 'https://fzwm.example.gov.cn/units/gongan/',
        keywords: ['警示案例', '反诈'],
        section: '警示案例',
        publisher,
      }),
    );
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain('\\u003c/script\\u003e');
    const back = JSON.parse(text);
    expect(back.headline).toBe(hostile);
    expect(back).toMatchObject({
      '@type': 'Article',
      datePublished: '2026-03-02T00:00:00+08:00',
      dateModified: '2026-03-10T00:00:00+08:00',
      keywords: '警示案例,反诈',
      author: { '@type': 'GovernmentOrganization', name: '示例县公安局' },
    });
  });

  it('a case never modified is modified on its publication date; a withdrawn one has no description', () => {
    const ld = caseArticleLd({ url: 'u:x', title: 't', summary: undefined, published: '2026-03-02', modified: undefined, unitName: 'u', unitUrl: 'u:y', keywords: [], section: 's', publisher });
    expect(ld['dateModified']).toBe('2026-03-02T00:00:00+08:00');
    expect(ld).not.toHaveProperty('description');
    expect(ld).not.toHaveProperty('keywords');
  });

  it('builds a GovernmentOrganization and a Dataset with one download per file', () => {
    expect(governmentOrganizationLd({ url: 'https://x/units/gongan/', name: '示例县公安局', alternateNames: ['县公安局'], phone: '0000-1110110', region: '示例县' })).toMatchObject({
      '@type': 'GovernmentOrganization',
      alternateName: ['县公安局'],
      telephone: '0000-1110110',
    });
    const ld = dataCatalogLd({
      url: 'https://x/open-data/',
      name: '数据开放',
      publisher,
      datasets: [
        {
          id: 'cases',
          name: '典型案例',
          description: '说明',
          dateModified: '2026-11-21',
          files: [{ url: 'https://x/api/cases.json', name: 'cases.json', encodingFormat: 'application/json', bytes: 1234 }],
        },
      ],
    });
    const [dataset] = ld['dataset'] as Array<Record<string, unknown>>;
    expect(dataset).toMatchObject({ '@type': 'Dataset', '@id': 'https://x/open-data/#cases', dateModified: '2026-11-21' });
    expect(dataset!['distribution']).toEqual([
      { '@type': 'DataDownload', name: 'cases.json', contentUrl: 'https://x/api/cases.json', encodingFormat: 'application/json', contentSize: '1234 B' },
    ]);
    expect(ld).not.toHaveProperty('license');
    expect(dataset).not.toHaveProperty('license');
  });
});

describe('page metadata', () => {
  it('PubDate carries a time; keywords are unique and comma-separated', () => {
    expect(pubDate('2026-03-02')).toBe('2026-03-02 00:00');
    expect(() => pubDate('2026-3-2')).toThrow('YYYY-MM-DD');
    expect(keywordList(['警示案例', ' 反诈 ', undefined, '', '反诈'])).toBe('警示案例,反诈');
  });

  it('every section column has a description, keywords and one of the four column types; free pages get one', () => {
    for (const [name, column] of Object.entries(COLUMN_META)) {
      expect(column.description, name).toBeTruthy();
      expect(column.keywords.length, name).toBeGreaterThan(0);
      expect(['信息发布', '解读回应', '办事服务', '互动交流']).toContain(column.type);
    }
    expect(defaultColumnMeta('监督举报', '说明').type).toBe('互动交流');
    expect(defaultColumnMeta('关于本站', '说明')).toEqual({ description: '说明', keywords: ['关于本站'], type: '信息发布' });
  });
});
