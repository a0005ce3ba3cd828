// Generates typical cases (cases/<year>/<id>-<slug>.md|mdx) from the scenarios, each with its own places, people, dates and amounts.
import { GENERIC } from './case-generic.ts';
import { PROVISION_TEXTS, SCENARIOS, type CaseType, type Scenario } from './case-scenarios.ts';
import { addDays, cnCount, cnDate, cnMonth, cnMonthDay, cnTerm, fromDays, Rng, toDays, yuan } from './rng.ts';
import {
  COMPANIES,
  MARKETS,
  MOUNTAINS,
  PLACES_PUBLIC,
  RIVERS,
  ROADS,
  SCENIC,
  SCHOOLS,
  SHOPS,
  stationOf,
  SURNAMES,
  TOWN_UNIT,
  TOWNS,
  unit,
  VEHICLES,
  villagesOf,
} from './vocab.ts';
import { flowList, idScalar, scalar } from './yaml.ts';

export interface GeneratedFile {
  path: string;
  content: string;
}

export interface CaseStats {
  cases: number;
  md: number;
  mdx: number;
  withdrawn: number;
  withChanges: number;
  withAliases: number;
  years: number;
  categories: number;
  byType: Record<string, number>;
  avgBodyChars: number;
}

const TYPE_SHARES: ReadonlyArray<readonly [CaseType, number]> = [
  ['警示案例', 45],
  ['反面典型', 13],
  ['正面典型', 20],
  ['不文明行为曝光', 22],
];
const BY_TYPE = new Map<CaseType, Scenario[]>(TYPE_SHARES.map(([t]) => [t, SCENARIOS.filter((s) => s.type === t)]));

/** Case numbers above this are kept free for old numbers (aliases). */
const MAX_PER_YEAR = 960;
const ALIAS_FROM = 999;

/** How many cases each year gets: slightly more in recent years, the current year only up to the as-of date. */
export function casesPerYear(total: number, lastYear: number, asOf: string): Array<{ year: number; count: number }> {
  const asOfDay = toDays(asOf);
  for (let years = 11; ; years++) {
    const list = Array.from({ length: years }, (_, i) => lastYear - years + 1 + i);
    const weights = list.map((year, i) => {
      const start = toDays(`${year}-01-01`);
      const share = Math.min(1, Math.max(0, (asOfDay - start) / 365));
      return (0.95 + 0.01 * i) * share;
    });
    const sum = weights.reduce((a, b) => a + b, 0);
    const exact = weights.map((w) => (total * w) / sum);
    const counts = exact.map(Math.floor);
    let rest = total - counts.reduce((a, b) => a + b, 0);
    const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, i] of order) if (rest-- > 0) counts[i]!++;
    if (Math.max(...counts) <= MAX_PER_YEAR)
      return list.map((year, i) => ({ year, count: counts[i]! })).filter((y) => y.count > 0);
  }
}

type Ctx = Record<string, string>;

/** Replaces {slot}s; an unknown slot is a template bug, so it throws. */
export function fill(template: string, ctx: Ctx): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = ctx[key];
    if (value === undefined)
      throw new Error(`corpus template uses an unknown slot {${key}}: ${template.slice(0, 40)}…`);
    return value;
  });
}

const TERMS = [8, 10, 12, 18, 24, 30, 36, 42, 48, 60, 72, 84];
const SPANS = ['三天', '五天', '一周', '十天', '半个月', '二十天'];
const HOURS = [
  '凌晨1时许',
  '凌晨3时许',
  '晚上9时许',
  '晚上11时许',
  '傍晚6时许',
  '中午12时许',
  '下午3时许',
  '上午10时许',
];
const FINES = [200, 500, 1000, 2000, 3000, 5000, 10000, 20000, 50000];
const PENALTIES = [2000, 3000, 5000, 8000, 10000, 20000, 30000, 50000];

function anonymized(rng: Rng, surnames: string[]): string {
  return `${surnames.shift()}${rng.chance(0.7) ? '某' : '某某'}`;
}

function logUniform(rng: Rng, min: number, max: number): number {
  return Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min)));
}

