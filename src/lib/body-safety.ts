// What a Markdown/MDX body may contain: text and Markdown, the site's MDX components with literal props, three bare
// inline HTML tags, safe links and local images. Anything that could run code, inject markup or request another
// origin is refused with its line. The content check and the build's Markdown pipeline both call findBodyProblems on
// the tree of the same parser (Sätteri, Astro's own), so they can never disagree.
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

export type BodyFormat = 'md' | 'mdx';

/** The components MDX files may use without importing them, each with the props it takes (all literal text). */
export const MDX_COMPONENTS: Readonly<Record<string, { props: readonly string[]; required: readonly string[] }>> = {
  Callout: { props: ['title'], required: [] },
  Provision: { props: ['source'], required: ['source'] },
};

/** Raw HTML staff may need in running text, written bare (`<br>`, `<sup>2</sup>`): never with attributes. */
export const INLINE_HTML_TAGS = ['br', 'sup', 'sub'] as const;

export interface BodyProblem {
  line?: number;
  message: string;
}

export interface BodyCheckOptions {
  /** Checks a local image path written in the body; returns a Chinese problem, or undefined when the file is fine. */
  checkLocalImage?: (url: string) => string | undefined;
}

const componentList = () => Object.keys(MDX_COMPONENTS).map((c) => `<${c}>`).join('、');
const inlineTagList = () => INLINE_HTML_TAGS.map((t) => `<${t}>`).join('、');
const shorten = (value: string, max = 40) => {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/** A bare allowed inline tag as raw HTML: `<br>`, `<br/>`, `<sup>`, `</sup>`, … and nothing else. */
export function isAllowedInlineHtml(value: string): boolean {
  return /^<(br)\s*\/?>$/i.test(value.trim()) || /^<\/?(sup|sub)>$/i.test(value.trim());
}

/** Link targets: http(s) URLs, site paths (/…), in-page anchors (#…), mailto: and tel:. Never another scheme or //host. */
export function linkProblem(url: string): string | undefined {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:"): judge what they would see.
  // eslint-disable-next-line no-control-regex
  const seen = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const allowed = '链接只能是以 http:// 或 https:// 开头的网址、以 / 开头的本站路径（例如 /cases/2024-017/）、以 # 开头的页内位置，或 mailto:、tel:';
  if (seen === '') return `链接地址是空的。${allowed}。`;
  if (/^[/\\]{2}/.test(seen) || /^\/\\/.test(seen) || seen.startsWith('\\')) {
    return `链接“${shorten(url)}”以“//”开头，会打开其他网站且协议不明。请写成完整的 https:// 网址，或以单个 / 开头的本站路径。`;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(seen)?.[1];
  if (scheme === undefined) {
    if (seen.startsWith('/') || seen.startsWith('#')) return undefined;
    return `链接“${shorten(url)}”是相对路径，换个页面就会失效。${allowed}。`;
  }
  if (['http', 'https'].includes(scheme)) return /^https?:\/\/[^/\\]/.test(seen) ? undefined : `链接“${shorten(url)}”不是完整的网址。${allowed}。`;
  if (scheme === 'mailto') return undefined;
  // A phone link dials exactly what it says: digits, a leading + and dashes between groups, nothing a dialer reads as
  // a command (pauses, *, #, ;ext=).
  if (scheme === 'tel') {
    const written = url.trim();
    const digits = written.replace(/\D/g, '').length;
    return /^tel:\+?\d+(-\d+)*$/i.test(written) && digits >= 3 && digits <= 20
      ? undefined
      : `电话链接“${shorten(url)}”只能写号码的数字，可以用 - 分隔（例如 tel:0000-12388），不能有空格、括号或其他符号。`;
  }
  return `链接“${shorten(url)}”使用了不允许的“${scheme}:”方式（可能运行代码或嵌入数据）。${allowed}。`;
}

/** Images in a body are files in the content directory, beside the text: never another site's (no third-party request). */
function imageProblem(url: string, options: BodyCheckOptions): string | undefined {
  // eslint-disable-next-line no-control-regex
  const seen = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:/.test(seen) || /^[/\\]{2}/.test(seen)) {
    return `图片“${shorten(url)}”不是本站文件：正文中的图片必须是放在内容目录里、本文件旁边的图片（写成 ./图片名.jpg），网站不向其他网站请求任何内容。`;
  }
  if (seen.startsWith('/') || seen.startsWith('\\')) {
    return `图片“${shorten(url)}”写成了网站路径：请把图片放在本文件旁边，写成 ./图片名.jpg。`;
  }
  return options.checkLocalImage?.(url);
}

type Node = MdastNode & {
  type: string;
  value?: unknown;
  url?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: { line: number } };
};

