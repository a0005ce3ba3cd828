// 朗读 in Chromium with a recording speechSynthesis: what a case page and a ledger say, in order and in short chunks;
// pause, resume and stop by keyboard with the state announced; the notice without a Chinese voice; nothing without JS.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CHUNK_LIMIT } from '../../src/lib/read-aloud-text.ts';
import { readAloudWords } from '../../src/ui/read-aloud.ts';
import { axeViolations, phonePage, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface Spoken {
  text: string;
  lang: string;
  rate: number;
  voice: string | undefined;
}

/**
 * Replaces the browser's speechSynthesis with a recorder. In `auto` mode each utterance ends right after it starts
 * (the whole page is "read" at once); otherwise it stays spoken until the test calls `__speech.finish()`.
 */
function installSpeechStub(options: { voices: Array<{ lang: string; name: string }>; auto: boolean }) {
  type Utterance = {
    text: string;
    lang: string;
    rate: number;
    voice: { name: string } | null;
    onstart: ((e: object) => void) | null;
    onend: ((e: object) => void) | null;
    onerror: ((e: { error: string }) => void) | null;
    onboundary: ((e: object) => void) | null;
  };
  const record = { spoken: [] as Spoken[], calls: [] as string[], finish: () => {} };
  let current: Utterance | null = null;
  const later = (f: () => void) => setTimeout(f, 0);
  const synth = {
    speaking: false,
    paused: false,
    pending: false,
    getVoices: () => options.voices.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false })),
    addEventListener: () => {},
    removeEventListener: () => {},
    speak(u: Utterance) {
      record.calls.push('speak');
      record.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name });
      current = u;
      synth.speaking = true;
      later(() => {
        u.onstart?.({});
        u.onboundary?.({ charIndex: 0 });
        if (options.auto) record.finish();
      });
    },
    pause() {
      record.calls.push('pause');
      synth.paused = true;
    },
    resume() {
      record.calls.push('resume');
      synth.paused = false;
    },
    cancel() {
      record.calls.push('cancel');
      const u = current;
      current = null;
      synth.speaking = false;
      synth.paused = false;
      if (u) later(() => u.onerror?.({ error: 'interrupted' }));
    },
  };
  record.finish = () => {
    const u = current;
    if (!u) return;
    current = null;
    synth.speaking = false;
    later(() => u.onend?.({}));
  };
  class SpeechSynthesisUtteranceStub {
    text: string;
    lang = '';
    rate = 1;
    voice = null;
    onstart = null;
    onend = null;
    onerror = null;
    onboundary = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: SpeechSynthesisUtteranceStub, configurable: true });
  (window as unknown as { __speech: typeof record }).__speech = record;
}

const ZH_VOICES = [
  { lang: 'en-US', name: 'English' },
  { lang: 'zh-TW', name: '國語' },
  { lang: 'zh-CN', name: '普通话' },
];

async function openWithSpeech(url: string, voices = ZH_VOICES, auto = true) {
  const { page, external, csp } = await phonePage(browser());
  await page.context().addInitScript(installSpeechStub, { voices, auto });
  await page.goto(baseUrl + url, { waitUntil: 'networkidle' });
  return { page, external, csp };
}

const spoken = (page: Page): Promise<Spoken[]> => page.evaluate(() => (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken);
const calls = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __speech: { calls: string[] } }).__speech.calls);
const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { finish: () => void } }).__speech.finish());
const statusText = (page: Page) => page.locator('[data-read-status]').textContent();

/** Reads the whole page with the auto-ending stub and returns the chunks, once the control says it has finished. */
async function readWholePage(page: Page): Promise<Spoken[]> {
  await page.locator('[data-read-start]').click();
  // A ledger is over a hundred chunks, each highlighted and scrolled to: allow for a busy machine.
  await expect.poll(() => statusText(page), { timeout: 30_000 }).toBe(readAloudWords.finished);
  return spoken(page);
}

