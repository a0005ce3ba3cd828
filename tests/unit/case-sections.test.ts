// checkCaseSections: a case body opens with ## 基本案情, ## 处理结果, ## 典型意义, in that order.
import { describe, expect, test } from 'vitest';
import { checkCaseSections, secondLevelHeadings } from '../../src/lib/case-sections.ts';

const body = (...lines: string[]) => lines.join('\n');

describe('secondLevelHeadings', () => {
  test('only ## headings, with their lines, ignoring fenced code and trailing #', () => {
    const text = body('# 标题', '## 基本案情 ##', '### 小节', '```', '## 不是标题', '```', '##没有空格', '## 处理结果');
    expect(secondLevelHeadings(text)).toEqual([
      { text: '基本案情', line: 2 },
      { text: '处理结果', line: 8 },
    ]);
  });
});

describe('checkCaseSections', () => {
  test('the three sections in order, followed by more, are fine', () => {
    expect(
      checkCaseSections(body('', '## 基本案情', '……', '## 处理结果', '……', '## 典型意义', '……', '## 相关链接', '……')),
    ).toEqual([]);
  });

  test('no sections at all', () => {
    const [problem, ...rest] = checkCaseSections('张某冒充客服骗取钱款。');
    expect(rest).toEqual([]);
    expect(problem!.line).toBeUndefined();
    expect(problem!.message).toContain('正文缺少“## 基本案情”一节');
    expect(problem!.message).toContain('依次包含“基本案情”“处理结果”“典型意义”三节');
  });

  test('the last section missing', () => {
    const [problem] = checkCaseSections(body('## 基本案情', '## 处理结果'));
    expect(problem!.message).toContain('正文缺少“## 典型意义”一节');
  });

  test('sections out of order point at the first wrong heading', () => {
    const problems = checkCaseSections(body('', '## 基本案情', '', '## 典型意义', '', '## 处理结果'));
    expect(problems).toEqual([
      {
        line: 4,
        message:
          '小节顺序不对：第 2 个二级标题应是“## 处理结果”，现在是“## 典型意义”。要求的顺序是“基本案情”“处理结果”“典型意义”。',
      },
    ]);
  });

  test('a misspelt heading is not called an ordering problem', () => {
    const [problem] = checkCaseSections(body('## 案情', '## 处理结果', '## 典型意义'));
    expect(problem).toEqual({
      line: 1,
      message:
        '第 1 个二级标题应是“## 基本案情”，现在是“## 案情”。案例正文必须依次包含“基本案情”“处理结果”“典型意义”三节。',
    });
  });

  test('a heading inside fenced code does not count', () => {
    const [problem] = checkCaseSections(body('## 基本案情', '~~~', '## 处理结果', '~~~', '## 典型意义'));
    expect(problem!.line).toBe(5);
  });
});
