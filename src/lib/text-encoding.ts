// Decodes the bytes of content files: YAML/Markdown must be UTF-8; ledgers may also be UTF-16 (with BOM) or GBK/GB18030.
// A file that cannot be read is refused with one message a person can act on, never turned into mojibake.

export type LedgerEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

/** A problem with a file's encoding; `line` when it is confined to some lines of an otherwise valid file. */
export interface EncodingProblem {
  line?: number;
  message: string;
}

export type DecodeResult =
  { ok: true; text: string; encoding: LedgerEncoding } | { ok: false; problems: EncodingProblem[] };

/** How to save a file as UTF-8 in the tools county staff use. */
export const SAVE_AS_UTF8 =
  '请把它另存为 UTF-8 编码：记事本中点“文件 → 另存为”，在“编码”中选“UTF-8”后保存；WPS 或 Word 中“另存为”纯文本（*.txt），' +
  '在弹出的编码选项中选“Unicode (UTF-8)”，再把文件名改回原来的扩展名；VS Code 中点右下角的编码，选“通过编码保存 → UTF-8”。';

/** How to save a ledger so that it reads without guessing. */
export const SAVE_AS_CSV_UTF8 =
  '请在 Excel 或 WPS 中打开它，“另存为”文件类型“CSV UTF-8（逗号分隔）”，或直接保存为 Excel 工作簿（.xlsx）并在批次文件中写 ledger: 文件名.xlsx。';

/** At most this many lines with broken bytes are listed; the rest are counted. */
const MAX_LINES = 20;

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Loose = new TextDecoder('utf-8', { ignoreBOM: true });

/** A YAML, Markdown or MDX file: UTF-8 only (with or without BOM); anything else is refused. */
export function decodeUtf8Text(bytes: Uint8Array): DecodeResult {
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const text = strictUtf8(bom ? bytes.subarray(3) : bytes);
  if (text !== undefined) return checkReplacementChars(text);
  const utf16 = utf16ByBom(bytes);
  if (utf16) {
    return {
      ok: false,
      problems: [{ message: `这个文件是 UTF-16（“Unicode”）编码，网站只读取 UTF-8 编码的文本文件。${SAVE_AS_UTF8}` }],
    };
  }
  if (looksLikeBrokenUtf8(bytes)) return { ok: false, problems: brokenUtf8Lines(bytes) };
  return { ok: false, problems: [{ message: notUtf8Message(bytes) }] };
}

/**
 * A CSV/TSV ledger: strict UTF-8 first (Excel's “CSV UTF-8”), then UTF-16 by its BOM (Excel's “Unicode 文本”),
 * then GB18030, a superset of GBK (Excel's and WPS's plain “CSV” on Chinese Windows). A file that is mostly UTF-8
 * with a few broken bytes is refused with their lines instead of being read as GB18030 mojibake.
 */
export function decodeLedgerText(bytes: Uint8Array): DecodeResult {
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const text = strictUtf8(bom ? bytes.subarray(3) : bytes);
  if (text !== undefined) return hasNul(text) ? nulProblem() : checkReplacementChars(text);
  const utf16 = utf16ByBom(bytes);
  if (utf16) {
    try {
      const decoded = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      return { ok: true, text: decoded, encoding: utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE' };
    } catch {
      return {
        ok: false,
        problems: [
          {
            message:
              '这个文件开头标明是 UTF-16（“Unicode 文本”）编码，但内容不完整或已损坏：请在 Excel 或 WPS 中重新“另存为”。',
          },
        ],
      };
    }
  }
  if (looksLikeBrokenUtf8(bytes)) return { ok: false, problems: brokenUtf8Lines(bytes) };
  let gb: string;
  try {
    gb = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problems: [{ message: `无法识别这个文件的编码（既不是 UTF-8、UTF-16，也不是 GBK）。${SAVE_AS_CSV_UTF8}` }],
    };
  }
  if (hasNul(gb)) return nulProblem();
  return { ok: true, text: gb, encoding: 'GB18030' };
}

