// The site's URLs for client scripts: the base path comes from the page (<html data-base="/pafz/">, absent at `/`).
import { siteRoutes, type SiteRoutes } from '../lib/routes.ts';

export function pageRoutes(): SiteRoutes {
  return siteRoutes(new URL(document.documentElement.dataset['base'] ?? '/', location.href).href);
}
