// The two walls inside the build's Markdown/MDX pipeline (Sätteri, for .md and .mdx alike), so that no content file
// can run code or put markup on a page even if `check:content` were skipped:
// 1. contentGate (mdast): refuses, before anything is compiled or evaluated, every body the content check refuses.
// 2. sanitizeWall (hast): hast-util-sanitize (rehype-sanitize's core) over the rendered tree, keeping only the site's
//    components with literal props; whatever it would remove is removed and named in the log.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { defineHastPlugin, defineMdastPlugin, type HastNode } from 'satteri';
import { findBodyProblems, isAllowedInlineHtml, MDX_COMPONENTS } from '../lib/body-safety.ts';
import { resolveContentDir } from '../lib/site-env.ts';

/** Frontmatter keys Astro's MDX compiler acts on (a `layout` is imported as code): never allowed in content. */
const ACTIVE_FRONTMATTER_KEYS = ['layout'];

export class UnsafeContentError extends Error {
  constructor(report: string) {
    super(report);
    this.name = '内容检查未通过';
    this.stack = report; // the report is the whole story; a JavaScript stack would only hide it
  }
}

function fileLabel(fileURL: URL | undefined): string {
  if (!fileURL) return '（未知文件）';
  const file = fileURLToPath(fileURL);
  const relative = path.relative(resolveContentDir(), file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}

export const contentGate = defineMdastPlugin({
  name: 'fzwm-content-gate',
  options: { position: true },
  before(root, ctx) {
    const problems = findBodyProblems(root);
    const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    for (const key of ACTIVE_FRONTMATTER_KEYS) {
      if (key in frontmatter) problems.unshift({ message: `信息区不能有 ${key} 字段：它会让网站把另一个文件当作代码运行。` });
    }
    if (problems.length === 0) return;
    const lines = problems.map((p) => `  - ${p.line !== undefined ? `第 ${p.line} 行：` : ''}${p.message}`);
    throw new UnsafeContentError(`内容检查未通过，没有生成任何页面：\n✗ ${fileLabel(ctx.fileURL)}\n${lines.join('\n')}`);
  },
});

/** GitHub's allowlist (hast-util-sanitize's default) without id clobbering: Sätteri already prefixes footnote ids. */
const SLOT_TAG = 'fzwm-slot';
/** Table column alignment arrives as style="text-align: …", which the CSP blocks: it becomes one of these classes. */
const ALIGN_CLASSES = ['md-align-left', 'md-align-center', 'md-align-right'];
const SCHEMA: Schema = {
  ...defaultSchema,
  clobber: [],
  // tel: too (the content check allows only digits and dashes after it), so a report channel's number can be tapped.
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.['href'] ?? []), 'tel'] },
  tagNames: [...(defaultSchema.tagNames ?? []), SLOT_TAG],
  attributes: {
    ...defaultSchema.attributes,
    [SLOT_TAG]: ['dataSlot'],
    th: [...(defaultSchema.attributes?.['th'] ?? []), ['className', ...ALIGN_CLASSES]],
    td: [...(defaultSchema.attributes?.['td'] ?? []), ['className', ...ALIGN_CLASSES]],
  },
};

type Tree = {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Tree[];
  value?: unknown;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
};

/** A plain copy of the tree in which each allowed component or bare inline tag stands as a placeholder element. */
function park(node: Tree, parked: Tree[]): Tree {
  const children = node.children?.map((child) => park(child, parked));
  const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  const literalProps = node.attributes?.every((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string') ?? true;
  const allowedJsx = isJsx && !!node.name && (node.name in MDX_COMPONENTS || (['br', 'sup', 'sub'].includes(node.name) && !node.attributes?.length)) && literalProps;
  const allowedRaw = node.type === 'raw' && isAllowedInlineHtml(String(node.value ?? ''));
  if (allowedJsx || allowedRaw) {
    parked.push({
      type: node.type,
      ...(node.name !== undefined ? { name: node.name } : {}),
      ...(node.attributes ? { attributes: node.attributes.map((a) => ({ type: a.type, name: a.name!, value: a.value })) } : {}),
      ...(node.value !== undefined ? { value: node.value } : {}),
    });
    return { type: 'element', tagName: SLOT_TAG, properties: { dataSlot: String(parked.length - 1) }, children: children ?? [] };
  }
  const copy: Tree = { type: node.type };
  if (node.tagName !== undefined) copy.tagName = node.tagName;
  if (node.properties !== undefined) copy.properties = { ...node.properties };
  const align = /^text-align:\s*(left|center|right);?$/.exec(String(copy.properties?.['style'] ?? ''));
  if (align && (node.tagName === 'th' || node.tagName === 'td')) {
    const { style: _style, ...rest } = copy.properties!;
    copy.properties = { ...rest, className: [`md-align-${align[1]}`] };
  }
  if (node.value !== undefined) copy.value = node.value;
  if (node.name !== undefined) copy.name = node.name;
  if (node.attributes !== undefined) copy.attributes = node.attributes;
  if (children) copy.children = children;
  return copy;
}

function unpark(node: Tree, parked: Tree[]): Tree {
  const children = node.children?.map((child) => unpark(child, parked));
  if (node.type === 'element' && node.tagName === SLOT_TAG) {
    const original = parked[Number(node.properties?.['dataSlot'])]!;
    return original.type === 'raw' ? original : { ...original, children: children ?? [] };
  }
  return children ? { ...node, children } : node;
}

export const sanitizeWall = defineHastPlugin({
  name: 'fzwm-sanitize-wall',
  before(root, ctx) {
    const parked: Tree[] = [];
    const copy = park(root as unknown as Tree, parked);
    const clean = sanitize(copy as never, SCHEMA) as unknown as Tree;
    const removed = !isDeepStrictEqual(clean, copy);
    if (!removed && !JSON.stringify(copy).includes('md-align-')) return;
    ctx.replaceNode(root, unpark(clean, parked) as unknown as HastNode);
    if (removed) console.warn(`[安全] ${fileLabel(ctx.fileURL)}：正文中有不允许的 HTML 内容，已在生成页面时清除。请运行 npm run check:content 查看详情。`);
  },
});
