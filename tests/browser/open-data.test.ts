// Browser test of the 数据开放 page at the narrowest phone width: wide tables scroll inside labelled, focusable regions,
// the page itself never scrolls sideways, in normal and 长者模式 text, with no accessibility violation.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, hasHorizontalScroll, phonePage, useBrowser } from './browser.ts';
import { modesWords } from '../../src/ui/modes.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('/open-data/ at 320 px', () => {
  it('keeps every table inside its scroll region, in normal and large text, with no WCAG 2.1 AA violation', async () => {
    const { page, external, csp } = await phonePage(browser());
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${baseUrl}/open-data/`, { waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    const regions = page.locator('[role="region"][tabindex="0"]');
    expect(await regions.count()).toBeGreaterThan(0);
    // The dictionaries are wider than a 320 px screen: they scroll inside their region, which the keyboard can reach.
    const scrolls = await regions.evaluateAll((els) => els.map((el) => el.scrollWidth > el.clientWidth));
    expect(scrolls).toContain(true);
    await regions.first().focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
    // On a phone the toggles sit behind 显示设置.
    await page.getByRole('button', { name: modesWords.settings }).click();
    await page.locator('#elder-toggle').click();
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBe('on');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    expect(external).toEqual([]);
    expect(csp).toEqual([]);
    await page.context().close();
  });
});
