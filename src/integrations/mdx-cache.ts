// The compiled form of each MDX file, kept between builds: a rebuild compiles again only the MDX files that changed.
//
// Astro's MDX plugin (@astrojs/mdx, "@mdx-js/rolldown") compiles every .mdx file on every build through the Markdown
// pipeline (the content gate, the sanitizer, footnotes, tables, links): at scale 1, 511 files and 0.46 s of every
// rebuild. Here its transform is wrapped: the result for a file is stored under a key made of the file's text, its
// path and `version` (the digest of the site's code, configuration, lockfiles and settings that the build-inputs
// check computed: src/lib/build-inputs.ts), and given back as it was whenever all three are the same. A change to
// the pipeline (a plugin, a package, the base path) changes the version, and every file is compiled afresh; the gate
// and the sanitizer never see a text they have not passed. Entries no build uses any more are deleted at its end.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's MDX plugin, whose transform compiles .mdx files (@astrojs/mdx/dist/vite-plugin-mdx.js). */
export const MDX_PLUGIN = '@mdx-js/rolldown';
/** Bump when what is stored changes shape. */
const FORMAT = 1;

/** The MDX plugins already wrapped. */
const wrappedPlugins = new WeakSet<object>();

type Handler = (this: unknown, code: string, id: string, ...rest: unknown[]) => unknown;

/**
 * The Vite plugin. `dir` holds the compiled files; `version` gives the digest of everything but the file that the
 * compiled form depends on, or undefined when there is none (the build-inputs check did not run): nothing is cached.
 */
export function mdxCache(dir: string, version: () => string | undefined): Plugin {
  const used = new Set<string>();
  return {
    name: 'fzwm-mdx-cache',
    apply: 'build',
    configResolved(config) {
      const plugin = config.plugins.find((p) => p.name === MDX_PLUGIN);
      const transform = plugin?.transform;
      const original: Handler | undefined =
        typeof transform === 'function' ? (transform as Handler) : (transform?.handler as Handler | undefined);
      // Each environment's configuration may list the same plugin object: it is wrapped once.
      if (!plugin || !original || wrappedPlugins.has(plugin)) return;
      wrappedPlugins.add(plugin);
      const handler: Handler = async function (this: unknown, code, id, ...rest) {
        const v = version();
        if (!/\.mdx$/.test(id) || v === undefined) return original.call(this, code, id, ...rest);
        const key = crypto.createHash('sha256').update(`${FORMAT}\0${v}\0${id}\0`).update(code).digest('hex');
        const file = path.join(dir, `${key}.bin`);
        used.add(file);
        try {
          return v8.deserialize(fs.readFileSync(file)) as unknown;
        } catch {
          // not compiled before (or a damaged entry): compiled now, and kept
        }
        const result = await original.call(this, code, id, ...rest);
        try {
          fs.mkdirSync(dir, { recursive: true });
          const temp = `${file}.tmp-${process.pid}`;
          fs.writeFileSync(temp, v8.serialize(result));
          fs.renameSync(temp, file);
        } catch {
          // a result that cannot be kept is compiled again next time
        }
        return result;
      };
      if (typeof transform === 'function') (plugin as { transform: unknown }).transform = handler;
      else (transform as { handler: Handler }).handler = handler;
    },
    buildEnd(error?: Error) {
      // Only a build that went through every MDX file knows which entries are current: a failed one keeps them all.
      if (error || used.size === 0 || !fs.existsSync(dir)) return;
      for (const name of fs.readdirSync(dir)) {
        const file = path.join(dir, name);
        if (!used.has(file)) fs.rmSync(file, { force: true });
      }
    },
  };
}

/** Adds the plugin to builds (never to the dev server), its entries in `fzwm-mdx/` of Astro's cache folder. */
export function mdxCompileCache(version: () => string | undefined): AstroIntegration {
  return {
    name: 'mdx-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [mdxCache(fileURLToPath(new URL('fzwm-mdx/', config.cacheDir)), version)] } });
      },
    },
  };
}