/** Everything a scenario's template may mention, drawn for one case. */
function caseContext(rng: Rng, scenario: Scenario, unitId: string, published: string): Ctx {
  const surnames = rng.sample(SURNAMES, 3).map(([s]) => s);
  // A township publishes cases from its own town.
  const ownTown = Object.entries(TOWN_UNIT).find(([, id]) => id === unitId)?.[0];
  const town = ownTown ?? rng.pick(TOWNS);
  const villages = rng.sample(villagesOf(town), 2);
  const [road, road2] = rng.sample(ROADS, 2) as [string, string];
  const span = rng.int(60, 420);
  const day1 = toDays(published) - span;
  const at = (lo: number, hi: number) => fromDays(day1 + Math.round(span * (lo + rng.next() * (hi - lo))));
  const date1 = fromDays(day1);
  const [date2, date3, date4] = [at(0.01, 0.1), at(0.15, 0.45), at(0.55, 0.95)];
  const [minAmount, maxAmount] = scenario.amount ?? [20000, 300000];
  const amount = Math.round(logUniform(rng, minAmount, maxAmount) / 100) * 100;
  const short = unit(unitId).short;
  const ctx: Ctx = {
    p1: anonymized(rng, surnames),
    p2: anonymized(rng, surnames),
    p3: anonymized(rng, surnames),
    sex1: rng.pick(['男', '女']),
    age1: String(rng.int(22, 58)),
    ageOld: String(rng.int(66, 87)),
    ageYoung: String(rng.int(13, 17)),
    town,
    village: villages[0]!,
    village2: villages[1] ?? villages[0]!,
    town2: rng.pick(TOWNS.filter((t) => t !== town)),
    road,
    road2,
    river: rng.pick(RIVERS),
    mountain: rng.pick(MOUNTAINS),
    market: rng.pick(MARKETS),
    school: rng.pick(SCHOOLS),
    publicPlace: rng.pick(PLACES_PUBLIC),
    scenic: rng.pick(SCENIC),
    shop: rng.pick(SHOPS),
    company: rng.pick(COMPANIES),
    vehicle: rng.pick(VEHICLES),
    hour: rng.pick(HOURS),
    date1: cnDate(date1),
    date2: cnDate(date2),
    date3: cnDate(date3),
    date4: cnDate(date4),
    md1: cnMonthDay(date1),
    md4: cnMonthDay(date4),
    month1: cnMonth(date1),
    month1Only: `${Number(date1.slice(5, 7))}月`,
    month4: cnMonth(date4),
    year1: date1.slice(0, 4),
    days2: rng.pick(SPANS),
    amt: yuan(amount),
    amtPart: yuan(Math.round((amount * (0.15 + rng.next() * 0.45)) / 100) * 100),
    amtSmall: yuan(rng.int(8, 98) * 100 + rng.pick([0, 0, 50])),
    amtBig: yuan(Math.round(logUniform(rng, 500_000, 20_000_000) / 1000) * 1000),
    fine: yuan(rng.pick(FINES)),
    penalty: yuan(rng.pick(PENALTIES)),
    term: cnTerm(rng.pick(TERMS)),
    termLight: cnTerm(rng.int(1, 6)),
    bac: String(rng.int(81, 260)),
    weight: String(rng.float(3, 80, 1)),
    area: String(rng.float(0.5, 30, 1)),
    n1: cnCount(rng.int(2, 9)),
    n2: String(rng.int(10, 60)),
    n3: String(rng.int(60, 480)),
    n4: String(rng.int(20, 500) * 100),
    police: '县公安局',
    court: '县人民法院',
    procur: '县人民检察院',
    fulian: '县妇联',
    pcs: stationOf(town),
    unitShort: short,
    dept: scenario.depts ? rng.pick(scenario.depts) : short,
  };
  ctx['s'] = ctx[scenario.suspect ?? 'p1']!;
  return ctx;
}

const CHANGE_NOTES = [
  '更正：更正案情中涉案金额的表述。',
  '更新：补充{court}一审判决结果。',
  '更新：补充追赃挽损及发还被害人情况。',
  '更正：更正当事人化名的笔误。',
  '更新：补充二审裁定结果，二审维持原判。',
  '更新：补充相关单位整改落实情况。',
  '更正：更正案发时间的笔误。',
  '更新：补充检察机关提起公益诉讼的情况。',
];
const WITHDRAW_REASONS = [
  '因本案已由上级人民法院裁定再审，依法撤回公开，待再审审结后另行发布。',
  '因案件当事人信息核查需要，暂时撤回，核查完成后重新发布。',
  '因发现案情表述与生效法律文书不一致，撤回并将在更正后重新发布。',
  '应当事人申请并经审核，依法撤回公开。',
  '因涉及未成年人信息保护，依法撤回公开。',
];
const PROVISION_LEADS = ['法律的规定清清楚楚：', '本案涉及的主要法律规定如下：', '相关法律条文：'];

function truncateSummary(text: string): string {
  if (text.length <= 200) return text;
  const cut = text.slice(0, 199);
  const end = cut.lastIndexOf('。');
  return end > 60 ? cut.slice(0, end + 1) : `${cut.slice(0, 198)}。`;
}

