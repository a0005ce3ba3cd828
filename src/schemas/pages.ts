// Schema of the frontmatter of content/pages/*.md|mdx: free pages rendered at /<file-name>/.
import { z } from 'astro/zod';
import { text } from './shared.ts';

export const freePageSchema = z.strictObject({
  title: text,
  /** Position in the footer/navigation list, smallest first. */
  order: z.number({ error: 'order 应为数字' }).optional(),
});
export type FreePageData = z.infer<typeof freePageSchema>;
