// The page metadata of 政府网站网页设计规范 (NORMS.md "Page metadata"): each column's description, keywords and type,
// the PubDate format, and which section feed a column's pages link to.
import type { AtomFeedName } from './routes.ts';

/**
 * ColumnType: our reading of the norm is that it names the column's function among the four functions a government
 * site has (国办发〔2017〕47号: 信息发布、解读回应、办事服务、互动交流).
 */
export type ColumnType = '信息发布' | '解读回应' | '办事服务' | '互动交流';

export interface ColumnMeta {
  description: string;
  keywords: readonly string[];
  type: ColumnType;
  /** The section Atom feed its pages link to besides the site's, when it has one. */
  feed?: AtomFeedName;
}

/** Keyed by ColumnName (the column a page belongs to). A column not listed (a free page) gets `defaultColumnMeta`. */
export const COLUMN_META: Readonly<Record<string, ColumnMeta>> = {
  首页: { description: '法治与文明建设信息公开', keywords: ['法治建设', '文明创建', '信息公开'], type: '信息发布' },
  公开承诺: {
    description: '各责任单位每期向社会公开的承诺事项、兑现情况和逾期事项',
    keywords: ['公开承诺', '承诺兑现', '双提升'],
    type: '信息发布',
  },
  典型案例: {
    description: '警示案例、反面典型、正面典型和不文明行为曝光',
    keywords: ['典型案例', '以案释法', '警示教育'],
    type: '解读回应',
    feed: 'cases',
  },
  好人榜: { description: '身边好人榜、道德模范等荣誉榜单及人物事迹', keywords: ['好人榜', '道德模范', '文明实践'], type: '信息发布' },
  整改进展: {
    description: '测评、督查、巡察和群众反映发现问题的整改台账与进展',
    keywords: ['整改台账', '问题整改', '整改进展'],
    type: '解读回应',
    feed: 'rectification',
  },
  责任单位: {
    description: '各责任单位的公开承诺、整改事项和典型案例',
    keywords: ['责任单位', '责任清单', '履职公开'],
    type: '信息发布',
  },
  数据指标: {
    description: '群众安全感、执法满意度等法治建设指标的历次数值、目标值和排名',
    keywords: ['群众安全感', '执法满意度', '数据指标'],
    type: '信息发布',
  },
  数据开放: { description: '本站全部公开信息的 JSON 和 CSV 数据文件及数据字典', keywords: ['开放数据', '数据下载'], type: '信息发布' },
  搜索: { description: '搜索本站的案例、承诺、好人榜、整改事项和单位', keywords: ['站内搜索'], type: '办事服务' },
};

/** A free page (关于本站, 监督举报): its own title as the column; 监督举报 is how residents reach the site's owners. */
export function defaultColumnMeta(column: string, description: string): ColumnMeta {
  return { description, keywords: [column], type: /举报|咨询|留言|信箱/.test(column) ? '互动交流' : '信息发布' };
}

/** PubDate with time, `YYYY-MM-DD HH:mm` in Asia/Shanghai; content gives dates only, so the time is 00:00. */
export function pubDate(ymd: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) throw new Error(`不是 YYYY-MM-DD 格式的日期：${ymd}`);
  return `${ymd} 00:00`;
}

/** Keywords: each once, in order, without empty ones; joined with the comma the norm's examples use. */
export function keywordList(words: ReadonlyArray<string | undefined>): string {
  return [...new Set(words.map((w) => w?.trim()).filter((w): w is string => Boolean(w)))].join(',');
}
