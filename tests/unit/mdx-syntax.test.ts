// checkMdxSyntax: an MDX body that would not compile, or uses a component the site does not provide.
import { describe, expect, test } from 'vitest';
import { checkMdxSyntax, MDX_COMPONENTS } from '../../src/lib/mdx-syntax.ts';

describe('checkMdxSyntax', () => {
  test('the site components and plain Markdown are fine', async () => {
    expect(MDX_COMPONENTS).toEqual(['Callout', 'Provision']);
    expect(
      await checkMdxSyntax(
        '## 典型意义\n\n<Callout title="提示">喝酒不开车。</Callout>\n\n<Provision>第二百六十六条</Provision>\n',
      ),
    ).toEqual([]);
  });

  test('an unclosed { is a syntax error with its line and a hint about .md', async () => {
    const [problem, ...rest] = await checkMdxSyntax('第一行\n\n金额 {约 3 万元\n');
    expect(rest).toEqual([]);
    expect(problem!.line).toBe(3);
    expect(problem!.message).toContain('MDX 语法错误');
    expect(problem!.message).toContain('改用 .md 文件');
    expect(problem!.message).toContain('&lt;');
  });

  test('a < before a number is a syntax error', async () => {
    const [problem] = await checkMdxSyntax('正文\n\n金额 <5 万元\n');
    expect(problem!.line).toBe(3);
    expect(problem!.message).toContain('MDX 语法错误');
  });

  test('an unclosed component tag is a syntax error', async () => {
    const problems = await checkMdxSyntax('<Callout title="提示">\n喝酒不开车。\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('MDX 语法错误');
  });

  test('each unknown component is named with its line', async () => {
    expect(await checkMdxSyntax('<Warning>注意</Warning>\n\n正文\n\n<Chart data={[1, 2]} />\n')).toEqual([
      { line: 1, message: 'MDX 组件 <Warning> 不存在。可以使用的组件：<Callout>、<Provision>。' },
      { line: 5, message: 'MDX 组件 <Chart> 不存在。可以使用的组件：<Callout>、<Provision>。' },
    ]);
  });

  test('lower-case HTML tags are not components', async () => {
    expect(await checkMdxSyntax('<strong>重点</strong> 和 <br />\n')).toEqual([]);
  });
});
