// The walls inside the build's Markdown pipeline: the processor astro.config.mjs gives Astro refuses code and raw HTML
// before anything is compiled, and the sanitizer alone (as if the gate were gone) still strips them.
import { describe, expect, test } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import config from '../../astro.config.mjs';
import { contentGate, sanitizeWall } from '../../src/integrations/markdown-safety.ts';

type Processor = {
  options: { mdastPlugins: unknown[]; hastPlugins: unknown[] };
  createRenderer: (shared: object) => Promise<{ render: (content: string, options?: object) => Promise<{ code: string }> }>;
  createMdxRenderer: (shared: object, mdx: object) => Promise<{ process: (content: string, filePath: string, frontmatter: object) => Promise<{ code: string }> }>;
};
const processor = (config.markdown as { processor: Processor }).processor;
const shared = { syntaxHighlight: false };
const contentFile = (name: string) => `${process.cwd()}/content/cases/2026/${name}`;

describe('the build pipeline refuses unsafe bodies (defence in depth: even if check:content were skipped)', () => {
  test('astro.config.mjs wires the gate and the sanitizer into the Markdown processor used for .md and .mdx', () => {
    expect(processor.options.mdastPlugins).toContain(contentGate);
    expect(processor.options.hastPlugins).toContain(sanitizeWall);
  });

  test('an MDX import, an expression reading process.env and a layout are refused before compiling, with file and line', async () => {
    const mdx = await processor.createMdxRenderer(shared, { optimize: false, srcDir: new URL(`file://${process.cwd()}/src/`) });
    const body = "## 基本案情\n\n密钥 {process.env.HOME}\n\nimport fs from 'node:fs'\n";
    await expect(mdx.process(body, contentFile('leak.mdx'), {})).rejects.toThrow(/cases\/2026\/leak\.mdx\n {2}- 第 3 行：“\{process\.env\.HOME\}”在 \.mdx 文件中是代码/);
    await expect(mdx.process(body, contentFile('leak.mdx'), {})).rejects.toThrow(/第 5 行：不能在正文中写 import 或 export/);
    await expect(mdx.process('正文\n', contentFile('layout.mdx'), { layout: '/etc/passwd' })).rejects.toThrow('信息区不能有 layout 字段');
  });

  test('raw HTML in a .md body is refused by the Markdown renderer', async () => {
    const md = await processor.createRenderer(shared);
    await expect(md.render('正文 <img src=x onerror=alert(1)>\n', { fileURL: new URL(`file://${contentFile('xss.md')}`) })).rejects.toThrow(/cases\/2026\/xss\.md\n {2}- 第 1 行：不能使用 HTML 代码“<img src=x onerror=alert\(1\)>”/);
    const safe = await md.render('正文<br>第二行 m<sup>2</sup>\n\n| 左 | 右 |\n|:-|-:|\n| 1 | 2 |\n');
    expect(safe.code).toContain('<br>');
    expect(safe.code).toContain('<sup>2</sup>');
    expect(safe.code).toContain('<td class="md-align-right">2</td>');
    expect(safe.code).not.toContain('style=');
  });

  test('the sanitizer alone strips script, event handlers, javascript: links and MDX code, keeping the components', async () => {
    const { html } = markdownToHtml('x <script>alert(1)</script> <br> <img src=x onerror=alert(1)> [a](javascript:alert(2))\n', { hastPlugins: [sanitizeWall] });
    expect(html).not.toMatch(/<script|onerror|javascript:/);
    expect(html).toContain('<br>');
    const { code } = mdxToJs("import fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd')}\n\n<Callout title={process.env.HOME}>x</Callout>\n\n<Callout title=\"提示\">留下</Callout>\n", {
      hastPlugins: [sanitizeWall],
      jsxImportSource: 'astro',
    });
    expect(code).not.toMatch(/node:fs|readFileSync|process\.env/);
    expect(code).toContain('title: "提示"');
    expect(code).toContain('留下');
  });

  test('the sanitizer keeps a tel: link, so a phone number in a free page can be tapped', () => {
    const { html } = markdownToHtml('举报电话：[0000-12388](tel:0000-12388)\n', { hastPlugins: [sanitizeWall] });
    expect(html).toContain('<a href="tel:0000-12388">0000-12388</a>');
  });
});

describe('footnotes in Chinese', () => {
  test('the footnote section heading and each back link are labelled in Chinese', async () => {
    const md = await processor.createRenderer(shared);
    const { code } = await md.render('案情[^1]，另见[^1]。\n\n[^1]: 判决书第三页。\n');
    expect(code).toContain('<h2 class="sr-only" id="footnote-label">注释</h2>');
    expect(code).toContain('aria-label="返回正文中第 1 处注释引用"');
    expect(code).toContain('aria-label="返回正文中第 1-2 处注释引用"');
    expect(code).not.toMatch(/Footnotes|Back to reference/);
  });
});

describe('tables in a body', () => {
  test('scroll inside a labelled region the keyboard reaches, each wrapped once', async () => {
    const md = await processor.createRenderer(shared);
    const { code } = await md.render('| 期间 | 数值 |\n|:-:|--:|\n| 2026年第一季度 | 98.2 |\n\n正文。\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n');
    const regions = code.match(/<div class="table-scroll" role="region" tabindex="0" aria-label="表格（可左右滑动查看）"><table/g) ?? [];
    expect(regions).toHaveLength(2);
    expect(code.match(/<table/g)).toHaveLength(2);
  });
});

