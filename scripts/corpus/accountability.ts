// Generates commitments (commitments/<period>/<unit>.yaml), rectification batches (YAML, a third with CSV ledgers)
// and indicators.yaml, with statuses that are realistic relative to the as-of date (some items overdue).
import {
  BATCH_TITLES,
  COMMITMENT_GROUP,
  COMMITMENT_ITEMS,
  COMMITMENT_THEMES,
  INDICATORS,
  PROGRESS_NOTES,
  RECTIFICATION_PROBLEMS,
  RECTIFICATION_PROGRESS,
  SOURCE_SLUGS,
  type IndicatorDef,
} from './accountability-vocab.ts';
import type { GeneratedFile } from './cases.ts';
import { fill } from './cases.ts';
import { addDays, cnNumber, fromDays, Rng, toDays } from './rng.ts';
import {
  COMMITMENT_UNITS,
  MARKETS,
  RIVERS,
  ROADS,
  SCENIC,
  SCHOOLS,
  SURNAMES,
  TOWN_UNIT,
  TOWNS,
  unit,
  villagesOf,
} from './vocab.ts';
import { flowList, scalar } from './yaml.ts';

/** Slot values for one item; a township unit's items are about its own town. */
function slotContext(rng: Rng, unitId?: string): Record<string, string> {
  const ownTown = unitId ? Object.entries(TOWN_UNIT).find(([, id]) => id === unitId)?.[0] : undefined;
  const town = ownTown ?? rng.pick(TOWNS);
  return {
    n: String(rng.int(3, 12)),
    m: String(rng.int(12, 90) * 10),
    pct: String(rng.int(85, 99)),
    dp: String(rng.int(5, 30)),
    half: String(rng.int(30, 85)),
    town,
    village: rng.pick(villagesOf(town)),
    road: rng.pick(ROADS),
    market: rng.pick(MARKETS),
    school: rng.pick(SCHOOLS),
    river: rng.pick(RIVERS),
    scenic: rng.pick(SCENIC),
    month: `${rng.int(1, 12)}月`,
  };
}

// ---------------- commitments ----------------

export interface CommitmentStats {
  files: number;
  items: number;
  overdue: number;
  byStatus: Record<string, number>;
}

/** Half-year periods, newest first, ending with the one that contains the as-of date. */
export function halfYearPeriods(count: number, asOf: string): string[] {
  let year = Number(asOf.slice(0, 4));
  let half = Number(asOf.slice(5, 7)) > 6 ? 2 : 1;
  const out: string[] = [];
  while (out.length < count) {
    out.push(`${year}-H${half}`);
    half--;
    if (half === 0) {
      half = 2;
      year--;
    }
  }
  return out;
}

function commitmentStatus(rng: Rng, due: string, asOf: string): string {
  const late = toDays(asOf) - toDays(due);
  if (late <= 0)
    return rng.weighted([
      ['推进中', 62],
      ['未启动', 26],
      ['已兑现', 12],
    ]);
  // Recently due items are more often still unfinished (overdue) than long-past ones.
  const recent = late < 180;
  return rng.weighted([
    ['已兑现', recent ? 66 : 84],
    ['部分兑现', 7],
    ['未兑现', recent ? 3 : 5],
    ['推进中', recent ? 20 : 3],
    ['未启动', recent ? 4 : 1],
  ]);
}

