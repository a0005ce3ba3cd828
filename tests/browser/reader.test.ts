// Browser tests of the reader pages on a phone-sized viewport: accessibility, layout, 长者模式, no outside requests.
import { describe, expect, inject, it } from 'vitest';
import { checkPagesOnPhone, hasHorizontalScroll, PHONE, phonePage, READER_TEMPLATES, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();


checkPagesOnPhone(baseUrl, READER_TEMPLATES, browser);

describe('长者模式', () => {
  it('is reachable by keyboard, enlarges the text, and is remembered on the next page', async () => {
    const { page, csp } = await phonePage(browser());
    await page.goto(`${baseUrl}/cases/2024-017/`);
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    // On a phone the toggles sit behind 显示设置.
    await page.getByRole('button', { name: '显示设置' }).click();
    const toggle = page.locator('#elder-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(after).toBeGreaterThanOrEqual(before * 1.2);
    expect(await hasHorizontalScroll(page)).toBe(false);
    // The larger text must not break the header's buttons over two lines.
    for (const selector of ['#elder-toggle', '#contrast-toggle', 'header form button[type="submit"]', 'header [data-modes-disclosure]']) {
      const lines = await page.locator(selector).evaluate((el) => {
        const style = getComputedStyle(el);
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        return Math.round((el.getBoundingClientRect().height - padding) / parseFloat(style.lineHeight));
      });
      expect(lines, selector).toBe(1);
    }
    await page.goto(`${baseUrl}/good-people/`);
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBe('on');
    expect(await page.locator('#elder-toggle').getAttribute('aria-pressed')).toBe('true');
    // Applied before the first paint by the inline script, which the page's policy allows by its hash.
    expect(csp).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('the skip link is the first stop and moves focus to the main content', async () => {
    const { page } = await phonePage(browser());
    await page.goto(`${baseUrl}/cases/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.context().close();
  });

  it('the citation copy button works from the keyboard and announces the result', async () => {
    const { page, csp } = await phonePage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/cases/2024-017/`);
    const button = page.getByRole('button', { name: '复制引用文字' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#citation-status').textContent()).not.toBe('');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('https://fzwm.example.gov.cn/cases/2024-017/');
    expect(csp).toEqual([]);
    await page.context().close();
  });

  it('the facet links work without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cases/`);
    await page.getByRole('link', { name: /^2025年/ }).click();
    await expect.poll(() => page.url()).toContain('/cases/year/2025/');
    expect(await page.locator('h1').textContent()).toContain('2025年');
    await context.close();
  });
});

describe('print', () => {
  it('the print stylesheet drops navigation and shows the permanent URL', async () => {
    const { page } = await phonePage(browser());
    await page.goto(`${baseUrl}/cases/2024-017/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav[aria-label="主要栏目"]').isVisible()).toBe(false);
    expect(await page.locator('footer').isVisible()).toBe(false);
    expect(await page.getByText('https://fzwm.example.gov.cn/cases/2024-017/').first().isVisible()).toBe(true);
    await page.context().close();
  });
});
