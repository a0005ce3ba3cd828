// loadContent and the files of a content directory: links, hidden and backup files, photo paths, broken images and
// YAML made to exhaust the checker are refused in Chinese with the file (and field and line); nothing the check
// counts is dropped by the build's glob loader, and nothing the loader publishes escapes the check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { glob } from 'tinyglobby'; // what Astro's glob() loader calls, with the options it passes
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent, type LoadResult } from '../../src/lib/load-content.ts';
import { cleanupContent, fixtureText, lineOf, makeContent, onlyIssue, replace, withContent, type Mutations } from './helpers.ts';

const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-outside-'));
afterAll(() => {
  cleanupContent();
  fs.rmSync(outside, { recursive: true, force: true });
});

const FRAUD = 'cases/2026/fraud.md';
const PERSON = 'good-people/2026-q1/li-ming.md';
const PHOTO = 'good-people/2026-q1/li-ming.png';
const PHOTO_LINE = lineOf(fixtureText(PERSON), 'photo:');

/** A copy of the fixture with the mutations, then `links` as symbolic links (path → target). */
async function withLinks(links: Record<string, string>, mutations: Mutations = {}): Promise<LoadResult> {
  const dir = makeContent(mutations);
  for (const [link, target] of Object.entries(links)) fs.symlinkSync(target, path.join(dir, link));
  return loadContent(dir);
}

/** A valid case with another number, to be put where the check or the build might overlook it. */
const anotherCase = replace('aliases: [2025-099]', 'aliases: [2025-098]')(replace('id: 2026-001', 'id: 2026-099')(fixtureText(FRAUD)));

describe('symbolic links are refused, wherever they point', () => {
  const LINK = '这是一个符号链接（快捷方式），内容目录中不允许使用';

  test('a linked case file pointing inside the content directory is named and not counted', async () => {
    const result = await withLinks({ 'cases/2026/copy.md': 'fraud.md' });
    expect(onlyIssue(result)).toMatchObject({ file: 'cases/2026/copy.md', message: expect.stringContaining(LINK) });
    expect(result.content.cases).toHaveLength(3);
  });

  test('a link to a file outside is refused without being read (so nothing in it is trusted)', async () => {
    fs.writeFileSync(path.join(outside, 'secret.md'), '---\nid: 2026-050\n---\n电话13912345678\n');
    const result = await withLinks({ 'cases/2026/secret.md': path.join(outside, 'secret.md') });
    expect(onlyIssue(result)).toMatchObject({ file: 'cases/2026/secret.md', message: expect.stringContaining(LINK) });
  });

  test('a linked folder is named once and not entered', async () => {
    const result = await withLinks({ 'cases/2025': '2026' });
    expect(onlyIssue(result)).toMatchObject({ file: 'cases/2025', message: expect.stringContaining(LINK) });
  });

  test('a linked photo is named once: not also as missing', async () => {
    fs.copyFileSync(path.join(makeContent(), PHOTO), path.join(outside, 'li-ming.png'));
    const result = await withLinks({ [PHOTO]: path.join(outside, 'li-ming.png') }, { [PHOTO]: null });
    expect(onlyIssue(result)).toMatchObject({ file: PHOTO, message: expect.stringContaining(LINK) });
  });

  test('the content directory itself may be reached through a link (CONTENT_DIR may name one)', async () => {
    const link = path.join(outside, 'content-link');
    fs.symlinkSync(makeContent(), link);
    const result = await loadContent(link);
    expect(result.issues).toEqual([]);
    expect(result.content.cases).toHaveLength(3);
    expect(result.content.people).toHaveLength(1);
  });
});