export function generateCommitments(
  total: number,
  seed: number,
  asOf: string,
): { files: GeneratedFile[]; stats: CommitmentStats } {
  const unitCount = Math.min(COMMITMENT_UNITS.length, Math.max(1, Math.ceil(total / 20)));
  const periods = halfYearPeriods(Math.ceil(total / unitCount), asOf);
  const files: GeneratedFile[] = [];
  const stats: CommitmentStats = { files: 0, items: 0, overdue: 0, byStatus: {} };
  const asOfDay = toDays(asOf);
  let made = 0;
  for (const [pi, period] of periods.entries()) {
    for (const unitId of COMMITMENT_UNITS.slice(0, unitCount)) {
      if (made++ >= total) break;
      const rng = Rng.derive(seed, `commitment-${period}-${unitId}`);
      const u = unit(unitId);
      const group = COMMITMENT_GROUP[unitId]!;
      const year = Number(period.slice(0, 4));
      const h2 = period.endsWith('H2');
      const start = `${year}-${h2 ? '07' : '01'}-01`;
      const end = `${year}-${h2 ? '12-31' : '06-30'}`;
      const madeAt = addDays(start, rng.int(3, 40));
      // The same leader signs for a few periods in a row.
      const term = Math.floor((pi + (unitId.length % 4)) / 5);
      const leaderRng = Rng.derive(seed, `leader-${unitId}-${term}`);
      const leader = `${leaderRng.pick(SURNAMES)[0]}某某（${u.leader}）`;
      const lines = [
        `title: ${scalar(`${year}年${h2 ? '下' : '上'}半年${rng.pick(COMMITMENT_THEMES[group]!)}公开承诺`)}`,
        `madeAt: ${madeAt}`,
        `leader: ${leader}`,
      ];
      if (rng.chance(0.85))
        lines.push(`supervisor: ${rng.pick(['县纪委监委', '县纪委监委', '县委政法委', '县人大常委会'])}`);
      lines.push('items:');
      const texts = rng.sample(COMMITMENT_ITEMS[group]!, rng.int(4, 6));
      for (const template of texts) {
        const text = fill(template, slotContext(rng, unitId));
        const dueDay = rng.chance(0.9)
          ? rng.int(toDays(madeAt) + 30, toDays(end))
          : rng.int(toDays(end), toDays(end) + 60);
        const due = fromDays(dueDay);
        const status = commitmentStatus(rng, due, asOf);
        stats.items++;
        stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
        if (dueDay < asOfDay && (status === '未启动' || status === '推进中')) stats.overdue++;
        lines.push(`  - text: ${scalar(text)}`, `    due: ${due}`, `    status: ${status}`);
        const lastNoteDay = Math.min(asOfDay - 1, dueDay + 20);
        const firstNoteDay = toDays(madeAt) + 10;
        const notes = status === '未启动' ? (rng.chance(0.3) ? 1 : 0) : rng.int(1, 2);
        if (notes && lastNoteDay > firstNoteDay) {
          const days = [...new Set(Array.from({ length: notes }, () => rng.int(firstNoteDay, lastNoteDay)))].sort(
            (a, b) => a - b,
          );
          lines.push('    progress:');
          days.forEach((d, i) => {
            // Only the last note states the item's outcome; an earlier one reports work in progress.
            const kind = i === days.length - 1 ? status : '推进中';
            const note = fill(rng.pick(PROGRESS_NOTES[kind]!), slotContext(rng));
            lines.push(`      - date: ${fromDays(d)}`, `        note: ${scalar(note)}`);
          });
        }
        if (status === '已兑现' && rng.chance(0.1)) {
          lines.push(`    evidence: https://www.example.gov.cn/zwgk/${year}/${unitId}-${rng.int(100, 999)}.html`);
        }
      }
      files.push({ path: `commitments/${period}/${unitId}.yaml`, content: lines.join('\n') + '\n' });
      stats.files++;
    }
  }
  return { files, stats };
}

// ---------------- rectification ----------------

export interface RectificationStats {
  batches: number;
  ledgers: number;
  items: number;
  overdue: number;
  byStatus: Record<string, number>;
}

const SOURCES: ReadonlyArray<readonly [string, number]> = [
  ['测评反馈', 25],
  ['督查检查', 30],
  ['舆情信息', 10],
  ['群众反映', 15],
  ['巡视巡察', 15],
  ['其他', 5],
];

function rectificationStatus(rng: Rng, due: string, asOf: string): string {
  const late = toDays(asOf) - toDays(due);
  if (late <= 0)
    return rng.weighted([
      ['整改中', 58],
      ['未启动', 17],
      ['已完成', 18],
      ['长期坚持', 7],
    ]);
  const recent = late < 180;
  return rng.weighted([
    ['已完成', recent ? 52 : 55],
    ['已销号', recent ? 12 : 28],
    ['长期坚持', 10],
    ['整改中', recent ? 22 : 5],
    ['未启动', recent ? 4 : 1],
  ]);
}

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
/** A date as a spreadsheet may have saved it: usually YYYY-MM-DD, sometimes 2024/9/30. */
const ledgerDate = (rng: Rng, ymd: string) => (rng.chance(0.2) ? ymd.split('-').map(Number).join('/') : ymd);

