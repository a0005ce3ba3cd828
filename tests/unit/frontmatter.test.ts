// parseFrontmatter: the YAML block at the top of a .md/.mdx file, and where the body starts.
import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';

describe('parseFrontmatter', () => {
  test('splits data and body and knows the body’s first line', () => {
    const result = parseFrontmatter('---\ntitle: 关于\norder: 1\n---\n\n正文\n');
    expect(result.ok).toBe(true);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.source.data).toEqual({ title: '关于', order: 1 });
    expect(result.body).toBe('\n正文\n');
    expect(result.bodyStartLine).toBe(5);
    // Frontmatter lines are the file's lines.
    expect(result.source.lineOf(['order'])).toBe(3);
  });

  test('dates stay text', () => {
    const result = parseFrontmatter('---\npublished: 2026-03-02\n---\n');
    expect(result.ok && result.source.data).toEqual({ published: '2026-03-02' });
  });

  test('a BOM and Windows line ends are accepted', () => {
    const result = parseFrontmatter('\uFEFF---\r\ntitle: 关于\r\n---\r\n正文\r\n');
    expect(result.ok).toBe(true);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.source.data).toEqual({ title: '关于' });
    expect(result.body).toBe('正文\n');
    expect(result.bodyStartLine).toBe(4);
  });

  test('a file that is only frontmatter has an empty body', () => {
    const result = parseFrontmatter('---\ntitle: 关于\n---');
    expect(result.ok && result.body).toBe('');
  });

  test('no frontmatter', () => {
    expect(parseFrontmatter('# 关于本站\n')).toEqual({
      ok: false,
      errors: [{ line: 1, message: expect.stringContaining('缺少以“---”开始和结束的信息区') }],
    });
  });

  test('an unclosed frontmatter', () => {
    const result = parseFrontmatter('---\ntitle: 关于\n\n正文\n');
    expect(result.ok).toBe(false);
  });

  test('a YAML error names the file’s line, not the block’s', () => {
    const result = parseFrontmatter('---\ntitle: 关于\ntitle: 重复\n---\n');
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('expected a YAML error');
    expect(result.errors[0]!.line).toBe(3);
    expect(result.errors[0]!.message).toContain('同一个字段写了两次');
  });

  test('frontmatter that is not “field: value” pairs', () => {
    expect(parseFrontmatter('---\n- a\n- b\n---\n')).toEqual({
      ok: false,
      errors: [{ line: 2, message: '信息区（frontmatter）应由“字段: 值”组成。' }],
    });
    expect(parseFrontmatter('---\n---\n正文').ok).toBe(false);
  });
});
