// Parses YAML text so that every problem can name its line. The fast parser (js-yaml) reads every file and alone
// decides what it holds; the position-keeping one (yaml) runs only for a file with a problem to locate, which keeps a
// 10k-file check quick.
import { CORE_SCHEMA, load as loadFast, type YAMLException } from 'js-yaml';
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { cachedYaml, rememberYaml } from './yaml-cache.ts';

export interface YamlSource {
  data: unknown;
  /** The 1-based line of the value at a path (or of the nearest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface YamlSyntaxError {
  line?: number;
  message: string;
}

type ParseResult = { ok: true; source: YamlSource } | { ok: false; errors: YamlSyntaxError[] };

/** Deeper than this is refused: real content nests a handful of levels (items → progress → date). */
export const MAX_YAML_DEPTH = 100;

/**
 * YAML 1.2 core schema: dates stay strings, duplicate keys are errors (a silent overwrite loses content). What js-yaml
 * refuses is refused even where the other parser would read something (an unknown `!tag`, `!!timestamp`, a `? [key]`):
 * the data is always js-yaml's, so the check, the build and every page read the same values.
 */
export function parseYaml(text: string, lineOffset = 0): ParseResult {
  const cached = cachedYaml(text);
  if (cached) return { ok: true, source: locatable(cached.data, text, lineOffset) };
  let data: unknown;
  try {
    data = loadFast(text, { schema: CORE_SCHEMA, maxDepth: MAX_YAML_DEPTH });
  } catch (error) {
    // Too deep: the position-keeping parser would only report the same thing hundreds of times, slowly.
    const deep = /exceeded maxDepth/.test((error as Error).message) ? (error as { mark?: { line?: number } }).mark : undefined;
    if (deep) return { ok: false, errors: [{ ...(deep.line !== undefined ? { line: deep.line + 1 + lineOffset } : {}), message: TOO_DEEP }] };
    const located = parseWithPositions(text, lineOffset); // its messages and lines are the ones staff can act on
    if (!located.ok) return located;
    // js-yaml 5 refuses a document with nothing in it; that is an empty file (null), which the callers explain.
    if (located.source.data == null && /input is empty/.test((error as YAMLException).reason ?? '')) return located;
    return { ok: false, errors: [explainFastError(error as YAMLException, lineOffset)] };
  }
  const bomb = checkAliases(data, text.length);
  if (bomb) return { ok: false, errors: [{ message: bomb }] };
  rememberYaml(text, data);
  return { ok: true, source: locatable(data, text, lineOffset) };
}

/** The data, with lines found by the position-keeping parser only when a problem asks for one. */
function locatable(data: unknown, text: string, lineOffset: number): YamlSource {
  let located: YamlSource | null | undefined;
  return {
    data,
    lineOf: (path) => {
      if (located === undefined) {
        const slow = parseWithPositions(text, lineOffset);
        located = slow.ok ? slow.source : null;
      }
      return located?.lineOf(path);
    },
  };
}

/** `leader：王某`: a field name followed by a full-width colon, as a Chinese input method types it. */
const FULL_WIDTH_COLON = /^[ \t]*(?:-[ \t]+)?[A-Za-z][A-Za-z0-9_]*[ \t]*：/;

function parseWithPositions(text: string, lineOffset: number): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true });
  if (doc.errors.some((error) => error.code === 'RESOURCE_EXHAUSTION')) {
    const line = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION')?.linePos?.[0]?.line;
    return { ok: false, errors: [{ ...(line !== undefined ? { line: line + lineOffset } : {}), message: TOO_DEEP }] };
  }
  if (doc.errors.length) {
    // The parser sees a line without a colon and reports something about keys; the cause is the colon itself.
    const colonLines = text.split('\n').flatMap((line, i) => (FULL_WIDTH_COLON.test(line) ? [i + 1 + lineOffset] : []));
    if (colonLines.length) {
      return { ok: false, errors: colonLines.map((line) => ({ line, message: '字段名后面用了中文冒号“：”，请改为英文冒号“:”加一个空格。' })) };
    }
    return {
      ok: false,
      errors: doc.errors.map((error) => ({
        line: error.linePos?.[0]?.line !== undefined ? error.linePos[0].line + lineOffset : undefined,
        message: explainYamlError(error.code, error.message),
      })) as YamlSyntaxError[],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError) return { ok: false, errors: [{ message: ALIAS_BOMB }] };
    throw error;
  }
  const bomb = checkAliases(data, text.length);
  if (bomb) return { ok: false, errors: [{ message: bomb }] };
  return {
    ok: true,
    source: {
      data,
      lineOf: (path) => {
        const offset = offsetOf(doc, path);
        return offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
      },
    },
  };
}

