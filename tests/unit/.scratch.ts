import { withContent, replace, cleanupContent, fixtureText } from './helpers.ts';
const cases: Record<string, Record<string, any>> = {
  typo: { 'commitments/2026-H2/gongan.yaml': replace('    status: 已兑现', '    stauts: 已兑现') },
  badDate: { 'commitments/2026-H2/gongan.yaml': replace('madeAt: 2026-07-05', 'madeAt: 2026.7.5') },
  yamlSyntax: { 'units.yaml': replace('  kind: 乡镇', '  kind: 乡镇\n kind2 x') },
  personCat: { 'good-people/2026-q1/li-ming.md': replace('category: 见义勇为', 'category: 好人') },
  unitByName: { 'cases/2026/fraud.md': replace('unit: gongan', 'unit: 县公安局') },
  unitByName2: { 'rectification/2026-cepin.yaml': replace('unit: wenmingban', 'unit: 县文明办') },
  both: { 'rectification/2026-ducha.yaml': (s:string)=> s + 'items:\n  - { number: 1, problem: x, unit: gongan, measures: [a], due: 2026-01-01, status: 整改中 }\n' },
  badBatch: { 'rectification/2026-ducha.yaml': replace('督查检查', '督查') },
  dupNumberCsv: { 'rectification/2026-ducha.csv': replace('\n2,', '\n1,') },
  csvEmptyStatus: { 'rectification/2026-ducha.csv': replace(',整改中,', ',,') },
  csvBadDate: { 'rectification/2026-ducha.csv': replace('2026/12/31', '2026/13/31') },
  changeBefore: { 'cases/2026/fraud.md': replace('{ date: 2026-03-10', '{ date: 2026-03-01') },
  withdrawnBefore: { 'cases/2026/withdrawn.md': replace('date: 2026-06-01', 'date: 2026-04-01') },
  unitEmpty: { 'cases/2026/fraud.md': replace('unit: gongan', 'unit: ""') },
};
for (const [k, m] of Object.entries(cases)) {
  try { const res = await withContent(m); console.log('##', k, JSON.stringify(res.issues, null, 1)); } catch (e) { console.log('##', k, 'ERR', (e as Error).message); }
}
cleanupContent();
