// The Atom renderer and the feed entries: escaping, dates, tag: ids, corrections and withdrawals first, ledger events.
import { describe, expect, it } from 'vitest';
import { latestDate, newestEntries, renderAtom, rfc3339, tagUri, type AtomEntry, type AtomFeed } from '../../src/lib/atom.ts';
import { batchEntries, caseEntries, rectificationEventEntries, type FeedBatch, type FeedCase } from '../../src/lib/feed-entries.ts';
import { siteRoutes } from '../../src/lib/routes.ts';
import { checkAtom } from '../atom-rules.ts';

const routes = siteRoutes('https://fzwm.example.gov.cn/');
const ctx = { routes, baseUrl: 'https://fzwm.example.gov.cn/', unitName: (id: string) => ({ gongan: '示例县公安局', hexi: '河西镇人民政府' })[id] ?? id };
const frame: AtomFeed = {
  selfUrl: 'https://fzwm.example.gov.cn/atom.xml',
  pageUrl: 'https://fzwm.example.gov.cn/',
  title: '示例县法治文明公开网 最新发布与更新',
  subtitle: '示例',
  author: { name: '示例县委政法委', uri: 'https://fzwm.example.gov.cn/' },
  emptyUpdated: '2026-11-21',
};
const aCase = (over: Partial<FeedCase> = {}): FeedCase => ({
  id: '2026-012',
  title: '冒充客服退款诈骗案',
  type: '警示案例',
  category: '电信网络诈骗',
  unit: 'gongan',
  published: '2026-03-02',
  summary: '张某冒充网购平台客服实施诈骗。',
  ...over,
});
/** The HTML inside <content type="html">, as a feed reader gets it after XML unescaping. */
const contentOf = (xml: string, i = 0) => checkAtom(xml).feed!.entries[i]!.content!.text;

describe('Atom renderer', () => {
  it('writes dates as RFC 3339 in China Standard Time and picks the latest', () => {
    expect(rfc3339('2026-03-02')).toBe('2026-03-02T00:00:00+08:00');
    expect(() => rfc3339('2026/3/2')).toThrow('YYYY-MM-DD');
    expect(latestDate('2026-03-02', undefined, '2026-05-01', '2026-04-30')).toBe('2026-05-01');
  });

  it('makes tag: ids from the host, the date and the path, escaping what a tag may not hold', () => {
    expect(tagUri('fzwm.example.gov.cn', '2026-10-20', 'rectification/x/item-1/progress/2026-10-20')).toBe(
      'tag:fzwm.example.gov.cn,2026-10-20:rectification/x/item-1/progress/2026-10-20',
    );
    expect(tagUri('h', '2026-01-01', 'a b#c')).toBe('tag:h,2026-01-01:a%20b%23c');
  });

  it('renders a valid feed, escaping every value; a hostile title cannot break out of its element', () => {
    const entry: AtomEntry = {
      id: 'https://fzwm.example.gov.cn/cases/2026-012/',
      title: '</title><script>alert(1)</script> & "引号"\u0001',
      url: 'https://fzwm.example.gov.cn/cases/2026-012/?a=1&b=2',
      published: '2026-03-02',
      updated: '2026-03-10',
      contentHtml: '<p>a &amp; b</p>',
      categories: ['典型案例', '<x>'],
      author: '示例县公安局',
    };
    const xml = renderAtom(frame, [entry]);
    const { feed, problems } = checkAtom(xml);
    expect(problems).toEqual([]);
    expect(feed!.entries[0]!.title).toBe('</title><script>alert(1)</script> & "引号"');
    expect(feed!.entries[0]!.links[0]!.href).toBe('https://fzwm.example.gov.cn/cases/2026-012/?a=1&b=2');
    expect(feed!.entries[0]!.categories).toEqual(['典型案例', '<x>']);
    expect(contentOf(xml)).toBe('<p>a &amp; b</p>');
    expect(feed!.updated).toBe('2026-03-10T00:00:00+08:00');
    expect(xml).not.toContain('<script>');
  });

  it('an empty feed is valid and dated by its emptyUpdated date', () => {
    const { feed, problems } = checkAtom(renderAtom(frame, []));
    expect(problems).toEqual([]);
    expect(feed!.updated).toBe('2026-11-21T00:00:00+08:00');
  });

  it('the checker catches what RFC 4287 forbids', () => {
    const bad = renderAtom(frame, [
      { id: 'x', title: ' ', url: '/relative/', published: '2026-03-02', updated: '2026-03-01', contentHtml: '' },
      { id: 'x', title: 't', url: 'https://a/', published: '2026-03-02', updated: '2026-03-02', contentHtml: '' },
    ]).replace('<updated>2026-03-02T00:00:00+08:00</updated>\n<link rel="self"', '<updated>2026-03-02</updated>\n<link rel="self"');
    const { problems } = checkAtom(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        'entry 1: id "x" is not an absolute IRI',
        'entry 1: empty title',
        'entry 1: published after updated',
        'entry 2: id "x" is not unique',
        'link "/relative/" is not absolute',
        'feed updated: "2026-03-02" is not an RFC 3339 date-time',
      ]),
    );
    expect(checkAtom('<feed><id>').problems[0]).toMatch(/^not well-formed/);
  });

  it('keeps the newest 50 by updated date', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...caseEntries([aCase()], ctx)[0]!, id: `urn:x:${i}`, updated: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    const kept = newestEntries(many);
    expect(kept).toHaveLength(50);
    expect(kept[0]!.updated).toBe('2026-01-28');
  });
});

