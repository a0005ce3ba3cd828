// The guard against loose matches: do the first results of the recent years answer the query, or only parts of it?
import { describe, expect, it } from 'vitest';
import { answersQuery, queryTerms, resultsAnswer, type ResultText } from '../../src/lib/search-guard.ts';

/** A result's data as Pagefind 1.6 returns it for a record of search-records.ts (the fields the guard reads). */
const result = (title: string, summary: string, extra: Record<string, string> = {}): ResultText & { url: string; excerpt: string } => ({
  url: '/cases/2026-001/',
  excerpt: `${title.slice(0, 4)}<mark>${title.slice(4, 6)}</mark>`,
  content: `${title}\n${summary}\n${summary.slice(0, 20)}`,
  meta: { title, type: '案例 · 警示案例', date: '2026-03-02', unit: '县公安局', summary, ...extra },
});

const loose = [
  result('冒用他人身份证办理贷款被判刑', '被告人冒充银行工作人员，骗取老年人存款。'),
  result('公益诉讼督促整治河道污染', '检察机关发出检察建议，法院支持起诉。'),
];

describe('queryTerms', () => {
  it('splits at spaces and drops quotes, punctuation and case', () => {
    expect(queryTerms('  "飞线充电" ')).toEqual(['飞线充电']);
    expect(queryTerms('宾馆　未成年人')).toEqual(['宾馆', '未成年人']); // an ideographic space too
    expect(queryTerms('APP 刷单，返利')).toEqual(['app', '刷单返利']);
    expect(queryTerms(' “” ')).toEqual([]);
  });
});

describe('answersQuery and resultsAnswer', () => {
  it('a result answers when it holds every word, in its text or its metadata', () => {
    expect(answersQuery(['冒充', '老年人'], loose[0]!)).toBe(true);
    expect(answersQuery(['县公安局'], loose[1]!)).toBe(true); // the unit, in the metadata only
    expect(answersQuery(['刑法第266条'], result('诈骗案', '摘要', { legalBasis: '《刑法》第266条' }))).toBe(true);
    expect(answersQuery(['app'], result('刷单返利诈骗', '下载某APP后被骗'))).toBe(true);
  });

  it('parts of a query are a loose match: 冒充 and 公 … 检 … 法 are not 冒充公检法', () => {
    expect(resultsAnswer('冒充公检法', loose)).toBe(false);
    expect(resultsAnswer('冒充 公检法', loose)).toBe(false); // every word must be in one result
    expect(resultsAnswer('冒充公检法', [...loose, result('冒充公检法诈骗老人养老钱', '被告人冒充公检法人员……')])).toBe(true);
  });

  it('no results answer nothing; a query of filters only, or of punctuation only, is answered', () => {
    expect(resultsAnswer('诈骗', [])).toBe(false);
    expect(resultsAnswer('', [])).toBe(true);
    expect(resultsAnswer('“”', [])).toBe(true);
  });

  it('a word split by Pagefind at punctuation or quoted still answers', () => {
    expect(resultsAnswer('"飞线充电"', [result('电动车飞线充电引发火灾', '……')])).toBe(true);
    expect(resultsAnswer('社区矫正 请销假', [result('社区矫正对象请销假管理不严', '整改措施：……')])).toBe(true);
  });
});
