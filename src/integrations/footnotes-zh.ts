// Sätteri hast plugin: GFM footnotes in Chinese. Sätteri labels them in English ("Footnotes", "Back to reference 1")
// and Astro's satteri() does not pass its convertOptions through, so the rendered tree is put into Chinese here.
import { defineHastPlugin } from 'satteri';

export const footnotesInChinese = defineHastPlugin({
  name: 'fzwm-footnotes-zh',
  element: {
    filter: ['h2', 'a'],
    visit(node, ctx) {
      const props = node.properties ?? {};
      if (node.tagName === 'h2' && props['id'] === 'footnote-label') {
        ctx.replaceNode(node, { ...node, children: [{ type: 'text', value: '注释' }] });
      } else if (node.tagName === 'a' && 'dataFootnoteBackref' in props) {
        // The label names the reference: "Back to reference 1" or "Back to reference 1-2" for a repeated one.
        const reference = /(\d+(?:-\d+)?)\s*$/.exec(String(props['ariaLabel'] ?? ''))?.[1] ?? '';
        ctx.setProperty(node, 'ariaLabel', `返回正文中第 ${reference} 处注释引用`);
      }
    },
  },
});
