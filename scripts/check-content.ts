// `npm run check:content`: validates a content directory in seconds, without building any page.
import { formatIssues } from '../src/lib/issues.ts';
import { loadContent } from '../src/lib/load-content.ts';
import { resolveAsOf, resolveContentDir } from '../src/lib/site-env.ts';

const started = performance.now();
const contentDir = resolveContentDir(process.env, process.cwd());
let asOf: string;
try {
  asOf = resolveAsOf(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
// The same as-of date as the build's: a completion or progress entry after it is refused by both.
const { content, issues, notes } = await loadContent(contentDir, asOf);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
// How files were read (a GBK ledger, a workbook's sheet): worth knowing whether or not the check passes.
const noteLines = notes.map((note) => `  · ${note.file} ${note.message}。`);
if (issues.length) {
  console.error(formatIssues(issues, contentDir));
  if (noteLines.length) console.error(['读取说明：', ...noteLines].join('\n'));
  console.error(`（用时 ${seconds} 秒）`);
  process.exit(1);
}
const items = (n: number, what: string) => `${n} ${what}`;
console.log(
  `内容检查通过（${contentDir}，截至 ${asOf}，用时 ${seconds} 秒）：` +
    [
      items(content.units.length, '个单位'),
      items(content.commitments.length, '份承诺'),
      items(content.cases.length, '个案例'),
      items(content.lists.length, '个榜单'),
      items(content.people.length, '位好人'),
      items(content.rectification.length, '个整改批次'),
      items(content.rectification.reduce((n, b) => n + b.items.length, 0), '个整改事项'),
      items(content.indicators.length, '项指标'),
      items(content.pages.length, '个页面'),
    ].join('，') +
    '。',
);
if (noteLines.length) console.log(['读取说明：', ...noteLines].join('\n'));
