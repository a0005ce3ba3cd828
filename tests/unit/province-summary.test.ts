// The portal's reading of a county's /api/summary.json: version 1 taken, anything else refused in Chinese by county and field.
import { describe, expect, it } from 'vitest';
import { validateSummary } from '../../src/province/read-county.ts';
import { summaryOn, type CountySummary } from '../../src/lib/county-summary.ts';

const good = {
  version: 1,
  site: { name: '青河县法治文明公开网', region: '青河县', organizer: '中共青河县委政法委员会', baseUrl: 'https://fzwm.qinghe.example.gov.cn' },
  asOf: '2026-11-21',
  links: Object.fromEntries(['home', 'commitments', 'rectification', 'cases', 'search', 'searchRecords'].map((k) => [k, `https://fzwm.qinghe.example.gov.cn/${k}/`])),
  commitments: { period: '2026-H2', units: 1, total: 5, fulfilled: 2, overdue: 1, rate: 0.4 },
  rectification: { batches: 1, total: 20, done: 15, overdue: 0, longTerm: 5, rate: 0.75 },
  indicators: [],
  cases: [],
};

describe('validateSummary', () => {
  it('takes a version 1 summary, ignoring fields added later', () => {
    expect(validateSummary('dist/qinghe', { ...good, extra: 1 })).toHaveProperty('summary.site.region', '青河县');
  });

  it('refuses another version, or none, with one message naming the county', () => {
    expect(validateSummary('dist/qinghe', { ...good, version: 2 })).toEqual({
      messages: ['dist/qinghe：汇总文件的版本是 2，本门户只能读取版本 1。请用与门户相同版本的本项目重新构建该县网站。'],
    });
    expect(validateSummary('dist/qinghe', {})).toEqual({
      messages: ['dist/qinghe：汇总文件的版本是 （未写），本门户只能读取版本 1。请用与门户相同版本的本项目重新构建该县网站。'],
    });
  });

  it('names each bad field', () => {
    const { commitments: _c, ...noCommitments } = good;
    const bad = { ...noCommitments, asOf: '2026/11/21', rectification: { ...good.rectification, overdue: '0' } };
    expect(validateSummary('https://fzwm.qinghe.example.gov.cn/', bad)).toEqual({
      messages: [
        'https://fzwm.qinghe.example.gov.cn/：汇总文件 api/summary.json 的字段 asOf：格式不对，应为YYYY-MM-DD 格式的日期。',
        'https://fzwm.qinghe.example.gov.cn/：汇总文件 api/summary.json 的字段 commitments：缺失。',
        'https://fzwm.qinghe.example.gov.cn/：汇总文件 api/summary.json 的字段 rectification.overdue：格式不对，应为数字。',
      ],
    });
  });
});

describe('summaryOn', () => {
  const pending = {
    ...good,
    commitments: { ...good.commitments, pendingDues: ['2026-11-24'] },
    rectification: { ...good.rectification, pendingDues: ['2026-11-22', '2026-11-28'] },
  };
  it('moves the overdue counts on to the portal’s date: an item is 逾期 the day after its due date', () => {
    const summary = (validateSummary('dist/qinghe', pending) as { summary: CountySummary }).summary;
    expect(summaryOn(summary, '2026-11-21').rectification.overdue).toBe(0);
    expect(summaryOn(summary, '2026-11-22').rectification.overdue).toBe(0);
    expect(summaryOn(summary, '2026-11-23').rectification.overdue).toBe(1);
    const later = summaryOn(summary, '2026-11-29');
    expect([later.commitments.overdue, later.rectification.overdue]).toEqual([2, 2]);
    // A summary written before pendingDues existed keeps its counts.
    const old = (validateSummary('dist/qinghe', good) as { summary: CountySummary }).summary;
    expect(summaryOn(old, '2026-11-29').commitments.overdue).toBe(1);
  });

  it('refuses a pending due date that is no date', () => {
    const bad = { ...good, rectification: { ...good.rectification, pendingDues: ['下月'] } };
    expect(validateSummary('dist/qinghe', bad)).toHaveProperty('messages');
  });
});