describe('files the build would not publish are refused, never silently dropped', () => {
  test('a hidden case file', async () => {
    const result = await withContent({ 'cases/2026/.draft.md': anotherCase });
    expect(onlyIssue(result)).toMatchObject({ file: 'cases/2026/.draft.md' });
    expect(result.issues[0]!.message).toBe('文件名以“.”开头，是隐藏文件，网站不会发布它。如果要发布，请去掉开头的“.”；否则请删除它。');
    expect(result.content.cases.map((c) => c.data.id)).not.toContain('2026-099');
  });

  test('a hidden folder is named once, with what it means for the files in it', async () => {
    const result = await withContent({ 'cases/.drafts/a.md': anotherCase, 'cases/.drafts/b.md': anotherCase });
    expect(onlyIssue(result)).toMatchObject({ file: 'cases/.drafts' });
    expect(result.issues[0]!.message).toContain('文件夹名以“.”开头，是隐藏文件夹，网站不会发布其中的任何文件');
  });

  test('editors’ backups and office lock files, in any folder', async () => {
    const backups = ['cases/2026/fraud.md~', 'cases/2026/#fraud.md#', 'pages/about.md.bak', 'units.yaml.orig', 'rectification/~$2026-ducha.xlsx'];
    const result = await withContent(Object.fromEntries(backups.map((file) => [file, 'x'])));
    expect(result.issues.map((issue) => issue.file).sort()).toEqual([...backups].sort());
    for (const issue of result.issues) expect(issue.message).toContain('这是编辑器或办公软件留下的备份（临时）文件，网站不会发布它');
  });

  test('a Vim swap file is hidden, so it is named as such', async () => {
    const issue = onlyIssue(await withContent({ 'cases/2026/.fraud.md.swp': 'x' }));
    expect(issue).toMatchObject({ file: 'cases/2026/.fraud.md.swp', message: expect.stringContaining('隐藏文件') });
  });

  test('files the operating system leaves in folders are not content, and not reported', async () => {
    const result = await withContent({
      'cases/2026/.DS_Store': 'x',
      'cases/2026/._fraud.md': 'x',
      'good-people/2026-q1/Thumbs.db': 'x',
      'rectification/desktop.ini': 'x',
    });
    expect(result.issues).toEqual([]);
    expect(result.content.cases).toHaveLength(3);
  });

  test('at the top, the repository’s own files are allowed; anything else is refused', async () => {
    const result = await withContent({
      '.gitignore': 'dist/\n',
      '.github/workflows/check.yml': 'on: push\n',
      '.gitlab-ci.yml': 'check: {}\n',
      '.editorconfig': 'root = true\n',
      'README.md': '# 内容说明\n',
      LICENSE: 'CC BY 4.0\n',
      'notes.md': '# 草稿\n',
    });
    expect(onlyIssue(result)).toMatchObject({ file: 'notes.md', message: expect.stringContaining('这个文件不在内容约定的任何位置，不会被发布') });
  });

  test('a README.md below the top is refused like any other stray file', async () => {
    const issue = onlyIssue(await withContent({ 'rectification/README.md': '# 说明\n' }));
    expect(issue).toMatchObject({ file: 'rectification/README.md', message: expect.stringContaining('不会被发布') });
  });

  test('an underscore file is published by the build, so the check counts and checks it too', async () => {
    const result = await withContent({ 'cases/2026/_draft.md': anotherCase });
    expect(result.issues).toEqual([]);
    expect(result.content.cases.map((c) => c.file)).toContain('cases/2026/_draft.md');
  });

  test('the check counts exactly the Markdown files Astro’s glob loader publishes', async () => {
    const dir = makeContent({
      'cases/2026/_draft.md': anotherCase,
      'cases/2026/.hidden.md': anotherCase,
      'cases/.drafts/x.md': anotherCase,
      'cases/2026/fraud.md~': 'x',
      'cases/2026/#fraud.md#': 'x',
      'cases/2026/._fraud.md': 'x',
      'good-people/2026-q1/.li-ming.md': fixtureText(PERSON),
      'pages/.about.md': fixtureText('pages/about.md'),
    });
    fs.symlinkSync('fraud.md', path.join(dir, 'cases/2026/link.md'));
    const { content, issues } = await loadContent(dir);
    const counted = [...content.cases, ...content.people, ...content.pages].map((entry) => entry.file).sort();
    const published: string[] = [];
    for (const folder of ['cases', 'good-people', 'pages']) {
      // The pattern and options of narrativeGlob() in src/content.config.ts and of Astro's glob() loader.
      const files = await glob('**/*.{md,mdx}', { cwd: path.join(dir, folder), expandDirectories: false });
      published.push(...files.map((file) => `${folder}/${file}`));
    }
    const refused = (file: string) => issues.some((issue) => file === issue.file || file.startsWith(`${issue.file}/`));
    // Everything the loader publishes was checked and counted, or refused by name (which stops the build).
    for (const file of published) expect(counted.includes(file) || refused(file), file).toBe(true);
    // Everything the check counts is published.
    for (const file of counted) expect(published, file).toContain(file);
    expect(published).toContain('cases/2026/link.md'); // the loader follows links: which is why they are refused
    expect(refused('cases/2026/link.md')).toBe(true);
  });
});