/** Every problem in a parsed Markdown or MDX tree (positions must be present; MDX nodes only occur in MDX), in order. */
export function findBodyProblems(root: MdastNode, options: BodyCheckOptions = {}): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (node: Node, message: string) => {
    const line = node.position?.start.line;
    problems.push({ ...(line !== undefined ? { line } : {}), message });
  };
  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, `不能在正文中写 import 或 export（“${shorten(String(node.value ?? ''))}”）：正文是文字，不能运行代码。.mdx 文件可以直接使用 ${componentList()}，不需要导入。`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, `“{${shorten(String(node.value ?? ''), 30)}}”在 .mdx 文件中是代码，正文不能运行代码。如果只是文字里的花括号，请改用 .md 文件，或写成 &#123; 和 &#125;。`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        jsxElement(node);
        break;
      case 'html':
        if (!isAllowedInlineHtml(String(node.value ?? ''))) {
          const value = String(node.value ?? '');
          at(
            node,
            value.trim().startsWith('<!--')
              ? `不能使用 HTML 注释“${shorten(value)}”：注释会原样出现在网页源代码里，任何人都能看到。请删除它。`
              : `不能使用 HTML 代码“${shorten(value)}”：正文只能用 Markdown 排版，HTML 标签只允许不带属性的 ${inlineTagList()}。`,
          );
        }
        return;
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url ?? '');
        if (problem) at(node, problem);
        break;
      }
      case 'image': {
        const problem = imageProblem(node.url ?? '', options);
        if (problem) at(node, problem);
        // Readers who cannot see the photo (screen readers, 朗读) hear this text instead (GB/T 37668, 非文本内容).
        else if (!node.alt?.trim()) at(node, '图片缺少说明文字：请写成 ![说明图片内容的文字](./图片名.jpg)，读屏软件会读出这段说明。');
        break;
      }
      case 'imageReference':
        at(node, `图片请直接写成 ![说明](./图片名.jpg)，不要用引用式写法“![说明][…]”。`);
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  const jsxElement = (node: Node) => {
    const name = node.name;
    if (!name) {
      at(node, `不能使用空标签“<>…</>”。可以使用的组件：${componentList()}。`);
      return;
    }
    const component = MDX_COMPONENTS[name];
    const isInlineTag = (INLINE_HTML_TAGS as readonly string[]).includes(name);
    if (!component && !isInlineTag) {
      at(
        node,
        /^[A-Z]/.test(name)
          ? `MDX 组件 <${name}> 不存在。可以使用的组件：${componentList()}。`
          : `不能使用 HTML 标签 <${name}>：正文只能用 Markdown 排版，HTML 标签只允许不带属性的 ${inlineTagList()}；另可使用组件 ${componentList()}。`,
      );
      return;
    }
    const given = new Set<string>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        at(node, `<${name}> 的属性不能用“{…}”展开：正文不能运行代码。请写成 名称="文字"。`);
        continue;
      }
      given.add(attribute.name);
      if (isInlineTag) {
        at(node, `<${name}> 不能带属性（这里写了 ${attribute.name}）。`);
      } else if (!component!.props.includes(attribute.name)) {
        at(node, `组件 <${name}> 没有属性 ${attribute.name}。可以使用的属性：${component!.props.join('、') || '（无）'}。`);
      } else if (typeof attribute.value !== 'string') {
        at(node, `组件 <${name}> 的属性 ${attribute.name} 只能写成 ${attribute.name}="文字"，不能使用“{…}”代码。`);
      }
    }
    for (const required of component?.required ?? []) {
      if (!given.has(required)) at(node, `组件 <${name}> 缺少属性 ${required}，例如 <${name} ${required}="《…》第X条">。`);
    }
  };
  visit(root as Node);
  return problems;
}

/** Parses a whole Markdown/MDX file (frontmatter included, so lines are the file's) and checks its body. */
export function checkBody(text: string, format: BodyFormat, options: BodyCheckOptions = {}): BodyProblem[] {
  // Without "<", "](" or "]:" a Markdown text has no HTML, no link or image target and no autolink to judge (bare
  // www./http links are always http(s)): most case files, and parsing 10,000 of them costs seconds of check time.
  if (format === 'md' && !/<|\]\(|\]:/.test(text)) return [];
  let root: MdastNode;
  try {
    root = format === 'mdx' ? mdxToMdast(text) : markdownToMdast(text);
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    const place = /^(\d+):(\d+)/.exec(message);
    const reason = message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').replace(/\s*\(\d+:\d+\)/g, '');
    return [
      {
        ...(place ? { line: Number(place[1]) } : {}),
        message: `MDX 语法错误：${reason}。提示：在 .mdx 文件里，正文中的“<”和“{”会被当作组件或代码；如果只是普通文字，请改用 .md 文件，或写成 &lt; 和 &#123;。`,
      },
    ];
  }
  return findBodyProblems(root, options);
}
