// `npm run province -- --out <dir> --county <dist-or-url> [--county …]`: builds the static provincial portal over
// the counties' published sites (their /api/summary.json and /api/search-records.json), without rebuilding any county.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveAsOf } from '../src/lib/site-env.ts';
import { buildPortal, type PortalReport } from '../src/province/build-portal.ts';

const USAGE = `用法：npm run province -- --out <输出目录> --county <县网站构建目录或网址> [--county …] [选项]
  --county <目录或网址>   一个县：它的构建目录（dist/）或已发布网站的网址（如 https://fzwm.x.gov.cn/），可写多次
  --name <名称>           门户名称，默认“法治文明公开汇总”
  --base </路径/>         门户所在路径，默认 /
  --as-of <YYYY-MM-DD>    汇总日期（默认 SITE_AS_OF 或今天）：数据截止日期早于它 2 天以上的县标注“未更新”
  --json                  打印 JSON 报告`;

export function summaryLine(report: PortalReport): string {
  return (
    `门户已生成：${report.counties.length} 个县，${report.records} 条搜索记录（${report.index.map((i) => `${i.shard} ${i.records}`).join('，')}），` +
    `用时 ${report.seconds.total.toFixed(1)} 秒 → ${report.out}`
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      county: { type: 'string', multiple: true },
      name: { type: 'string' },
      base: { type: 'string', default: '/' },
      'as-of': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out || !values.county?.length) throw new Error(`缺少参数。\n${USAGE}`);
  const asOf = values['as-of'] ?? resolveAsOf();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`--as-of 应为 YYYY-MM-DD 格式的日期，收到“${asOf}”。`);
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  const counties = values.county.map((c) => (/^https?:\/\//.test(c) ? c : path.resolve(c)));
  const report = await buildPortal({ out: values.out, counties, asOf, base, ...(values.name ? { name: values.name } : {}) });
  for (const r of report.refused) for (const line of r.messages) console.error(`✗ ${line}`);
  for (const line of report.warnings) console.error(`! ${line}`);
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else console.log(summaryLine(report));
  // Refused counties are reported and left out; the portal is still written for the others, but the exit code says so.
  return report.refused.length ? 2 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    },
  );
}
