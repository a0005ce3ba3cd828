// Display modes in Chromium: every template × {default, 长者, 高对比, 长者+高对比} × {320, 390, 1280} px has no WCAG 2.1 A/AA
// violation, no sideways scrolling and no clipped header text; the toggles' state, memory, no-flash and no-JS behaviour.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DISPLAY_MODES, modeStorageKey, type DisplayMode } from '../../src/lib/display-modes.ts';
import { axeViolations, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** One URL of each template. */
const TEMPLATES = [
  '/',
  '/cases/',
  '/cases/2024-017/',
  `/cases/type/${encodeURIComponent('警示案例')}/`,
  '/cases/2025-019/',
  '/good-people/',
  '/good-people/2026-q1/',
  '/good-people/2026-q1/zhao-lei/',
  '/commitments/',
  '/commitments/2026-h2/',
  '/commitments/2026-h2/gongan/',
  '/rectification/',
  '/rectification/2026-pingan-ducha/',
  '/data/',
  '/units/',
  '/units/gongan/',
  `/search/?q=${encodeURIComponent('诈骗')}`,
  '/jiandu/',
  '/no-such-page/',
];

const MODE_SETS: Array<{ name: string; modes: DisplayMode[] }> = [
  { name: '默认', modes: [] },
  { name: '长者模式', modes: ['elder'] },
  { name: '高对比度', modes: ['contrast'] },
  { name: '长者模式 + 高对比度', modes: ['elder', 'contrast'] },
];

const WIDTHS = [320, 390, 1280];

/** Remembers exactly these modes for the context's origin (as the toggles would), so the next page opens in them. */
async function rememberModes(page: Page, modes: DisplayMode[]): Promise<void> {
  await page.evaluate(
    ([all, on]) => {
      for (const mode of all) localStorage.setItem(`fzwm:${mode}`, on.includes(mode) ? 'on' : 'off');
    },
    [DISPLAY_MODES as readonly string[], modes as string[]] as const,
  );
}

/** Waits for what a page draws after loading: search results, and every chart (drawn when scrolled near). */
async function settle(page: Page, url: string): Promise<void> {
  if (url.startsWith('/search/')) await page.locator('#search-results li').first().waitFor();
  if (url === '/data/') {
    for (const block of await page.locator('[data-chart-block]').all()) await block.scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-chart-block]')].every((b) => b.hasAttribute('data-chart-drawn')),
    );
    await page.evaluate(() => window.scrollTo(0, 0));
  }
}

/** Header elements whose content is wider than their box, or that reach outside the viewport. */
function clippedHeaderText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('header[role="banner"] *')) {
      const rect = el.getBoundingClientRect();
      // Not rendered (display: none, hidden), or the visually hidden label for screen readers.
      if (el.getClientRects().length === 0 || rect.width <= 1) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}「${(el.textContent ?? '').trim().slice(0, 12)}」`;
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name} 内容宽 ${el.scrollWidth}，框宽 ${el.clientWidth}`);
      if (rect.left < -0.5 || rect.right > window.innerWidth + 0.5)
        problems.push(`${name} 超出视口：${Math.round(rect.left)}–${Math.round(rect.right)}`);
    }
    return problems;
  });
}

