// The display-mode toggles in the header: shows them (they are hidden without JavaScript), keeps aria-pressed and the
// visible 开/关 in step with <html data-*>, remembers each choice, and opens the 显示设置 group on small screens.
import { DISPLAY_MODE_EVENT, DISPLAY_MODES, modeStorageKey, type DisplayMode } from '../lib/display-modes.ts';
import { modesWords } from '../ui/modes.ts';

const root = document.documentElement;
const isMode = (value: string | undefined): value is DisplayMode => DISPLAY_MODES.includes(value as DisplayMode);
const isOn = (mode: DisplayMode): boolean => root.getAttribute(`data-${mode}`) === 'on';

function apply(mode: DisplayMode, on: boolean): void {
  if (on) root.setAttribute(`data-${mode}`, 'on');
  else root.removeAttribute(`data-${mode}`);
}

function syncToggle(button: HTMLButtonElement, mode: DisplayMode): void {
  const on = isOn(mode);
  button.setAttribute('aria-pressed', on ? 'true' : 'false');
  const state = button.querySelector('[data-mode-state]');
  if (state) state.textContent = on ? modesWords.on : modesWords.off;
}

const container = document.querySelector<HTMLElement>('[data-display-modes]');
if (container) {
  const toggles = [...container.querySelectorAll<HTMLButtonElement>('button[data-mode-toggle]')].flatMap((button) => {
    const mode = button.dataset['modeToggle'];
    return isMode(mode) ? [{ button, mode }] : [];
  });
  const syncAll = () => {
    for (const { button, mode } of toggles) syncToggle(button, mode);
  };
  // 大鼠标 only where there is a mouse-like pointer: a phone has no cursor to enlarge.
  const finePointer = matchMedia('(pointer: fine)');
  const showCursorToggle = () => {
    for (const { button, mode } of toggles) if (mode === 'cursor') button.hidden = !finePointer.matches;
  };
  showCursorToggle();
  finePointer.addEventListener('change', showCursorToggle);

  for (const { button, mode } of toggles) {
    button.addEventListener('click', () => {
      const on = !isOn(mode);
      apply(mode, on);
      try {
        localStorage.setItem(modeStorageKey(mode), on ? 'on' : 'off');
      } catch {
        // Private browsing may forbid storage; the mode still applies to this page.
      }
      syncToggle(button, mode);
      document.dispatchEvent(new CustomEvent(DISPLAY_MODE_EVENT, { detail: { mode, on } }));
    });
  }
  // A choice made in another tab of this site applies here too.
  addEventListener('storage', (event) => {
    const mode = DISPLAY_MODES.find((m) => modeStorageKey(m) === event.key);
    if (!mode) return;
    apply(mode, event.newValue === 'on');
    syncAll();
    document.dispatchEvent(new CustomEvent(DISPLAY_MODE_EVENT, { detail: { mode, on: isOn(mode) } }));
  });

  // On a small screen the toggles sit behind one 显示设置 button, so the header stays one row high.
  const disclosure = container.querySelector<HTMLButtonElement>('button[data-modes-disclosure]');
  const panel = container.querySelector<HTMLElement>('[data-modes-panel]');
  disclosure?.addEventListener('click', () => {
    const open = disclosure.getAttribute('aria-expanded') !== 'true';
    disclosure.setAttribute('aria-expanded', open ? 'true' : 'false');
    panel?.toggleAttribute('data-open', open);
  });

  syncAll();
  container.hidden = false;
}
