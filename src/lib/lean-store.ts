// The content store the Markdown/MDX collections' glob() loader writes into (src/content.config.ts), keeping of each
// rendered body only what pages use.
import type { LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];

/**
 * `store`, except that an entry's rendered body keeps its HTML and image paths but not the frontmatter glob() stores a
 * second time (`rendered.metadata.frontmatter`, the same as `data`) nor its headings: no page reads them (`render()`
 * then gives `{}` and `[]`). They were a quarter of the content store (4.1 of 17.3 MB for 10,000 cases), which the
 * build holds in memory all along and writes to disk at every sync.
 */
export function leanStore(store: Store): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'set') {
        return (entry: Parameters<Store['set']>[0]) => {
          const rendered = entry.rendered;
          if (!rendered?.metadata) return target.set(entry);
          const { frontmatter: _frontmatter, headings: _headings, ...kept } = rendered.metadata;
          return target.set({ ...entry, rendered: { ...rendered, metadata: kept } });
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
