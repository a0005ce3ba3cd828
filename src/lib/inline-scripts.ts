// The only inline script the pages carry, as a string, and the CSP hash computed from that same string.
import crypto from 'node:crypto';
import { displayModesScript } from './display-modes.ts';

/** Applies 长者模式, 高对比度 and 大鼠标 before the first paint, so the page neither jumps nor flashes. */
export const DISPLAY_MODES_SCRIPT = displayModesScript();

/** The CSP source expression that allows exactly this inline script: `sha256-<base64 digest>`. */
export function cspScriptHash(source: string): `sha256-${string}` {
  return `sha256-${crypto.createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