describe('case entries', () => {
  it('a correction updates the entry and its note comes first', () => {
    const [entry] = caseEntries(
      [aCase({ changes: [{ date: '2026-03-05', note: '更正发布单位。' }, { date: '2026-03-10', note: '更正涉案金额为 5.2 万元。' }] })],
      ctx,
    );
    expect(entry!.updated).toBe('2026-03-10');
    expect(entry!.published).toBe('2026-03-02');
    expect(entry!.id).toBe('https://fzwm.example.gov.cn/cases/2026-012/');
    expect(entry!.contentHtml.startsWith('<p>更正（2026-03-10）：更正涉案金额为 5.2 万元。</p><p>更正（2026-03-05）：')).toBe(true);
    expect(entry!.author).toBe('示例县公安局');
  });

  it('a withdrawn case stays in the feed, says 已撤回 with its reason, and no longer carries its summary', () => {
    const [entry] = caseEntries([aCase({ withdrawn: { date: '2026-06-01', reason: '当事人身份信息需进一步核实。' } })], ctx);
    expect(entry!.title).toBe('冒充客服退款诈骗案（已撤回）');
    expect(entry!.updated).toBe('2026-06-01');
    expect(entry!.contentHtml.startsWith('<p>已撤回（2026-06-01）：当事人身份信息需进一步核实。</p>')).toBe(true);
    expect(entry!.contentHtml).not.toContain('张某');
  });

  it('escapes content text once for HTML, and the feed escapes it again for XML', () => {
    const xml = renderAtom(frame, caseEntries([aCase({ summary: '<img src=x onerror=alert(1)>' })], ctx));
    expect(contentOf(xml)).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(checkAtom(xml).problems).toEqual([]);
  });
});

describe('rectification entries', () => {
  const batch: FeedBatch = {
    id: '2026-ducha',
    title: '2026年平安建设督查反馈问题整改',
    source: '督查检查',
    foundAt: '2026-07-10',
    items: [
      { number: 1, problem: '路灯不足', unit: 'hexi', due: '2026-10-31', status: '已完成', completedAt: '2026-10-15', progress: [{ date: '2026-09-01', note: '已完成勘察。' }, { date: '2026-10-15', note: '已更换路灯120盏。' }] },
      { number: 2, problem: '监控离线', unit: 'gongan', due: '2026-09-30', status: '整改中', progress: [{ note: '未注明日期的进展' }, { date: '2026-10-28', note: '联网率提升至94%。' }, { date: '2026-10-28', note: '又修复3个点位。' }] },
    ],
  };

  it('one entry per dated progress note and completion, dated, at the item row, with unique tag: ids', () => {
    const entries = rectificationEventEntries([batch], ctx);
    expect(entries.map((e) => [e.updated, e.title, e.url])).toEqual([
      ['2026-09-01', '【整改进展】路灯不足', 'https://fzwm.example.gov.cn/rectification/2026-ducha/#item-1'],
      ['2026-10-15', '【整改进展】路灯不足', 'https://fzwm.example.gov.cn/rectification/2026-ducha/#item-1'],
      ['2026-10-15', '【已完成】路灯不足', 'https://fzwm.example.gov.cn/rectification/2026-ducha/#item-1'],
      ['2026-10-28', '【整改进展】监控离线', 'https://fzwm.example.gov.cn/rectification/2026-ducha/#item-2'],
      ['2026-10-28', '【整改进展】监控离线', 'https://fzwm.example.gov.cn/rectification/2026-ducha/#item-2'],
    ]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries[0]!.id).toBe('tag:fzwm.example.gov.cn,2026-09-01:rectification/2026-ducha/item-1/progress/2026-09-01');
    expect(entries[4]!.id).toBe('tag:fzwm.example.gov.cn,2026-10-28:rectification/2026-ducha/item-2/progress/2026-10-28-2');
    expect(entries[0]!.contentHtml.startsWith('<p>2026-09-01 进展：已完成勘察。</p>')).toBe(true);
    expect(entries[2]!.contentHtml.startsWith('<p>2026-10-15 整改状态更新为“已完成”。</p>')).toBe(true);
    expect(checkAtom(renderAtom(frame, newestEntries(entries))).problems).toEqual([]);
  });

  it('a unit’s feed keeps only the items it is responsible for; ids carry a base path', () => {
    expect(rectificationEventEntries([batch], ctx, 'gongan').map((e) => e.url)).toEqual([
      'https://fzwm.example.gov.cn/rectification/2026-ducha/#item-2',
      'https://fzwm.example.gov.cn/rectification/2026-ducha/#item-2',
    ]);
    const under = { ...ctx, routes: siteRoutes('https://www.qinghe.gov.cn/pafz/'), baseUrl: 'https://www.qinghe.gov.cn/pafz/' };
    expect(rectificationEventEntries([batch], under)[0]!.id).toBe('tag:www.qinghe.gov.cn,2026-09-01:pafz/rectification/2026-ducha/item-1/progress/2026-09-01');
  });

  it('a batch entry in the site feed is updated by its latest event', () => {
    expect(batchEntries([batch], ctx)[0]!.updated).toBe('2026-10-28');
  });
});
