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
import { readLedgerFile } from './ledger.ts';
import { checkImages } from './image-check.ts';
import { parsePeriod, periodSlug } from './periods.ts';
import { PARTY_CHECKED_TYPES, partyMessage, personalDataMessage, scanPartyDetails, scanPersonalData } from './personal-data.ts';
import { decodeUtf8Text } from './text-encoding.ts';
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

/** How a file was read when that is worth telling (a GBK or UTF-16 ledger, a workbook's sheet): not a problem. */
export interface ContentNote {
  file: string;
  message: string;
}

export interface LoadResult {
  content: SiteContent;
  issues: ContentIssue[];
  /** Printed in check:content's summary. */
  notes: ContentNote[];
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
  const notes: ContentNote[] = [];
  const read = (file: string) => fs.readFileSync(path.join(contentDir, file), 'utf8');
  /** A YAML/Markdown file's text; undefined, with one issue (or one per broken line), when it is not valid UTF-8. */
  const readText = (file: string): string | undefined => {
    const decoded = decodeUtf8Text(fs.readFileSync(path.join(contentDir, file)));
    if (decoded.ok) return decoded.text;
    for (const problem of decoded.problems) issues.push({ file, ...(problem.line ? { line: problem.line } : {}), message: problem.message });
    return undefined;
  };
  const exists = (file: string) => fs.existsSync(path.join(contentDir, file));

  if (!fs.existsSync(contentDir) || !fs.statSync(contentDir).isDirectory()) {
    return { content: emptyContent(), issues: [{ file: '.', message: `内容目录不存在：${contentDir}。请检查 CONTENT_DIR。` }], notes };
  }

  /** Public text must not carry ID card, mobile phone or bank card numbers: report each with its line. */
  function scanForPersonalData(file: string, text: string): void {
    for (const hit of scanPersonalData(text)) issues.push({ file, line: hit.line, message: personalDataMessage(hit) });
  }

  /** Parses a YAML file and validates it, turning every problem into an issue with its line. */
  function yamlFile<T>(file: string, schema: z.ZodType<T>, scan = false): { value?: T; source?: YamlSource } {
    const text = readText(file);
    if (text === undefined) return {};
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
    for (const problem of describeZodIssues(result.error, source.data, schema)) {
      const line = source.lineOf(problem.path);
      issues.push({ file, ...(problem.field ? { field: problem.field } : {}), ...(line ? { line } : {}), message: problem.message });
    }
    return {};
  }

