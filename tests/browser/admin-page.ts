// The editing UI at /admin/ in Chromium, for the admin tests: a page whose folder picker returns an OPFS folder (the
// browser's private file system) holding a copy of the content, and helpers to fill and read that folder.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const SCREENSHOTS = process.env['UPDATE_SCREENSHOTS'] === '1' ? path.resolve('docs/images') : undefined;

/** Every file of a content directory, relative path → bytes (base64), to copy into the browser's OPFS. */
export function contentFiles(dir: string, prefix = ''): Array<{ path: string; data: string }> {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    return entry.isDirectory()
      ? contentFiles(full, rel)
      : [{ path: rel, data: fs.readFileSync(full).toString('base64') }];
  });
}

export interface AdminPage {
  page: Page;
  context: BrowserContext;
  /** Requests that tried to leave 127.0.0.1 (all blocked). */
  external: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export async function openAdmin(browser: Browser): Promise<AdminPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
  const external: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.hostname !== '127.0.0.1') {
      external.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  // The folder picker (a user gesture the test cannot make) returns an OPFS folder: the browser's private file system.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true }),
    });
  });
  const page = await context.newPage();
  return { page, context, external, errors };
}

/** Writes the files into OPFS under repo/, with an empty .git/ folder (the CMS checks that it is a repository's root). */
export async function fillRepository(page: Page, files: Array<{ path: string; data: string }>): Promise<void> {
  await page.evaluate(async (list) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('repo', { recursive: true }).catch(() => undefined);
    const repo = await root.getDirectoryHandle('repo', { create: true });
    await repo.getDirectoryHandle('.git', { create: true });
    for (const file of list) {
      const parts = file.path.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const handle = await dir.getFileHandle(parts.at(-1)!, { create: true });
      const writable = await handle.createWritable();
      await writable.write(Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, files);
}

/** Fills the OPFS repository with `files`, picks it with 使用本地仓库, and waits for the collections to be read. */
export async function openLocalRepository(page: Page, files: Array<{ path: string; data: string }>): Promise<void> {
  await fillRepository(page, files);
  await page.getByRole('button', { name: '使用本地仓库' }).click();
  await page
    .getByText(/有 \d+ 个条目/)
    .first()
    .waitFor({ timeout: 30_000 });
}

/** Reads one file of the OPFS repository as text, or null when it does not exist. */
export function readRepositoryFile(page: Page, file: string): Promise<string | null> {
  return page.evaluate(async (rel) => {
    try {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
      const parts = rel.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    } catch {
      return null;
    }
  }, file);
}

/** Reads one file of the OPFS repository as bytes (base64), or null when it does not exist. */
export function readRepositoryBytes(page: Page, file: string): Promise<string | null> {
  return page.evaluate(async (rel) => {
    try {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
      const parts = rel.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      const bytes = new Uint8Array(await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).arrayBuffer());
      return btoa(String.fromCharCode(...bytes));
    } catch {
      return null;
    }
  }, file);
}

/** The names in one folder of the OPFS repository (folders end in /), sorted; null when it does not exist. */
export function listRepositoryFolder(page: Page, folder: string): Promise<string[] | null> {
  return page.evaluate(async (rel) => {
    try {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
      for (const part of rel.split('/')) dir = await dir.getDirectoryHandle(part);
      const names: string[] = [];
      for await (const [name, handle] of dir.entries()) names.push(handle.kind === 'directory' ? `${name}/` : name);
      return names.sort();
    } catch {
      return null;
    }
  }, folder);
}

/** Saves a screenshot into docs/images when UPDATE_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
