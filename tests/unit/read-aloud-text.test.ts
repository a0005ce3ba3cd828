// Unit tests of src/lib/read-aloud-text.ts on hand-built trees shaped like the DOM (no DOM library needed).
import { describe, expect, it } from 'vitest';
import {
  CHUNK_LIMIT,
  collapseWhitespace,
  formatTableRow,
  formatTerm,
  readingBlocks,
  splitIntoChunks,
  type ReadNode,
} from '../../src/lib/read-aloud-text.ts';

/** A minimal element or text node: what the walker reads of a browser's DOM. */
interface TestNode extends ReadNode {
  readonly childNodes: TestNode[];
  readonly attrs: Record<string, string>;
}

const text = (value: string): TestNode => ({ nodeType: 3, nodeName: '#text', nodeValue: value, childNodes: [], attrs: {} });

function h(tag: string, attrs: Record<string, string> | null, ...children: Array<TestNode | string>): TestNode {
  const a = attrs ?? {};
  return {
    nodeType: 1,
    nodeName: tag.toUpperCase(),
    nodeValue: null,
    childNodes: children.map((c) => (typeof c === 'string' ? text(c) : c)),
    attrs: a,
    getAttribute: (name: string) => a[name] ?? null,
  };
}

const spoken = (root: TestNode, options = {}) => readingBlocks(root, options).flatMap((b) => b.chunks.map((c) => c.text));

describe('splitIntoChunks', () => {
  const pieces = (s: string, limit?: number) => splitIntoChunks(s, limit).map((span) => s.slice(span.start, span.end));

  it('splits at 。！？； and line breaks, keeping a closing quote with its sentence', () => {
    expect(pieces('许某报警。民警赶到！是真的吗？先止付；再侦查\n另起一行')).toEqual([
      '许某报警。',
      '民警赶到！',
      '是真的吗？',
      '先止付；',
      '再侦查',
      '另起一行',
    ]);
    expect(pieces('他说：“走吧。”后来报警了。')).toEqual(['他说：“走吧。”', '后来报警了。']);
    expect(pieces('真的吗？！不信。')).toEqual(['真的吗？！', '不信。']);
  });

  it('keeps decimals, dates and case numbers whole', () => {
    expect(pieces('被骗8.7万元，2026-03-27 立案，案例编号 2026-012。')).toEqual(['被骗8.7万元，2026-03-27 立案，案例编号 2026-012。']);
  });

  it('cuts a sentence longer than the limit at the last comma before it, every piece within the limit', () => {
    const long = `${'甲'.repeat(30)}，${'乙'.repeat(30)}，${'丙'.repeat(30)}、${'丁'.repeat(30)}。`;
    const result = pieces(long);
    expect(result.join('')).toBe(long);
    expect(result.every((p) => p.length <= CHUNK_LIMIT)).toBe(true);
    expect(result[0]).toBe(`${'甲'.repeat(30)}，`);
    expect(result).toHaveLength(4);
  });

  it('cuts at the limit when there is no comma or space, never inside a surrogate pair', () => {
    const long = '字'.repeat(150);
    expect(pieces(long).map((p) => p.length)).toEqual([60, 60, 30]);
    const emoji = `${'字'.repeat(9)}${'𠀀'.repeat(5)}`; // 𠀀 is two UTF-16 units
    expect(pieces(emoji, 10).join('')).toBe(emoji);
    expect(pieces(emoji, 10).every((p) => !/^[\udc00-\udfff]/.test(p))).toBe(true);
  });

  it('drops pieces without words (punctuation, dashes, spaces)', () => {
    expect(pieces('—。  ；正文。…')).toEqual(['正文。']);
  });
});

