// Vite plugin: Astro hashes each inline <style> and <script> of a page for its Content-Security-Policy once per page
// rendered (generateCspDigest in astro/dist/core/encryption.js, through WebCrypto), though every page of a site
// carries the same few. At scale 1 that was 26,000 pages × 4 digests and 2.3 s of the build's main thread. This
// wraps Astro's function, as it is bundled into the build, in a cache of the digests by their text: the same text
// gets the same digest, computed once. When Astro's function is not found as expected, the module is left as it is
// (every digest is then computed as Astro does) and a unit test, which reads the installed Astro, fails.
import type { Plugin } from 'vite';

/** The declaration wrapped, as it stands in astro/dist/core/encryption.js. */
export const CSP_DIGEST_DECLARATION = 'async function generateCspDigest(data, algorithm) {';

/** At most this many texts are kept; beyond that the cache starts again (a site whose pages each inline their own). */
export const CSP_DIGEST_CACHE_SIZE = 512;

/** Astro's module with generateCspDigest cached by algorithm and text; undefined when it is not there as expected. */
export function cacheCspDigests(code: string): string | undefined {
  if (code.split(CSP_DIGEST_DECLARATION).length !== 2) return undefined;
  return (
    code.replace(CSP_DIGEST_DECLARATION, 'async function generateCspDigestUncached(data, algorithm) {') +
    `
const cspDigestCache = new Map();
function generateCspDigest(data, algorithm) {
  if (typeof data !== 'string' || typeof algorithm !== 'string') return generateCspDigestUncached(data, algorithm);
  const key = algorithm + '\\n' + data;
  let digest = cspDigestCache.get(key);
  if (digest === undefined) {
    if (cspDigestCache.size >= ${CSP_DIGEST_CACHE_SIZE}) cspDigestCache.clear();
    digest = generateCspDigestUncached(data, algorithm);
    cspDigestCache.set(key, digest);
    digest.catch(() => cspDigestCache.delete(key));
  }
  return digest;
}
`
  );
}

const ENCRYPTION_MODULE = /[\\/]astro[\\/]dist[\\/]core[\\/]encryption\.js$/;

export function cspDigestCache(): Plugin {
  return {
    name: 'fzwm:csp-digest-cache',
    transform(code, id) {
      if (!ENCRYPTION_MODULE.test(id.split('?')[0]!)) return undefined;
      const cached = cacheCspDigests(code);
      return cached === undefined ? undefined : { code: cached, map: null };
    },
  };
}
