// Live statuses in Chromium: a page built on one day and read on a later day of its month says what a build on that
// later day says (逾期, day counts, overdue counts, tally bars, the lists of overdue items, the ledger's status
// filter); without JavaScript it keeps its own date; a page that missed its monthly rebuild says so, as a status.
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createStaticServer, listen } from '../../scripts/serve.ts';
import { build, fixtureCopy, removeTemporary, TEST_AS_OF } from '../site/temp-build.ts';
import { phonePage, useBrowser } from './browser.ts';

const sampleUrl = inject('baseUrl');
const browser = useBrowser();
const READ_ON = '2026-11-26';
const noon = (date: string) => new Date(`${date}T12:00:00+08:00`);

/** The same content built as of TEST_AS_OF (2026-11-21) and as of READ_ON, each served. */
const sites: { early: string; late: string } = { early: '', late: '' };
const servers: Server[] = [];

beforeAll(async () => {
  const content = fixtureCopy('fzwm-live-');
  // One commitment item and one ledger item fall due between the two dates (the fixture's fall due on month ends).
  const commitment = path.join(content, 'commitments/2026-H2/gongan.yaml');
  fs.writeFileSync(commitment, fs.readFileSync(commitment, 'utf8').replace('due: 2026-12-31', 'due: 2026-11-24'));
  const ledger = path.join(content, 'rectification/2026-cepin.yaml');
  fs.writeFileSync(ledger, fs.readFileSync(ledger, 'utf8').replace('due: 2026-08-31', 'due: 2026-11-25'));
  for (const [key, asOf] of [['early', TEST_AS_OF], ['late', READ_ON]] as const) {
    const result = build(content, undefined, asOf);
    expect(result.status, result.stderr + result.stdout).toBe(0);
    const server = createStaticServer(result.outDir);
    servers.push(server);
    sites[key] = await listen(server, 0);
  }
}, 600_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  removeTemporary();
});

async function open(base: string, url: string, date: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', javaScriptEnabled });
  await context.clock.setFixedTime(noon(date));
  const page = await context.newPage();
  await page.goto(base + url, { waitUntil: 'networkidle' });
  return page;
}

/** What a reader reads of the statuses: the main text, and the ledger filter's choices. */
async function reading(page: Page): Promise<{ text: string; options: string[] }> {
  return {
    text: await page.locator('main').innerText(),
    options: await page.locator('select[data-filter="status"] option').allInnerTexts(),
  };
}

describe('a page read on a later day of its month', () => {
  // The unit and period pages list overdue items first: an item turned 逾期 since has fewer days overdue than any
  // listed as overdue at the build, and was the soonest due of the open ones, so the order holds too.
  it.each([
    '/',
    '/commitments/2026-h2/gongan/',
    '/rectification/2026-cepin/',
    '/units/',
    '/commitments/',
    '/rectification/',
    '/commitments/2026-h2/',
    '/units/gongan/',
    '/units/chengguan-zhen/',
  ])(
    '%s says what a build on that day says',
    async (url) => {
      const early = await open(sites.early, url, READ_ON);
      const late = await open(sites.late, url, READ_ON);
      expect(await reading(early)).toEqual(await reading(late));
      await early.context().close();
      await late.context().close();
    },
  );

  it('turns the item 逾期 the day after its due date, and counts it', async () => {
    const before = await open(sites.early, '/commitments/2026-h2/gongan/', '2026-11-24');
    const item = before.locator('[data-live-item][data-due="2026-11-24"]');
    expect(await item.getAttribute('data-item-label')).toBe('推进中');
    expect(await item.innerText()).toContain('今天到期');
    await before.context().close();
    const after = await open(sites.early, '/commitments/2026-h2/gongan/', '2026-11-25');
    const turned = after.locator('[data-live-item][data-due="2026-11-24"]');
    expect(await turned.getAttribute('data-item-label')).toBe('逾期');
    expect(await turned.locator('.badge').innerText()).toContain('逾期 1 天');
    expect(await turned.innerText()).toContain('登记状态：推进中');
    expect(await turned.innerText()).toContain('（已超过时限 1 天）');
    // The item due 2026-09-30 was overdue already: now two.
    const overdue = after.locator('[data-tally] li[data-count-status="逾期"]').first();
    expect(await overdue.getAttribute('data-count')).toBe('2');
    expect(await overdue.isVisible()).toBe(true);
    expect(await after.locator('[data-tally] [data-live-overdue] strong').first().innerText()).toBe('，逾期 2 项');
    await after.context().close();
  });

  it('without JavaScript keeps the statuses and the date it was built for', async () => {
    const page = await open(sites.early, '/rectification/2026-cepin/', READ_ON, false);
    expect(await page.locator('[data-as-of-line] time').getAttribute('datetime')).toBe(TEST_AS_OF);
    expect(await page.locator('tr[data-due="2026-11-25"]').getAttribute('data-status-label')).toBe('整改中');
    expect(await page.locator('tr[data-due="2026-11-25"]').innerText()).toContain('还剩 4 天');
    await page.context().close();
  });
});

describe('the sample county, read later', () => {
  it('counts the days from the reader’s today and names it above the statuses', async () => {
    const page = await open(sampleUrl, '/commitments/2026-h2/gongan/', '2026-11-25');
    expect(await page.locator('[data-as-of-line] time').getAttribute('datetime')).toBe('2026-11-25');
    expect(await page.locator('[data-as-of-line]').innerText()).toContain('状态截至 2026-11-25（2026年11月25日）');
    expect(await page.locator('[data-stale-note]').isVisible()).toBe(false);
    await page.context().close();
  });

  it.each(['/', '/commitments/2026-h2/gongan/', '/rectification/2026-pingan-ducha/', '/units/chengguan-zhen/'])(
    '%s says it missed its rebuild three days after its month, above every status, with no CSP violation',
    async (url) => {
      const { page, csp } = await phonePage(browser());
      await page.clock.setFixedTime(noon('2026-12-03'));
      await page.goto(sampleUrl + url, { waitUntil: 'networkidle' });
      const note = page.locator('[data-stale-note]');
      await expect.poll(() => note.isVisible()).toBe(true);
      expect(await note.textContent()).toBe(
        `本页生成于 ${TEST_AS_OF}，此后未按时更新：各事项的逾期状态和天数已按今天计算，但汇总数字可能已有变化，请以更新后的页面为准。`,
      );
      expect(await note.getAttribute('role')).toBe('status');
      const noteTop = (await note.boundingBox())!.y;
      for (const badge of await page.locator('.badge').all())
        expect((await badge.boundingBox())?.y ?? Infinity).toBeGreaterThan(noteTop);
      expect(csp).toEqual([]);
      await page.context().close();
    },
  );

  it('does not say so two days after its month', async () => {
    const page = await open(sampleUrl, '/commitments/2026-h2/gongan/', '2026-12-02');
    expect(await page.locator('[data-stale-note]').isVisible()).toBe(false);
    await page.context().close();
  });
});