describe('collapseWhitespace', () => {
  it('drops the spaces source line breaks leave between Chinese characters, keeps one between Latin words', () => {
    const { text: t, offsets } = collapseWhitespace('  摘要：\n    河西镇 居民\n  uses  WeChat Pay  ');
    expect(t).toBe('摘要：河西镇居民uses WeChat Pay');
    expect(offsets).toHaveLength(t.length);
    expect(offsets[0]).toBe(2);
  });

  it('keeps a gap between elements (U+2029 from the walker) as a space, even between Chinese characters', () => {
    expect(collapseWhitespace('警示案例\u2029电信网络诈骗\u2029 案例编号').text).toBe('警示案例 电信网络诈骗 案例编号');
  });

  it('keeps a <br> line break (U+2028 from the walker) as \\n', () => {
    expect(collapseWhitespace('第一行\u2028 第二行').text).toBe('第一行\n第二行');
  });
});

describe('formatTableRow and formatTerm', () => {
  it('reads a row as 表头：值, leaving out empty cells and placeholders', () => {
    expect(formatTableRow(['序号', '问题', '完成时间', '备注'], ['1', '占道经营', '—', ''])).toBe('序号：1，问题：占道经营。');
    expect(formatTableRow([], ['甲', '乙'])).toBe('甲，乙。');
    expect(formatTableRow(['状态'], ['—'])).toBe('');
  });

  it('reads a term with its descriptions', () => {
    expect(formatTerm('发布单位', ['示例县公安局'])).toBe('发布单位：示例县公安局。');
    expect(formatTerm('关键词', ['反诈', '刷单'])).toBe('关键词：反诈；刷单。');
    expect(formatTerm('', ['只有说明'])).toBe('只有说明。');
  });
});

