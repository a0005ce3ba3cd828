// The CSP digests of inline styles and scripts: computed once per text, and the same as Astro's own.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import {
  CSP_DIGEST_CACHE_SIZE,
  CSP_DIGEST_DECLARATION,
  cacheCspDigests,
  cspDigestCache,
} from '../../src/integrations/csp-digest-cache.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const astroFile = (rel: string) =>
  path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), rel);

it('finds Astro’s digest function where the build bundles it, declared once', () => {
  const code = fs.readFileSync(astroFile('dist/core/encryption.js'), 'utf8');
  expect(code.split(CSP_DIGEST_DECLARATION)).toHaveLength(2);
  expect(code).toMatch(/export \{[^}]*\bgenerateCspDigest\b/);
  // Astro's page renders take their style and script digests from it.
  const fetchState = fs.readFileSync(astroFile('dist/core/fetch/fetch-state.js'), 'utf8');
  expect(fetchState).toMatch(/await generateCspDigest\(style\.children, cspAlgorithm\)/);
  expect(fetchState).toMatch(/await generateCspDigest\(script\.children, cspAlgorithm\)/);
});

it('computes each text’s digest once, gives the digests Astro’s own module gives, and starts again past its size', async () => {
  // Astro's module, cached, beside the original so that its own imports resolve.
  const original = astroFile('dist/core/encryption.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-csp-'));
  made.push(dir);
  const cached = cacheCspDigests(fs.readFileSync(original, 'utf8'));
  expect(cached).toBeDefined();
  // The relative imports of Astro's module are made absolute, so the copy can live elsewhere.
  const absolute = cached!.replace(
    /from "(\.\.?\/[^"]+)"/g,
    (_, rel: string) => `from "${pathToFileURL(path.resolve(path.dirname(original), rel)).href}"`,
  );
  fs.writeFileSync(path.join(dir, 'encryption.mjs'), absolute);
  const ours = (await import(pathToFileURL(path.join(dir, 'encryption.mjs')).href)) as {
    generateCspDigest(data: string, algorithm: string): Promise<string>;
  };
  const astros = (await import(pathToFileURL(original).href)) as typeof ours;
  const style = 'html{color:#1f2328}'.repeat(200);
  const expected = `sha256-${crypto.createHash('sha256').update(style).digest('base64')}`;
  expect(await astros.generateCspDigest(style, 'SHA-256')).toBe(expected);
  const first = ours.generateCspDigest(style, 'SHA-256');
  // The same text again (another string with the same characters) is the same promise: nothing is computed again.
  expect(ours.generateCspDigest(`${style.slice(0, 10)}${style.slice(10)}`, 'SHA-256')).toBe(first);
  expect(await first).toBe(expected);
  expect(await ours.generateCspDigest(style, 'SHA-384')).toBe(await astros.generateCspDigest(style, 'SHA-384'));
  expect(await ours.generateCspDigest('alert(1)', 'SHA-256')).toBe(
    await astros.generateCspDigest('alert(1)', 'SHA-256'),
  );
  // Past its size the cache starts again: a site whose every page inlines its own text holds no more than that.
  for (let i = 0; i < CSP_DIGEST_CACHE_SIZE; i++) await ours.generateCspDigest(`x${i}`, 'SHA-256');
  expect(ours.generateCspDigest(style, 'SHA-256')).not.toBe(first);
});

it('leaves any other module, and an Astro whose function has changed, as they are', () => {
  const plugin = cspDigestCache();
  const transform = plugin.transform as (code: string, id: string) => { code: string } | undefined;
  const code = `${CSP_DIGEST_DECLARATION}\n  return 'x';\n}\nexport { generateCspDigest };\n`;
  expect(transform(code, '/p/node_modules/astro/dist/core/encryption.js')?.code).toContain('cspDigestCache');
  expect(transform(code, '/p/node_modules/astro/dist/core/encryption.js?v=1')?.code).toContain('cspDigestCache');
  expect(transform(code, '/p/src/lib/encryption.js')).toBeUndefined();
  expect(cacheCspDigests('async function generateCspDigest(data, algorithm, extra) {}')).toBeUndefined();
  expect(cacheCspDigests(code + code)).toBeUndefined();
});
