// Rebuilding after an edit: cached pages are reused, and every page that shows the edited data is rendered again.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { listFiles } from './dist.ts';
import { build as astroBuild, fixtureCopy, removeTemporary, temporaryDir, TEST_AS_OF } from './temp-build.ts';
import { fingerprintOutput, readRecord } from '../../src/lib/build-inputs.ts';
import { COMPRESSIBLE } from '../../src/lib/precompress.ts';
import { readSecurityHeaders, SECURITY_HEADERS_FILE } from '../../src/lib/security-headers.ts';

afterAll(removeTemporary);

function build(contentDir: string, outDir: string, asOf = TEST_AS_OF, env: Record<string, string> = {}) {
  const result = astroBuild(contentDir, outDir, asOf, env);
  expect(result.status, result.stderr).toBe(0);
  // Without colour codes (CI may force colour on): a page's line reads `├─ /cases/…/index.html (cached)`.
  // eslint-disable-next-line no-control-regex
  return result.stdout.replace(/\u001b\[[0-9;]*m/g, '');
}


/**
 * The text files of `dir` whose compressed copies do not hold the file as it is now: a copy of older bytes (a server
 * would send it to every browser that accepts gzip), or no copy where one would be smaller. Dot-files are not served.
 */
function staleCopies(dir: string, suffixes: readonly string[]): string[] {
  const decode: Record<string, (b: Buffer) => Buffer> = { '.gz': zlib.gunzipSync, '.br': zlib.brotliDecompressSync };
  return listFiles(dir)
    .filter((f) => COMPRESSIBLE.test(f) && !f.split(path.sep).some((part) => part.startsWith('.')))
    .flatMap((f) => {
      const bytes = fs.readFileSync(path.join(dir, f));
      return suffixes
        .filter((suffix) => {
          const copy = path.join(dir, f + suffix);
          if (!fs.existsSync(copy)) return zlib.gzipSync(bytes).length < bytes.length;
          return !decode[suffix]!(fs.readFileSync(copy)).equals(bytes);
        })
        .map((suffix) => f + suffix);
    });
}

it('an edited case title or body reaches its page, the listings and the search index; untouched pages come from the cache; a new day re-renders derived statuses', () => {
  const contentDir = fixtureCopy('fzwm-incr-');
  const outDir = temporaryDir('fzwm-incr-out-');
  // A case's publicNames (a deliberate, reasoned exception to anonymisation) is read by the check only.
  const published = path.join(contentDir, 'cases/2026/fraud.md');
  const reason = '县纪委监委通报已公开点名（测试理由）';
  fs.writeFileSync(
    published,
    fs
      .readFileSync(published, 'utf8')
      .replace('\n---\n', `\npublicNames: { names: [冯建国], reason: ${reason} }\n---\n`),
  );
  expect(fs.readFileSync(published, 'utf8')).toContain(`reason: ${reason}`);
  // With .br copies (FZWM_BROTLI=1, for a server with nginx's brotli module) until the third build.
  const brotli = { FZWM_BROTLI: '1' };
  const first = build(contentDir, outDir, TEST_AS_OF, brotli);
  expect(first).not.toContain('(cached)');
  expect(staleCopies(outDir, ['.gz', '.br'])).toEqual([]);
  const leaks = listFiles(outDir).filter((file) => {
    let bytes = fs.readFileSync(path.join(outDir, file));
    if (/\.pf_(fragment|index|meta)$/.test(file)) bytes = zlib.gunzipSync(bytes); // Pagefind's files are gzipped
    const text = bytes.toString('utf8');
    // The editing UI's configuration names the field (staff fill it in there); no other file may, and none its reason.
    const isCmsConfig = /^admin\/config\.yml(\.gz|\.br)?$/.test(file);
    return (!isCmsConfig && text.includes('publicNames')) || text.includes(reason);
  });
  expect(leaks).toEqual([]);
  // The scan covered the open data: every JSON and CSV, the catalogue and the schemas.
  expect(listFiles(outDir)).toEqual(
    expect.arrayContaining([
      'api/cases.json',
      'api/cases.csv',
      'api/people.csv',
      'api/index.json',
      'api/schema/cases.json',
    ]),
  );

  const file = path.join(contentDir, 'cases/2026/fraud.md');
  fs.writeFileSync(
    file,
    fs.readFileSync(file, 'utf8').replace('title: 冒充客服退款诈骗案', 'title: 冒充电商客服退款诈骗案'),
  );
  const copyTime = (p: string) => fs.statSync(path.join(outDir, p)).mtimeMs;
  const untouchedCopy = copyTime('cases/2026-002/index.html.gz');
  const second = build(contentDir, outDir, TEST_AS_OF, brotli);
  // Every copy holds its file as the second build left it (the edited page, the feeds, the sitemap, the search files).
  expect(staleCopies(outDir, ['.gz', '.br'])).toEqual([]);
  // The compressed copies: the edited page's is written again, the untouched page's is left as it was.
  expect(zlib.gunzipSync(fs.readFileSync(path.join(outDir, 'cases/2026-001/index.html.gz'))).toString()).toContain(
    '冒充电商客服退款诈骗案',
  );
  expect(
    zlib.brotliDecompressSync(fs.readFileSync(path.join(outDir, 'cases/2026-001/index.html.br'))).toString(),
  ).toContain('冒充电商客服退款诈骗案');
  expect(copyTime('cases/2026-002/index.html.gz')).toBe(untouchedCopy);
  // The pages rendered again had their copies written as they were written; the rest were kept.
  expect(second).toMatch(/预压缩（\.gz、\.br）：[1-9]\d* 个页面的压缩文件在生成时已写好；另写入 \d+ 个，沿用 [1-9]\d* 个/);

  const read = (p: string) => fs.readFileSync(path.join(outDir, p), 'utf8');
  expect(read('cases/2026-001/index.html')).toContain('冒充电商客服退款诈骗案');
  expect(read('cases/index.html')).toContain('冒充电商客服退款诈骗案');
  expect(read(`cases/type/${'警示案例'}/index.html`)).toContain('冒充电商客服退款诈骗案');
  expect(read('cases/2025-099/index.html')).toContain('/cases/2026-001/');
  // The person page and the other case do not show that title: they are reused.
  expect(second).toMatch(/─ \/good-people\/2026-q1\/li-ming\/index\.html.*\((cached|restored)\)/);
  expect(second).toMatch(/─ \/cases\/2026-002\/index\.html.*\((cached|restored)\)/);
  expect(second).not.toMatch(/─ \/cases\/2026-001\/index\.html.*\((cached|restored)\)/);
  // The search shard was re-indexed for the new title.
  expect(second).toContain('重建 1 个（recent）');
  // The case's unit lists it on its page and in its feed, and counts it on its embed card: all rendered again.
  // Another unit's are kept.
  for (const page of ['units/gongan/index.html', 'units/gongan/atom.xml', 'embed/units/gongan/index.html']) {
    expect(second).not.toMatch(new RegExp(`─ /${page.replace(/\./g, '\\.')}.*\\((cached|restored)\\)`));
  }
  expect(read('units/gongan/index.html')).toContain('冒充电商客服退款诈骗案');
  expect(read('units/gongan/atom.xml')).toContain('冒充电商客服退款诈骗案');
  for (const page of [
    'units/chengguan-zhen/index.html',
    'units/chengguan-zhen/atom.xml',
    'embed/units/chengguan-zhen/index.html',
  ]) {
    expect(second).toMatch(new RegExp(`─ /${page.replace(/\./g, '\\.')}.*\\((cached|restored)\\)`));
  }
  // Open data: the cases' files are made again, a file whose text is the same (the people, a JSON Schema) is kept.
  expect(read('api/cases.csv')).toContain('冒充电商客服退款诈骗案');
  expect(second).not.toMatch(/─ \/api\/cases\.csv.*\((cached|restored)\)/);
  expect(second).toMatch(/─ \/api\/people\.csv.*\((cached|restored)\)/);
  expect(second).toMatch(/─ \/api\/schema\/cases\.json.*\((cached|restored)\)/);

  // An edit to the body only (no field changes) reaches the page too.
  fs.writeFileSync(
    file,
    fs
      .readFileSync(file, 'utf8')
      .replace('法院以诈骗罪判处张某有期徒刑三年。', '法院以诈骗罪判处张某有期徒刑三年六个月。'),
  );
  // Without FZWM_BROTLI (the default, for Debian's nginx): the .br copies go, the .gz copies stay current.
  const third = build(contentDir, outDir);
  expect(read('cases/2026-001/index.html')).toContain('有期徒刑三年六个月');
  expect(third).toMatch(/预压缩（\.gz）：.*删除 [1-9]\d* 个过时的/);
  expect(listFiles(outDir).filter((f) => f.endsWith('.br'))).toEqual([]);
  expect(zlib.gunzipSync(fs.readFileSync(path.join(outDir, 'cases/2026-001/index.html.gz'))).toString()).toContain(
    '有期徒刑三年六个月',
  );
  expect(listFiles(outDir).filter((f) => f.endsWith('.gz')).length).toBeGreaterThan(40);
  // The build record's listing of dist/, kept up to date by the steps that wrote after reading it once, is what a
  // fresh walk of the disk finds.
  expect(readRecord(outDir)?.output).toBe(fingerprintOutput(outDir));
  expect(staleCopies(outDir, ['.gz'])).toEqual([]);
  expect(third).not.toMatch(/─ \/cases\/2026-001\/index\.html.*\((cached|restored)\)/);
  // The open data holds no body: its files are the same and kept.
  expect(third).toMatch(/─ \/api\/cases\.json.*\((cached|restored)\)/);
  // Pages with derived statuses are cached while the as-of date is the same …
  const ledgerPage = /─ \/rectification\/2026-cepin\/index\.html.*\((cached|restored)\)/;
  const commitmentPage = /─ \/commitments\/2026-h1\/chengguan-zhen\/index\.html.*\((cached|restored)\)/;
  expect(third).toMatch(ledgerPage);
  expect(third).toMatch(commitmentPage);
  expect(read('rectification/2026-cepin/index.html')).toMatch(/逾期[^天]*>\s*82 天/);
  // … and the next day is no reason to build (the page works the day counts out in the browser); a new month renders
  // them again, every overdue item ten days later.
  expect(build(contentDir, outDir, '2026-11-22')).toContain('跳过构建');
  const nextMonth = build(contentDir, outDir, '2026-12-01');
  expect(nextMonth).not.toMatch(ledgerPage);
  expect(nextMonth).not.toMatch(commitmentPage);
  expect(read('rectification/2026-cepin/index.html')).toMatch(/逾期[^天]*>\s*92 天/);
  expect(read('rectification/2026-cepin/index.html')).toContain('datetime="2026-12-01"');

  // dist/ is not emptied between builds, so a deleted case must not leave its page behind: the rebuild removes it,
  // and the sitemap no longer lists it.
  expect(fs.existsSync(path.join(outDir, 'cases/2026-002/index.html'))).toBe(true);
  fs.rmSync(path.join(contentDir, 'cases/2026/traffic.mdx'));
  const afterDelete = build(contentDir, outDir, '2026-12-01');
  expect(afterDelete).toContain('沿用上次构建的输出目录');
  expect(afterDelete).toMatch(/删除了 \d+ 个本次构建没有生成的过时文件：.*cases\/2026-002\/index\.html/);
  expect(fs.existsSync(path.join(outDir, 'cases/2026-002'))).toBe(false); // its .gz and .br too
  expect(read('sitemap.xml')).not.toContain('/cases/2026-002/');
  expect(read('sitemap.xml')).toContain('/cases/2026-001/');
  expect(read('cases/index.html')).not.toContain('酒后驾驶被查处');
  // The security headers file is written again by every build: a rebuild that keeps dist/ neither deletes it nor
  // reports it as stale, and it still covers the pages kept from the cache.
  expect(afterDelete).not.toMatch(new RegExp(`删除了.*${SECURITY_HEADERS_FILE.replace('.', '\\.')}`));
  expect(readSecurityHeaders(outDir).csp).toContain("frame-ancestors 'none'");
  expect(read('good-people/2026-q1/li-ming/index.html')).toContain('http-equiv="content-security-policy"');
});

it('a build into an output directory it did not write empties it first', () => {
  const contentDir = fixtureCopy('fzwm-incr-');
  const outDir = temporaryDir('fzwm-incr-out-');
  fs.mkdirSync(path.join(outDir, 'cases/old-page'), { recursive: true });
  fs.writeFileSync(path.join(outDir, 'cases/old-page/index.html'), '<p>another site</p>');
  fs.writeFileSync(path.join(outDir, '.build-id'), 'not-this-cache');
  const log = build(contentDir, outDir);
  expect(log).not.toContain('沿用上次构建的输出目录');
  expect(fs.existsSync(path.join(outDir, 'cases/old-page'))).toBe(false);
  expect(fs.readFileSync(path.join(outDir, '.build-id'), 'utf8')).toMatch(/^[0-9a-f]{32}$/);
});

it('a kept page missing from the output directory is rendered again, and the cache holds no second copy of the pages', () => {
  const contentDir = fixtureCopy('fzwm-incr-');
  const firstOut = temporaryDir('fzwm-incr-out-');
  build(contentDir, firstOut);
  // The same content and cache, an empty output directory: every page is there to keep, none is in dist/. The cache
  // also holds a page copy as an earlier version of the site wrote them: it is never read, and is removed.
  const cacheDir = path.resolve(
    `node_modules/.astro/content-${crypto.createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12)}`,
  );
  expect(fs.existsSync(path.join(cacheDir, 'incremental-build.json'))).toBe(true);
  fs.mkdirSync(path.join(cacheDir, 'dist/cases/2026-001'), { recursive: true });
  fs.writeFileSync(path.join(cacheDir, 'dist/cases/2026-001/index.html'), '<p>an old copy</p>');
  const secondOut = temporaryDir('fzwm-incr-out-');
  const log = build(contentDir, secondOut);
  expect(log).not.toMatch(/─ \/cases\/2026-001\/index\.html.*\((cached|restored)\)/);
  expect(log).toMatch(/─ \/cases\/2026-001\/index\.html/);
  expect(listFiles(secondOut)).toEqual(listFiles(firstOut));
  for (const page of ['cases/2026-001/index.html', 'good-people/2026-q1/li-ming/index.html', 'api/cases.csv'])
    expect(fs.readFileSync(path.join(secondOut, page)), page).toEqual(fs.readFileSync(path.join(firstOut, page)));
  // The cache of this content (astro.config.mjs) has Astro's record of the pages but no copies of them.
  expect(fs.existsSync(path.join(cacheDir, 'incremental-build.json'))).toBe(true);
  expect(fs.existsSync(path.join(cacheDir, 'dist'))).toBe(false);
});
