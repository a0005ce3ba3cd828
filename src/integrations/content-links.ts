// Sätteri hast plugin: under a base path (site.yaml baseUrl https://…/pafz/), a site path written by staff in a body
// (`[案例](/cases/2026-012/)`) is a path on the site, so it gets the base path. Runs after the sanitizer (markdown-safety.ts).
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { isSitePath } from '../lib/routes.ts';

/** The plugin for base path `base` (`/pafz/`); none at `/`, where a site path is already right. */
export function contentLinks(base: string): HastPluginDefinition | null {
  if (base === '/') return null;
  return defineHastPlugin({
    name: 'fzwm-content-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && isSitePath(href)) ctx.setProperty(node, 'href', base + href.slice(1));
      },
    },
  });
}
