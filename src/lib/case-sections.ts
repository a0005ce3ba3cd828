// Checks that a case body opens with the required sections, in order: 基本案情, 处理结果, 典型意义.
import { CASE_SECTIONS } from '../schemas/cases.ts';

export interface SectionProblem {
  /** 1-based line within the body, where a wrong heading stands. */
  line?: number;
  message: string;
}

/** The level-2 headings of a Markdown body, outside fenced code. */
export function secondLevelHeadings(body: string): Array<{ text: string; line: number }> {
  const headings: Array<{ text: string; line: number }> = [];
  let fenced = false;
  body.split('\n').forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    const match = !fenced && /^##[ \t]+(.+?)[ \t#]*$/.exec(raw);
    if (match) headings.push({ text: match[1]!.trim(), line: index + 1 });
  });
  return headings;
}

export function checkCaseSections(body: string): SectionProblem[] {
  const headings = secondLevelHeadings(body);
  const required = CASE_SECTIONS.join('”“');
  for (let i = 0; i < CASE_SECTIONS.length; i++) {
    const expected = CASE_SECTIONS[i]!;
    const found = headings[i];
    if (!found) {
      return [{ message: `正文缺少“## ${expected}”一节。案例正文必须依次包含“${required}”三节（用“## ”开头的二级标题），其后可以再加其他小节。` }];
    }
    if (found.text !== expected) {
      const elsewhere = headings.findIndex((h) => h.text === expected);
      return [
        {
          line: found.line,
          message:
            elsewhere >= 0
              ? `小节顺序不对：第 ${i + 1} 个二级标题应是“## ${expected}”，现在是“## ${found.text}”。要求的顺序是“${required}”。`
              : `第 ${i + 1} 个二级标题应是“## ${expected}”，现在是“## ${found.text}”。案例正文必须依次包含“${required}”三节。`,
        },
      ];
    }
  }
  return [];
}
