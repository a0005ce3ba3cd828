// Schema of the frontmatter of content/pages/*.md|mdx: free pages rendered at /<file-name>/.
import { z } from 'astro/zod';
import { text } from './shared.ts';

export const freePageSchema = z.strictObject({
  title: text.meta({ label: '标题' }),
  /** Position in the footer/navigation list, smallest first. */
  order: z.number({ error: 'order 应为数字' }).optional().meta({ label: '排序', hint: '在页脚列表中的位置，小的在前' }),
});
export type FreePageData = z.infer<typeof freePageSchema>;
