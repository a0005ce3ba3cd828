// parseYaml: YAML 1.2 core schema with positions; syntax errors explained in Chinese with their line.
import { describe, expect, test } from 'vitest';
import { parseYaml, type YamlSource } from '../../src/lib/yaml-source.ts';

function source(text: string): YamlSource {
  const result = parseYaml(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.source;
}

function errors(text: string) {
  const result = parseYaml(text);
  if (result.ok) throw new Error('expected a syntax error');
  return result.errors;
}

describe('values', () => {
  test('dates stay text; numbers, booleans and quoted text as written', () => {
    expect(source('due: 2026-06-30\nyear: 2024\nok: true\ncode: "0009"\nno: no\n').data).toEqual({
      due: '2026-06-30',
      year: 2024,
      ok: true,
      code: '0009',
      no: 'no', // YAML 1.1 would read this as false
    });
  });

  test('an unquoted number with leading zeros loses them (which is why siteCode must be quoted)', () => {
    expect(source('siteCode: 0000000009\n').data).toEqual({ siteCode: 9 });
  });

  test('an empty document is null', () => {
    expect(source('').data).toBeNull();
  });
});

describe('lineOf', () => {
  const text = [
    'title: 承诺',
    'items:',
    '  - text: 第一项',
    '    due: 2026-06-30',
    '  - text: 第二项',
    '    progress:',
    '      - { date: 2026-07-01, note: 进展 }',
    'tags: [a, b]',
  ].join('\n');
  const src = source(text);

  test('the line of a value at a path', () => {
    expect(src.lineOf(['title'])).toBe(1);
    expect(src.lineOf(['items', 0, 'due'])).toBe(4);
    expect(src.lineOf(['items', 1, 'text'])).toBe(5);
    expect(src.lineOf(['items', 1, 'progress', 0, 'date'])).toBe(7);
    expect(src.lineOf(['tags', 1])).toBe(8);
  });

  test('a missing key gives the line of the nearest parent that exists', () => {
    expect(src.lineOf(['items', 0, 'status'])).toBe(3);
    expect(src.lineOf(['items', 1, 'progress', 0, 'source'])).toBe(7);
    expect(src.lineOf(['nothing'])).toBe(1);
  });

  test('an offset moves every line (frontmatter after its --- line)', () => {
    const result = parseYaml('title: 关于\norder: 1\n', 1);
    expect(result.ok && result.source.lineOf(['order'])).toBe(3);
  });
});

describe('syntax errors', () => {
  test('a duplicate key, at the second one', () => {
    const [error, ...rest] = errors('title: a\nleader: b\ntitle: c\n');
    expect(rest).toEqual([]);
    expect(error!.line).toBe(3);
    expect(error!.message).toContain('同一个字段写了两次');
    expect(error!.message).toMatch(/^YAML 格式错误：/);
    expect(error!.message).toContain('（解析器信息：Map keys must be unique）');
  });

  test('a full-width colon after a field name gets its own message, at its line', () => {
    expect(errors('title: 承诺\nleader：王某\nmadeAt: 2026-07-05\n')).toEqual([
      { line: 2, message: '字段名后面用了中文冒号“：”，请改为英文冒号“:”加一个空格。' },
    ]);
    expect(errors('items:\n  - text: a\n    due：2026-09-30\n    status: 推进中\n').map((e) => e.line)).toEqual([3]);
    // In frontmatter, the line is the file's line.
    expect(parseYaml('id: 2026-001\nunit ： gongan\n', 1)).toMatchObject({ ok: false, errors: [{ line: 3 }] });
  });

  test('a full-width colon inside a value is text', () => {
    expect(source('title: 注意：这里\nnote: "a：b"\n').data).toEqual({ title: '注意：这里', note: 'a：b' });
  });

  test('a “: ” inside text asks for quotes', () => {
    const [error] = errors('title: 注意: 这里\n');
    expect(error!.line).toBe(1);
    expect(error!.message).toContain('需要加引号');
  });

  test('a tab used for indentation', () => {
    const [error] = errors('contact:\n\tphone: 1\n');
    expect(error!.line).toBe(2);
    expect(error!.message).toContain('Tab');
  });

  test('a list item indented differently from its first field', () => {
    const [error] = errors('- id: gongan\n  name: 公安局\n kind: 部门\n');
    expect(error!.line).toBe(3);
    expect(error!.message).toContain('缩进不一致');
    expect(error!.message).not.toContain('引号');
  });

  test('an unclosed quote', () => {
    const [error] = errors('title: "承诺\nleader: 王某\n');
    expect(error!.message).toContain('引号没有闭合');
  });

  test('an unclosed [ or {', () => {
    expect(errors('tags: [a, b\nleader: x\n')[0]!.message).toContain('方括号“[”没有对应的“]”');
    expect(errors('p: { date: 2026-01-01, note: x\nleader: x\n')[0]!.message).toContain('花括号“{”没有对应的“}”');
  });

  test('a key without a colon', () => {
    const [error] = errors('- id: a\n  name\n');
    expect(error!.line).toBe(2);
    expect(error!.message).toContain('缺少冒号');
  });

  test('a value starting with a reserved character', () => {
    const [error] = errors('title: @县公安局\n');
    expect(error!.message).toContain('引号');
  });
});

describe('files made to exhaust the checker', () => {
  /** "Billion laughs": nine levels of nine aliases each, 9^9 values from a few hundred characters. */
  const billionLaughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    .concat(Array.from({ length: 8 }, (_, i) => {
      const [name, previous] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
      return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
    }))
    .join('\n');

  /** Parses and says how long it took, in milliseconds. */
  function timed(text: string) {
    const started = performance.now();
    const result = parseYaml(text);
    return { result, ms: performance.now() - started };
  }

  test('an alias bomb is refused at once, in Chinese', () => {
    const { result, ms } = timed(billionLaughs);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([{ message: expect.stringContaining('别名（“&名称”定义、“*名称”引用）展开后的内容过大') }]);
    expect(ms).toBeLessThan(1000);
  });

  test('an alias inside its own anchor (an endless value) is refused', () => {
    expect(errors('a: &a [1, *a]\n')[0]!.message).toContain('引用了自身');
    expect(errors('a: &a { b: *a }\n')[0]!.message).toContain('引用了自身');
  });

  test('10,000 nested “[” (closed or not) are refused with one message and a line, at once', () => {
    for (const text of ['tags: ' + '['.repeat(10_000), 'title: x\ntags: ' + '['.repeat(10_000) + ']'.repeat(10_000)]) {
      const { result, ms } = timed(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.message).toContain('层级嵌套超过 100 层');
      expect(result.errors[0]!.line).toBe(text.startsWith('title') ? 2 : 1);
      expect(ms).toBeLessThan(1000);
    }
  });

  test('deep nesting by indentation is refused the same way', () => {
    const text = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(errors(text)[0]!.message).toContain('层级嵌套超过 100 层');
  });

  test('aliases used as people do (one list reused a few times) still work', () => {
    const data = source('common: &units [gongan, wenmingban]\na: { coUnits: *units }\nb: { coUnits: *units }\n').data;
    expect(data).toEqual({ common: ['gongan', 'wenmingban'], a: { coUnits: ['gongan', 'wenmingban'] }, b: { coUnits: ['gongan', 'wenmingban'] } });
  });

  test('nesting as deep as content goes is fine', () => {
    const text = Array.from({ length: 30 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' x';
    expect(source(text).data).toBeTypeOf('object');
  });
});

describe('one reading: what js-yaml refuses is refused, even where the other parser would read something', () => {
  test.each([
    ['published: !!timestamp 2026-03-02\n', 1],
    ['title: 关于\nnote: !private 内部\n', 2],
    ['higherIsBetter: !!bool yes\n', 1],
    ['photo: !!binary aGVsbG8=\n', 1],
  ])('a YAML tag (%j) is refused on its line', (text, line) => {
    const [error, ...rest] = errors(text);
    expect(rest).toEqual([]);
    expect(error!.line).toBe(line);
    expect(error!.message).toMatch(/^YAML 格式错误：不要使用以“!”开头的 YAML 标签/);
  });

  test('a list used as a key', () => {
    const [error] = errors('title: a\n? [x, y]\n: 1\n');
    expect(error!.message).toContain('字段名只能是简单的文字');
  });

  test('a quoted text running on at the start of the next line', () => {
    const [error] = errors('title: "第一行\n第二行"\n');
    expect(error!.message).toMatch(/^YAML 格式错误：/);
  });

  test('the line offset applies to these too (frontmatter)', () => {
    expect(parseYaml('title: 关于\ntags: !!set { a }\n', 1)).toEqual({ ok: false, errors: [{ line: 3, message: expect.stringContaining('YAML 标签') }] });
  });
});

describe('values that other YAML readers read differently are read as YAML 1.2 core', () => {
  test('a %YAML 1.1 directive does not turn yes into a boolean, nor 0b101 into a number', () => {
    expect(source('%YAML 1.1\n---\ntitle: yes\ncode: 0b101\n').data).toEqual({ title: 'yes', code: '0b101' });
  });

  test('a date-looking key stays text, and null or ~ is null', () => {
    expect(source('2026-01-01: a\nx: ~\ny: null\n').data).toEqual({ '2026-01-01': 'a', x: null, y: null });
  });

  test('octal-looking numbers are decimal, 0o12 is octal', () => {
    expect(source('a: 0012\nb: 012\nc: 0o12\n').data).toEqual({ a: 12, b: 12, c: 10 });
  });
});
