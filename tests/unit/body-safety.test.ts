// checkBody: what a Markdown/MDX body may hold — refused code, raw HTML, unsafe links and remote images, each with its line.
import { describe, expect, test } from 'vitest';
import { checkBody, linkProblem, MDX_COMPONENTS } from '../../src/lib/body-safety.ts';

const front = '---\nid: x\n---\n\n'; // 4 lines: body line 1 is file line 5
const lines = (text: string, format: 'md' | 'mdx' = 'mdx') => checkBody(front + text, format).map((p) => p.line);
const messages = (text: string, format: 'md' | 'mdx' = 'mdx') => checkBody(front + text, format).map((p) => p.message);

describe('MDX runs no code', () => {
  test('the site components with literal props, plain Markdown and bare inline tags are fine', () => {
    expect(Object.keys(MDX_COMPONENTS)).toEqual(['Callout', 'Provision']);
    expect(checkBody(`${front}## 典型意义\n\n<Callout title="提示">喝酒不开车。</Callout>\n\n<Provision source="《刑法》第二百六十六条">条文</Provision>\n\n面积 10 m<sup>2</sup>，第一行<br />第二行\n`, 'mdx')).toEqual([]);
  });

  test('import and export are refused with the file line', () => {
    const problems = checkBody(`${front}正文\n\nimport fs from 'node:fs'\n\nexport const x = fs.readFileSync('/etc/passwd', 'utf8')\n`, 'mdx');
    expect(problems.map((p) => p.line)).toEqual([7, 9]);
    expect(problems[0]!.message).toContain('不能在正文中写 import 或 export');
    expect(problems[0]!.message).toContain("import fs from 'node:fs'");
  });

  test('an expression in text or in a prop is refused: process.env never reaches a page', () => {
    const problems = checkBody(`${front}密钥是 {process.env.SECRET}。\n\n<Callout title={process.env.HOME}>x</Callout>\n\n<Callout {...props}>y</Callout>\n`, 'mdx');
    expect(problems.map((p) => p.line)).toEqual([5, 7, 9]);
    expect(problems[0]!.message).toBe('“{process.env.SECRET}”在 .mdx 文件中是代码，正文不能运行代码。如果只是文字里的花括号，请改用 .md 文件，或写成 &#123; 和 &#125;。');
    expect(problems[1]!.message).toBe('组件 <Callout> 的属性 title 只能写成 title="文字"，不能使用“{…}”代码。');
    expect(problems[2]!.message).toContain('不能用“{…}”展开');
  });

  test('unknown components, unknown props, missing required props and HTML elements are named', () => {
    expect(messages('<Warning>注意</Warning>\n\n<Callout tone="red">x</Callout>\n\n<Provision>条文</Provision>\n\n<script>alert(1)</script>\n\n<sup class="x">2</sup>\n')).toEqual([
      'MDX 组件 <Warning> 不存在。可以使用的组件：<Callout>、<Provision>。',
      '组件 <Callout> 没有属性 tone。可以使用的属性：title。',
      '组件 <Provision> 缺少属性 source，例如 <Provision source="《…》第X条">。',
      '不能使用 HTML 标签 <script>：正文只能用 Markdown 排版，HTML 标签只允许不带属性的 <br>、<sup>、<sub>；另可使用组件 <Callout>、<Provision>。',
      '<sup> 不能带属性（这里写了 class）。',
    ]);
  });

  test('a syntax error names its line and suggests .md', () => {
    const [problem, ...rest] = checkBody(`${front}第一行\n\n金额 {约 3 万元\n`, 'mdx');
    expect(rest).toEqual([]);
    expect(problem!.message).toContain('MDX 语法错误');
    expect(problem!.message).toContain('改用 .md 文件');
    expect(problem!.line).toBeGreaterThanOrEqual(7);
  });

  test('in a .md file braces and import lines are plain text', () => {
    expect(checkBody(`${front}金额 {约 3 万元}\n\nimport 是英文单词\n`, 'md')).toEqual([]);
  });
});