export function generateRectification(
  batchCount: number,
  itemsPerBatch: number,
  seed: number,
  asOf: string,
): { files: GeneratedFile[]; stats: RectificationStats } {
  const files: GeneratedFile[] = [];
  const stats: RectificationStats = { batches: 0, ledgers: 0, items: 0, overdue: 0, byStatus: {} };
  const rng = Rng.derive(seed, 'rectification');
  const asOfDay = toDays(asOf);
  const firstDay = toDays(`${Number(asOf.slice(0, 4)) - 9}-01-15`);
  const lastDay = asOfDay - 20;
  const foundDays = Array.from({ length: batchCount }, () => rng.int(firstDay, lastDay)).sort((a, b) => a - b);
  const seq = new Map<string, number>();
  foundDays.forEach((foundDay, index) => {
    const b = Rng.derive(seed, `batch-${index}`);
    const source = b.weighted(SOURCES);
    const foundAt = fromDays(foundDay);
    const year = foundAt.slice(0, 4);
    const key = `${year}-${SOURCE_SLUGS[source]}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    const id = `${key}-${String(n).padStart(2, '0')}`;
    const month = Number(foundAt.slice(5, 7));
    const title = fill(b.pick(BATCH_TITLES[source]!), {
      year,
      month: String(month),
      quarter: `第${['一', '二', '三', '四'][Math.floor((month - 1) / 3)]}`,
      n: cnNumber(b.int(1, 6)),
    });
    const ledger = index % 3 === 0;
    const items: Array<Record<string, string | string[]>> = [];
    // The batch's own kind of problems first, then others, so no problem repeats within a batch.
    const own = b.shuffle(RECTIFICATION_PROBLEMS[source]!);
    const others = b.shuffle(Object.entries(RECTIFICATION_PROBLEMS).flatMap(([s, list]) => (s === source ? [] : list)));
    const pool = [...own, ...others];
    for (let number = 1; number <= itemsPerBatch; number++) {
      const problem = pool[(number - 1) % pool.length]!;
      const unitId = b.pick(problem.units);
      const ctx = slotContext(b, unitId);
      const coUnits = problem.coUnits
        ? b.sample(
            problem.coUnits.filter((c) => c !== unitId),
            b.int(0, 2),
          )
        : [];
      const measures = b.sample(problem.measures, b.int(Math.min(2, problem.measures.length), problem.measures.length));
      const dueDay = foundDay + b.int(30, 200);
      const due = fromDays(dueDay);
      const status = rectificationStatus(b, due, asOf);
      stats.items++;
      stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
      if (dueDay < asOfDay && (status === '未启动' || status === '整改中')) stats.overdue++;
      const item: Record<string, string | string[]> = {
        number: String(number),
        problem: fill(problem.text, ctx),
        unit: unitId,
        coUnits,
        measures,
        due,
        status,
      };
      const done = status === '已完成' || status === '已销号';
      if (done) {
        // Most finish by the deadline, some a little after; never after the as-of date.
        const day = Math.min(asOfDay - 1, b.int(foundDay + 7, dueDay + (b.chance(0.15) ? 40 : 0)));
        item['completedAt'] = fromDays(Math.max(foundDay + 1, day));
      }
      if (status !== '未启动' || b.chance(0.3)) {
        const noteDay = Math.min(
          asOfDay - 1,
          done
            ? toDays(item['completedAt'] as string)
            : b.int(foundDay + 5, Math.max(foundDay + 6, Math.min(asOfDay - 1, dueDay + 30))),
        );
        const note = done
          ? b.pick(['已完成整改，经复查合格', '问题已整改到位，建立了长效机制', '经县委督查室复查，同意销号'])
          : fill(
              b.pick(RECTIFICATION_PROGRESS.slice(0, 2).concat(RECTIFICATION_PROGRESS[4]!, RECTIFICATION_PROGRESS[5]!)),
              ctx,
            );
        item['progressDate'] = fromDays(noteDay);
        item['progressNote'] = note;
      }
      items.push(item);
    }
    const yamlLines = [`title: ${scalar(title)}`, `source: ${source}`, `foundAt: ${foundAt}`];
    if (b.chance(0.6)) {
      yamlLines.push(
        `description: ${scalar(`${Number(year)}年${month}月，${source === '巡视巡察' ? '县委巡察组' : source === '测评反馈' ? '测评组' : '有关部门'}反馈问题${itemsPerBatch}项。各责任单位逐项明确整改措施和时限，整改进展按月在本站公开，接受群众监督。`)}`,
      );
    }
    if (ledger) {
      yamlLines.push(`ledger: ${id}.csv`);
      const header = '序号,问题,责任单位,配合单位,整改措施,整改时限,整改状态,完成时间,最新进展';
      // Staff write units the way they say them: by full name or an alias, seldom by id.
      const unitLabel = (id: string) => {
        const u = unit(id);
        return b.pick([u.name, ...u.aliases, ...u.aliases]);
      };
      const rows = items.map((item) => {
        const measures = item['measures'] as string[];
        const progress = item['progressNote']
          ? b.chance(0.85)
            ? `${item['progressDate']} ${item['progressNote']}`
            : (item['progressNote'] as string)
          : '';
        return [
          item['number'] as string,
          item['problem'] as string,
          unitLabel(item['unit'] as string),
          (item['coUnits'] as string[]).map(unitLabel).join('、'),
          measures.join(b.chance(0.2) ? '\n' : '；'),
          ledgerDate(b, item['due'] as string),
          item['status'] as string,
          item['completedAt'] ? ledgerDate(b, item['completedAt'] as string) : '',
          progress,
        ]
          .map(csvCell)
          .join(',');
      });
      files.push({ path: `rectification/${id}.csv`, content: '\uFEFF' + [header, ...rows].join('\r\n') + '\r\n' });
      stats.ledgers++;
    } else {
      yamlLines.push('items:');
      for (const item of items) {
        yamlLines.push(
          `  - number: ${item['number']}`,
          `    problem: ${scalar(item['problem'] as string)}`,
          `    unit: ${item['unit']}`,
        );
        const co = item['coUnits'] as string[];
        if (co.length) yamlLines.push(`    coUnits: ${flowList(co)}`);
        yamlLines.push('    measures:', ...(item['measures'] as string[]).map((m) => `      - ${scalar(m)}`));
        yamlLines.push(`    due: ${item['due']}`, `    status: ${item['status']}`);
        if (item['completedAt']) yamlLines.push(`    completedAt: ${item['completedAt']}`);
        if (item['progressNote'])
          yamlLines.push(
            '    progress:',
            `      - date: ${item['progressDate']}`,
            `        note: ${scalar(item['progressNote'] as string)}`,
          );
      }
    }
    files.push({ path: `rectification/${id}.yaml`, content: yamlLines.join('\n') + '\n' });
    stats.batches++;
  });
  return { files, stats };
}

// ---------------- indicators ----------------

/** Quarters, oldest first, ending with the last complete quarter before the as-of date. */
export function quartersBefore(count: number, asOf: string): string[] {
  let year = Number(asOf.slice(0, 4));
  let quarter = Math.floor((Number(asOf.slice(5, 7)) - 1) / 3); // the current quarter is not complete
  if (quarter === 0) {
    quarter = 4;
    year--;
  }
  const out: string[] = [];
  while (out.length < count) {
    out.unshift(`${year}-Q${quarter}`);
    quarter--;
    if (quarter === 0) {
      quarter = 4;
      year--;
    }
  }
  return out;
}

export function generateIndicators(
  count: number,
  quarters: number,
  seed: number,
  asOf: string,
): { file: GeneratedFile; indicators: number; points: number } {
  const periods = quartersBefore(quarters, asOf);
  const blocks: string[] = ['# 民意调查和统计指标。期间一律加引号书写，如 "2025-Q1"'];
  for (let i = 0; i < count; i++) {
    const base: IndicatorDef = INDICATORS[i % INDICATORS.length]!;
    const round = Math.floor(i / INDICATORS.length);
    const town = TOWNS[(round - 1) % TOWNS.length];
    const def = round === 0 ? base : { ...base, id: `${base.id}-${round}`, name: `${town}${base.name}` };
    const rng = Rng.derive(seed, `indicator-${def.id}`);
    blocks.push(`- id: ${def.id}`, `  name: ${def.name}`, `  unit: ${JSON.stringify(def.unit)}`);
    if (def.target !== undefined) blocks.push(`  target: ${def.target}`);
    blocks.push(`  higherIsBetter: ${def.higherIsBetter}`, `  source: ${scalar(def.source)}`, '  series:');
    periods.forEach((period, k) => {
      const trend = def.from + ((def.to - def.from) * k) / Math.max(1, periods.length - 1);
      const seasonal = def.digits === 0 && period.endsWith('Q3') ? def.noise * 0.6 : 0;
      let value = trend + seasonal + (rng.next() - 0.5) * 2 * def.noise;
      if (def.unit === '%') value = Math.min(99.9, value);
      value = Math.max(0, Number(value.toFixed(def.digits)));
      const rank = def.ranked
        ? `, rank: ${Math.max(1, Math.min(11, Math.round(8 - (6 * k) / periods.length + (rng.next() - 0.5) * 3)))}`
        : '';
      blocks.push(`    - { period: "${period}", value: ${value}${rank} }`);
    });
  }
  return {
    file: { path: 'indicators.yaml', content: blocks.join('\n') + '\n' },
    indicators: count,
    points: count * periods.length,
  };
}
