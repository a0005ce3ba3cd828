// Build-time middleware: each page or file Astro renders for dist/ is handed, as the bytes it writes, to the precompress
// pool (src/lib/precompress-pool.ts), so its .gz and .br are made on another core while the next page renders. It
// changes no response; outside a build (dev server, the pool not running) it does nothing.
import { defineMiddleware } from 'astro:middleware';
import { COMPRESSIBLE } from './lib/precompress.ts';
import { poolEnqueue } from './lib/precompress-handoff.ts';

/** The file a path is written to: `/cases/x/` → index.html, `/api/x.json` → x.json, `/404` → 404.html. */
const outputName = (pathname: string) => (pathname.endsWith('/') ? 'index.html' : /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}.html`);

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const enqueue = poolEnqueue();
  if (!enqueue || response.status !== 200 || !response.body || !COMPRESSIBLE.test(outputName(context.url.pathname))) {
    return response;
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  enqueue(bytes.slice());
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