  const walked = walk(contentDir);
  issues.push(...walked.issues);
  const files = walked.files.sort();
  const present = new Set(files);
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
  const formerOwner = new Map(units.flatMap((unit) => (unit.formerIds ?? []).map((old) => [old, unit.id] as const)));
  const unitHint = () => `已有的单位 id：${[...unitIds].slice(0, 30).join('、')}${unitIds.size > 30 ? ' 等' : ''}`;
  const checkUnitRef = (file: string, field: string, id: string, source?: YamlSource, path?: PropertyKey[]) => {
    if (unitsOk && !unitIds.has(id)) {
      const line = source && path ? source.lineOf(path) : undefined;
      const byName = unitNames.get(id);
      issues.push({
        file,
        field,
        ...(line ? { line } : {}),
        message: byName
          ? `这里要写单位 id，请把“${id}”改为“${byName}”。`
          : formerOwner.has(id)
            ? `“${id}”是单位的旧 id，请改为现在的 id“${formerOwner.get(id)}”。`
            : `找不到单位“${id}”：必须是 units.yaml 中某个单位的 id。${unitHint()}。`,
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
  async function narrative<T>(file: string, schema: z.ZodType<T>, scan: boolean): Promise<{ data?: T; source?: YamlSource; text: string; body: string; bodyStartLine: number; format: TextFormat }> {
    const format: TextFormat = file.endsWith('.mdx') ? 'mdx' : 'md';
    const text = readText(file);
    if (text === undefined) return { text: '', body: '', bodyStartLine: 1, format };
    const parsed = parseFrontmatter(text);
    if (scan) scanForPersonalData(file, text);
    if (!parsed.ok) {
      for (const error of parsed.errors) issues.push({ file, ...(error.line ? { line: error.line } : {}), message: error.message });
      return { text, body: '', bodyStartLine: 1, format };
    }
    // The whole file is parsed, so each problem's line is the file's line.
    for (const problem of checkBody(text, format, { checkLocalImage: (url) => bodyImage(file, url) })) {
      issues.push({ file, ...(problem.line !== undefined ? { line: problem.line } : {}), message: problem.message });
    }
    const { value } = validate(file, schema, parsed.source);
    return { ...(value !== undefined ? { data: value } : {}), source: parsed.source, text, body: parsed.body, bodyStartLine: parsed.bodyStartLine, format };
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
    const { data, source, text, body, bodyStartLine, format } = await narrative(file, caseSchema, true);
    if (!data) {
      // Another field is wrong; the unit is still checked, so that one run names every problem in the file.
      const unit = (source?.data as { unit?: unknown } | undefined)?.unit;
      if (typeof unit === 'string' && !issues.some((i) => i.file === file && i.field === 'unit')) checkUnitRef(file, 'unit', unit, source, ['unit']);
      continue;
    }
    checkUnitRef(file, 'unit', data.unit, source, ['unit']);
    // Cases exposing wrongdoing anonymise their parties' names and home addresses (the good examples name people).
    if (PARTY_CHECKED_TYPES.includes(data.type)) {
      for (const hit of scanPartyDetails(text, data.publicNames?.names)) issues.push({ file, line: hit.line, message: partyMessage(hit) });
    }
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
  const photos: Array<{ file: string; photo: string; written: string; line?: number }> = [];
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
      if (/^([a-z][a-z0-9+.-]*:|[/\\])/i.test(data.photo) || photo === '..' || photo.startsWith('../')) {
        issues.push({ file, field: 'photo', ...lineOf('photo'), message: `照片“${data.photo}”不在内容目录里：照片应放在这个文件旁边，写成 ./文件名.jpg（不能用 / 开头的绝对路径、网址或走出内容目录的 ../）。` });
      } else if (!IMAGE_EXTENSIONS.test(photo)) {
        issues.push({ file, field: 'photo', ...lineOf('photo'), message: `照片“${data.photo}”应为 .jpg、.png 或 .webp 图片。` });
      } else if (present.has(photo)) {
        claim(photo);
        photos.push({ file, photo, written: data.photo, ...lineOf('photo') });
      } else if (!walked.issues.some((issue) => photo === issue.file || photo.startsWith(`${issue.file}/`))) {
        // (A photo that is a link or hidden has its own issue from walk().)
        issues.push({ file, field: 'photo', ...lineOf('photo'), message: `找不到照片文件“${data.photo}”：照片应放在这个文件旁边，写成 ./文件名.jpg。` });
      }
    }
    people.push({ file, format, data, body });
  }
  checkUniqueIds(people.map((p) => ({ file: p.file, id: p.data.id, aliases: p.data.aliases ?? [] })), '人物 id', issues);
  // Decoded now, so that a broken photo is named here rather than by the build's image service, in English.
  const broken = await checkImages(photos.map((p) => path.join(contentDir, p.photo)));
  photos.forEach(({ file, written, line }, i) => {
    const problem = broken[i];
    if (problem) issues.push({ file, field: 'photo', ...(line ? { line } : {}), message: `照片文件“${written}”${problem}` });
  });

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
      for (const ledgerFile of typeof named === 'string' ? [`rectification/${path.posix.basename(named)}`] : [`rectification/${id}.csv`, `rectification/${id}.xlsx`]) {
        if (exists(ledgerFile)) claim(ledgerFile);
      }
      continue;
    }
    let items = value.items ?? [];
    if (value.items && value.ledger) {
      if (exists(`rectification/${value.ledger}`)) claim(`rectification/${value.ledger}`);
      issues.push({ file, field: 'ledger', ...lineAt(source, ['ledger']), message: '不能同时填写 items 和 ledger：事项要么直接写在 items 里，要么放在台账文件（CSV 或 Excel）里。' });
      continue;
    }
    if (!value.items && !value.ledger) {
      issues.push({ file, field: 'items', message: '缺少整改事项：请填写 items 列表，或用 ledger 指定同目录下的台账文件（.csv 或 .xlsx）。' });
      continue;
    }
    if (value.ledger) {
      const ledgerFile = `rectification/${value.ledger}`;
      if (!exists(ledgerFile)) {
        issues.push({ file, field: 'ledger', line: source.lineOf(['ledger']) ?? 1, message: `找不到台账文件“${value.ledger}”：它应放在 rectification/ 目录下，与本文件同级。` });
        continue;
      }
      claim(ledgerFile);
      const ledger = await readLedgerFile(fs.readFileSync(path.join(contentDir, ledgerFile)), ledgerFile, (name) => unitNames.get(name.trim()));
      // The decoded cells, one line per spreadsheet row: a hit's line is the row.
      scanForPersonalData(ledgerFile, ledger.scanText);
      notes.push(...ledger.notes.map((message) => ({ file: ledgerFile, message })));
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

  // Anything left over would silently not be published: say so. (walk() has already set aside the top's housekeeping.)
  for (const file of files) {
    if (!claimed.has(file)) issues.push({ file, message: unclaimedMessage(file) });
  }

  return {
    content: { site: site ?? emptyContent().site, units, commitments, cases, lists, people, rectification, indicators, pages },
    issues,
    notes,
  };
}

/** `{ line }` of the value at a path, or nothing when it is not known. */
function lineAt(source: YamlSource | undefined, at: PropertyKey[]): { line?: number } {
  const line = source?.lineOf(at);
  return line ? { line } : {};
}

function unclaimedMessage(file: string): string {
  if (file.endsWith('.yml')) return '扩展名应为 .yaml（不是 .yml），否则这个文件不会被发布。请改名。';
  if (file.startsWith('rectification/') && /\.(csv|xlsx)$/.test(file)) {
    return '这个台账没有被任何整改批次引用：请在同名 .yaml 文件中写 ledger: 文件名（.csv 或 .xlsx），否则它不会被发布。';
  }
  if (file.startsWith('good-people/') && IMAGE_EXTENSIONS.test(file)) return '这张图片没有被任何好人文件的 photo 字段或正文引用，不会被发布。';
  if (IMAGE_EXTENSIONS.test(file)) return '这张图片没有被任何正文引用（写法：![说明](./图片名.jpg)），不会被发布。';
  return '这个文件不在内容约定的任何位置，不会被发布。请对照 README 中的目录结构移动或删除它。';
}

/** Names an operating system leaves in folders by itself (macOS, Windows): never content, so skipped quietly. */
const OS_FILES = /^(\.DS_Store|\._.+|Thumbs\.db|ehthumbs\.db|desktop\.ini)$/i;
/** Editors' backups and office lock files (x.md~, #x.md#, x.bak, ~$x.xlsx): the build would drop them. */
const BACKUP_FILES = /~$|^#.*#$|\.(bak|orig|swp|swo)$|^~\$/i;
/** At the top only: the repository's own files (.git/, .gitignore, .github/, README.md, LICENSE); the build reads none. */
const isHousekeeping = (name: string) => name.startsWith('.') || /^(readme|license|licence)(\.(md|txt))?$/i.test(name);

/**
 * Every regular file the site may publish, relative to the content directory, and a problem for each entry the build
 * would not read the same way: a symbolic link (Astro follows it wherever it points; the check would not), a hidden
 * file or folder (Astro's glob skips names starting with “.”), an editor's backup. The content directory itself may be
 * a link (CONTENT_DIR may name one); what is inside it may not.
 */
function walk(contentDir: string): { files: string[]; issues: ContentIssue[] } {
  const files: string[] = [];
  const issues: ContentIssue[] = [];
  const visit = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const denied = ['EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '');
      issues.push({ file: rel || '.', message: `无法读取这个文件夹${denied ? '（没有读取权限）' : ''}：请检查它的访问权限。（${(error as Error).message}）` });
      return;
    }
    for (const entry of entries) {
      const file = rel ? `${rel}/${entry.name}` : entry.name;
      const what = entry.isDirectory() ? '文件夹' : '文件';
      if (entry.isSymbolicLink()) {
        issues.push({ file, message: '这是一个符号链接（快捷方式），内容目录中不允许使用：网站只发布内容目录里真实存在的文件。请用它指向的文件（或文件夹）本身替换它。' });
      } else if (!rel && isHousekeeping(entry.name)) {
        continue;
      } else if (OS_FILES.test(entry.name) && !entry.isDirectory()) {
        continue;
      } else if (entry.name.startsWith('.')) {
        issues.push({ file, message: `${what}名以“.”开头，是隐藏${what}，网站不会发布${entry.isDirectory() ? '其中的任何文件' : '它'}。如果要发布，请去掉开头的“.”；否则请删除它。` });
      } else if (BACKUP_FILES.test(entry.name) && !entry.isDirectory()) {
        issues.push({ file, message: '这是编辑器或办公软件留下的备份（临时）文件，网站不会发布它，请删除它（以“~$”开头的文件在表格关闭后会自动消失）；如果它的内容需要发布，请改成正式的文件名。' });
      } else if (entry.isDirectory()) {
        visit(path.join(dir, entry.name), file);
      } else if (entry.isFile()) {
        files.push(file);
      } else {
        issues.push({ file, message: '这不是普通文件（可能是设备、管道或套接字文件），网站无法发布它，请删除它。' });
      }
    }
  };
  visit(contentDir, '');
  return { files, issues };
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
          message: field === 'id' ? `单位 id“${name}”重复了：每个单位的 id 必须不同。` : `名称“${name}”已被单位 ${owner} 使用：台账按名称找单位，名称和别名不能重复。`,
        });
      } else names.set(name, unit.id);
    }
  });
  // An old id is a permanent URL that redirects to one unit: it may be no unit's id and no other unit's old id.
  const owners = new Map(units.map((unit) => [unit.id, `单位 ${unit.id} 的 id`]));
  units.forEach((unit, i) => {
    unit.formerIds?.forEach((old, j) => {
      const line = source?.lineOf([i, 'formerIds', j]);
      const owner = old === unit.id ? '本单位现在的 id' : owners.get(old);
      if (owner !== undefined) {
        issues.push({ file: 'units.yaml', field: `[${i}].formerIds[${j}]`, ...(line ? { line } : {}), message: `旧 id“${old}”已是${owner}：旧 id 的网址要跳转到本单位，不能与任何单位的 id 或其他旧 id 相同。` });
      } else owners.set(old, `单位 ${unit.id} 的旧 id`);
    });
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