/** Presses Tab until the element matching `selector` has the focus (at most 40 times). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Index of the first chunk containing `text`, or -1. */
const indexOf = (chunks: Spoken[], text: string) => chunks.findIndex((c) => c.text.includes(text));

describe('朗读 on a case page', () => {
  // content/cases/2026/2026-012-dianxin-zhapian.md: facts, 摘要, the three sections and a fourth.
  const kase = {
    title: '许某遭遇“刷单返利”电信网络诈骗案',
    summary: '河西镇居民许某轻信网上“点赞关注即可返利”的兼职广告，从小额返利开始一步步被诱导“做任务”“充值解冻”',
  };

  it('reads the main content in order, in chunks within the limit, with the zh-CN voice; no navigation, footer, citation or control', async () => {
    const { page, external, csp } = await openWithSpeech('/cases/2026-012/');
    const chunks = await readWholePage(page);
    const order = [kase.title, '发布单位：', '发布日期：', '摘要：', '基本案情', '处理结果', '典型意义'].map((t) => indexOf(chunks, t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The summary and the body are said in full, across chunks.
    const all = chunks.map((c) => c.text).join('');
    expect(all).toContain(kase.summary.slice(0, 30));
    expect(all).toContain('县公安局反诈中心接警后立即启动紧急止付，成功冻结涉案资金2.1万元。');
    expect(chunks.length).toBeGreaterThan(20);
    expect(chunks.filter((c) => c.text.length > CHUNK_LIMIT)).toEqual([]);
    expect(new Set(chunks.map((c) => `${c.voice} ${c.lang} ${c.rate}`))).toEqual(new Set(['普通话 zh-CN 1']));
    for (const absent of ['首页', '公开承诺', '好人榜', '数据指标', '主办单位', '引用本文', '同类案例', readAloudWords.speed, readAloudWords.pause])
      expect(chunks.filter((c) => c.text.includes(absent)).map((c) => c.text)).toEqual([]);
    expect(external).toEqual([]);
    expect(csp).toEqual([]);
    await page.context().close();
  });

  it('reads at the chosen speed, remembered on the next page', async () => {
    const { page } = await openWithSpeech('/cases/2026-012/');
    await page.locator('[data-read-aloud] label').filter({ hasText: readAloudWords.slow }).click();
    const chunks = await readWholePage(page);
    expect(new Set(chunks.map((c) => c.rate))).toEqual(new Set([0.75]));
    await page.goto(`${baseUrl}/about/`, { waitUntil: 'networkidle' });
    expect(await page.getByRole('radio', { name: readAloudWords.slow }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('starts, pauses, resumes and stops by keyboard, announcing each state, and highlights the sentence being read', async () => {
    const { page } = await openWithSpeech('/cases/2026-012/', ZH_VOICES, false);
    const pause = page.locator('[data-read-pause]');
    const stop = page.locator('[data-read-stop]');
    expect(await page.locator('[data-read-status]').getAttribute('role')).toBe('status');
    expect(await pause.getAttribute('aria-disabled')).toBe('true');

    await tabTo(page, '[data-read-start]');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect(await statusText(page)).toMatch(/^正在朗读第 1 段，共 \d+ 段$/);
    // The sentence being said is the one highlighted (CSS Custom Highlight API: the page's text is not changed).
    const highlighted = () =>
      page.evaluate(() => [...(CSS.highlights.get('read-aloud') ?? [])].map((r) => (r as Range).toString().replace(/\s+/g, '')).join(''));
    expect(await highlighted()).toBe((await spoken(page))[0]!.text.replace(/\s+/g, ''));

    // The title is the second block: the highlight follows, and the announcement says so.
    await finishUtterance(page);
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(1);
    await expect.poll(() => statusText(page)).toMatch(/^正在朗读第 2 段/);
    expect((await spoken(page)).at(-1)!.text).toBe(kase.title);
    expect(await highlighted()).toBe(kase.title);

    await tabTo(page, '[data-read-pause]');
    await page.keyboard.press('Space');
    expect(await calls(page)).toContain('pause');
    expect(await pause.getAttribute('aria-pressed')).toBe('true');
    expect(await statusText(page)).toBe(readAloudWords.paused);

    await page.keyboard.press('Space');
    expect(await calls(page)).toContain('resume');
    expect(await pause.getAttribute('aria-pressed')).toBe('false');
    expect(await statusText(page)).toMatch(/^正在朗读第 2 段/);
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, '[data-read-stop]');
    await page.keyboard.press('Enter');
    expect((await calls(page)).at(-1)).toBe('cancel');
    expect(await statusText(page)).toBe(readAloudWords.stopped);
    expect(await stop.getAttribute('aria-disabled')).toBe('true');
    expect(await highlighted()).toBe('');
    // The focus stays on the control, and nothing more is said.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-read-stop'))).toBe(true);
    const count = (await spoken(page)).length;
    await page.waitForTimeout(50);
    expect((await spoken(page)).length).toBe(count);
    await page.context().close();
  });

  it('stops when the reader leaves the page', async () => {
    const { page } = await openWithSpeech('/cases/2026-012/', ZH_VOICES, false);
    await page.locator('[data-read-start]').click();
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    const cancelled = page.evaluate(
      () => new Promise<boolean>((resolve) => addEventListener('pagehide', () => queueMicrotask(() => resolve((window as unknown as { __speech: { calls: string[] } }).__speech.calls.includes('cancel'))))),
    );
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
    expect(await cancelled).toBe(true);
    await page.context().close();
  });
});

describe('朗读 elsewhere', () => {
  it('says in one line that there is no Chinese voice, and says nothing', async () => {
    const { page } = await openWithSpeech('/cases/2026-012/', [{ lang: 'en-US', name: 'English' }]);
    await page.locator('[data-read-start]').click();
    await expect.poll(() => statusText(page), { timeout: 5000 }).toBe(readAloudWords.noVoice);
    expect(await spoken(page)).toEqual([]);
    expect(await page.locator('[data-read-status]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('says the same where the browser has no speech synthesis at all (WeChat)', async () => {
    const { page } = await phonePage(browser());
    await page.context().addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
    await page.goto(`${baseUrl}/cases/2026-012/`, { waitUntil: 'networkidle' });
    await page.locator('[data-read-start]').click();
    expect(await statusText(page)).toBe(readAloudWords.noVoice);
    expect(await page.locator('[data-read-pause]').getAttribute('aria-disabled')).toBe('true');
    await page.context().close();
  });

  it('reads a ledger row by row with its column headers', async () => {
    const { page } = await openWithSpeech('/rectification/2026-pingan-ducha/');
    const chunks = (await readWholePage(page)).map((c) => c.text);
    const row = chunks.find((t) => t.startsWith('序号：1，'));
    expect(row).toMatch(/^序号：1，问题：[^，]+，/);
    expect(chunks.join('')).toMatch(/序号：1，问题：.+?责任单位：.+?整改时限：.+?整改状态：/);
    expect(chunks.filter((t) => t.length > CHUNK_LIMIT)).toEqual([]);
    await page.context().close();
  });

  it('is on the home page and free pages, not on the 404 page nor above the search form', async () => {
    for (const url of ['/', '/about/']) {
      const { page } = await openWithSpeech(url);
      expect(await page.locator('[data-read-aloud]').isVisible()).toBe(true);
      expect((await readWholePage(page)).length).toBeGreaterThan(0);
      await page.context().close();
    }
    for (const url of ['/no-such-page/', '/search/?q=2024-017']) {
      const { page } = await openWithSpeech(url);
      expect(await page.locator('[data-read-aloud]').count(), url).toBe(0);
      await page.context().close();
    }
  });

  it('fits a 320 px screen', async () => {
    const { page } = await openWithSpeech('/cases/2026-012/');
    await page.setViewportSize({ width: 320, height: 640 });
    const box = (await page.locator('[data-read-aloud]').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('is hidden without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cases/2026-012/`);
    expect(await page.locator('[data-read-aloud]').count()).toBe(1);
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    await context.close();
  });
});
