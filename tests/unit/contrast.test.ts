// WCAG contrast of the text/background pairs the site uses, computed from the colour tokens in src/styles/global.css:
// at least 4.5:1 by default (AA) and 7:1 in 高对比度 (AAA, as the 适老化 norm's high-contrast display asks).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const css = fs.readFileSync(path.resolve('src/styles/global.css'), 'utf8');

/** The `--color-*: #hex` declarations of the first block whose opening matches `opening`. */
function colourTokens(opening: RegExp): Map<string, string> {
  const start = css.search(opening);
  if (start < 0) throw new Error(`global.css has no block ${opening}`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return new Map(
    [...body.matchAll(/--color-([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
}

const theme = colourTokens(/@theme\s*\{/);
const contrastOverrides = colourTokens(/html\[data-contrast='on'\]\s*\{/);
const contrastTheme = new Map([...theme, ...contrastOverrides]);

/** Relative luminance of an sRGB colour (WCAG 2.1). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text token on background token, as the components use them (`white` is the card and header-text white). */
const PAIRS: Array<[text: string, background: string, where: string]> = [
  ['ink', 'paper', 'body text on the page'],
  ['ink', 'white', 'text in cards, tables, the search box'],
  ['muted', 'white', 'secondary text, 未启动 badge, placeholder'],
  ['muted', 'paper', 'secondary text on grey cards'],
  ['link', 'white', 'links in cards'],
  ['link', 'paper', 'links on the page'],
  ['ok', 'white', '✓ statuses'],
  ['warn', 'white', '部分兑现'],
  ['bad', 'white', '✗ statuses, 未达标'],
  ['white', 'brand', 'header, current page number'],
  ['white', 'brand-dark', 'main navigation, search button'],
  ['white', 'bad', '逾期 badge'],
  ['brand', 'white', 'a display-mode toggle’s 开'],
];

/** The status badges' pale backgrounds (the *-soft tokens, made white in 高对比度). */
const BADGE_PAIRS: Array<[text: string, background: string]> = [
  ['ok', 'ok-soft'],
  ['warn', 'warn-soft'],
  ['link', 'link-soft'],
  ['bad', 'bad-soft'],
];

const colour = (tokens: Map<string, string>, name: string): string => {
  if (name === 'white') return '#ffffff';
  const value = tokens.get(name);
  if (!value) throw new Error(`global.css has no --color-${name}`);
  return value;
};

describe('colour contrast', () => {
  test('the contrast ratio is computed as WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  test('高对比度 overrides every colour token of the theme', () => {
    expect([...theme.keys()].filter((name) => !contrastOverrides.has(name))).toEqual([]);
  });

  test.each(PAIRS)('%s on %s (%s) reaches 4.5:1 by default and 7:1 in 高对比度', (text, background) => {
    expect(contrastRatio(colour(theme, text), colour(theme, background))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colour(contrastTheme, text), colour(contrastTheme, background))).toBeGreaterThanOrEqual(7);
  });

  test.each(BADGE_PAIRS)('the %s badge on %s reaches 7:1 in 高对比度', (text, background) => {
    expect(contrastRatio(colour(contrastTheme, text), colour(contrastTheme, background))).toBeGreaterThanOrEqual(7);
  });
});
