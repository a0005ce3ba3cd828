// The reader's display modes (长者模式, 高对比度, 大鼠标): their names, the <html> attributes and the storage keys.

/** Each mode is `data-<mode>="on"` on <html>, remembered as `fzwm:<mode>` = `on`/`off` in localStorage. */
export const DISPLAY_MODES = ['elder', 'contrast', 'cursor'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** Keys are namespaced: a 专栏 under the county portal shares its origin, and so its localStorage, with the portal. */
export const modeStorageKey = (mode: DisplayMode): string => `fzwm:${mode}`;

/** The key 长者模式 used before the modes were namespaced; read once, to carry a reader's choice over. */
export const LEGACY_ELDER_KEY = 'elder';

/** The event `document` receives after a toggle changes a mode (charts redraw in the new colours). */
export const DISPLAY_MODE_EVENT = 'fzwm:display-mode';

/**
 * The inline script that applies the remembered modes before the first paint (no flash of the wrong mode), and marks
 * <html data-js> so the controls that scripts show keep their place until then (src/styles/global.css).
 * Plain ES5 in one line; storage may be unavailable (private browsing): the page then shows the default mode.
 */
export function displayModesScript(): string {
  const keys = DISPLAY_MODES.map((m) => `'${m}'`).join(',');
  const elder = modeStorageKey('elder');
  return (
    `document.documentElement.setAttribute('data-js','');` +
    `try{var d=document.documentElement,s=localStorage;` +
    `if(s.getItem('${elder}')===null){var o=s.getItem('${LEGACY_ELDER_KEY}');if(o==='on'||o==='off')s.setItem('${elder}',o)}` +
    `[${keys}].forEach(function(m){if(s.getItem('fzwm:'+m)==='on')d.setAttribute('data-'+m,'on')})}catch(e){}`
  );
}
