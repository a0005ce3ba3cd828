// Astro integrations: skip a build whose inputs and output are exactly as the last successful build left them.
//
// `check` runs first of all integrations: it fingerprints the inputs (src/lib/build-inputs.ts) and, when they match the
// record in the output directory and that directory is unchanged since, ends the process with one line before the
// content check, the content layer, bundling or rendering start. Otherwise it removes the record, so a build that
// fails or is stopped leaves none; a build within the month that runs for an edit keeps the last build's as-of date
// while the content has no later date (src/lib/pinned-as-of.ts). `record` runs last of all (after precompress has
// written the last file): it fingerprints the inputs again and writes the record only if they did not change while
// the build ran.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  fingerprintInputs,
  readRecord,
  removeRecord,
  whyStale,
  writeRecord,
  type BuildInputs,
  type FingerprintOptions,
  type StaleReason,
} from '../lib/build-inputs.ts';
import { distFilesOfBuild } from '../lib/dist-files.ts';
import { loadContentCached, shareContentLoad } from '../lib/content-cache.ts';
import { newestDate, pinnedAsOf } from '../lib/pinned-as-of.ts';
import { buildEncodings } from '../lib/precompress.ts';
import { resolveAsOf } from '../lib/site-env.ts';
import { useYamlCache } from '../lib/yaml-cache.ts';
import { buildWords } from '../ui/build.ts';

/** Command-line flags that change only what is logged. */
const LOG_FLAGS = new Set(['--silent', '--verbose']);

export function buildInputs(contentDir: string): {
  check: AstroIntegration;
  record: AstroIntegration;
  /**
   * A digest of the code and the settings this build runs with (src/, configs, lockfiles, Node, site and base path,
   * options), once the check has computed them; undefined before, and in a build the check did not fingerprint.
   */
  codeVersion: () => string | undefined;
} {
  let options: FingerprintOptions | undefined;
  let before: BuildInputs | undefined;
  let stale: StaleReason | 'force' | undefined;
  let pinned: { asOf: string; requested: string } | undefined;
  const check: AstroIntegration = {
    name: 'build-inputs-check',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        if (command !== 'build') return;
        let asOf: string;
        try {
          asOf = resolveAsOf(process.env);
        } catch {
          return; // the content guard reports a malformed SITE_AS_OF
        }
        // A wrong FZWM_BROTLI stops the build with its message alone, as a malformed SITE_AS_OF does.
        let encodings: string;
        try {
          encodings = buildEncodings().join(',');
        } catch (error) {
          fs.writeSync(2, `${(error as Error).message}\n`);
          process.exit(1);
        }
        const root = fileURLToPath(config.root);
        const outDir = fileURLToPath(config.outDir);
        const args = process.argv.slice(2).filter((arg) => !LOG_FLAGS.has(arg));
        options = {
          root,
          contentDir,
          asOf,
          outDir,
          settings: {
            site: config.site ?? '',
            base: config.base,
            args: JSON.stringify(args),
            mode: process.env['NODE_ENV'] ?? '',
            // The compressed copies written (FZWM_BROTLI): turning .br on or off is a change to build.
            precompress: encodings,
          },
          hashCacheFile: path.join(fileURLToPath(config.cacheDir), 'fzwm-file-hashes.json'),
        };
        before = fingerprintInputs(options);
        const last = readRecord(outDir);
        const reason = args.includes('--force') ? 'force' : whyStale(outDir, before, last);
        if (reason === undefined) {
          const shown = path.relative(root, outDir);
          fs.writeSync(
            1,
            `${buildWords.skipped(asOf, last?.inputs.asOf ?? asOf, shown.startsWith('..') || path.isAbsolute(shown) ? outDir : `${shown}/`)}\n`,
          );
          process.exit(0);
        }
        removeRecord(outDir);
        stale = reason;
        // The content check's YAML parses are kept between builds (src/lib/yaml-cache.ts); the guard saves them.
        // --force builds from scratch: everything is parsed again (and the cache written anew).
        useYamlCache(path.join(fileURLToPath(config.cacheDir), 'fzwm-yaml.ndjson'), { fresh: reason === 'force' });
        // Within the month, an edit keeps the last build's as-of date while the content has no later date: the pages
        // the edit does not touch are not rendered again for the new day (src/lib/pinned-as-of.ts). The content is
        // checked as of the requested day all the same (the guard's load is this one).
        if (reason === 'force' || reason === 'none' || reason === 'asOf') return;
        const { content } = await loadContentCached(contentDir, asOf);
        const keep = pinnedAsOf(asOf, last?.inputs.asOf, newestDate(content, asOf));
        if (keep === undefined) return;
        shareContentLoad(contentDir, asOf, keep);
        process.env['SITE_AS_OF'] = keep;
        options.asOf = keep;
        before = { ...before, asOf: keep };
        pinned = { asOf: keep, requested: asOf };
      },
      // Said once the content check has passed: a refused build prints the check's report and nothing else.
      'astro:config:done': ({ logger }) => {
        if (stale) logger.info(buildWords.reasons[stale]);
        if (pinned) logger.info(buildWords.pinned(pinned.asOf, pinned.requested));
      },
    },
  };
  const record: AstroIntegration = {
    name: 'build-inputs-record',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        if (!options || !before) return;
        const after = fingerprintInputs(options);
        // Inputs edited during the build may or may not be in its output: the next build must run.
        if (JSON.stringify(after) === JSON.stringify(before)) writeRecord(fileURLToPath(dir), after, await distFilesOfBuild(dir));
      },
    },
  };
  const codeVersion = () =>
    before ? crypto.createHash('sha256').update(`${before.code}\0${before.settings}`).digest('hex') : undefined;
  return { check, record, codeVersion };
}
