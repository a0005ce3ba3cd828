// The build's pages read Astro's content store from data-store.json instead of a copy bundled into them
// (src/integrations/data-store-from-disk.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { unflatten } from 'devalue';
import {
  CONTENT_DATA_META,
  RESOLVED_DATA_STORE_ID,
  contentLayerHolderUrl,
  dataStoreFromDisk,
  devalueOf,
  dataStoreModuleCode,
  dataStorePlugin,
  releaseContentLayer,
} from '../../src/integrations/data-store-from-disk.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-data-store-'));
// The generated module imports devalue as the bundler would resolve it: from the project.
const moduleDir = fs.mkdtempSync(path.join(root, 'node_modules', '.fzwm-data-store-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(moduleDir, { recursive: true, force: true });
});

// The store as Astro writes it: devalue's flat JSON, here with Chinese, quotes and a line break in a string.
const store = JSON.stringify([['Map', 1, 2], 'cases', ['Map', 3, 4], '2026-001', { title: 5 }, '某镇“文明实践”\n通报']);
const file = path.join(dir, 'data-store.json');
fs.writeFileSync(file, store);

type LoadHook = { order: string; filter: { id: RegExp }; handler: (id: string) => unknown };

it('the module reads the store file when it is imported and gives Astro the Map, not the flat array', async () => {
  const module = path.join(moduleDir, 'module.mjs');
  fs.writeFileSync(module, dataStoreModuleCode(file));
  const loaded = (await import(pathToFileURL(module).href)) as { default: unknown };
  expect(loaded.default).toBeInstanceOf(Map);
  expect(loaded.default).toEqual(unflatten(JSON.parse(store)));
  const cases = (loaded.default as Map<string, Map<string, { title: string }>>).get('cases')!;
  expect(cases.get('2026-001')!.title).toBe('某镇“文明实践”\n通报');
});

it('rebuilds the store with the devalue Astro itself imports', async () => {
  const devalue = devalueOf(root);
  expect(path.isAbsolute(devalue)).toBe(true);
  expect(fs.existsSync(devalue)).toBe(true);
  const code = dataStoreModuleCode(file, devalue);
  expect(code).toContain(`import { unflatten } from ${JSON.stringify(devalue)};`);
  const module = path.join(dir, 'module-with-path.mjs');
  fs.writeFileSync(module, code);
  const loaded = (await import(pathToFileURL(module).href)) as { default: unknown };
  expect(loaded.default).toEqual(unflatten(JSON.parse(store)));
});

it('Astro uses a Map from the module as its store (read from the installed Astro)', () => {
  const dataStore = fs.readFileSync(path.join(root, 'node_modules/astro/dist/content/data-store.js'), 'utf8');
  expect(dataStore).toMatch(/if \(data\.default instanceof Map\) \{\s*return ImmutableDataStore\.fromMap\(data\.default\);/);
});

it('releases the synced content layer through Astro’s own holder, and says why when it cannot', async () => {
  const url = contentLayerHolderUrl(root);
  const holder = (await import(url)) as { globalContentLayer: { get: () => unknown; init: (o: unknown) => unknown } };
  expect(typeof holder.globalContentLayer.get).toBe('function');
  expect(await releaseContentLayer(url)).toBeUndefined();
  expect(holder.globalContentLayer.get()).toBeNull();
  // Its dispose() lets go of the instance (and so of the store it synced), not only of its watchers.
  const source = fs.readFileSync(new URL(url), 'utf8');
  expect(source).toMatch(/dispose: \(\) => \{\s*instance\?\.dispose\(\);\s*instance = null;/);

  const fake = path.join(dir, 'holder.mjs');
  fs.writeFileSync(fake, 'export const globalContentLayer = { get: () => null };\n');
  expect(await releaseContentLayer(pathToFileURL(fake).href)).toBe('no globalContentLayer.dispose()');
  expect(await releaseContentLayer(pathToFileURL(path.join(dir, 'missing.mjs')).href)).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
});

it('loads Astro’s data-store module before Astro does, marked as content data, in builds only', () => {
  const plugin = dataStorePlugin(file);
  expect(plugin.apply).toBe('build');
  const load = plugin.load as unknown as LoadHook;
  expect(load.order).toBe('pre');
  expect(load.filter.id.test(RESOLVED_DATA_STORE_ID)).toBe(true);
  expect(load.filter.id.test('\0astro:content')).toBe(false);
  expect(load.handler(RESOLVED_DATA_STORE_ID)).toEqual({ code: dataStoreModuleCode(file), map: { mappings: '' }, meta: CONTENT_DATA_META });
  expect(CONTENT_DATA_META).toEqual({ astroIncremental: { kind: 'content-data' } });
});

it('leaves the module to Astro when there is no store file, or for any other module', () => {
  const load = dataStorePlugin(path.join(dir, 'missing', 'data-store.json')).load as unknown as LoadHook;
  expect(load.handler(RESOLVED_DATA_STORE_ID)).toBeNull();
  expect((dataStorePlugin(file).load as unknown as LoadHook).handler('\0astro:content')).toBeNull();
});

it('is added to builds with the single-file store, for the store in the cache directory', async () => {
  const added: unknown[] = [];
  const debug: string[] = [];
  const setup = (command: string, experimental: Record<string, unknown> = {}) =>
    (dataStoreFromDisk().hooks['astro:config:setup'] as unknown as (options: unknown) => Promise<void>)({
      command,
      config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${dir}/`), experimental },
      updateConfig: (config: { vite: { plugins: unknown[] } }) => added.push(...config.vite.plugins),
      logger: { debug: (line: string) => debug.push(line) },
    });
  await setup('dev');
  await setup('build', { collectionStorage: 'chunked' });
  expect(added).toEqual([]);
  await setup('build');
  // Astro's store writer, as installed, is the one the faster writes expect.
  expect(debug).toEqual([]);
  expect(added).toHaveLength(1);
  const load = (added[0] as { load: LoadHook }).load;
  expect(load.handler(RESOLVED_DATA_STORE_ID)).toMatchObject({ code: dataStoreModuleCode(file, devalueOf(root)) });
  const integration: AstroIntegration = dataStoreFromDisk();
  expect(integration.name).toBe('data-store-from-disk');
});

it('uses Astro’s own id and content-data mark (read from the installed Astro, so an upgrade that changes them fails here)', async () => {
  const astro = path.resolve(import.meta.dirname, '../../node_modules/astro/dist');
  const consts = (await import(pathToFileURL(path.join(astro, 'content/consts.js')).href)) as { RESOLVED_DATA_STORE_VIRTUAL_ID: string };
  const incremental = (await import(pathToFileURL(path.join(astro, 'core/build/incremental-metadata.js')).href)) as {
    isContentDataIncrementalModule: (info: { meta: unknown }) => boolean;
  };
  expect(consts.RESOLVED_DATA_STORE_VIRTUAL_ID).toBe(RESOLVED_DATA_STORE_ID);
  expect(incremental.isContentDataIncrementalModule({ meta: CONTENT_DATA_META })).toBe(true);
});
