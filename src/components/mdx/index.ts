// The components MDX files may use without importing them (MDX_COMPONENTS in src/lib/body-safety.ts lists them with their props: keep the two in step).
import Callout from './Callout.astro';
import Provision from './Provision.astro';

export const mdxComponents = { Callout, Provision };