describe('a photo stays inside the content directory', () => {
  const OUTSIDE = '不在内容目录里：照片应放在这个文件旁边，写成 ./文件名.jpg（不能用 / 开头的绝对路径、网址或走出内容目录的 ../）';

  test.each(['../../../li-ming.png', '../../../../etc/passwd.png', '/etc/li-ming.png', 'https://example.com/li-ming.png', 'C:\\photos\\li-ming.png'])(
    'photo: %s',
    async (written) => {
      const result = await withContent({ [PERSON]: replace('photo: ./li-ming.png', `photo: '${written}'`), [PHOTO]: null });
      expect(onlyIssue(result)).toEqual({ file: PERSON, field: 'photo', line: PHOTO_LINE, message: `照片“${written}”${OUTSIDE}。` });
    },
  );

  test('a ../ that stays inside the content directory is fine', async () => {
    const image = fs.readFileSync(path.join(makeContent(), PHOTO));
    const result = await withContent({ [PERSON]: replace('photo: ./li-ming.png', 'photo: ../photos/li-ming.png'), [PHOTO]: null, 'good-people/photos/li-ming.png': image });
    expect(result.issues).toEqual([]);
  });
});

describe('a photo must be an image that decodes completely', () => {
  /** The fixture's person with `bytes` as the photo `./<name>`. */
  const withPhoto = async (bytes: Buffer | string, name = 'li-ming.png') =>
    onlyIssue(
      await withContent(
        name === 'li-ming.png'
          ? { [PHOTO]: bytes }
          : { [PERSON]: replace('photo: ./li-ming.png', `photo: ./${name}`), [PHOTO]: null, [`good-people/2026-q1/${name}`]: bytes },
      ),
    );

  test('a truncated JPEG', async () => {
    const jpeg = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
    const issue = await withPhoto(jpeg.subarray(0, jpeg.length / 2), 'li-ming.jpg');
    expect(issue).toEqual({ file: PERSON, field: 'photo', line: PHOTO_LINE, message: '照片文件“./li-ming.jpg”已损坏，无法完整读取（可能只复制或上传了一部分）：请重新保存或上传这张照片。' });
  });

  test('a truncated WebP, and a GIF cut short', async () => {
    const image = sharp({ create: { width: 200, height: 200, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } });
    const webp = await image.clone().webp().toBuffer();
    const gif = await image.clone().gif().toBuffer();
    for (const [name, bytes] of [['li-ming.webp', webp], ['li-ming.gif', gif]] as const) {
      const issue = await withPhoto(bytes.subarray(0, bytes.length - 100), name);
      expect(issue, name).toMatchObject({ file: PERSON, field: 'photo', line: PHOTO_LINE, message: `照片文件“./${name}”已损坏，无法完整读取（可能只复制或上传了一部分）：请重新保存或上传这张照片。` });
    }
  });

  test('whole images of every kind pass, and so does a phone’s JPEG with a video after its end', async () => {
    const image = sharp({ create: { width: 120, height: 150, channels: 3, background: '#336699' } });
    const jpeg = await image.clone().jpeg().toBuffer();
    const files: Mutations = {
      [PERSON]: replace('photo: ./li-ming.png', 'photo: ./li-ming.jpg'),
      [PHOTO]: null,
      'good-people/2026-q1/li-ming.jpg': Buffer.concat([jpeg, Buffer.from('\0\0\0\x18ftypmp42 motion photo video')]),
    };
    for (const [format, bytes] of [['webp', await image.clone().webp().toBuffer()], ['gif', await image.clone().gif().toBuffer()], ['avif', await image.clone().avif().toBuffer()], ['png', await image.clone().png().toBuffer()]] as const) {
      const person = fixtureText(PERSON).replace('id: li-ming', `id: li-ming-${format}`).replace('./li-ming.png', `./li-ming-${format}.${format}`);
      files[`good-people/2026-q1/li-ming-${format}.md`] = person;
      files[`good-people/2026-q1/li-ming-${format}.${format}`] = bytes;
    }
    const result = await withContent(files);
    expect(result.issues).toEqual([]);
    expect(result.content.people).toHaveLength(5);
  });

  test('a truncated PNG', async () => {
    const png = fs.readFileSync(path.join(makeContent(), PHOTO));
    const issue = await withPhoto(png.subarray(0, png.length - 40));
    expect(issue).toMatchObject({ file: PERSON, field: 'photo', line: PHOTO_LINE, message: expect.stringContaining('已损坏，无法完整读取') });
  });

  test('a text file named .jpg', async () => {
    const issue = await withPhoto('这不是照片\n', 'li-ming.jpg');
    expect(issue).toEqual({ file: PERSON, field: 'photo', line: PHOTO_LINE, message: '照片文件“./li-ming.jpg”不是可以识别的图片（可能是改了扩展名的其他文件）：请用 .jpg、.png 或 .webp 格式重新保存这张照片。' });
  });

  test('a zero-byte .png', async () => {
    const issue = await withPhoto('');
    expect(issue).toEqual({ file: PERSON, field: 'photo', line: PHOTO_LINE, message: '照片文件“./li-ming.png”是空文件（0 字节）：请重新保存或上传这张照片。' });
  });
});

