// Sätteri hast plugin: a table written in a body scrolls sideways inside a labelled region the keyboard can reach,
// so a wide table staff paste never widens the page on a phone (no horizontal page scrolling, GB/T 37668 reflow).
import { defineHastPlugin } from 'satteri';
import { modesWords } from '../ui/modes.ts';

export const tablesScroll = defineHastPlugin({
  name: 'fzwm-table-scroll',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const props = node.properties ?? {};
      if ('dataScrollWrapped' in props) return; // the table inside its new region: wrapped once
      ctx.replaceNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: modesWords.scrollRegion(modesWords.table) },
        children: [{ ...node, properties: { ...props, dataScrollWrapped: '' } }],
      });
    },
  },
});
