// The content store reaches the pages of a build by reading Astro's data-store.json when they are rendered, instead
// of as a string bundled into them.
//
// Astro bundles the whole store as one module, `export default JSON.parse("…")`: the bundler then parses, hashes and
// writes a string of 17 MB per 10,000 cases, and the build process keeps both the module's source and its string
// literal for as long as it renders, two copies of the store on top of the parsed one (74 MB at scale 1). Read from the
// file, the text is dropped once parsed. The module is marked as Astro marks its own, as content data, so the
// incremental build still leaves it out of each page's code hash, and pages are kept or rendered again by their
// content as before (src/data/site.ts).
//
// Two more copies are let go. The module exports the store already rebuilt as Astro's Map, which Astro takes as it is:
// exported as devalue's flat array, as Astro's own module does, the array would stay alive beside the Map for as long
// as the pages render. And once the content is synced, the content layer that synced it (with its own parsed store)
// is released: only `astro dev` uses it again, to sync on a change.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { serializeStore, writeIfChanged } from '../lib/store-serialize.ts';

/** Astro's id of the module that holds the content store (astro/dist/content/consts.js). */
export const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content';
/** What Astro puts in that module's meta (astro/dist/core/build/incremental-metadata.js): content data. */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/**
 * The module's code: the store file, read, parsed and rebuilt as Astro's Map when the module is first imported. Nothing
 * but the Map stays bound in the module (Astro's data-store.js uses a Map as it is). `devalue` is the module Astro
 * itself rebuilds the store with (devalueOf), so the two always read the file alike.
 */
export function dataStoreModuleCode(file: string, devalue = 'devalue'): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { unflatten } from ${JSON.stringify(devalue)};`,
    `export default unflatten(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));`,
    '',
  ].join('\n');
}

/** Astro's own folder, as the project resolves it. */
export function astroDir(root: string): string {
  return path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json'));
}

/** The devalue Astro depends on (the file its import resolves to), wherever npm placed it. */
export function devalueOf(root: string): string {
  return createRequire(path.join(astroDir(root), 'package.json')).resolve('devalue');
}

/** Astro's holder of the content layer (astro/dist/content/instance.js), the same module instance Astro imports. */
export function contentLayerHolderUrl(root: string): string {
  return pathToFileURL(path.join(astroDir(root), 'dist', 'content', 'instance.js')).href;
}

/** Releases the synced content layer and its store; does nothing (but say why) if Astro's holder is not as expected. */
export async function releaseContentLayer(url: string): Promise<string | undefined> {
  try {
    const holder = (await import(url)) as { globalContentLayer?: { dispose?: unknown } };
    if (typeof holder.globalContentLayer?.dispose !== 'function') return 'no globalContentLayer.dispose()';
    (holder.globalContentLayer.dispose as () => void)();
    return undefined;
  } catch (error) {
    return String(error);
  }
}

/** Astro's writer of data-store.json (astro/dist/content/data-store-writer.js), the same module instance Astro imports. */
export function storeWriterUrl(root: string): string {
  return pathToFileURL(path.join(astroDir(root), 'dist', 'content', 'data-store-writer.js')).href;
}

/**
 * Makes Astro write data-store.json through serializeStore and writeIfChanged (src/lib/store-serialize.ts): the same
 * text, made in 0.3 s instead of 0.5 at scale 1, and the old file compared as bytes rather than read back as a 36 MB
 * string. Returns why nothing was changed when Astro's module is not as expected (Astro then writes as it does).
 */
export async function fasterStoreWrites(url: string): Promise<string | undefined> {
  try {
    const writer = (await import(url)) as {
      FileWriter?: { prototype?: Record<string, unknown> };
      serializeDataStore?: unknown;
    };
    const proto = writer.FileWriter?.prototype;
    const astroSerialize = writer.serializeDataStore;
    if (!proto || typeof proto['write'] !== 'function' || typeof astroSerialize !== 'function')
      return 'no FileWriter.prototype.write or serializeDataStore';
    if (!Object.getOwnPropertyDescriptor(proto, 'target')?.get) return 'no FileWriter.target';
    proto['write'] = async function (this: { target: string | URL }, collections: Map<string, Map<string, unknown>>) {
      return writeIfChanged(this.target, serializeStore(collections, astroSerialize as (c: typeof collections) => string));
    };
    return undefined;
  } catch (error) {
    return String(error);
  }
}

/** The Vite plugin, for the store file `file`, rebuilt with `devalue` (a module id or file). */
export function dataStorePlugin(file: string, devalue = 'devalue'): Plugin {
  return {
    name: 'fzwm-data-store-from-disk',
    apply: 'build',
    load: {
      // Before Astro's own loader of the same module, which would inline the file.
      order: 'pre',
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(id) {
        // No store file (nothing synced): Astro's loader makes its empty module.
        if (id !== RESOLVED_DATA_STORE_ID || !fs.existsSync(file)) return null;
        return { code: dataStoreModuleCode(file, devalue), map: { mappings: '' }, meta: CONTENT_DATA_META };
      },
    },
  };
}

export function dataStoreFromDisk(): AstroIntegration {
  let holder: string | undefined;
  return {
    name: 'data-store-from-disk',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        // Only the single-file store (the default) is data-store.json in the cache directory.
        const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const root = fileURLToPath(config.root);
        holder = contentLayerHolderUrl(root);
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({ vite: { plugins: [dataStorePlugin(file, devalueOf(root))] } });
        const kept = await fasterStoreWrites(storeWriterUrl(root));
        if (kept !== undefined) logger.debug(`Astro's store writes kept: ${kept}`);
      },
      // After the content sync (and its write of data-store.json), before bundling.
      'astro:build:start': async ({ logger }) => {
        if (holder === undefined) return;
        const failed = await releaseContentLayer(holder);
        if (failed !== undefined) logger.debug(`content layer kept: ${failed}`);
      },
    },
  };
}
