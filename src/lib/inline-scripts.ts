// The only inline script the pages carry, as a string, and the CSP hash computed from that same string.
import crypto from 'node:crypto';

/** Applies 长者模式 before the first paint, so the page does not jump; storage may be unavailable (normal size then). */
export const ELDER_MODE_SCRIPT =
  "try{if(localStorage.getItem('elder')==='on')document.documentElement.dataset.elder='on'}catch(e){}";

/** The CSP source expression that allows exactly this inline script: `sha256-<base64 digest>`. */
export function cspScriptHash(source: string): `sha256-${string}` {
  return `sha256-${crypto.createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