describe('no raw HTML reaches a page', () => {
  test('script, iframe, event handlers, style and comments are refused in Markdown; bare br/sup/sub stay', () => {
    const text = '正文<br>第二行，10 m<sup>2</sup>\n\n<script>alert(1)</script>\n\n<iframe src="https://x.example/"></iframe>\n\n图 <img src=x onerror=alert(1)>\n\n<style>body{display:none}</style>\n\n<!-- 内部意见：张三 -->\n\n<br onclick="x()">\n';
    const problems = checkBody(front + text, 'md');
    expect(problems.map((p) => p.line)).toEqual([7, 9, 11, 13, 15, 17]);
    expect(problems[0]!.message).toBe('不能使用 HTML 代码“<script>alert(1)</script>”：正文只能用 Markdown 排版，HTML 标签只允许不带属性的 <br>、<sup>、<sub>。');
    expect(problems[2]!.message).toContain('<img src=x onerror=alert(1)>');
    expect(problems[4]!.message).toContain('不能使用 HTML 注释');
    expect(problems[5]!.message).toContain('<br onclick="x()">');
  });
});

describe('links and images', () => {
  test('javascript:, data:, vbscript:, //host and relative links are refused however they are spelled', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' java\tscript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:x', '//evil.example/x', '/\\evil.example', '\\\\evil', 'file:///etc/passwd']) {
      expect(linkProblem(url), url).toBeDefined();
    }
    expect(linkProblem('//evil.example/x')).toContain('以“//”开头');
    expect(linkProblem('javascript:alert(1)')).toContain('“javascript:”');
    expect(linkProblem('../other/')).toContain('相对路径');
    for (const url of ['https://www.gov.cn/', 'http://example.gov.cn/a?b=1', '/cases/2024-017/', '#item-3', 'mailto:a@b.cn', 'tel:0000-12388']) {
      expect(linkProblem(url), url).toBeUndefined();
    }
  });

  test('a tel: link holds only the digits to dial (a leading + and dashes between groups allowed)', () => {
    for (const url of ['tel:0000-12388', 'tel:12345', 'tel:+86-10-12345678', 'TEL:000012388']) {
      expect(linkProblem(url), url).toBeUndefined();
    }
    for (const url of ['tel:', 'tel:12', 'tel:0000 12388', 'tel:0000-12388;ext=2', 'tel:*21#', 'tel:(0000)12388', 'tel:0000--12388', 'tel:1234567890123456789012']) {
      expect(linkProblem(url), url).toBe(
        `电话链接“${url}”只能写号码的数字，可以用 - 分隔（例如 tel:0000-12388），不能有空格、括号或其他符号。`,
      );
    }
  });

  test('links in Markdown are checked, including autolinks, entities and reference definitions', () => {
    const text = '[点我](javascript:alert(1))\n\n<javascript:alert(2)>\n\n[实体](&#106;avascript:alert(3))\n\n[引用][r]\n\n[r]: //evil.example/\n\n[好](https://www.gov.cn/) [站内](/cases/)\n';
    expect(lines(text, 'md')).toEqual([5, 7, 9, 13]);
  });

  test('a remote image is refused; a local one is passed to the file check', () => {
    const seen: string[] = [];
    const problems = checkBody(`${front}![远程](https://cdn.example/a.png)\n\n![协议省略](//cdn.example/a.png)\n\n![站内路径](/images/a.png)\n\n![本地](./a.jpg)\n\n![缺失](./missing.jpg)\n`, 'md', {
      checkLocalImage: (url) => {
        seen.push(url);
        return url === './missing.jpg' ? '找不到图片' : undefined;
      },
    });
    expect(seen).toEqual(['./a.jpg', './missing.jpg']);
    expect(problems.map((p) => p.line)).toEqual([5, 7, 9, 13]);
    expect(problems[0]!.message).toContain('不是本站文件');
    expect(problems[3]!.message).toBe('找不到图片');
  });

  test('an image without a description for readers who cannot see it is refused', () => {
    const problems = checkBody(`${front}![](./a.jpg)\n\n![  ](./b.jpg)\n\n![县法院诉讼服务中心](./c.jpg)\n`, 'md', { checkLocalImage: () => undefined });
    expect(problems.map((p) => p.line)).toEqual([5, 7]);
    expect(problems[0]!.message).toContain('图片缺少说明文字');
  });
});
