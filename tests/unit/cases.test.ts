// Pure case logic: ordering, updated dates, facets, related cases and citation text.
import { describe, expect, it } from 'vitest';
import { caseCitation, caseFacets, caseUpdated, compareCasesNewestFirst, matchesFacet, relatedCasesIndex } from '../../src/lib/cases.ts';
import type { CaseData } from '../../src/schemas/cases.ts';

const make = (id: string, over: Partial<CaseData> = {}): CaseData => ({
  id,
  title: `案例${id}`,
  type: '警示案例',
  category: '电信网络诈骗',
  unit: 'gongan',
  published: `${id.slice(0, 4)}-03-01`,
  summary: '摘要',
  ...over,
});

describe('cases', () => {
  it('orders newest first, then by case number', () => {
    const list = [make('2024-001'), make('2025-002'), make('2025-003', { published: '2025-03-01' })];
    expect(list.sort(compareCasesNewestFirst).map((c) => c.id)).toEqual(['2025-003', '2025-002', '2024-001']);
  });

  it('takes the latest change note as the updated date', () => {
    expect(caseUpdated(make('2024-001'))).toBeUndefined();
    expect(caseUpdated(make('2024-001', { changes: [{ date: '2024-05-01', note: 'a' }, { date: '2024-04-01', note: 'b' }] }))).toBe('2024-05-01');
  });

  it('counts facet values, types in official order and years newest first', () => {
    const facets = caseFacets([make('2024-001', { type: '正面典型' }), make('2025-001'), make('2025-002')], (id) => `单位${id}`);
    expect(facets.type.map((f) => [f.value, f.count])).toEqual([['警示案例', 2], ['正面典型', 1]]);
    expect(facets.year.map((f) => f.label)).toEqual(['2025年', '2024年']);
    expect(facets.unit[0]).toMatchObject({ value: 'gongan', label: '单位gongan', count: 3 });
    expect(matchesFacet(make('2025-001'), 'year', '2025')).toBe(true);
    expect(matchesFacet(make('2025-001'), 'category', '扫黑除恶')).toBe(false);
  });

  it('relates cases of the same category, same type first, newest first, never withdrawn or itself', () => {
    const entries = [
      make('2026-001'),
      make('2026-002', { type: '正面典型' }),
      make('2025-003'),
      make('2025-004', { withdrawn: { date: '2025-06-01', reason: '撤回' } }),
      make('2024-005', { category: '扫黑除恶' }),
    ].map((data) => ({ data }));
    const related = relatedCasesIndex(entries, 4);
    expect(related.get('2026-001')!.map((e) => e.data.id)).toEqual(['2025-003', '2026-002']);
    expect(related.get('2024-005')).toEqual([]);
    expect(related.get('2025-004')).toEqual([]);
  });

  it('builds the citation text with unit, title, number, site, dates and URL', () => {
    const text = caseCitation(make('2024-017', { changes: [{ date: '2024-09-20', note: '更正' }] }), '示例县公安局', '示例县法治文明公开网', 'https://x/cases/2024-017/');
    expect(text).toBe('示例县公安局：《案例2024-017》（案例编号 2024-017），示例县法治文明公开网，2024年3月1日发布，2024年9月20日更新。https://x/cases/2024-017/');
  });
});