interface CaseParts {
  id: string;
  published: string;
  aliases: string[];
  mdx: boolean;
  withdrawn: boolean;
  changes: boolean;
}

/** A title template that names no person or place would repeat verbatim across hundreds of cases. */
const SPECIFIC_SLOT =
  /\{(p1|p2|town|village|road|river|market|school|publicPlace|scenic|mountain|company|dept|shop|amt|n1|n2)\}/;

/** The case title: exposure columns are numbered issues (第N期), other generic titles name the town. */
function caseTitle(template: string, ctx: Ctx, type: string, parts: CaseParts, issues: Map<string, number>): string {
  const title = fill(template, ctx);
  if (SPECIFIC_SLOT.test(template)) return title;
  if (type === '不文明行为曝光') {
    const year = parts.id.slice(0, 4);
    const issue = (issues.get(year) ?? 0) + 1;
    issues.set(year, issue);
    return `${title}（${year}年第${issue}期）`;
  }
  return `${ctx['town']}${title}`;
}

function renderCase(
  rng: Rng,
  parts: CaseParts,
  asOf: string,
  issues: Map<string, number>,
): { path: string; content: string; bodyChars: number; category: string; type: string } {
  const type = rng.weighted(TYPE_SHARES);
  const scenario = rng.pick(BY_TYPE.get(type)!);
  const unitId = rng.pick(scenario.units);
  const ctx = caseContext(rng, scenario, unitId, parts.published);
  const pools = GENERIC[scenario.track];
  const f = (t: string) => fill(t, ctx);

  // Three sections from the scenario, lengthened with the track's sentences to a target size.
  // A scenario may tell several stories: titles, summaries and results with as many variants as the facts follow the same one.
  const variant = rng.int(0, scenario.facts.length - 1);
  const aligned = (list: string[]) => (list.length === scenario.facts.length ? list[variant]! : rng.pick(list));
  const sections: Array<{ heading: string; paragraphs: string[]; pool: string[] }> = [
    { heading: '基本案情', paragraphs: [f(scenario.facts[variant]!)], pool: rng.shuffle(pools.facts) },
    { heading: '处理结果', paragraphs: [f(aligned(scenario.results))], pool: rng.shuffle(pools.results) },
    { heading: '典型意义', paragraphs: [f(rng.pick(scenario.meaning))], pool: rng.shuffle(pools.meaning) },
  ];
  const extras: string[][] = [[], [], []];
  const target = rng.int(800, 960);
  const size = () =>
    sections.reduce((n, s) => n + s.paragraphs.join('').length, 0) + extras.reduce((n, e) => n + e.join('').length, 0);
  for (let round = 0; size() < target && round < 15; round++) {
    const i = round % 3;
    const next = sections[i]!.pool.shift();
    if (!next) continue;
    const sentence = f(next);
    // A scenario may already say what a generic sentence says.
    if (!sections[i]!.paragraphs[0]!.includes(sentence.slice(0, 10))) extras[i]!.push(sentence);
  }
  sections.forEach((s, i) => {
    if (extras[i]!.length) s.paragraphs.push(extras[i]!.join(''));
  });

  const lines: string[] = [];
  if (rng.chance(0.15)) lines.push(f(rng.pick(pools.intro)), '');
  for (const s of sections) lines.push(`## ${s.heading}`, '', ...s.paragraphs.flatMap((p) => [p, '']));
  const tips = scenario.tips ?? pools.tips;
  if (parts.mdx) {
    const provisions = scenario.legal.filter((l) => PROVISION_TEXTS[l]);
    const useProvision = provisions.length > 0 && rng.chance(0.7);
    if (useProvision) {
      const source = rng.pick(provisions);
      lines.push(
        '## 以案释法',
        '',
        rng.pick(PROVISION_LEADS),
        '',
        `<Provision source="${source}">`,
        PROVISION_TEXTS[source]!,
        '</Provision>',
        '',
      );
    }
    if (!useProvision || rng.chance(0.6)) {
      const [heading, text] = rng.pick(tips);
      lines.push(`## ${heading}`, '', `<Callout title="${heading}">`, f(text), '</Callout>', '');
    }
  } else if (rng.chance(0.35)) {
    const [heading, text] = rng.pick(tips);
    lines.push(`## ${heading}`, '', f(text), '');
  }
  const body = lines.join('\n').trimEnd() + '\n';
  if (parts.mdx && /[<{}>]/.test(body.replace(/<\/?(Provision|Callout)[^>\n]*>/g, ''))) {
    throw new Error(`MDX case ${parts.id} would contain a bare < or {`);
  }

  const legal = scenario.legal.slice(0, rng.int(1, scenario.legal.length));
  const tags = rng.sample(scenario.tags, rng.int(2, scenario.tags.length));
  if (rng.chance(0.3)) tags.push(ctx['town']!);
  const fm: string[] = [
    '---',
    `id: ${idScalar(parts.id)}`,
    `title: ${scalar(caseTitle(aligned(scenario.titles), ctx, type, parts, issues))}`,
    `type: ${type}`,
    `category: ${scalar(scenario.category)}`,
    `unit: ${unitId}`,
    `published: ${parts.published}`,
    `summary: ${scalar(truncateSummary(f(aligned(scenario.summary))))}`,
    'legalBasis:',
    ...legal.map((l) => `  - ${scalar(l)}`),
    `tags: ${flowList(tags)}`,
  ];
  if (parts.aliases.length) fm.push(`aliases: ${flowList(parts.aliases)}`);
  const lastDay = toDays(asOf) - 1;
  const room = lastDay - toDays(parts.published);
  if (parts.changes && room >= 5) {
    const count = room > 60 && rng.chance(0.3) ? 2 : 1;
    const days = Array.from({ length: count }, () => rng.int(3, Math.min(room, 400))).sort((a, b) => a - b);
    fm.push('changes:');
    for (const d of days)
      fm.push(`  - date: ${addDays(parts.published, d)}`, `    note: ${scalar(f(rng.pick(CHANGE_NOTES)))}`);
  }
  if (parts.withdrawn && room >= 2) {
    fm.push(
      'withdrawn:',
      `  date: ${addDays(parts.published, rng.int(1, Math.min(room, 500)))}`,
      `  reason: ${scalar(rng.pick(WITHDRAW_REASONS))}`,
    );
  }
  fm.push('---', '');
  const year = parts.id.slice(0, 4);
  return {
    path: `cases/${year}/${parts.id}-${scenario.slug}.${parts.mdx ? 'mdx' : 'md'}`,
    content: fm.join('\n') + '\n' + body,
    bodyChars: body.length,
    category: scenario.category,
    type,
  };
}