describe.each(WIDTHS)('%i px wide', (width) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(MODE_SETS)(
    '$name: every template has no axe violation, no sideways scroll, no clipped header',
    async ({ modes }) => {
      await page.goto(`${baseUrl}/`);
      await rememberModes(page, modes);
      const problems: string[] = [];
      for (const url of TEMPLATES) {
        await page.goto(baseUrl + url);
        await settle(page, url);
        const applied = await page.evaluate(() =>
          ['elder', 'contrast'].filter((m) => document.documentElement.dataset[m] === 'on'),
        );
        if (applied.join() !== modes.join()) problems.push(`${url}: 模式是 ${applied.join() || '默认'}`);
        for (const v of await axeViolations(page)) problems.push(`${url}: axe ${v.id} ${v.targets.join(' | ')}`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) problems.push(`${url}: 页面宽 ${scrollWidth} px`);
        for (const p of await clippedHeaderText(page)) problems.push(`${url}: 页头 ${p}`);
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('the toggles', () => {
  it('show their state in aria-pressed and in words, and are remembered on the next page', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cases/`);
    for (const id of ['elder-toggle', 'contrast-toggle', 'cursor-toggle']) {
      const toggle = page.locator(`#${id}`);
      expect(await toggle.isVisible(), id).toBe(true);
      expect(await toggle.getAttribute('aria-pressed'), id).toBe('false');
      expect(await toggle.locator('[data-mode-state]').textContent(), id).toBe('关');
    }
    await page.locator('#contrast-toggle').click();
    await page.locator('#elder-toggle').focus();
    await page.keyboard.press('Enter');
    for (const id of ['elder-toggle', 'contrast-toggle']) {
      expect(await page.locator(`#${id}`).getAttribute('aria-pressed'), id).toBe('true');
      expect(await page.locator(`#${id} [data-mode-state]`).textContent(), id).toBe('开');
    }
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({
      elder: 'on',
      contrast: 'on',
    });
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(() => localStorage.getItem('fzwm:contrast'))).toBe('on');

    await page.goto(`${baseUrl}/good-people/`);
    expect(await page.evaluate(() => document.documentElement.dataset['contrast'])).toBe('on');
    expect(await page.locator('#contrast-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#cursor-toggle').getAttribute('aria-pressed')).toBe('false');

    await page.locator('#elder-toggle').click();
    expect(await page.locator('#elder-toggle').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('#elder-toggle [data-mode-state]').textContent()).toBe('关');
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBeUndefined();
    await page.goto(`${baseUrl}/`);
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBeUndefined();
    await context.close();
  });

  it('大鼠标 shows an extra-large cursor from this site where a mouse is used, and is not offered on a touch phone', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cases/`);
    await page.locator('#cursor-toggle').click();
    expect(await page.evaluate(() => document.documentElement.dataset['cursor'])).toBe('on');
    const cursors = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('main p')!).cursor,
      link: getComputedStyle(document.querySelector('main a[href]')!).cursor,
      input: getComputedStyle(document.querySelector('#site-search')!).cursor,
    }));
    expect(cursors.text).toMatch(/^url\("http:\/\/127\.0\.0\.1:\d+\/cursors\/arrow\.svg"\) 4 3, auto$/);
    expect(cursors.link).toContain('/cursors/pointer.svg');
    expect(cursors.input).toContain('/cursors/text.svg');
    for (const file of ['arrow', 'pointer', 'text']) {
      const response = await page.request.get(`${baseUrl}/cursors/${file}.svg`);
      expect(response.status(), file).toBe(200);
      expect(await response.text(), file).toMatch(/^<svg [^>]*width="48" height="48"/);
    }
    await context.close();

    const phone = await browser().newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const phonePage = await phone.newPage();
    await phonePage.goto(`${baseUrl}/cases/`);
    await phonePage.getByRole('button', { name: '显示设置' }).click();
    expect(await phonePage.locator('#elder-toggle').isVisible()).toBe(true);
    expect(await phonePage.locator('#contrast-toggle').isVisible()).toBe(true);
    expect(await phonePage.locator('#cursor-toggle').isVisible()).toBe(false);
    await phone.close();
  });

  it('on a phone the toggles sit behind 显示设置, which says whether it is open', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 700 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const disclosure = page.getByRole('button', { name: '显示设置' });
    expect(await disclosure.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#elder-toggle').isVisible()).toBe(false);
    await disclosure.click();
    expect(await disclosure.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: '长者模式' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBe('on');
    await disclosure.click();
    expect(await page.locator('#elder-toggle').isVisible()).toBe(false);
    await context.close();
  });

  it('apply before the first paint: the inline script in <head> sets them, with the page scripts blocked', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await rememberModes(page, ['elder', 'contrast', 'cursor']);
    // No script file loads: only the inline one in <head> can set the attributes.
    await context.route(/\.m?js(\?|$)/, (route) => route.abort());
    await page.goto(`${baseUrl}/cases/2024-017/`, { waitUntil: 'domcontentloaded' });
    const state = await page.evaluate(() => ({
      modes: { ...document.documentElement.dataset },
      inlineInHead: [...document.head.querySelectorAll('script:not([src])')].some((s) =>
        s.textContent?.includes('fzwm:'),
      ),
      toggles: (document.querySelector('[data-display-modes]') as HTMLElement | null)?.hidden,
    }));
    expect(state.modes).toMatchObject({ elder: 'on', contrast: 'on', cursor: 'on' });
    expect(state.inlineInHead).toBe(true);
    // Without the page script the toggles would do nothing: they stay hidden.
    expect(state.toggles).toBe(true);
    await context.close();
  });

  it('carry over 长者模式 from the old shared key once, and keep their own namespaced keys', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('elder', 'on');
    });
    await page.goto(`${baseUrl}/cases/`);
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBe('on');
    expect(await page.evaluate((key) => localStorage.getItem(key), modeStorageKey('elder'))).toBe('on');
    // The portal's key changing later does not switch this site's mode.
    await page.evaluate(() => localStorage.setItem('elder', 'off'));
    await page.goto(`${baseUrl}/`);
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBe('on');
    await context.close();
  });

  it('are not shown without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    for (const name of ['长者模式', '高对比度', '大鼠标', '显示设置']) {
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    }
    await context.close();
  });

  it('the charts on /data/ redraw in the 高对比度 colours', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/data/`);
    const block = page.locator('[data-chart-block]').first();
    await block.scrollIntoViewIfNeeded();
    await expect.poll(() => block.getAttribute('data-chart-colour')).toBe('#1750b5');
    await page.locator('#contrast-toggle').click();
    await expect.poll(() => block.getAttribute('data-chart-colour')).toBe('#0a3d91');
    await context.close();
  });
});

describe('tap to call and filing records', () => {
  it('phone numbers in the footer, the report page and a unit page are tel: links; 公安备案 links to its record', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/jiandu/`);
    const footer = page.locator('footer[role="contentinfo"]');
    expect(await footer.getByRole('link', { name: '0000-12388' }).getAttribute('href')).toBe('tel:000012388');
    expect(await footer.getByRole('link', { name: '0000-1234567' }).getAttribute('href')).toBe('tel:00001234567');
    expect(await footer.getByRole('link', { name: 'wmb@example.gov.cn' }).getAttribute('href')).toBe(
      'mailto:wmb@example.gov.cn',
    );
    expect(await footer.getByRole('link', { name: '示公网安备 00000000000001号' }).getAttribute('href')).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=00000000000001',
    );
    expect(await footer.getByRole('link', { name: '示ICP备00000000号-1' }).getAttribute('href')).toBe(
      'https://beian.miit.gov.cn/',
    );
    expect(await page.locator('main').getByRole('link', { name: '0000-12388' }).getAttribute('href')).toBe(
      'tel:0000-12388',
    );
    await page.goto(`${baseUrl}/units/gongan/`);
    expect(await page.locator('main').getByRole('link', { name: '0000-1234110' }).getAttribute('href')).toBe(
      'tel:00001234110',
    );
    await context.close();
  });
});
