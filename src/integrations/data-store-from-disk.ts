// The content store reaches the pages of a build by reading Astro's data-store.json when they are rendered, instead
// of as a string bundled into them.
//
// Astro bundles the whole store as one module, `export default JSON.parse("…")`: the bundler then parses, hashes and
// writes a string of 17 MB per 10,000 cases, and the build process keeps both the module's source and its string
// literal for as long as it renders, two copies of the store on top of the parsed one (74 MB at scale 1). Read from the
// file, the text is dropped once parsed. The module is marked as Astro marks its own, as content data, so the
// incremental build still leaves it out of each page's code hash, and pages are kept or rendered again by their
// content as before (src/data/site.ts).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's id of the module that holds the content store (astro/dist/content/consts.js). */
export const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content';
/** What Astro puts in that module's meta (astro/dist/core/build/incremental-metadata.js): content data. */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** The module's code: the store file, read and parsed when the module is first imported. */
export function dataStoreModuleCode(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** The Vite plugin, for the store file `file`. */
export function dataStorePlugin(file: string): Plugin {
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
        return { code: dataStoreModuleCode(file), map: { mappings: '' }, meta: CONTENT_DATA_META };
      },
    },
  };
}

export function dataStoreFromDisk(): AstroIntegration {
  return {
    name: 'data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        // Only the single-file store (the default) is data-store.json in the cache directory.
        const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        updateConfig({ vite: { plugins: [dataStorePlugin(fileURLToPath(new URL('data-store.json', config.cacheDir)))] } });
      },
    },
  };
}
