// The editing UI at /admin/ (Sveltia CMS) in Chromium: it loads from this site alone, in Chinese, and in its local
// repository mode (the folder picker stubbed to return an OPFS folder holding a copy of the sample content) it lists
// every collection's entries and saves an edit that changes only what was edited.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentFiles, openLocalRepository, openAdmin, readRepositoryFile, screenshot, type AdminPage } from './admin-page.ts';
import { useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const contentDir = path.resolve('content');

const browser = useBrowser();

describe('/admin/', () => {
  let admin: AdminPage;
  beforeAll(async () => {
    admin = await openAdmin(browser());
    await admin.page.goto(`${baseUrl}/admin/`);
  });
  afterAll(async () => {
    await admin.context.close();
  });

  it('loads from this site alone, in Chinese, with no console error', async () => {
    const { page } = admin;
    await page.getByRole('button', { name: '使用本地仓库' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'admin-login');
    expect(admin.external).toEqual([]);
    expect(admin.errors).toEqual([]);
  });

  it('lists every collection of the sample content in the local repository mode', async () => {
    const { page } = admin;
    await openLocalRepository(page, contentFiles(contentDir));
    const count = (folder: string, ext: string) => fs.globSync(`${folder}/**/*.${ext}`, { cwd: contentDir }).length;
    // The collection list shows each collection's label and its number of entries (the config is generated from the
    // schemas: src/lib/cms-config.ts); .mdx cases have a collection of their own (a collection takes one extension).
    const expectations: Array<[string, number]> = [
      ['公开承诺', count('commitments', 'yaml')],
      ['典型案例', count('cases', 'md')],
      ['典型案例（含组件）', count('cases', 'mdx')],
      ['好人', count('good-people', 'md')],
      ['整改台账', count('rectification', 'yaml')],
    ];
    for (const [label, entries] of expectations) {
      await expect.poll(() => page.evaluate(() => document.body.innerText), { timeout: 20_000 }).toMatch(new RegExp(`\\n${label}\\n${entries}\\n`));
    }
    await page.goto(`${baseUrl}/admin/#/collections/cases`);
    await page.getByText('2026-009').first().waitFor();
    await screenshot(page, 'admin-cases');
    expect(admin.external).toEqual([]);
    expect(admin.errors).toEqual([]);
    expect(await readRepositoryFile(page, 'site.yaml')).toBe(
      fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8'),
    );
  });

  it('saves an edit to an existing case, changing only the edited field', async () => {
    const { page } = admin;
    const file = 'cases/2026/2026-009-gongzhi-renyuan-zuijia.md';
    const before = fs.readFileSync(path.join(contentDir, file), 'utf8');
    await page.goto(`${baseUrl}/admin/#/collections/cases`);
    await page.getByText('2026-009 公职人员蒋某醉酒驾驶机动车被依法追责案').click();
    const title = page.getByRole('textbox', { name: '标题' });
    await title.waitFor({ timeout: 20_000 });
    await title.fill('公职人员蒋某醉驾被依法追责案');
    await screenshot(page, 'admin-edit-case');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => readRepositoryFile(page, file), { timeout: 20_000 }).not.toBe(before);
    const after = (await readRepositoryFile(page, file))!;
    // The body is kept byte for byte; in the front matter only the title changed, except that the CMS writes a
    // flow-style list (`tags: [a, b]`) back as a block list (one `- item` a line): the same YAML value.
    const split = (text: string) => /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!.slice(1);
    const [frontBefore, bodyBefore] = split(before);
    const [frontAfter, bodyAfter] = split(after);
    expect(bodyAfter).toBe(bodyBefore);
    expect(parse(frontAfter!)).toEqual({ ...parse(frontBefore!), title: '公职人员蒋某醉驾被依法追责案' });
    const changedLines = frontAfter!.split('\n').filter((line) => !frontBefore!.split('\n').includes(line));
    expect(changedLines).toEqual([
      'title: 公职人员蒋某醉驾被依法追责案',
      'tags:',
      '  - 醉驾',
      '  - 危险驾驶罪',
      '  - 公职人员',
      '  - 警示教育',
    ]);
    expect(admin.errors).toEqual([]);
    expect(admin.external).toEqual([]);
  });
});
