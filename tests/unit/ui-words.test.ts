// Keeps every reader-facing word in src/ui/ and every colour in the @theme tokens: fails with file:line on an inline
// Chinese word, a raw hex colour or a Tailwind default-palette class in components, pages, layouts or client scripts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OVERDUE_LABEL } from '../../src/lib/status.ts';
import { CASE_TYPES, COMMITMENT_STATUSES, RECTIFICATION_STATUSES } from '../../src/schemas/shared.ts';
import { NAV_SECTIONS, sectionLabels } from '../../src/ui/nav.ts';
import { CASE_TYPE_LOOKS, STATUS_LOOKS, TALLY_COLOURS } from '../../src/ui/status.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['src/components', 'src/pages', 'src/layouts', 'src/scripts'];

/**
 * Lines that may hold Chinese outside src/ui/, each with the reason. Keep it short: a word for readers belongs in
 * src/ui/. (Besides these, `throw new Error(…)` lines may: a build error is read by staff, not by readers.)
 */
const ALLOWED: ReadonlyArray<{ file: string; contains: string; reason: string }> = [];

/** Chinese characters and full-width punctuation (、：（）。…): a word, or part of one. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
/** A raw colour: #rgb, #rgba, #rrggbb, #rrggbbaa (not an HTML entity &#123; nor an anchor like #item-1). */
const HEX = /(?<![&\w])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/i;
/** A colour class of Tailwind's default palette instead of a token (bg-red-50). */
const PALETTE =
  /\b(?:bg|text|border|ring|fill|stroke|from|to)-(?:red|green|blue|gray|slate|amber|yellow|orange|emerald|zinc|neutral|stone|sky|rose|lime|teal|cyan|indigo|violet|purple|pink|fuchsia)-\d+/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(rel);
    return /\.(astro|ts|tsx|js|mjs|css)$/.test(entry.name) ? [rel] : [];
  });
}

/** The source with comments blanked out (newlines kept, so line numbers stay): comments may say anything. */
export function withoutComments(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .split('\n')
    .map((line) => line.replace(/(^|[\s;,{}()])\/\/.*$/, (_m, before: string) => before))
    .join('\n');
}

