// The problems found in a content directory, and how they are printed for the staff who fix them.

/** One problem in one content file, in words a staff member can act on. */
export interface ContentIssue {
  /** Path relative to the content directory, with forward slashes. */
  file: string;
  /** Dotted field path, e.g. items[2].status; absent for whole-file problems. */
  field?: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** CSV ledgers: spreadsheet row (the header is row 1) and column header. */
  row?: number;
  column?: string;
  /** Excel workbooks: the column's letter (C, or B–C for a merged range), shown as “C 列（责任单位）”. */
  columnLetter?: string;
  /** Plain Chinese: what is wrong and what is allowed. */
  message: string;
}

/** Chinese names of the fields, so a message says both the key to fix and what it means. */
export const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  region: '地区',
  organizer: '主办单位',
  coOrganizers: '承办/协办单位',
  baseUrl: '网站地址',
  siteCode: '网站标识码',
  icp: 'ICP备案号',
  psb: '公安机关备案号',
  contact: '联系方式',
  phone: '电话',
  email: '电子邮箱',
  address: '地址',
  reportChannels: '监督举报渠道',
  value: '数值',
  id: '编号',
  kind: '单位类别',
  aliases: '别名/旧编号',
  formerIds: '旧 id',
  title: '标题',
  madeAt: '公开承诺日期',
  leader: '责任领导',
  supervisor: '监督单位',
  items: '事项',
  text: '承诺内容',
  due: '时限',
  status: '状态',
  progress: '进展',
  date: '日期',
  note: '说明',
  source: '来源',
  evidence: '佐证材料',
  type: '案例类型',
  category: '类别',
  unit: '单位',
  published: '发布日期',
  summary: '摘要',
  legalBasis: '法律依据',
  tags: '关键词',
  changes: '更正/更新说明',
  withdrawn: '撤回信息',
  publicNames: '经决定公开的姓名',
  names: '姓名',
  reason: '原因',
  issuer: '发布单位',
  list: '所属榜单',
  headline: '事迹简介',
  township: '乡镇（街道）村（社区）',
  identity: '身份',
  gender: '性别',
  birthYear: '出生年份',
  ethnicity: '民族',
  photo: '照片',
  foundAt: '发现日期',
  description: '说明',
  ledger: '台账文件',
  number: '序号',
  problem: '问题',
  coUnits: '配合单位',
  measures: '整改措施',
  completedAt: '完成时间',
  remark: '备注',
  target: '目标值',
  higherIsBetter: '数值越高越好',
  min: '最小值',
  max: '最大值',
  series: '数据序列',
  period: '期间',
  rank: '排名',
  order: '排序',
};

/** items[2].status for the path ['items', 2, 'status']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** “items[2].status（状态）”: the key to fix plus its Chinese meaning. */
export function describeField(field: string): string {
  const last = field.replace(/\[\d+\]$/, '').split('.').pop() ?? field;
  const label = FIELD_LABELS[last.replace(/\[\d+\]/g, '')];
  return label ? `${field}（${label}）` : field;
}

export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.row ?? a.line ?? 0) - (b.row ?? b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

/** The report printed by check:content and by a refused build: every problem, grouped by file. */
export function formatIssues(issues: ContentIssue[], contentDir?: string): string {
  const sorted = sortIssues(issues);
  const files = new Map<string, ContentIssue[]>();
  for (const issue of sorted) {
    const list = files.get(issue.file);
    if (list) list.push(issue);
    else files.set(issue.file, [issue]);
  }
  const lines = [
    `内容检查未通过：${files.size} 个文件中共有 ${issues.length} 个问题${contentDir ? `（内容目录：${contentDir}）` : ''}。`,
    '请逐条修改后重新提交；在全部问题修正之前，网站不会发布任何内容。',
    '',
  ];
  for (const [file, fileIssues] of files) {
    lines.push(`✗ ${file}`);
    for (const issue of fileIssues) lines.push(`  - ${locate(issue)}${issue.message}`);
    lines.push('');
  }
  return lines.join('\n');
}

function locate(issue: ContentIssue): string {
  const parts: string[] = [];
  if (issue.row !== undefined) parts.push(`第 ${issue.row} 行`);
  else if (issue.line !== undefined) parts.push(`第 ${issue.line} 行`);
  if (issue.columnLetter) parts.push(`${issue.columnLetter} 列${issue.column ? `（${issue.column}）` : ''}`);
  else if (issue.column) parts.push(`“${issue.column}”列`);
  if (issue.field) parts.push(`字段 ${describeField(issue.field)}`);
  return parts.length ? `${parts.join('，')}：` : '';
}
