// Splits a Markdown/MDX file into its YAML frontmatter and body, remembering where the body starts.
import { parseYaml, type YamlSource, type YamlSyntaxError } from './yaml-source.ts';

export type FrontmatterResult =
  | { ok: true; source: YamlSource; body: string; bodyStartLine: number }
  | { ok: false; errors: YamlSyntaxError[] };

export function parseFrontmatter(text: string): FrontmatterResult {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(normalized);
  if (!match) {
    return {
      ok: false,
      errors: [{ line: 1, message: '文件开头缺少以“---”开始和结束的信息区（frontmatter），请参照示例文件填写。' }],
    };
  }
  const yaml = parseYaml(match[1] ?? '', 1);
  if (!yaml.ok) return yaml;
  const bodyStartLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  if (yaml.source.data === null || typeof yaml.source.data !== 'object' || Array.isArray(yaml.source.data)) {
    return { ok: false, errors: [{ line: 2, message: '信息区（frontmatter）应由“字段: 值”组成。' }] };
  }
  return { ok: true, source: yaml.source, body: normalized.slice(match[0].length), bodyStartLine };
}
