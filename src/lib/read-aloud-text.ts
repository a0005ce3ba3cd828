// What 朗读 says, in which order and in which pieces: walks a page's main content into blocks of text, skipping what is
// not content, and splits each block into sentence-sized chunks. Pure: works on any tree shaped like the DOM.

/**
 * The longest chunk spoken as one utterance. Chrome stops a single utterance after about 15 s, and a Chinese voice
 * reads about 4–5 characters a second at normal speed, so 60 characters stay under that even at 慢.
 */
export const CHUNK_LIMIT = 60;

/** The part of a DOM node the walker reads: a browser's Node satisfies it, and so does a hand-built test tree. */
export interface ReadNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<ReadNode>;
  getAttribute?(name: string): string | null;
}

/** Where a chunk is on the page: a stretch of text (offsets in text nodes), or whole elements from `first` to `last`. */
export type ChunkPlace<N> = { start: N; startOffset: number; end: N; endOffset: number } | { first: N; last: N };

export interface ReadChunk<N> {
  text: string;
  place: ChunkPlace<N>;
}

export interface ReadBlock<N> {
  /** The elements that make up the block (a paragraph; a table row; a term and its descriptions). */
  elements: N[];
  chunks: ReadChunk<N>[];
}

export interface WalkOptions<N> {
  /** False for an element the page does not show (display: none, visibility: hidden…); the browser asks its styles. */
  isRendered?: (element: N) => boolean;
  /** False for an inline tag the page lays out as a box (a badge in a flex row): a pause before and after it. */
  isInline?: (element: N) => boolean;
  limit?: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Never read: navigation and page furniture, controls, code, and pictures without text. */
const SKIPPED_TAGS = new Set(
  'nav footer script style template noscript button label select input textarea form svg canvas iframe object video audio summary dialog img picture'.split(' '),
);

/** Elements that start and end a block of their own; inline elements (a, strong, time, span…) continue the block. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote caption dd details div dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 header hgroup hr legend li main ol p pre section td th tr ul'.split(' '),
);

const SKIPPED_ROLES = new Set('navigation search button toolbar menu menubar dialog'.split(' '));

const tagOf = (node: ReadNode): string => node.nodeName.toLowerCase();
const attr = (node: ReadNode, name: string): string | null => node.getAttribute?.(name) ?? null;
const childrenOf = <N extends ReadNode>(node: N): N[] => Array.from(node.childNodes as ArrayLike<N>);

/** Elements a reader does not hear: hidden, aria-hidden, marked data-read-skip, closed details, controls, navigation. */
function isSkipped<N extends ReadNode>(element: N, options: WalkOptions<N>): boolean {
  const tag = tagOf(element);
  if (SKIPPED_TAGS.has(tag)) return true;
  if (attr(element, 'hidden') !== null || attr(element, 'inert') !== null) return true;
  if (attr(element, 'aria-hidden') === 'true' || attr(element, 'data-read-skip') !== null) return true;
  if (SKIPPED_ROLES.has(attr(element, 'role') ?? '')) return true;
  if (tag === 'details' && attr(element, 'open') === null) return true;
  return options.isRendered ? !options.isRendered(element) : false;
}

/** Has something to say: a letter or a digit, not only punctuation and spaces. */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Collapses whitespace as a browser shows it, and drops the spaces that source line breaks leave between Chinese
 * characters (a voice would pause on them), except a gap between elements (U+2029 from the walker). A <br> (U+2028
 * from the walker) becomes a line break. `offsets[i]` is where output character i came from in `raw`.
 */
export function collapseWhitespace(raw: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (/\s/.test(ch)) {
      let j = i;
      let breaks = false;
      let gap = false;
      while (j < raw.length && /\s/.test(raw[j]!)) {
        if (raw[j] === '\u2028') breaks = true;
        if (raw[j] === '\u2029') gap = true;
        j++;
      }
      const prev = text[text.length - 1];
      const next = raw[j];
      if (breaks && text.length > 0 && next !== undefined) {
        text += '\n';
        offsets.push(i);
      } else if (prev !== undefined && next !== undefined && prev !== '\n' && (gap || (!CJK.test(prev) && !CJK.test(next)))) {
        text += ' ';
        offsets.push(i);
      }
      i = j;
      continue;
    }
    text += ch;
    offsets.push(i);
    i++;
  }
  return { text, offsets };
}

const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);
/** Closing quotes and brackets stay with the sentence they end: 他说：“走吧。”后来…… */
const CLOSERS = new Set(['”', '’', '"', "'", '）', ')', '」', '』', '】', '》', '〉']);
const SOFT_BREAKS = new Set(['，', '、', ',', '：', ':', ' ', '\u3000']);

/** A span [start, end) of a text. */
export interface Span {
  start: number;
  end: number;
}

