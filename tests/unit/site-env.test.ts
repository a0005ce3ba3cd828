// CONTENT_DIR and SITE_AS_OF: which content, and which date derived statuses are as of.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveAsOf, resolveContentDir, todayInShanghai } from '../../src/lib/site-env.ts';

describe('resolveContentDir', () => {
  test('./content by default', () => {
    expect(resolveContentDir({}, '/srv/site')).toBe(path.resolve('/srv/site/content'));
    expect(resolveContentDir({ CONTENT_DIR: '  ' }, '/srv/site')).toBe(path.resolve('/srv/site/content'));
  });

  test('relative to the working directory, or absolute', () => {
    expect(resolveContentDir({ CONTENT_DIR: '../county-content' }, '/srv/site')).toBe(
      path.resolve('/srv/county-content'),
    );
    expect(resolveContentDir({ CONTENT_DIR: '/data/content' }, '/srv/site')).toBe(path.resolve('/data/content'));
  });
});

describe('todayInShanghai', () => {
  test('is the date in UTC+8', () => {
    expect(todayInShanghai(new Date('2026-07-15T15:59:59Z'))).toBe('2026-07-15');
    expect(todayInShanghai(new Date('2026-07-15T16:00:00Z'))).toBe('2026-07-16');
    expect(todayInShanghai(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });
});

describe('resolveAsOf', () => {
  test('SITE_AS_OF when set', () => {
    expect(resolveAsOf({ SITE_AS_OF: '2026-07-15' })).toBe('2026-07-15');
    expect(resolveAsOf({ SITE_AS_OF: ' 2026-07-15 ' })).toBe('2026-07-15');
  });

  test('today in Shanghai when not set or empty', () => {
    const now = new Date('2026-03-01T20:00:00Z');
    expect(resolveAsOf({}, now)).toBe('2026-03-02');
    expect(resolveAsOf({ SITE_AS_OF: '' }, now)).toBe('2026-03-02');
  });

  test.each(['2026/07/15', '2026-7-15', '20260715', '2026-02-30', 'today'])(
    'a malformed SITE_AS_OF (%s) stops with a Chinese explanation',
    (value) => {
      expect(() => resolveAsOf({ SITE_AS_OF: value })).toThrow(
        `环境变量 SITE_AS_OF 的值“${value}”不是有效日期，格式应为 YYYY-MM-DD（例如 2024-12-31）。`,
      );
    },
  );
});
