// Astro integration: refuses to build (or serve in dev) a site from content that fails the checks,
// so one bad file can never make the published site silently lose entries.
import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { formatIssues } from '../lib/issues.ts';
import { loadContentCached } from '../lib/content-cache.ts';
import { resolveAsOf } from '../lib/site-env.ts';
import { saveYamlCache, stopYamlCache } from '../lib/yaml-cache.ts';

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
      'astro:config:setup': async ({ logger, command }) => {
        // A build stops with the Chinese report alone. A thrown error would come wrapped in Astro's English (“An
        // unhandled error occurred while running the hook”, “Stack trace:”), which is not for the staff who read it.
        const refuse = (report: string): never => {
          if (command !== 'build') throw new ContentCheckError(report);
          fs.writeSync(2, `${report}\n`);
          process.exit(1);
        };
        let asOf: string;
        try {
          asOf = resolveAsOf(process.env); // a malformed SITE_AS_OF stops here with its own message
        } catch (error) {
          return refuse((error as Error).message);
        }
        const { issues, content } = await loadContentCached(contentDir, asOf);
        if (issues.length) refuse(formatIssues(issues, contentDir));
        // The parses are saved for the next build; this one needs them no more (the load is shared from here on).
        saveYamlCache();
        stopYamlCache();
        logger.info(`内容检查通过：${content.cases.length} 个案例，${content.people.length} 位好人，${content.commitments.length} 份承诺，${content.rectification.length} 个整改批次。`);
      },
    },
  };
}