/** Trims whitespace off a span; undefined when nothing worth saying is left. */
function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return hasWords(text.slice(start, end)) ? { start, end } : undefined;
}

/**
 * Splits text into chunks to speak: at 。！？； (with a closing quote after them) and line breaks, and anything still
 * longer than `limit` at the last ，、： or space before the limit (or at the limit, when there is none).
 */
export function splitIntoChunks(text: string, limit = CHUNK_LIMIT): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      sentences.push({ start, end: i });
      start = i + 1;
    } else if (SENTENCE_END.has(ch)) {
      let end = i + 1;
      while (end < text.length && (CLOSERS.has(text[end]!) || SENTENCE_END.has(text[end]!))) end++;
      sentences.push({ start, end });
      start = end;
      i = end - 1;
    }
  }
  sentences.push({ start, end: text.length });

  const chunks: Span[] = [];
  for (const sentence of sentences) {
    let rest = trimSpan(text, sentence.start, sentence.end);
    while (rest && rest.end - rest.start > limit) {
      let cut = -1;
      // The last soft break in the first `limit` characters, if it leaves a piece of a useful length.
      for (let i = rest.start + limit - 1; i > rest.start + limit / 3; i--) {
        if (SOFT_BREAKS.has(text[i]!)) {
          cut = i + 1;
          break;
        }
      }
      if (cut < 0) {
        cut = rest.start + limit;
        // Never between the two halves of a character outside the BMP.
        if (/[\udc00-\udfff]/.test(text[cut]!)) cut--;
      }
      const piece = trimSpan(text, rest.start, cut);
      if (piece) chunks.push(piece);
      rest = trimSpan(text, cut, rest.end);
    }
    if (rest) chunks.push(rest);
  }
  return chunks;
}

/** One table row as it is read: "表头：值，表头：值。" (cells without words, such as "—", are left out). */
export function formatTableRow(headers: readonly string[], cells: readonly string[]): string {
  const parts: string[] = [];
  cells.forEach((cell, i) => {
    const value = cell.trim();
    if (!hasWords(value)) return;
    const header = (headers[i] ?? '').trim();
    parts.push(header && header !== value ? `${header}：${value}` : value);
  });
  return parts.length > 0 ? `${parts.join('，')}。` : '';
}

/** A term and its descriptions as they are read: "发布单位：示例县公安局。" */
export function formatTerm(term: string, descriptions: readonly string[]): string {
  const values = descriptions.map((d) => d.trim()).filter(hasWords);
  const t = term.trim();
  if (values.length === 0) return hasWords(t) ? `${t}。` : '';
  return `${hasWords(t) ? `${t}：` : ''}${values.join('；')}。`;
}

interface Piece<N> {
  /** The text node it came from; undefined for a line break the walker put in for <br>. */
  node: N | undefined;
  text: string;
}

