// The content store the Markdown collections write into keeps a rendered body's HTML and image paths, not the second
// copy of the frontmatter nor the headings (src/lib/lean-store.ts).
import { expect, it } from 'vitest';
import { leanStore } from '../../src/lib/lean-store.ts';

type Store = Parameters<typeof leanStore>[0];

function fakeStore() {
  const entries = new Map<string, Record<string, unknown>>();
  const store = {
    set(entry: Record<string, unknown>) {
      entries.set(entry['id'] as string, entry);
      return true;
    },
    get: (id: string) => entries.get(id),
    keys: () => [...entries.keys()],
    has(this: { get: (id: string) => unknown }, id: string) {
      return this.get(id) !== undefined; // a method that needs its own `this`
    },
    collection: 'cases',
  };
  return { store: store as unknown as Store, entries };
}

it('drops the frontmatter and headings of a rendered body and keeps its HTML, image paths and everything else', () => {
  const { store, entries } = fakeStore();
  const lean = leanStore(store);
  const data = { id: '2026-001', title: '某镇违规占道经营问题曝光' };
  // What is kept of the entry: everything but the rendered body's frontmatter and headings.
  const kept = {
    id: '2026-001',
    data,
    digest: 'abc',
    filePath: 'cases/2026/2026-001.md',
    rendered: {
      html: '<h2 id="基本案情">基本案情</h2><p>张某……</p>',
      metadata: { imagePaths: ['./photo.jpg'], localImagePaths: ['./photo.jpg'] },
    },
  };
  const result = lean.set({
    ...kept,
    rendered: {
      ...kept.rendered,
      metadata: { ...kept.rendered.metadata, frontmatter: data, headings: [{ depth: 2, slug: '基本案情', text: '基本案情' }] },
    },
  });
  expect(result).toBe(true);
  expect(entries.get('2026-001')).toEqual(kept);
  expect(entries.get('2026-001')?.['rendered']).not.toHaveProperty('metadata.frontmatter');
});

it('stores an entry without a rendered body (MDX, rendered at build time) as it is', () => {
  const { store, entries } = fakeStore();
  const entry = { id: 'guide', data: { title: '说明' }, deferredRender: true };
  leanStore(store).set(entry);
  expect(entries.get('guide')).toBe(entry);
});

it('passes every other property and method through, bound to the store', () => {
  const { store } = fakeStore();
  const lean = leanStore(store);
  lean.set({ id: 'a', data: {} });
  expect(lean.get('a')).toEqual({ id: 'a', data: {} });
  expect(lean.has('a')).toBe(true);
  expect(lean.has('b')).toBe(false);
  expect(lean.keys()).toEqual(['a']);
  expect((lean as unknown as { collection: string }).collection).toBe('cases');
});
