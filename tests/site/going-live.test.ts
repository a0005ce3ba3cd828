// The whole path a county takes to go live, with real parts: `npm run new-county`, the placeholders filled in, a build
// under the portal's path (/pafz/), `npm run publish` into a releases folder, `npm run nginx-config --root` pointing
// at its `current`, a real nginx serving it; then a second publish after an edit, and a rollback — each seen through
// nginx.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCountyRepository } from '../../scripts/new-county.ts';
import { fillCountyPlaceholders } from '../unit/helpers.ts';
import { startNginx, type RunningNginx } from './nginx.ts';
import { build, removeTemporary, run, temporaryDir } from './temp-build.ts';

const work = temporaryDir('fzwm-golive-');
fs.chmodSync(work, 0o755); // nginx's workers run as another user (nobody) and must reach the releases below it
const county = path.join(work, 'mouxian-content');
const releases = path.join(work, 'srv');
let nginx: RunningNginx | undefined;

afterAll(async () => {
  await nginx?.stop();
  removeTemporary();
});

/** Builds the county into a new folder and publishes it as the next release. */
function buildAndPublish(): string {
  const result = build(county);
  expect(result.status, result.output).toBe(0);
  const publish = run(['node', 'scripts/publish.ts', '--dist', result.outDir, '--to', releases], county);
  expect(publish.status, publish.output).toBe(0);
  return fs.readlinkSync(path.join(releases, 'current'));
}

beforeAll(() => {
  createCountyRepository(county, { ...process.env, GIT_AUTHOR_NAME: '测试', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: '测试', GIT_COMMITTER_EMAIL: 't@example.invalid' });
  const unfilled = run(['node', 'scripts/check-content.ts'], county);
  expect(unfilled.status).toBe(1);
  expect(unfilled.stderr).toContain('还没有填写');
  const siteYaml = path.join(county, 'site.yaml');
  fs.writeFileSync(siteYaml, fillCountyPlaceholders(fs.readFileSync(siteYaml, 'utf8'), { baseUrl: 'https://www.example.gov.cn/pafz/' }));
  expect(run(['node', 'scripts/check-content.ts'], county).status).toBe(0);
});

it('a new county goes live under /pafz/ behind nginx, publishes an edit atomically and rolls it back', async () => {
  const first = buildAndPublish();
  nginx = await startNginx(path.join(releases, 'current'), [{ args: ['--base', '/pafz/', '--root', path.join(releases, 'current')] }]);
  expect(nginx.configs[0]).toContain(`alias "${path.join(releases, 'current')}/`);
  const url = nginx.urls[0]!;

  const home = await fetch(`${url}/pafz/`);
  expect(home.status).toBe(200);
  expect(home.headers.get('content-security-policy')).toContain("object-src 'none'");
  expect(await home.text()).toContain('某某县法治文明公开网');
  const example = await fetch(`${url}/pafz/cases/2026-001/`);
  expect(example.status).toBe(200);
  const title = /<h1[^>]*>\s*([^<]+?)\s*</.exec(await example.text())?.[1];
  expect(title).toBeTruthy();
  expect((await fetch(`${url}/pafz/no-such-page/`)).status).toBe(404);

  // Staff change the example case's title; the next publish switches nginx to it at once.
  const caseFile = path.join(county, 'cases/2026/2026-001-shili.md');
  fs.writeFileSync(caseFile, fs.readFileSync(caseFile, 'utf8').replace(/^title: .*$/m, 'title: 更新后的案例标题'));
  const second = buildAndPublish();
  expect(second).not.toBe(first);
  expect(await (await fetch(`${url}/pafz/cases/2026-001/`)).text()).toContain('更新后的案例标题');

  // Rollback: the previous release is live again.
  const rollback = run(['node', 'scripts/publish.ts', '--to', releases, '--rollback'], county);
  expect(rollback.status, rollback.output).toBe(0);
  expect(fs.readlinkSync(path.join(releases, 'current'))).toBe(first);
  const restored = await (await fetch(`${url}/pafz/cases/2026-001/`)).text();
  expect(restored).not.toContain('更新后的案例标题');
  expect(restored).toContain(title!);
});