/** The blocks of `root` in reading order, each with its chunks to speak. */
export function readingBlocks<N extends ReadNode>(root: N, options: WalkOptions<N> = {}): ReadBlock<N>[] {
  const limit = options.limit ?? CHUNK_LIMIT;
  const blocks: ReadBlock<N>[] = [];
  let pieces: Piece<N>[] = [];
  let blockElement: N | undefined;
  const skipped = (element: N) => isSkipped(element, options);

  const push = (node: N | undefined, text: string, parentBlock: N) => {
    if (pieces.length === 0) blockElement = parentBlock;
    pieces.push({ node, text });
  };
  const walk = (node: N, parentBlock: N): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      // Whitespace alone between two elements (a badge, a link) shows as a gap, so it is a pause even in Chinese.
      push(node, value && !value.trim() ? '\u2029' : value, parentBlock);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || skipped(node)) return;
    const tag = tagOf(node);
    if (tag === 'br') push(undefined, '\u2028', parentBlock);
    else if (tag === 'table') {
      flush();
      table(node);
    } else if (tag === 'dl') {
      flush();
      definitionList(node);
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      for (const child of childrenOf(node)) walk(child, node);
      flush();
    } else {
      const boxed = options.isInline?.(node) === false;
      if (boxed) push(undefined, '\u2029', parentBlock);
      for (const child of childrenOf(node)) walk(child, parentBlock);
      if (boxed) push(undefined, '\u2029', parentBlock);
    }
  };

  /** Ends the block being collected: its text, collapsed, split into chunks that know their text nodes. */
  const flush = (): void => {
    const collected = pieces;
    const element = blockElement;
    pieces = [];
    if (collected.length === 0 || !element) return;
    const { text, offsets } = collapseWhitespace(collected.map((p) => p.text).join(''));
    // Where each piece starts in the raw text, to turn a raw offset back into (text node, offset).
    const starts: number[] = [];
    let at = 0;
    for (const p of collected) {
      starts.push(at);
      at += p.text.length;
    }
    const point = (rawOffset: number, isEnd: boolean): { node: N; offset: number } | undefined => {
      for (let i = collected.length - 1; i >= 0; i--) {
        const p = collected[i]!;
        const offset = rawOffset - starts[i]!;
        if (p.node && (isEnd ? offset > 0 && offset <= p.text.length : offset >= 0 && offset < p.text.length)) return { node: p.node, offset };
      }
      return undefined;
    };
    const chunks = splitIntoChunks(text, limit).map((span): ReadChunk<N> => {
      const start = point(offsets[span.start]!, false);
      const end = point(offsets[span.end - 1]! + 1, true);
      return {
        text: text.slice(span.start, span.end),
        place:
          start && end
            ? { start: start.node, startOffset: start.offset, end: end.node, endOffset: end.offset }
            : { first: element, last: element },
      };
    });
    if (chunks.length > 0) blocks.push({ elements: [element], chunks });
  };

  /** The text of an element read on its own (a table cell, a term): its blocks joined by "；". */
  const textOf = (element: N, opts: WalkOptions<N> = options): string =>
    readingBlocks(element, { ...opts, limit: Infinity })
      .map((b) => b.chunks.map((c) => c.text).join(''))
      .join('；');

  /** A block whose text is made up (a table row, a term): highlighted as the whole elements. */
  const synthetic = (elements: N[], text: string): void => {
    const first = elements[0]!;
    const last = elements[elements.length - 1]!;
    const chunks = splitIntoChunks(text, limit).map((span) => ({ text: text.slice(span.start, span.end), place: { first, last } }));
    if (chunks.length > 0) blocks.push({ elements, chunks });
  };

  const elementsOf = (parent: N, ...tags: string[]): N[] =>
    childrenOf(parent).filter((c) => c.nodeType === ELEMENT_NODE && tags.includes(tagOf(c)));

  /** A caption, then one block per body row: "表头：值，表头：值。" Header cells count even when styled away on phones. */
  const table = (element: N): void => {
    const rows: N[] = [];
    const headRows: N[] = [];
    for (const child of elementsOf(element, 'caption', 'tr', 'thead', 'tbody', 'tfoot')) {
      const tag = tagOf(child);
      if (tag === 'caption') {
        if (!skipped(child)) synthetic([child], textOf(child));
      } else if (tag === 'tr') rows.push(child);
      else if (!isSkipped(child, {})) (tag === 'thead' ? headRows : rows).push(...elementsOf(child, 'tr'));
    }
    // Without a <thead>, a first row made only of <th> is the header row.
    const firstCells = rows[0] ? elementsOf(rows[0], 'td', 'th') : [];
    if (headRows.length === 0 && firstCells.length > 0 && firstCells.every((c) => tagOf(c) === 'th')) headRows.push(rows.shift()!);
    const spanOf = (cell: N) => Math.max(1, Number(attr(cell, 'colspan')) || 1);
    const headers: string[] = [];
    for (const row of headRows) {
      let col = 0;
      for (const cell of elementsOf(row, 'td', 'th')) {
        const text = textOf(cell, {});
        for (let k = spanOf(cell); k > 0; k--) headers[col++] = text;
      }
    }
    for (const row of rows) {
      if (skipped(row)) continue;
      const columnHeaders: string[] = [];
      const values: string[] = [];
      let col = 0;
      for (const cell of elementsOf(row, 'td', 'th')) {
        columnHeaders.push(headers[col] || attr(cell, 'data-label') || '');
        values.push(skipped(cell) ? '' : textOf(cell));
        col += spanOf(cell);
      }
      synthetic([row], formatTableRow(columnHeaders, values));
    }
  };

  /** One block per term: "术语：说明。" (dt/dd may be wrapped in a div, as HTML allows). */
  const definitionList = (list: N): void => {
    let group: N[] = [];
    const emit = () => {
      const [term, ...descriptions] = group;
      if (term) {
        const isTerm = tagOf(term) === 'dt';
        synthetic(group, formatTerm(isTerm ? textOf(term) : '', (isTerm ? descriptions : group).map((d) => textOf(d))));
      }
      group = [];
    };
    const collect = (parent: N) => {
      for (const child of elementsOf(parent, 'dt', 'dd', 'div')) {
        if (skipped(child)) continue;
        const tag = tagOf(child);
        if (tag === 'div') collect(child);
        else {
          if (tag === 'dt' && group.length > 0 && tagOf(group[group.length - 1]!) === 'dd') emit();
          group.push(child);
        }
      }
    };
    collect(list);
    emit();
  };

  for (const child of childrenOf(root)) walk(child, root);
  flush();
  return blocks;
}
