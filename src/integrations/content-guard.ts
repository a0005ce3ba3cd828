// Astro integration: refuses to build (or serve in dev) a site from content that fails the checks,
// so one bad file can never make the published site silently lose entries.
import type { AstroIntegration } from 'astro';
import { formatIssues } from '../lib/issues.ts';
import { loadContentCached } from '../lib/content-cache.ts';
import { resolveAsOf } from '../lib/site-env.ts';

export class ContentCheckError extends Error {
  constructor(report: string) {
    super(report);
    this.name = '内容检查未通过';
    this.stack = report; // the report is the whole story; a JavaScript stack would only hide it
  }
}

export function contentGuard(contentDir: string): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const asOf = resolveAsOf(process.env); // a malformed SITE_AS_OF stops here with its own message
        const { issues, content } = await loadContentCached(contentDir, asOf);
        if (issues.length) throw new ContentCheckError(formatIssues(issues, contentDir));
        logger.info(`内容检查通过：${content.cases.length} 个案例，${content.people.length} 位好人，${content.commitments.length} 份承诺，${content.rectification.length} 个整改批次。`);
      },
    },
  };
}