/** Every line of the file that matches the pattern outside comments, as `file:line: text`. */
function offending(file: string, pattern: RegExp, allow: (line: string) => boolean = () => false): string[] {
  const lines = withoutComments(fs.readFileSync(path.join(ROOT, file), 'utf8')).split('\n');
  return lines.flatMap((line, i) => (pattern.test(line) && !allow(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

const files = SCANNED.flatMap(filesUnder);

/**
 * The modules outside those folders whose text reaches readers (dates, periods, indicator descriptions, counting
 * rules, facets, citations, the staleness notice). They may name the data's own values (the statuses and case types
 * of the content contract) but hold no other word.
 */
const READER_MODULES = [
  'src/lib/accountability.ts',
  'src/lib/cases.ts',
  'src/lib/format.ts',
  'src/lib/periods.ts',
  'src/lib/staleness.ts',
  'src/data/case-listings.ts',
];
const VOCABULARY = new Set<string>([...COMMITMENT_STATUSES, ...RECTIFICATION_STATUSES, OVERDUE_LABEL, ...CASE_TYPES]);
/** The line with every quoted data value ('已兑现') blanked: what is left must hold no Chinese. */
const withoutVocabulary = (line: string) =>
  line.replace(/(['"`])([^'"`]*)\1/g, (whole, _q: string, text: string) => (VOCABULARY.has(text) ? "''" : whole));

describe('words live in src/ui/', () => {
  it('scans the folders it is meant to', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain('src/layouts/BaseLayout.astro');
    expect(files).toContain('src/scripts/search.ts');
  });

  it('finds an inline word and ignores one in a comment', () => {
    const sample = "// 注释可以写中文\nconst a = '逾期';\n/* 多行\n注释 */ const b = 1;\n<p>{x}</p> {/* 说明 */}\n<a href=\"https://x.cn/\">链接</a>";
    const lines = withoutComments(sample).split('\n');
    expect(lines.map((l) => CJK.test(l))).toEqual([false, true, false, false, false, true]);
  });

  it('has no Chinese in components, pages, layouts or client scripts outside comments', () => {
    const found = files.flatMap((file) =>
      offending(
        file,
        CJK,
        (line) => /\bthrow new Error\(/.test(line) || ALLOWED.some((a) => a.file === file && line.includes(a.contains)),
      ),
    );
    expect(found, `Move these words into src/ui/ (see src/ui/index.ts):\n${found.join('\n')}`).toEqual([]);
  });

  it('has no Chinese in the reader-facing lib modules except the data vocabulary', () => {
    const found = READER_MODULES.flatMap((file) =>
      offending(file, CJK, (line) => /\bthrow new Error\(/.test(line) || !CJK.test(withoutVocabulary(line))),
    );
    expect(found, `Move these words into src/ui/ (see src/ui/index.ts):\n${found.join('\n')}`).toEqual([]);
  });

  it('keeps each allow-list entry needed and explained', () => {
    for (const a of ALLOWED) {
      expect(a.reason.length, a.file).toBeGreaterThan(10);
      expect(fs.readFileSync(path.join(ROOT, a.file), 'utf8')).toContain(a.contains);
    }
  });
});

describe('colours come from the @theme tokens', () => {
  const css = fs.readFileSync(path.join(ROOT, 'src/styles/global.css'), 'utf8');
  const tokens = new Set([...css.matchAll(/--color-([a-z-]+):/g)].map((m) => m[1]!));

  it('has no raw hex colour in components, pages, layouts or client scripts', () => {
    const found = files.flatMap((file) => offending(file, HEX));
    expect(found, `Use a token from src/styles/global.css:\n${found.join('\n')}`).toEqual([]);
  });

  it('has no Tailwind default-palette colour class there either', () => {
    const found = [...files, ...filesUnder('src/ui')].flatMap((file) => offending(file, PALETTE));
    expect(found, `Use a token from src/styles/global.css:\n${found.join('\n')}`).toEqual([]);
  });

  it('draws every status look with tokens only', () => {
    const classes = [
      ...Object.values(STATUS_LOOKS).map((look) => look.cls),
      ...Object.values(TALLY_COLOURS).flatMap((c) => [c.fill, c.bg]),
      ...Object.values(CASE_TYPE_LOOKS),
    ].flatMap((cls) => cls.split(/\s+/));
    for (const cls of classes) {
      const colour = /^(?:bg|text|border|fill)-(.+)$/.exec(cls)?.[1];
      expect(colour, cls).toBeDefined();
      expect(colour === 'white' || tokens.has(colour!), `${cls}: not a @theme colour`).toBe(true);
    }
  });
});

describe('status → look maps cover every status', () => {
  // The maps are typed Record<StatusLabel, …> (astro check fails on a missing one); this says which, by name.
  const statuses = [...new Set([...COMMITMENT_STATUSES, ...RECTIFICATION_STATUSES, OVERDUE_LABEL])].sort();

  it('gives each status a badge and a tally colour, and nothing else', () => {
    expect(Object.keys(STATUS_LOOKS).sort()).toEqual(statuses);
    expect(Object.keys(TALLY_COLOURS).sort()).toEqual(statuses);
  });

  it('gives each case type a badge', () => {
    expect(Object.keys(CASE_TYPE_LOOKS).sort()).toEqual([...CASE_TYPES].sort());
  });

  it('marks each status with a shape too, so colour is never the only cue', () => {
    for (const [status, look] of Object.entries(STATUS_LOOKS)) expect(look.mark.trim(), status).not.toBe('');
  });
});

describe('the sections', () => {
  it('lists each nav section once, each with its label', () => {
    const keys = NAV_SECTIONS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(sectionLabels[key]).toMatch(CJK);
  });
});