describe('readingBlocks', () => {
  const casePage = () =>
    h(
      'main',
      null,
      h('nav', { 'aria-label': '面包屑' }, h('a', null, '首页'), ' › ', h('a', null, '典型案例')),
      h('div', { 'data-read-skip': '' }, h('button', null, '朗读'), h('p', { role: 'status' }, '正在朗读')),
      h(
        'article',
        null,
        h('h1', null, '\n  许某遭遇“刷单返利”\n  电信网络诈骗案\n'),
        h('dl', null, h('dt', null, '发布单位'), h('dd', null, h('a', null, '示例县公安局')), h('dt', null, '发布日期'), h('dd', null, h('time', null, '2026年3月27日'))),
        h('p', null, h('strong', null, '摘要：'), '\n  许某被骗8.7万元。'),
        h('div', { class: 'prose-zh' }, h('h2', null, '基本案情'), h('p', null, '2026年2月，许某收到信息。'), h('h2', null, '处理结果'), h('p', null, '冻结资金。')),
        h('p', { hidden: '' }, '隐藏的文字'),
        h('span', { 'aria-hidden': 'true' }, '装饰'),
        h('p', null, '可见', h('span', { class: 'sr-only' }, '（补充说明）'), '文字'),
      ),
      h('footer', null, '主办单位'),
    );

  it('reads the main content in order, skipping navigation, the control, hidden and aria-hidden text', () => {
    expect(spoken(casePage())).toEqual([
      '许某遭遇“刷单返利”电信网络诈骗案',
      '发布单位：示例县公安局。',
      '发布日期：2026年3月27日。',
      '摘要：许某被骗8.7万元。',
      '基本案情',
      '2026年2月，许某收到信息。',
      '处理结果',
      '冻结资金。',
      // Screen-reader-only words complete a visible sentence, so they are read too.
      '可见（补充说明）文字',
    ]);
  });

  it('skips what the page does not render, as the browser reports it', () => {
    const root = h('main', null, h('p', null, '看得见'), h('p', { class: 'md-hidden' }, '看不见'));
    expect(spoken(root, { isRendered: (e: TestNode) => e.attrs['class'] !== 'md-hidden' })).toEqual(['看得见']);
  });

  it('skips closed <details> and every <summary>, reads open ones', () => {
    const root = h(
      'main',
      null,
      h('details', null, h('summary', null, '全部 3 条进展'), h('p', null, '折叠的')),
      h('details', { open: '' }, h('summary', null, '展开'), h('p', null, '展开的')),
    );
    expect(spoken(root)).toEqual(['展开的']);
  });

  it('places each chunk of a paragraph on its own text nodes, across inline elements', () => {
    const strong = text('摘要：');
    const rest = text('\n  第一句。第二句');
    const p = h('p', null, h('strong', null, strong), rest);
    const [block] = readingBlocks(h('main', null, p));
    expect(block!.elements).toEqual([p]);
    expect(block!.chunks.map((c) => c.text)).toEqual(['摘要：第一句。', '第二句']);
    expect(block!.chunks[0]!.place).toEqual({ start: strong, startOffset: 0, end: rest, endOffset: 7 });
    expect(block!.chunks[1]!.place).toEqual({ start: rest, startOffset: 7, end: rest, endOffset: 10 });
  });

  it('pauses between inline elements parted by whitespace only, not inside a text node\'s line breaks', () => {
    const line = h('p', null, h('span', { class: 'badge' }, '警示案例'), '\n', h('a', null, '电信网络诈骗'), '\n  ', h('span', null, '案例编号\n 2026-012'));
    expect(spoken(h('main', null, line))).toEqual(['警示案例 电信网络诈骗 案例编号2026-012']);
  });

  it('pauses around an inline tag laid out as a box (a badge in a flex row), as the browser reports it', () => {
    const line = h('p', { class: 'flex' }, h('span', null, '逾期 52 天'), h('span', { class: 'block' }, '登记状态：推进中'));
    expect(spoken(h('main', null, line), { isInline: (e: TestNode) => e.attrs['class'] !== 'block' })).toEqual(['逾期52天 登记状态：推进中']);
  });

  it('leaves out form labels (their controls are not read)', () => {
    expect(spoken(h('main', null, h('label', null, '按整改状态筛选', h('select', null)), h('p', null, '正文')))).toEqual(['正文']);
  });

  it('breaks a sentence at <br>', () => {
    expect(spoken(h('main', null, h('p', null, '第一行', h('br', null), '第二行')))).toEqual(['第一行', '第二行']);
  });

  it('reads a table row by row with its headers, the caption first, hidden rows left out', () => {
    const row = h('tr', null, h('td', { 'data-label': '序号' }, '1'), h('th', { scope: 'row' }, '占道经营'), h('td', null, h('ol', null, h('li', null, '设置疏导点'), h('li', null, '每日巡查'))), h('td', null, '—'));
    const table = h(
      'table',
      null,
      h('caption', null, '整改台账'),
      h('thead', null, h('tr', null, h('th', null, '序号'), h('th', null, '问题'), h('th', null, '整改措施'), h('th', null, '完成时间'))),
      h('tbody', null, row, h('tr', { hidden: '' }, h('td', null, '2'), h('th', null, '筛掉的'))),
    );
    // On a phone the header row is styled away; it still names the columns.
    const blocks = readingBlocks(h('main', null, table), { isRendered: (e: TestNode) => e.nodeName !== 'THEAD' });
    expect(blocks.flatMap((b) => b.chunks.map((c) => c.text))).toEqual(['整改台账', '序号：1，问题：占道经营，整改措施：设置疏导点；', '每日巡查。']);
    expect(blocks[1]!.elements).toEqual([row]);
    expect(blocks[1]!.chunks[0]!.place).toEqual({ first: row, last: row });
  });

  it('takes the first row of <th> as headers when there is no <thead>, and data-label when a header is missing', () => {
    const table = h(
      'table',
      null,
      h('tr', null, h('th', null, '季度'), h('th', { colspan: '2' }, '数值')),
      h('tr', null, h('td', null, '2026年第一季度'), h('td', null, '95.1'), h('td', { 'data-label': '排名' }, '3')),
    );
    expect(spoken(h('main', null, table))).toEqual(['季度：2026年第一季度，数值：95.1，数值：3。']);
    const bare = h('table', null, h('tbody', null, h('tr', null, h('td', { 'data-label': '单位' }, '公安局'))));
    expect(spoken(h('main', null, bare))).toEqual(['单位：公安局。']);
  });

  it('keeps every chunk of long content within the limit', () => {
    const long = h('main', null, h('p', null, `${'很长的句子没有标点'.repeat(20)}。`), h('li', null, `${'列表，'.repeat(40)}`));
    const chunks = spoken(long);
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.every((c) => c.length <= CHUNK_LIMIT)).toBe(true);
  });
});
