// The components MDX files may use without importing them (see MDX_COMPONENTS in src/lib/mdx-syntax.ts).
import Callout from './Callout.astro';
import Provision from './Provision.astro';

export const mdxComponents = { Callout, Provision };
