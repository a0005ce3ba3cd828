// The compiled form of each MDX file kept between builds (src/integrations/mdx-cache.ts): given back only for the same
// text, path and code version, compiled afresh otherwise, and entries no build uses any more deleted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { MDX_PLUGIN, mdxCache } from '../../src/integrations/mdx-cache.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-mdx-cache-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Transform = (code: string, id: string) => Promise<unknown>;

/** A stand-in for Astro's MDX plugin that counts its compiles; `objectHook` as Vite 8 plugins write the hook. */
function setup(version: () => string | undefined, objectHook = true) {
  const compiled: string[] = [];
  const compile = async (code: string, id: string) => {
    compiled.push(id);
    return { code: `export default ${JSON.stringify(code)};`, map: null, meta: { astro: { propagation: 'none', ids: new Set([id]) } } };
  };
  const mdx: Record<string, unknown> = {
    name: MDX_PLUGIN,
    transform: objectHook ? { filter: { id: /\.mdx$/ }, handler: compile } : compile,
  };
  const cache = mdxCache(path.join(dir, 'cache'), version);
  (cache.configResolved as (config: unknown) => void)({ plugins: [{ name: 'other' }, mdx] });
  const transform = (objectHook ? (mdx['transform'] as { handler: Transform }).handler : mdx['transform']) as Transform;
  const end = (error?: Error) => (cache.buildEnd as (error?: Error) => void).call({}, error);
  return { compiled, transform, end, cache };
}

it('gives back a file compiled by an earlier build with the same text, path and version, as it was', async () => {
  const first = setup(() => 'v1');
  const result = await first.transform('# 通报\n\n<Callout>注意</Callout>', '/c/cases/2026-001.mdx');
  first.end();
  expect(first.compiled).toEqual(['/c/cases/2026-001.mdx']);
  const second = setup(() => 'v1', false);
  const again = await second.transform('# 通报\n\n<Callout>注意</Callout>', '/c/cases/2026-001.mdx');
  expect(second.compiled).toEqual([]);
  expect(again).toEqual(result);
  // Sets and the like in Astro's metadata come back as they were written.
  expect((again as { meta: { astro: { ids: Set<string> } } }).meta.astro.ids).toEqual(new Set(['/c/cases/2026-001.mdx']));
});

it('compiles again when the text, the path or the version differs, and leaves other files to the plugin', async () => {
  const run = setup(() => 'v1');
  await run.transform('# 一', '/c/cases/a.mdx');
  await run.transform('# 一', '/c/cases/a.mdx');
  await run.transform('# 二', '/c/cases/a.mdx');
  await run.transform('# 一', '/c/cases/b.mdx');
  await run.transform('# 一', '/c/pages/a.md');
  await run.transform('# 一', '/c/pages/a.md');
  expect(run.compiled).toEqual(['/c/cases/a.mdx', '/c/cases/a.mdx', '/c/cases/b.mdx', '/c/pages/a.md', '/c/pages/a.md']);
  const newCode = setup(() => 'v2');
  await newCode.transform('# 一', '/c/cases/a.mdx');
  expect(newCode.compiled).toEqual(['/c/cases/a.mdx']);
  // No version (the build-inputs check did not run): always compiled, nothing kept.
  const none = setup(() => undefined);
  await none.transform('# 三', '/c/cases/c.mdx');
  await none.transform('# 三', '/c/cases/c.mdx');
  expect(none.compiled).toEqual(['/c/cases/c.mdx', '/c/cases/c.mdx']);
});

it('deletes at the end of a build the entries it did not use, and recompiles a damaged entry', async () => {
  const one = setup(() => 'v3');
  await one.transform('# 甲', '/c/cases/x.mdx');
  await one.transform('# 乙', '/c/cases/y.mdx');
  one.end();
  const two = setup(() => 'v3');
  await two.transform('# 甲', '/c/cases/x.mdx');
  // A build that failed half-way has not seen every file: nothing is deleted.
  two.end(new Error('失败'));
  expect(fs.readdirSync(path.join(dir, 'cache'))).toHaveLength(2);
  two.end();
  expect(fs.readdirSync(path.join(dir, 'cache'))).toHaveLength(1);
  for (const name of fs.readdirSync(path.join(dir, 'cache'))) fs.writeFileSync(path.join(dir, 'cache', name), 'garbage');
  const three = setup(() => 'v3');
  expect(await three.transform('# 甲', '/c/cases/x.mdx')).toMatchObject({ code: 'export default "# 甲";' });
  expect(three.compiled).toEqual(['/c/cases/x.mdx']);
});

it('is a build plugin only, and wraps a plugin listed by several environments once', async () => {
  expect(setup(() => 'v1').cache.apply).toBe('build');
  const compiled: string[] = [];
  const mdx = { name: MDX_PLUGIN, transform: { handler: async (code: string, id: string) => (compiled.push(id), { code }) } };
  const cache: Plugin = mdxCache(path.join(dir, 'twice'), () => 'v1');
  for (let i = 0; i < 3; i++) (cache.configResolved as (config: unknown) => void)({ plugins: [mdx] });
  await mdx.transform.handler('# 丙', '/c/cases/z.mdx');
  await mdx.transform.handler('# 丙', '/c/cases/z.mdx');
  expect(compiled).toEqual(['/c/cases/z.mdx']);
});

it("finds Astro's MDX plugin by its name and hook (read from the installed @astrojs/mdx)", async () => {
  const url = new URL('../../node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js', import.meta.url);
  const { vitePluginMdx } = (await import(url.href)) as { vitePluginMdx: (options: unknown) => Plugin };
  const plugin = vitePluginMdx({});
  expect(plugin.name).toBe(MDX_PLUGIN);
  expect(typeof (plugin.transform as { handler?: unknown }).handler).toBe('function');
});
