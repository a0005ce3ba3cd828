// src/integrations/content-links.ts: under a base path, a site path in a Markdown/MDX body gets the base path.
import { describe, expect, test } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import config from '../../astro.config.mjs';
import { contentLinks } from '../../src/integrations/content-links.ts';
import { footnotesInChinese } from '../../src/integrations/footnotes-zh.ts';
import { sanitizeWall } from '../../src/integrations/markdown-safety.ts';
import { tablesScroll } from '../../src/integrations/table-scroll.ts';

const BODY = '见[案例](/cases/2026-012/)、[数据](/data/#anquangan)、[国务院](https://www.gov.cn/)、[下文](#x)、[邮件](mailto:a@b.cn)。\n';

describe('content links under a base path', () => {
  test('at the root of a domain there is no plugin: after the sanitizer only the footnote labels and the body tables’ scroll regions change', () => {
    expect(contentLinks('/')).toBeNull();
    const hast = (config.markdown as { processor: { options: { hastPlugins: unknown[] } } }).processor.options.hastPlugins;
    expect(hast[0]).toBe(sanitizeWall);
    expect(hast.filter(Boolean)).toEqual([sanitizeWall, footnotesInChinese, tablesScroll]);
  });

  test('under /pafz/ a site path gets the prefix; web addresses, anchors and mailto do not', async () => {
    const { html } = await markdownToHtml(BODY, { hastPlugins: [sanitizeWall, contentLinks('/pafz/')] });
    expect(html).toContain('href="/pafz/cases/2026-012/"');
    expect(html).toContain('href="/pafz/data/#anquangan"');
    expect(html).toContain('href="https://www.gov.cn/"');
    expect(html).toContain('href="#x"');
    expect(html).toContain('href="mailto:a@b.cn"');
  });

  test('in MDX too, inside a component', async () => {
    const { code } = await mdxToJs('<Callout title="提示">见[案例](/cases/2026-012/)</Callout>\n', {
      hastPlugins: [sanitizeWall, contentLinks('/pafz/')],
      jsxImportSource: 'astro',
    });
    expect(code).toContain('"/pafz/cases/2026-012/"');
  });
});