/** How a decoded ledger's encoding is named to staff. */
export function describeLedgerEncoding(encoding: LedgerEncoding): string {
  return {
    'UTF-8': 'UTF-8',
    'UTF-16LE': 'UTF-16LE（Excel“Unicode 文本”）',
    'UTF-16BE': 'UTF-16BE',
    GB18030: 'GBK（GB18030）',
  }[encoding];
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return undefined;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return undefined;
}

const hasNul = (text: string) => text.includes('\u0000');

/** NUL characters: UTF-16 without its BOM, or not a text file at all. */
function nulProblem(): DecodeResult {
  return {
    ok: false,
    problems: [
      {
        message: `这个文件里有空字符，不是可以读取的文本：可能是不带 BOM 的 UTF-16 文件，或是改了扩展名的其他文件。${SAVE_AS_CSV_UTF8}`,
      },
    ],
  };
}

/** Valid UTF-8 that already holds “�” (U+FFFD): text that was garbled before it was saved; publishing it would show the garbage. */
function checkReplacementChars(text: string): DecodeResult {
  if (!text.includes('\uFFFD')) return { ok: true, text, encoding: 'UTF-8' };
  const problems: EncodingProblem[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.includes('\uFFFD')) {
      problems.push({
        line: i + 1,
        message: `这一行有乱码字符“�”（${excerpt(line)}）：多为从别处复制时文字已经损坏，请删掉乱码，重新输入原来的文字。`,
      });
    }
  });
  return { ok: false, problems: capLines(problems) };
}

/**
 * A file whose non-ASCII text mostly decodes as UTF-8 is UTF-8 with a few broken bytes (a paste from another program);
 * a GBK file decodes as UTF-8 almost nowhere.
 */
function looksLikeBrokenUtf8(bytes: Uint8Array): boolean {
  const text = utf8Loose.decode(bytes);
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') bad++;
    else if (ch.codePointAt(0)! > 0x7f) good++;
  }
  return good > 0 && good >= 2 * bad;
}

/** One problem per line that holds bytes which are not UTF-8, showing the line as it would be read. */
function brokenUtf8Lines(bytes: Uint8Array): EncodingProblem[] {
  const problems: EncodingProblem[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const part = bytes.subarray(start, i);
    if (strictUtf8(part) === undefined) {
      problems.push({
        line,
        message:
          `这一行有不是 UTF-8 编码的字节，网站会显示成乱码（${excerpt(utf8Loose.decode(part))}）：多为从 Word、微信等处粘贴时带入，` +
          '请删掉乱码处，重新输入这几个字后保存。',
      });
    }
    start = i + 1;
    line++;
  }
  return capLines(problems);
}

function capLines(problems: EncodingProblem[]): EncodingProblem[] {
  if (problems.length <= MAX_LINES) return problems;
  const rest = problems.length - MAX_LINES;
  return [
    ...problems.slice(0, MAX_LINES),
    { message: `另有 ${rest} 行也有乱码，未逐一列出。请把整个文件另存为 UTF-8 后再检查。` },
  ];
}

/** The text around the first “�” of a line, short enough to find it by eye. */
function excerpt(line: string): string {
  const at = line.indexOf('\uFFFD');
  const from = Math.max(0, at - 12);
  const chars = [...line.slice(from, at + 20).replace(/\r$/, '')];
  return `“${from > 0 ? '…' : ''}${chars.slice(0, 24).join('')}${at + 20 < line.length ? '…' : ''}”`;
}

function notUtf8Message(bytes: Uint8Array): string {
  const gbk = (() => {
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  })();
  return `这个文件不是 UTF-8 编码${gbk ? '（看起来是 GBK/GB18030，Windows 记事本、WPS 等的中文默认编码）' : ''}，网站无法读取其中的中文。${SAVE_AS_UTF8}`;
}
