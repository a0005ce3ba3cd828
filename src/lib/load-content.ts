// Reads a whole content directory into one validated model, collecting every problem instead of stopping at the first.
// Used by `npm run check:content`, by the build's guard, and by the content loaders, so all three agree.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { caseSchema, type CaseData } from '../schemas/cases.ts';
import { commitmentSchema, type CommitmentFile } from '../schemas/commitments.ts';
import { goodPersonSchema, honourListsFileSchema, type GoodPersonData, type HonourList } from '../schemas/good-people.ts';
import { indicatorsFileSchema, type Indicator } from '../schemas/indicators.ts';
import { freePageSchema, type FreePageData } from '../schemas/pages.ts';
import { rectificationBatchSchema, type RectificationBatchFile, type RectificationItem } from '../schemas/rectification.ts';
import { SLUG_PATTERN } from '../schemas/shared.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { unitsFileSchema, type Unit } from '../schemas/units.ts';
import { checkBody } from './body-safety.ts';
import { checkCaseSections } from './case-sections.ts';
import { checkCommitmentDates, checkIndicatorRanges, checkLedgerDates, checkRectificationDates } from './cross-checks.ts';
import { parseFrontmatter } from './frontmatter.ts';
import type { ContentIssue } from './issues.ts';
import { readLedger } from './ledger.ts';
import { parsePeriod, periodSlug } from './periods.ts';
import { scanPersonalData } from './personal-data.ts';
import { resolveAsOf } from './site-env.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { describeZodIssues } from './zod-messages.ts';

export type TextFormat = 'md' | 'mdx';

export interface Commitment extends CommitmentFile {
  /** <period-slug>/<unit>, e.g. 2024-h2/gongan. */
  id: string;
  /** Canonical period key, e.g. 2024-H2. */
  period: string;
  unit: string;
  file: string;
}
export interface CaseEntry {
  file: string;
  format: TextFormat;
  data: CaseData;
  body: string;
}
export interface GoodPersonEntry {
  file: string;
  format: TextFormat;
  data: GoodPersonData;
  body: string;
}
export interface RectificationBatch extends Omit<RectificationBatchFile, 'items'> {
  id: string;
  file: string;
  items: RectificationItem[];
}
export interface FreePage {
  /** The file name without extension: the page is /<id>/. */
  id: string;
  file: string;
  format: TextFormat;
  data: FreePageData;
  body: string;
}

/** Everything the site publishes, validated and cross-checked. */
export interface SiteContent {
  site: Site;
  units: Unit[];
  commitments: Commitment[];
  cases: CaseEntry[];
  lists: HonourList[];
  people: GoodPersonEntry[];
  rectification: RectificationBatch[];
  indicators: Indicator[];
  pages: FreePage[];
}

export interface LoadResult {
  content: SiteContent;
  issues: ContentIssue[];
}

/** Top-level URL segments the site itself uses: a free page may not take one. */
export const RESERVED_PAGE_NAMES = ['cases', 'commitments', 'good-people', 'rectification', 'units', 'data', 'search', 'api', 'feed', 'pagefind', '404', '_astro', 'index'];

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif)$/i;

/**
 * asOf is the date the site is built as of (SITE_AS_OF, else today in Asia/Shanghai): a completion or progress entry
 * after it is refused. check:content and the build pass the same resolveAsOf().
 */
