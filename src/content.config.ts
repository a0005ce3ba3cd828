// Wires each content folder to a loader and its schema. The YAML/CSV collections come from the project's own
// validated load (src/lib/load-content.ts), because Astro's file() loader only logs a YAML error and drops the
// collection; the Markdown/MDX collections use glob() so that Astro renders their bodies.
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { caseSchema } from './schemas/cases.ts';
import { commitmentSchema } from './schemas/commitments.ts';
import { goodPersonSchema, honourListSchema } from './schemas/good-people.ts';
import { indicatorSchema } from './schemas/indicators.ts';
import { freePageSchema } from './schemas/pages.ts';
import { rectificationBatchSchema, rectificationItemSchema } from './schemas/rectification.ts';
import { siteSchema } from './schemas/site.ts';
import { unitSchema } from './schemas/units.ts';
import { forgetContent, loadContentCached } from './lib/content-cache.ts';
import { formatIssues } from './lib/issues.ts';
import type { SiteContent } from './lib/load-content.ts';
import { resolveContentDir } from './lib/site-env.ts';

const contentDir = resolveContentDir();

/** A loader over the validated model: it throws (never just logs) when the content has problems. */
function modelLoader(name: string, entries: (content: SiteContent) => Array<{ id: string; data: Record<string, unknown> }>) {
  return {
    name: `fzwm-${name}`,
    load: async ({ store, watcher, logger }: LoaderContext) => {
      const sync = async () => {
        const { content, issues } = await loadContentCached(contentDir);
        if (issues.length) throw new Error(formatIssues(issues, contentDir));
        store.clear();
        for (const entry of entries(content)) store.set(entry);
      };
      await sync();
      watcher?.add(contentDir);
      watcher?.on('change', (changed: string) => {
        if (!changed.startsWith(contentDir) || /\.(md|mdx)$/.test(changed)) return;
        forgetContent(contentDir);
        sync().catch((error: unknown) => logger.error((error as Error).message));
      });
    },
  };
}

const narrativeGlob = (folder: string, generateId: (options: { entry: string; data: Record<string, unknown> }) => string) =>
  // retainBody: false — pages and the search index read bodies from loadContent(); keeping Astro's copy as well made
  // the content store (which Vite bundles into the build as strings) 40 % larger and every build slower.
  glob({ pattern: '**/*.{md,mdx}', base: path.join(contentDir, folder), generateId, retainBody: false });

/** Read by the header, footer and page metadata of every page. */
const site = defineCollection({
  loader: modelLoader('site', (c) => [{ id: 'site', data: c.site }]),
  schema: siteSchema,
});

/** Read by every page that names a responsible unit, and by /units/<id>/. */
const units = defineCollection({
  loader: modelLoader('units', (c) => c.units.map((u) => ({ id: u.id, data: u }))),
  schema: unitSchema,
});

/** Read by /commitments/ pages, unit pages and the home summary; id is <period-slug>/<unit>. */
const commitments = defineCollection({
  loader: modelLoader('commitments', (c) => c.commitments.map((x) => ({ id: x.id, data: { ...x } }))),
  schema: commitmentSchema.extend({ id: z.string(), period: z.string(), unit: z.string(), file: z.string() }),
});

/** Read by /cases/ pages, feeds, unit pages and the home page; id is the case number. */
const cases = defineCollection({
  loader: narrativeGlob('cases', ({ data }) => String(data['id'])),
  schema: caseSchema,
});

/** Read by /good-people/ pages and the home page. */
const lists = defineCollection({
  loader: modelLoader('lists', (c) => c.lists.map((l) => ({ id: l.id, data: l }))),
  schema: honourListSchema,
});

/** Read by /good-people/<list>/ pages; photos go through astro:assets. */
const people = defineCollection({
  loader: narrativeGlob('good-people', ({ data }) => String(data['id'])),
  schema: ({ image }) => goodPersonSchema.extend({ photo: image().optional() }),
});

/** Read by /rectification/ pages, unit pages and the home summary; CSV ledgers arrive here already as items. */
const rectification = defineCollection({
  loader: modelLoader('rectification', (c) => c.rectification.map((b) => ({ id: b.id, data: { ...b } }))),
  schema: rectificationBatchSchema
    .omit({ items: true })
    .extend({ id: z.string(), file: z.string(), items: z.array(rectificationItemSchema) }),
});

/** Read by /data/ and the home summary. */
const indicators = defineCollection({
  loader: modelLoader('indicators', (c) => c.indicators.map((x) => ({ id: x.id, data: x }))),
  schema: indicatorSchema,
});

/** Read by /<file-name>/ and the footer links. */
const pages = defineCollection({
  loader: narrativeGlob('pages', ({ entry }) => entry.replace(/\.(md|mdx)$/, '')),
  schema: freePageSchema,
});

export const collections = { site, units, commitments, cases, lists, people, rectification, indicators, pages };
