// Wires each content folder to a loader and its schema. Every collection stores the data the project's own validated
// load (src/lib/load-content.ts) produced, so check:content and the build can never read a file two ways: the YAML/CSV
// collections store it directly (Astro's file() loader only logs a YAML error and drops the collection), and the
// Markdown/MDX collections use glob() so that Astro renders their bodies, with the frontmatter taken from the model.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
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
import { leanStore } from './lib/lean-store.ts';
import { formatIssues } from './lib/issues.ts';
import type { SiteContent } from './lib/load-content.ts';
import { ContentCheckError } from './integrations/content-guard.ts';
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

/** A Markdown/MDX file as the content model holds it: its path in the content directory, validated data and body. */
interface NarrativeEntry {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/**
 * glob() over a Markdown/MDX folder, with the frontmatter never parsed a second way. Astro's own parser (js-yaml's
 * default schema) would turn `category: 2026-01-01` into a Date and `<<:` into a merge, and then fail the build with
 * an English “Expected type string … :0:0” for a file the check accepted. Here each file's data is the one
 * loadContent validated, handed to glob() through the entry type's getEntryInfo; glob() still reads the file (its
 * digest keeps incremental builds), renders the body with Astro, and runs the collection schema, which resolves a
 * person's photo into an image. A file the model does not hold has problems: its Chinese report is the error.
 */
function narrativeGlob(folder: string, entries: (content: SiteContent) => NarrativeEntry[], generateId: (options: { entry: string; data: Record<string, unknown> }) => string) {
  const byContent = new WeakMap<SiteContent, Map<string, NarrativeEntry>>();
  const entryOf = async (fileUrl: URL) => {
    const file = path.relative(contentDir, fileURLToPath(fileUrl)).split(path.sep).join('/');
    const { content, issues } = await loadContentCached(contentDir);
    let map = byContent.get(content);
    if (!map) byContent.set(content, (map = new Map(entries(content).map((e) => [e.file, e]))));
    const entry = map.get(file);
    if (!entry) {
      const own = issues.filter((issue) => issue.file === file);
      throw new ContentCheckError(formatIssues(own.length ? own : [{ file, message: '这个文件没有通过内容检查，请运行 npm run check:content 查看原因。' }], contentDir));
    }
    return entry;
  };
  const inner = glob({
    pattern: '**/*.{md,mdx}',
    base: path.join(contentDir, folder),
    generateId,
    // retainBody: false — pages and the search index read bodies from loadContent(); keeping Astro's copy as well made
    // the content store (which the build holds in memory and writes to disk at every sync) 40 % larger and every
    // build slower.
    retainBody: false,
  });
  return {
    name: `fzwm-${folder}`,
    load: async (context: LoaderContext & { entryTypes?: Map<string, ContentEntryType> }) => {
      const entryTypes = new Map(
        [...(context.entryTypes ?? [])].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: async ({ fileUrl, contents }: { fileUrl: URL; contents: string }) => {
              const entry = await entryOf(fileUrl);
              // The body keeps its lines where they are in the file (the frontmatter becomes blank lines), so that a
              // line the Markdown pipeline reports is the file's line.
              const text = contents.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
              const lead = text.endsWith(entry.body) ? text.slice(0, text.length - entry.body.length) : '';
              return { data: entry.data, body: '\n'.repeat(lead.split('\n').length - 1) + entry.body, slug: '', rawData: '' };
            },
          },
        ]),
      );
      // In dev, an edited file is read again: the model must be read again first (registered before glob()'s own
      // handlers, so it runs before them).
      const forget = (changed: string) => {
        if (changed.startsWith(path.join(contentDir, folder)) && /\.(md|mdx)$/.test(changed)) forgetContent(contentDir);
      };
      for (const event of ['add', 'change', 'unlink'] as const) context.watcher?.on(event, forget);
      await inner.load({ ...context, entryTypes, store: leanStore(context.store) } as LoaderContext);
    },
  };
}

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
  loader: narrativeGlob('cases', (c) => c.cases, ({ data }) => String(data['id'])),
  schema: caseSchema,
});

/** Read by /good-people/ pages and the home page. */
const lists = defineCollection({
  loader: modelLoader('lists', (c) => c.lists.map((l) => ({ id: l.id, data: l }))),
  schema: honourListSchema,
});

/** Read by /good-people/<list>/ pages; photos go through astro:assets. */
const people = defineCollection({
  loader: narrativeGlob('good-people', (c) => c.people, ({ data }) => String(data['id'])),
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
  loader: narrativeGlob('pages', (c) => c.pages, ({ entry }) => entry.replace(/\.(md|mdx)$/, '')),
  schema: freePageSchema,
});

export const collections = { site, units, commitments, cases, lists, people, rectification, indicators, pages };
