// Compiles an MDX body without running it, to report a syntax error with its line before the build does.
import { compile } from '@mdx-js/mdx';

/** Components the site provides to MDX files; they are used without an import. */
export const MDX_COMPONENTS = ['Callout', 'Provision'] as const;

export interface MdxProblem {
  line?: number;
  message: string;
}

export async function checkMdxSyntax(body: string): Promise<MdxProblem[]> {
  try {
    await compile(body, { development: false });
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line;
    const reason = e.reason ?? e.message ?? String(error);
    return [
      {
        ...(line !== undefined ? { line } : {}),
        message: `MDX 语法错误：${reason}。提示：在 .mdx 文件里，正文中的“<”和“{”会被当作组件或代码；如果只是普通文字，请改用 .md 文件，或写成 &lt; 和 &#123;。`,
      },
    ];
  }
  const problems: MdxProblem[] = [];
  const lines = body.split('\n');
  lines.forEach((text, index) => {
    for (const match of text.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
      const name = match[1]!;
      if (!(MDX_COMPONENTS as readonly string[]).includes(name)) {
        problems.push({
          line: index + 1,
          message: `MDX 组件 <${name}> 不存在。可以使用的组件：${MDX_COMPONENTS.map((c) => `<${c}>`).join('、')}。`,
        });
      }
    }
  });
  return problems;
}