export async function loadContent(contentDir: string, asOf: string = resolveAsOf()): Promise<LoadResult> {
  const issues: ContentIssue[] = [];
  const rel = (abs: string) => path.relative(contentDir, abs).split(path.sep).join('/');
  const read = (file: string) => fs.readFileSync(path.join(contentDir, file), 'utf8');
  const exists = (file: string) => fs.existsSync(path.join(contentDir, file));

  if (!fs.existsSync(contentDir) || !fs.statSync(contentDir).isDirectory()) {
    return { content: emptyContent(), issues: [{ file: '.', message: `内容目录不存在：${contentDir}。请检查 CONTENT_DIR。` }] };
  }

  /** Public text must not carry ID card, mobile phone or bank card numbers: report each with its line. */
  function scanForPersonalData(file: string, text: string): void {
    for (const hit of scanPersonalData(text)) {
      issues.push({
        file,
        line: hit.line,
        message: `发现疑似${hit.kind}（${hit.masked}）。公开内容不得包含身份证号、手机号或银行卡号，请删除或改为“张某”“138****5678”等脱敏写法。`,
      });
    }
  }

  /** Parses a YAML file and validates it, turning every problem into an issue with its line. */
  function yamlFile<T>(file: string, schema: z.ZodType<T>, scan = false): { value?: T; source?: YamlSource } {
    const text = read(file);
    if (scan) scanForPersonalData(file, text);
    const parsed = parseYaml(text.replace(/^\uFEFF/, ''));
    if (!parsed.ok) {
      for (const error of parsed.errors) issues.push({ file, ...(error.line ? { line: error.line } : {}), message: error.message });
      return {};
    }
    return { ...validate(file, schema, parsed.source), source: parsed.source };
  }

  function validate<T>(file: string, schema: z.ZodType<T>, source: YamlSource): { value?: T } {
    const result = schema.safeParse(source.data);
    if (result.success) return { value: result.data };
    if (source.data === null || source.data === undefined) {
      issues.push({ file, message: '文件是空的。' });
      return {};
    }
    for (const problem of describeZodIssues(result.error, source.data)) {
      const line = source.lineOf(problem.path);
      issues.push({ file, ...(problem.field ? { field: problem.field } : {}), ...(line ? { line } : {}), message: problem.message });
    }
    return {};
  }

  const files = walk(contentDir).map(rel).sort();
  // A .yml file is reported once, at the end, with a message that says to rename it.
  const isYml = (f: string) => f.endsWith('.yml');
  const claimed = new Set<string>();
  const claim = (file: string) => claimed.add(file);

  // site.yaml and units.yaml are required: without them no page can be made.
  let site: Site | undefined;
  if (exists('site.yaml')) {
    claim('site.yaml');
    site = yamlFile('site.yaml', siteSchema).value;
  } else issues.push({ file: 'site.yaml', message: '缺少网站信息文件 site.yaml（网站名称、主办单位、网址等）。' });

  let units: Unit[] = [];
  let unitsSource: YamlSource | undefined;
  if (exists('units.yaml')) {
    claim('units.yaml');
    const loaded = yamlFile('units.yaml', unitsFileSchema);
    units = loaded.value ?? [];
    unitsSource = loaded.source;
  } else issues.push({ file: 'units.yaml', message: '缺少单位名录 units.yaml：承诺、案例和整改事项都要引用其中的单位 id。' });
  checkUnits(units, unitsSource, issues);
  const unitIds = new Set(units.map((u) => u.id));
  const unitNames = new Map<string, string>();
  for (const unit of units) for (const name of [unit.id, unit.name, ...(unit.aliases ?? [])]) unitNames.set(name.trim(), unit.id);
  const unitsOk = units.length > 0;
  const unitHint = () => `已有的单位 id：${[...unitIds].slice(0, 30).join('、')}${unitIds.size > 30 ? ' 等' : ''}`;
  const checkUnitRef = (file: string, field: string, id: string, source?: YamlSource, path?: PropertyKey[]) => {
    if (unitsOk && !unitIds.has(id)) {
      const line = source && path ? source.lineOf(path) : undefined;
      const byName = unitNames.get(id);
      issues.push({
        file,
        field,
        ...(line ? { line } : {}),
        message: byName ? `这里要写单位 id，请把“${id}”改为“${byName}”。` : `找不到单位“${id}”：必须是 units.yaml 中某个单位的 id。${unitHint()}。`,
      });
    }
  };

  // Commitments: commitments/<period>/<unit>.yaml.
  const commitments: Commitment[] = [];
  const commitmentKeys = new Map<string, string>();
  for (const file of files.filter((f) => f.startsWith('commitments/') && !isYml(f))) {
    claim(file);
    const parts = file.split('/');
    if (parts.length !== 3 || !file.endsWith('.yaml')) {
      issues.push({ file, message: '承诺文件应放在 commitments/<期间>/<单位id>.yaml，例如 commitments/2024-H2/gongan.yaml。这个文件不会被发布。' });
      continue;
    }
    const [, folder, name] = parts as [string, string, string];
    const period = parsePeriod(folder);
    const unit = name.replace(/\.yaml$/, '');
    if (!period) {
      issues.push({ file, message: `文件夹名“${folder}”不是期间：应为 YYYY（全年）、YYYY-H1/YYYY-H2（半年）或 YYYY-Q1…YYYY-Q4（季度）。` });
    }
    if (!unitIds.has(unit) && unitsOk) {
      const byName = unitNames.get(unit);
      issues.push({
        file,
        message: byName ? `文件名“${unit}”应为单位 id：请把文件改名为 ${byName}.yaml。` : `文件名“${unit}”应为单位 id，但 units.yaml 中没有这个单位。${unitHint()}。`,
      });
    }
    const { value, source } = yamlFile(file, commitmentSchema, true);
    if (!value || !period) continue;
    issues.push(...checkCommitmentDates(file, value, source, asOf));
    const id = `${periodSlug(period.key)}/${unit}`;
    const previous = commitmentKeys.get(id);
    if (previous) {
      issues.push({ file, message: `与 ${previous} 是同一单位同一期间的承诺，只能保留一个文件。` });
      continue;
    }
    commitmentKeys.set(id, file);
    commitments.push({ ...value, id, period: period.key, unit, file });
  }

  /** An image written in a body: a file beside the text, inside the content directory; it is then published. */
  function bodyImage(file: string, url: string): string | undefined {
    let decoded: string;
    try {
      decoded = decodeURI(url.split(/[?#]/)[0] ?? '');
    } catch {
      return `图片路径“${url}”写得不对，请写成 ./图片名.jpg。`;
    }
    const image = path.posix.normalize(path.posix.join(path.posix.dirname(file), decoded));
    if (image.startsWith('../') || image === '..' || path.posix.isAbsolute(image)) {
      return `图片“${url}”在内容目录之外：正文中的图片必须放在内容目录里，最好就在本文件旁边（写成 ./图片名.jpg）。`;
    }
    if (!IMAGE_EXTENSIONS.test(image)) return `“${url}”不是图片：正文中的图片应为 .jpg、.png、.webp 或 .gif 文件。`;
    if (!exists(image)) return `找不到图片文件“${url}”：请把图片放在本文件旁边，写成 ./图片名.jpg。`;
    claim(image);
    return undefined;
  }

  // Narrative files (cases, people, pages) share the frontmatter, personal-data and body checks.
  async function narrative<T>(file: string, schema: z.ZodType<T>, scan: boolean): Promise<{ data?: T; source?: YamlSource; body: string; bodyStartLine: number; format: TextFormat }> {
    const format: TextFormat = file.endsWith('.mdx') ? 'mdx' : 'md';
    const text = read(file);
    const parsed = parseFrontmatter(text);
    if (scan) scanForPersonalData(file, text);
    if (!parsed.ok) {
      for (const error of parsed.errors) issues.push({ file, ...(error.line ? { line: error.line } : {}), message: error.message });
      return { body: '', bodyStartLine: 1, format };
    }
    // The whole file is parsed, so each problem's line is the file's line.
    for (const problem of checkBody(text, format, { checkLocalImage: (url) => bodyImage(file, url) })) {
      issues.push({ file, ...(problem.line !== undefined ? { line: problem.line } : {}), message: problem.message });
    }
    const { value } = validate(file, schema, parsed.source);
    return { ...(value !== undefined ? { data: value } : {}), source: parsed.source, body: parsed.body, bodyStartLine: parsed.bodyStartLine, format };
  }
  const isNarrative = (f: string) => /\.(md|mdx)$/.test(f);

  // Cases.
  const cases: CaseEntry[] = [];
  for (const file of files.filter((f) => f.startsWith('cases/') && !isYml(f))) {
    if (IMAGE_EXTENSIONS.test(file)) continue; // claimed when a case's body shows it
    claim(file);
    if (!isNarrative(file)) {
      issues.push({ file, message: '案例文件的扩展名应为 .md 或 .mdx，这个文件不会被发布。' });
      continue;
    }
    const { data, source, body, bodyStartLine, format } = await narrative(file, caseSchema, true);
    if (!data) {
      // Another field is wrong; the unit is still checked, so that one run names every problem in the file.
      const unit = (source?.data as { unit?: unknown } | undefined)?.unit;
      if (typeof unit === 'string' && !issues.some((i) => i.file === file && i.field === 'unit')) checkUnitRef(file, 'unit', unit, source, ['unit']);
      continue;
    }
    checkUnitRef(file, 'unit', data.unit, source, ['unit']);
    if (!data.withdrawn) {
      for (const problem of checkCaseSections(body)) {
        issues.push({ file, ...(problem.line ? { line: problem.line + bodyStartLine - 1 } : {}), message: problem.message });
      }
    }
    data.changes?.forEach((change, i) => {
      if (change.date < data.published) {
        issues.push({ file, field: `changes[${i}].date`, ...lineAt(source, ['changes', i, 'date']), message: `更正日期 ${change.date} 早于发布日期 ${data.published}：更正说明的日期应在发布之后。` });
      }
    });
    if (data.withdrawn && data.withdrawn.date < data.published) {
      issues.push({ file, field: 'withdrawn.date', ...lineAt(source, ['withdrawn', 'date']), message: `撤回日期 ${data.withdrawn.date} 早于发布日期 ${data.published}：撤回日期应在发布之后。` });
    }
    cases.push({ file, format, data, body });
  }
  checkUniqueIds(cases.map((c) => ({ file: c.file, id: c.data.id, aliases: c.data.aliases ?? [] })), '案例编号', issues);

  // Good people: lists.yaml plus one file per person; images beside the files are their photos.
  let lists: HonourList[] = [];
  let listsOk = false;
  if (exists('good-people/lists.yaml')) {
    claim('good-people/lists.yaml');
    const loaded = yamlFile('good-people/lists.yaml', honourListsFileSchema).value;
    listsOk = loaded !== undefined;
    lists = loaded ?? [];
    checkUniqueIds(lists.map((l) => ({ file: 'good-people/lists.yaml', id: l.id, aliases: l.aliases ?? [] })), '榜单 id', issues);
  }
  const listIds = new Set(lists.map((l) => l.id));
  const people: GoodPersonEntry[] = [];
  for (const file of files.filter((f) => f.startsWith('good-people/') && f !== 'good-people/lists.yaml' && !isYml(f))) {
    if (IMAGE_EXTENSIONS.test(file)) continue; // claimed below when a person refers to it
    claim(file);
    if (!isNarrative(file)) {
      issues.push({ file, message: '好人文件的扩展名应为 .md 或 .mdx（照片用 .jpg/.png/.webp），这个文件不会被发布。' });
      continue;
    }
    const { data, source, body, format } = await narrative(file, goodPersonSchema, true);
    if (!data) {
      // The person's own issues are reported; do not also report their photo as unreferenced.
      const parsedPhoto = (source?.data as { photo?: unknown } | undefined)?.photo;
      const photo = typeof parsedPhoto === 'string' ? parsedPhoto : /^photo:[ \t]*['"]?([^'"\n]+?)['"]?[ \t]*$/m.exec(read(file))?.[1];
      if (photo) claim(path.posix.normalize(path.posix.join(path.posix.dirname(file), photo)));
      continue;
    }
    const lineOf = (field: string) => {
      const line = source?.lineOf([field]);
      return line ? { line } : {};
    };
    if (!exists('good-people/lists.yaml')) {
      issues.push({ file, field: 'list', ...lineOf('list'), message: '缺少榜单文件 good-people/lists.yaml：每位好人都要属于一个已发布的榜单。' });
    } else if (listsOk && !listIds.has(data.list)) {
      issues.push({ file, field: 'list', ...lineOf('list'), message: `找不到榜单“${data.list}”：必须是 good-people/lists.yaml 中某个榜单的 id。已有：${[...listIds].join('、') || '（无）'}。` });
    }
    if (data.photo) {
      const photo = path.posix.normalize(path.posix.join(path.posix.dirname(file), data.photo));
      if (!IMAGE_EXTENSIONS.test(photo)) {
        issues.push({ file, field: 'photo', ...lineOf('photo'), message: `照片“${data.photo}”应为 .jpg、.png 或 .webp 图片。` });
      } else if (!exists(photo)) {
        issues.push({ file, field: 'photo', ...lineOf('photo'), message: `找不到照片文件“${data.photo}”：照片应放在这个文件旁边，写成 ./文件名.jpg。` });
      } else claim(photo);
    }
    people.push({ file, format, data, body });
  }
  checkUniqueIds(people.map((p) => ({ file: p.file, id: p.data.id, aliases: p.data.aliases ?? [] })), '人物 id', issues);

  // Rectification: one YAML per batch, items inline or in a CSV ledger beside it.
  const rectification: RectificationBatch[] = [];
  for (const file of files.filter((f) => f.startsWith('rectification/') && f.endsWith('.yaml'))) {
    claim(file);
    const id = path.posix.basename(file, '.yaml');
    if (file.split('/').length !== 2) {
      issues.push({ file, message: '整改批次文件应直接放在 rectification/ 下，例如 rectification/2024-cepin.yaml。' });
      continue;
    }
    if (!SLUG_PATTERN.test(id)) {
      issues.push({ file, message: `文件名“${id}”就是批次编号，只能由小写英文字母、数字和连字符组成（例如 2024-cepin）。` });
    }
    const { value, source } = yamlFile(file, rectificationBatchSchema, true);
    if (!value || !source) {
      // The batch has problems of its own; its ledger is still its ledger, not an unreferenced CSV.
      const named = (source?.data as { ledger?: unknown } | null | undefined)?.ledger;
      const ledgerFile = `rectification/${typeof named === 'string' ? path.posix.basename(named) : `${id}.csv`}`;
      if (exists(ledgerFile)) claim(ledgerFile);
      continue;
    }
    let items = value.items ?? [];
    if (value.items && value.ledger) {
      if (exists(`rectification/${value.ledger}`)) claim(`rectification/${value.ledger}`);
      issues.push({ file, field: 'ledger', ...lineAt(source, ['ledger']), message: '不能同时填写 items 和 ledger：事项要么直接写在 items 里，要么放在 CSV 台账里。' });
      continue;
    }
    if (!value.items && !value.ledger) {
      issues.push({ file, field: 'items', message: '缺少整改事项：请填写 items 列表，或用 ledger 指定同目录下的 CSV 台账文件。' });
      continue;
    }
    if (value.ledger) {
      const ledgerFile = `rectification/${value.ledger}`;
      if (!exists(ledgerFile)) {
        issues.push({ file, field: 'ledger', line: source.lineOf(['ledger']) ?? 1, message: `找不到台账文件“${value.ledger}”：它应放在 rectification/ 目录下，与本文件同级。` });
        continue;
      }
      claim(ledgerFile);
      const ledgerText = read(ledgerFile);
      scanForPersonalData(ledgerFile, ledgerText);
      const ledger = readLedger(ledgerText, ledgerFile, (name) => unitNames.get(name.trim()));
      // Without a usable units.yaml every unit name would look unknown; units.yaml's own issue says enough.
      issues.push(...ledger.issues.filter((issue) => unitsOk || (issue.column !== '责任单位' && issue.column !== '配合单位')));
      issues.push(...checkLedgerDates(ledgerFile, file, value.foundAt, ledger.items, ledger.rowOf, asOf));
      items = ledger.items;
    } else {
      issues.push(...checkRectificationDates(file, value.foundAt, items, source, asOf));
      items.forEach((item, i) => {
        checkUnitRef(file, `items[${i}].unit`, item.unit, source, ['items', i, 'unit']);
        item.coUnits?.forEach((co, j) => checkUnitRef(file, `items[${i}].coUnits[${j}]`, co, source, ['items', i, 'coUnits', j]));
      });
    }
    // A ledger's duplicate numbers are reported by readLedger, which knows their rows.
    const seen = new Set<number>();
    if (!value.ledger) {
      items.forEach((item, i) => {
        if (seen.has(item.number)) {
          const line = source.lineOf(['items', i, 'number']);
          issues.push({ file, field: `items[${i}].number`, ...(line ? { line } : {}), message: `序号 ${item.number} 重复了：同一批次中每个事项的序号必须不同。` });
        } else seen.add(item.number);
      });
    }
    const { items: _inline, ...rest } = value;
    rectification.push({ ...rest, id, file, items });
  }

  // Indicators.
  let indicators: Indicator[] = [];
  if (exists('indicators.yaml')) {
    claim('indicators.yaml');
    const { value, source } = yamlFile('indicators.yaml', indicatorsFileSchema);
    indicators = value ?? [];
    checkUniqueIds(indicators.map((x) => ({ file: 'indicators.yaml', id: x.id, aliases: [] })), '指标 id', issues);
    issues.push(...checkIndicatorRanges('indicators.yaml', indicators, source));
    indicators.forEach((indicator, i) => {
      const periods = new Set<string>();
      indicator.series.forEach((point, j) => {
        if (periods.has(point.period)) {
          const line = source?.lineOf([i, 'series', j, 'period']);
          issues.push({ file: 'indicators.yaml', field: `[${i}].series[${j}].period`, ...(line ? { line } : {}), message: `指标“${indicator.name}”的期间 ${point.period} 出现了两次。` });
        }
        periods.add(point.period);
      });
    });
  }

  // Free pages.
  const pages: FreePage[] = [];
  for (const file of files.filter((f) => f.startsWith('pages/') && !isYml(f))) {
    if (IMAGE_EXTENSIONS.test(file)) continue; // claimed when a page's body shows it
    claim(file);
    const id = path.posix.basename(file).replace(/\.(md|mdx)$/, '');
    if (!isNarrative(file) || file.split('/').length !== 2) {
      issues.push({ file, message: '自由页面应为 pages/ 目录下的 .md 或 .mdx 文件，这个文件不会被发布。' });
      continue;
    }
    if (!SLUG_PATTERN.test(id)) {
      issues.push({ file, message: `文件名“${id}”就是页面网址 /${id}/，只能由小写英文字母、数字和连字符组成。` });
      continue;
    }
    if (RESERVED_PAGE_NAMES.includes(id)) {
      issues.push({ file, message: `文件名“${id}”与网站栏目网址 /${id}/ 冲突，请换一个文件名。` });
      continue;
    }
    const { data, body, format } = await narrative(file, freePageSchema, false);
    if (data) pages.push({ id, file, format, data, body });
  }
  checkUniqueIds(pages.map((p) => ({ file: p.file, id: p.id, aliases: [] })), '页面名', issues);

  // Anything left over would silently not be published: say so.
  for (const file of files) {
    if (claimed.has(file)) continue;
    const base = path.posix.basename(file);
    if (base.startsWith('.') || /^readme\.md$/i.test(base) || (file.split('/').length === 1 && /\.md$/i.test(base))) continue;
    issues.push({ file, message: unclaimedMessage(file) });
  }

  return {
    content: { site: site ?? emptyContent().site, units, commitments, cases, lists, people, rectification, indicators, pages },
    issues,
  };
}

/** `{ line }` of the value at a path, or nothing when it is not known. */
function lineAt(source: YamlSource | undefined, at: PropertyKey[]): { line?: number } {
  const line = source?.lineOf(at);
  return line ? { line } : {};
}

function unclaimedMessage(file: string): string {
  if (file.endsWith('.yml')) return '扩展名应为 .yaml（不是 .yml），否则这个文件不会被发布。请改名。';
  if (file.startsWith('rectification/') && file.endsWith('.csv')) {
    return '这个 CSV 台账没有被任何整改批次引用：请在同名 .yaml 文件中写 ledger: 文件名.csv，否则它不会被发布。';
  }
  if (file.startsWith('good-people/') && IMAGE_EXTENSIONS.test(file)) return '这张图片没有被任何好人文件的 photo 字段或正文引用，不会被发布。';
  if (IMAGE_EXTENSIONS.test(file)) return '这张图片没有被任何正文引用（写法：![说明](./图片名.jpg)），不会被发布。';
  return '这个文件不在内容约定的任何位置，不会被发布。请对照 README 中的目录结构移动或删除它。';
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function checkUnits(units: Unit[], source: YamlSource | undefined, issues: ContentIssue[]): void {
  const names = new Map<string, string>();
  units.forEach((unit, i) => {
    for (const [field, name] of [['id', unit.id], ['name', unit.name], ...(unit.aliases ?? []).map((a, j) => [`aliases[${j}]`, a])] as Array<[string, string]>) {
      const owner = names.get(name);
      if (owner !== undefined && !(field !== 'id' && owner === unit.id)) {
        const line = source?.lineOf([i, ...field.replace(/\[(\d+)\]/, '.$1').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))]);
        issues.push({
          file: 'units.yaml',
          field: `[${i}].${field}`,
          ...(line ? { line } : {}),
          message: field === 'id' ? `单位 id“${name}”重复了：每个单位的 id 必须不同。` : `名称“${name}”已被单位 ${owner} 使用：CSV 台账按名称找单位，名称和别名不能重复。`,
        });
      } else names.set(name, unit.id);
    }
  });
}

/** Ids (and the old ids in aliases) must be unique within a collection: each is a permanent URL. */
function checkUniqueIds(entries: Array<{ file: string; id: string; aliases: string[] }>, what: string, issues: ContentIssue[]): void {
  const owners = new Map<string, string>();
  for (const entry of entries) {
    const previous = owners.get(entry.id);
    if (previous !== undefined) {
      issues.push({ file: entry.file, field: 'id', message: `${what}“${entry.id}”重复了，已被 ${previous} 使用。每个${what}都对应一个永久网址，必须唯一。` });
    } else owners.set(entry.id, entry.file);
  }
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const previous = owners.get(alias);
      if (alias === entry.id) {
        issues.push({ file: entry.file, field: 'aliases', message: `旧编号“${alias}”与当前编号相同，请删除。` });
      } else if (previous !== undefined) {
        issues.push({ file: entry.file, field: 'aliases', message: `旧编号“${alias}”已被 ${previous} 使用，不能再跳转到这里。` });
      } else owners.set(alias, entry.file);
    }
  }
}

function emptyContent(): SiteContent {
  return {
    site: { name: '', region: '', organizer: '', baseUrl: 'https://example.invalid' },
    units: [],
    commitments: [],
    cases: [],
    lists: [],
    people: [],
    rectification: [],
    indicators: [],
    pages: [],
  };
}
