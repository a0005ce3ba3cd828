// Status → look: how each status and case type is drawn. Typed over the unions, so a new status is a type error
// until it has a look here (no silent fallback to a default style). The words themselves are the data model's.
import type { StatusLabel } from '../lib/status.ts';
import type { CaseType } from '../schemas/shared.ts';

export interface BadgeLook {
  /** A shape beside the words, so a status never depends on colour alone (WCAG 1.4.1). */
  mark: string;
  /** Border, text and background, from the @theme tokens. */
  cls: string;
}

const done = { mark: '✓', cls: 'border-ok text-ok bg-ok-soft' } as const;
const ongoing = { mark: '▶', cls: 'border-link text-link bg-link-soft' } as const;

/** The status badge of a commitment or rectification item. */
export const STATUS_LOOKS = {
  已兑现: done,
  已完成: done,
  已销号: done,
  长期坚持: { mark: '∞', cls: 'border-ok text-ok bg-ok-soft' },
  部分兑现: { mark: '◐', cls: 'border-warn text-warn bg-warn-soft' },
  推进中: ongoing,
  整改中: ongoing,
  未启动: { mark: '○', cls: 'border-muted text-muted bg-white' },
  未兑现: { mark: '✗', cls: 'border-bad text-bad bg-bad-soft' },
  逾期: { mark: '!', cls: 'border-bad text-white bg-bad' },
} as const satisfies Record<StatusLabel, BadgeLook>;

/**
 * Each status's segment of the tally bar: dark enough to stand out from the white track (≥ 3:1); every count is also
 * in words. The bar is SVG (fill), its key HTML (bg): both written out, so Tailwind finds the classes.
 */
export const TALLY_COLOURS = {
  已兑现: { fill: 'fill-ok', bg: 'bg-ok' },
  已完成: { fill: 'fill-ok', bg: 'bg-ok' },
  已销号: { fill: 'fill-closed', bg: 'bg-closed' },
  长期坚持: { fill: 'fill-ongoing', bg: 'bg-ongoing' },
  部分兑现: { fill: 'fill-warn', bg: 'bg-warn' },
  推进中: { fill: 'fill-link', bg: 'bg-link' },
  整改中: { fill: 'fill-link', bg: 'bg-link' },
  未启动: { fill: 'fill-muted', bg: 'bg-muted' },
  逾期: { fill: 'fill-bad', bg: 'bg-bad' },
  未兑现: { fill: 'fill-brand-dark', bg: 'bg-brand-dark' },
} as const satisfies Record<StatusLabel, { fill: string; bg: string }>;

/** The case type badge: the words carry the meaning, colour only supports it. */
export const CASE_TYPE_LOOKS = {
  警示案例: 'border-bad text-bad bg-bad-soft',
  反面典型: 'border-warn text-warn bg-warn-soft',
  正面典型: 'border-ok text-ok bg-ok-soft',
  不文明行为曝光: 'border-muted text-ink bg-white',
} as const satisfies Record<CaseType, string>;