export function generateCases(total: number, seed: number, asOf: string): { files: GeneratedFile[]; stats: CaseStats } {
  const lastYear = Number(asOf.slice(0, 4));
  const files: GeneratedFile[] = [];
  const stats: CaseStats = {
    cases: 0,
    md: 0,
    mdx: 0,
    withdrawn: 0,
    withChanges: 0,
    withAliases: 0,
    years: 0,
    categories: 0,
    byType: {},
    avgBodyChars: 0,
  };
  const categories = new Set<string>();
  let bodyChars = 0;
  const issues = new Map<string, number>();
  for (const { year, count } of casesPerYear(total, lastYear, asOf)) {
    stats.years++;
    const rng = Rng.derive(seed, `cases-${year}`);
    const first = toDays(`${year}-01-01`);
    const last = Math.min(toDays(`${year}-12-31`), toDays(asOf) - 1);
    const days = Array.from({ length: count }, () => rng.int(first, last)).sort((a, b) => a - b);
    let nextAlias = ALIAS_FROM;
    days.forEach((day, i) => {
      const id = `${year}-${String(i + 1).padStart(3, '0')}`;
      const caseRng = Rng.derive(seed, `case-${id}`);
      const roll = caseRng.next();
      const parts: CaseParts = {
        id,
        published: fromDays(day),
        // A few cases were renumbered: their old numbers (from the top of the year's range) redirect here.
        aliases: roll < 0.003 && nextAlias > MAX_PER_YEAR ? [`${year}-${String(nextAlias--).padStart(3, '0')}`] : [],
        mdx: caseRng.chance(0.05),
        withdrawn: caseRng.chance(0.01),
        changes: caseRng.chance(0.05),
      };
      const rendered = renderCase(caseRng, parts, asOf, issues);
      files.push({ path: rendered.path, content: rendered.content });
      stats.cases++;
      if (parts.mdx) stats.mdx++;
      else stats.md++;
      if (rendered.content.includes('\nwithdrawn:')) stats.withdrawn++;
      if (rendered.content.includes('\nchanges:')) stats.withChanges++;
      if (parts.aliases.length) stats.withAliases++;
      stats.byType[rendered.type] = (stats.byType[rendered.type] ?? 0) + 1;
      categories.add(rendered.category);
      bodyChars += rendered.bodyChars;
    });
  }
  stats.categories = categories.size;
  stats.avgBodyChars = stats.cases ? Math.round(bodyChars / stats.cases) : 0;
  return { files, stats };
}