/** A js-yaml error the position-keeping parser does not share: mostly tags (`!!timestamp`, `!custom`) and complex keys. */
function explainFastError(error: YAMLException, lineOffset: number): YamlSyntaxError {
  const reason = error.reason ?? error.message;
  const hint = /tag/.test(reason)
    ? '不要使用以“!”开头的 YAML 标签（如 !!timestamp、!!binary、!!set），直接写值即可：日期写成 YYYY-MM-DD，文字需要时加引号'
    : /complex keys/.test(reason)
      ? '字段名只能是简单的文字，不能是列表或对象（不要用“? ”或方括号、花括号作字段名）'
      : /indentation/.test(reason)
        ? '缩进不正确：跨行的文字请缩进到比字段名更靠右，或写在一行内'
        : '无法解析这一行，请检查缩进、冒号和引号';
  const line = error.mark ? error.mark.line + 1 + lineOffset : undefined;
  return { ...(line !== undefined ? { line } : {}), message: `YAML 格式错误：${hint}。（解析器信息：${reason}）` };
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = isNode(node) ? node.range?.[0] : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
      node = pair.value;
      if (isNode(node) && node.range && !isMap(node) && !isSeq(node)) offset = node.range[0];
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (isNode(node) && node.range) offset = node.range[0];
      else break;
    } else break;
  }
  return offset;
}

const TOO_DEEP = `YAML 格式错误：层级嵌套超过 ${MAX_YAML_DEPTH} 层（可能是多写了很多“[”“{”或缩进），内容文件不需要这么深的层级，请检查并改正。`;
const ALIAS_BOMB =
  'YAML 格式错误：别名（“&名称”定义、“*名称”引用）展开后的内容过大或引用了自身，这样的文件会拖垮检查和构建，不予接受。请直接写出内容，不要用别名层层引用。';

/**
 * Aliases share one value among many places, so a small file can stand for a billion values ("billion laughs") or
 * for an endless one (an alias inside its own anchor). Without aliases a file has fewer values than characters, so
 * anything past ten values a character is an alias expansion no content needs. Counting stops there: it stays fast.
 */
function checkAliases(data: unknown, textLength: number): string | undefined {
  const limit = 10 * textLength + 10_000;
  const stack: Array<{ value: unknown; depth: number }> = [{ value: data, depth: 0 }];
  for (let count = 0; stack.length; count++) {
    const { value, depth } = stack.pop()!;
    // The parser keeps the text itself within MAX_YAML_DEPTH, so only aliases (one inside its own anchor) go deeper.
    if (count > limit || depth > MAX_YAML_DEPTH + 1) return ALIAS_BOMB;
    if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return undefined;
}

/** The parser's English, turned into what a person editing the file needs to know. */
function explainYamlError(code: string, message: string): string {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  const hints: Record<string, string> = {
    DUPLICATE_KEY: '同一个字段写了两次，后一个会覆盖前一个，请删除重复的字段',
    BAD_INDENT: '缩进不正确：同一层级的字段应左对齐，请使用空格而不是 Tab',
    TAB_AS_INDENT: '缩进里有 Tab 字符，YAML 只允许用空格缩进',
    MISSING_CHAR: '缺少引号或括号的另一半',
    BLOCK_AS_IMPLICIT_KEY: '缩进或冒号有误：可能是上一行少了冒号后的空格，或文字中含有“: ”需要加引号',
    MULTILINE_IMPLICIT_KEY: '字段名不能跨行：可能是上一行的引号没有闭合，或缩进不正确',
    UNEXPECTED_TOKEN: '出现了意外的符号：含有 : # [ ] { } 等符号的文字请用引号括起来',
    BAD_SCALAR_START: '这一行的值不能以该符号开头，请用引号把整段文字括起来',
  };
  // Some codes cover several mistakes; the parser's message tells them apart.
  const byMessage: Array<[RegExp, string]> = [
    [/without - indicator/, '列表项的缩进不一致，或缺少开头的“- ”：同一项的各个字段应与第一个字段左对齐'],
    [/Missing closing .?quote/, '引号没有闭合：某段文字开头的引号缺少另一半（问题可能在这一行之前）'],
    [/end with a \]/, '方括号“[”没有对应的“]”'],
    [/end with a \}/, '花括号“{”没有对应的“}”'],
    [/followed by map values/, '字段名后面缺少冒号：应写成“字段: 值”（冒号后有一个空格）'],
  ];
  const hint = byMessage.find(([pattern]) => pattern.test(first))?.[1] ?? hints[code] ?? '无法解析这一行，请检查缩进、冒号和引号';
  return `YAML 格式错误：${hint}。（解析器信息：${first}）`;
}
