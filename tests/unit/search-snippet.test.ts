import { expect, it } from 'vitest';
import { resultLine, summarySnippet } from '../../src/lib/search-snippet.ts';

const summary =
  '犯罪分子冒充公安民警，以“涉嫌洗钱”为由恐吓城关镇居民刘某，诱骗其将38.6万元转入所谓“安全账户”。县公安局紧急止付冻结12.4万元，循线抓获为诈骗团伙转移资金的4名犯罪嫌疑人，县人民法院依法判处其有期徒刑一年至五年不等。';

it('shows the summary around the first query word, marked, with … where it is cut', () => {
  const html = summarySnippet(summary, '诈骗')!;
  expect(html).toContain('<mark>诈骗</mark>团伙');
  expect(html.startsWith('…')).toBe(true);
  expect(html.endsWith('五年不等。')).toBe(true); // the window stops at the end rather than running short
  expect(html.replace(/<\/?mark>|…/g, '').length).toBe(90);
});

it('marks every query word and escapes the rest', () => {
  expect(summarySnippet('张某<酒后>驾驶，酒后被查', '酒后 驾驶')).toBe('张某&#60;<mark>酒后</mark>&#62;<mark>驾驶</mark>，<mark>酒后</mark>被查');
});

it('gives nothing when the summary lacks every query word, so Pagefind\'s excerpt is shown instead', () => {
  expect(summarySnippet(summary, '酒驾')).toBeUndefined();
  expect(summarySnippet(undefined, '诈骗')).toBeUndefined();
});

it('the result line is the marked summary, else a marked excerpt, else the summary’s opening — never a run of labels', () => {
  expect(resultLine(summary, '诈骗', 'x')).toContain('<mark>诈骗</mark>团伙');
  expect(resultLine(summary, '刘某某', '城关镇<mark>刘某某</mark>家')).toBe('城关镇<mark>刘某某</mark>家');
  const opening = resultLine(summary, '2024-017', '冒充公检法电信网络诈骗案 犯罪分子冒充');
  expect(opening).toBe(`${summary.slice(0, 90)}…`);
  expect(resultLine(undefined, '诈骗', 'excerpt')).toBe('excerpt');
  expect(resultLine('张某<酒后>', '醉驾', '')).toBe('张某&#60;酒后&#62;');
});