describe('YAML made to exhaust the checker is refused with the file name, quickly', () => {
  const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    .concat(Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`))
    .join('\n');

  /** Loads the mutated copy and fails if that took a second or more. */
  async function quickly(mutations: Mutations): Promise<LoadResult> {
    const dir = makeContent(mutations);
    const started = performance.now();
    const result = await loadContent(dir);
    expect(performance.now() - started).toBeLessThan(1000);
    return result;
  }

  test('an alias bomb in a YAML file', async () => {
    const issue = onlyIssue(await quickly({ 'indicators.yaml': `${bomb}\n` }));
    expect(issue).toMatchObject({ file: 'indicators.yaml', message: expect.stringContaining('别名（“&名称”定义、“*名称”引用）展开后的内容过大或引用了自身') });
  });

  test('an alias bomb in a case’s frontmatter', async () => {
    const issue = onlyIssue(await quickly({ [FRAUD]: replace('id: 2026-001\n', `id: 2026-001\n${bomb}\n`) }));
    expect(issue).toMatchObject({ file: FRAUD, message: expect.stringContaining('别名') });
  });

  test('an alias inside its own anchor', async () => {
    const issue = onlyIssue(await quickly({ 'site.yaml': replace(/^/, 'x: &x [*x]\n') }));
    expect(issue).toMatchObject({ file: 'site.yaml', message: expect.stringContaining('引用了自身') });
  });

  test('10,000 nested “[” in a YAML file and in frontmatter', async () => {
    const result = await quickly({
      'commitments/2026-H2/gongan.yaml': replace('title: ', `tags: ${'['.repeat(10_000)}\ntitle: `),
      [PERSON]: replace('identity: 村民', `identity: ${'['.repeat(10_000)}${']'.repeat(10_000)}`),
    });
    expect(result.issues.map(({ file, line }) => ({ file, line }))).toEqual([
      { file: 'commitments/2026-H2/gongan.yaml', line: 1 },
      { file: PERSON, line: lineOf(fixtureText(PERSON), 'identity:') },
    ]);
    for (const issue of result.issues) expect(issue.message).toContain('YAML 格式错误：层级嵌套超过 100 层');
  });
});
