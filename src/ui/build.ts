// The words of the build's own log lines about skipping a build whose inputs and output are unchanged.
import type { StaleReason } from '../lib/build-inputs.ts';

export const buildWords = {
  skipped: (asOf: string, builtAsOf: string, outDir: string) =>
    asOf === builtAsOf
      ? `内容、代码和数据截至日期（${asOf}）与上次成功构建相同，${outDir} 完整未改动：跳过构建（加 --force 可强制构建）。`
      : `内容、代码和设置与上次成功构建（数据截至 ${builtAsOf}）相同，${outDir} 完整未改动：跳过构建。读者的浏览器按当天日期计算“逾期”和天数；不运行脚本时页面按 ${builtAsOf} 显示并注明此日期，到下个月或加 --force 时重新构建。`,
  pinned: (asOf: string, requested: string) =>
    `数据截至日期沿用本月上次构建的 ${asOf}（内容中没有晚于它的发布、更正、进展或完成日期）：只重新生成改动涉及的页面；读者的浏览器仍按当天日期计算“逾期”和天数。加 --force 则按 ${requested} 全部重新计算。`,
  reasons: {
    none: '没有上次成功构建的记录，完整构建。',
    content: '内容有改动，重新构建。',
    code: '网站代码或依赖有改动，重新构建。',
    asOf: '数据截至日期进入新的月份（或早于上次构建），重新构建。',
    settings: '构建设置（内容目录、输出目录、网址或命令行参数）变了，重新构建。',
    output: '输出目录中的文件被改动、删除或添加过，重新构建。',
    force: '指定了 --force，重新构建。',
  } satisfies Record<StaleReason | 'force', string>,
} as const;
