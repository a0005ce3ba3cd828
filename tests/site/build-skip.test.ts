// `astro build` with nothing to do: the same content, code and date over a complete output skip the build; an edited
// case, a new date and a deleted output file each make it run again.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build, fixtureCopy, removeTemporary, run as runProject, temporaryDir, TEST_AS_OF } from './temp-build.ts';
import { BUILD_INPUTS_FILE } from '../../src/lib/build-inputs.ts';
import { buildWords } from '../../src/ui/build.ts';

afterAll(removeTemporary);

const SKIPPED = '跳过构建';

it('skips only when content, date and output are all as the last successful build left them', () => {
  const contentDir = fixtureCopy('fzwm-skip-');
  const outDir = temporaryDir('fzwm-skip-out-');
  const run = (asOf = TEST_AS_OF) => {
    const result = build(contentDir, outDir, asOf);
    expect(result.status, result.output).toBe(0);
    return result.stdout;
  };
  const page = path.join(outDir, 'cases/2026-001/index.html');

  const first = run();
  expect(first).toContain(buildWords.reasons.none);
  expect(fs.existsSync(path.join(outDir, BUILD_INPUTS_FILE))).toBe(true);

  const again = run();
  expect(again).toContain(buildWords.skipped(TEST_AS_OF, TEST_AS_OF, `${outDir}/`));
  expect(again).not.toContain('[build]');

  // An edited case: built again, and the page shows the edit; the search shard holding it is the new index (the
  // other shards stay in place as they were).
  const entry = (shard: string) => fs.readFileSync(path.join(outDir, 'pagefind', shard, 'pagefind-entry.json'), 'utf8');
  const recentBefore = entry('recent');
  const file = path.join(contentDir, 'cases/2026/fraud.md');
  fs.writeFileSync(
    file,
    fs.readFileSync(file, 'utf8').replace('title: 冒充客服退款诈骗案', 'title: 冒充电商客服退款诈骗案'),
  );
  const edited = run();
  expect(edited).toContain(buildWords.reasons.content);
  expect(edited).not.toContain(SKIPPED);
  expect(fs.readFileSync(page, 'utf8')).toContain('冒充电商客服退款诈骗案');
  expect(edited).toContain('重建 1 个（recent）');
  expect(entry('recent')).not.toBe(recentBefore);

  // The next day: nothing to build. The pages keep their date, and their script works 逾期 out for the reader's today.
  const ledger = path.join(outDir, 'rectification/2026-cepin/index.html');
  const nextDay = run('2026-11-22');
  expect(nextDay).toContain(buildWords.skipped('2026-11-22', TEST_AS_OF, `${outDir}/`));
  expect(nextDay).toContain(`不运行脚本时页面按 ${TEST_AS_OF} 显示`);
  expect(fs.readFileSync(ledger, 'utf8')).toContain(`datetime="${TEST_AS_OF}"`);
  // A new month builds again, with the statuses written as of its date.
  const newMonth = run('2026-12-01');
  expect(newMonth).toContain(buildWords.reasons.asOf);
  expect(fs.readFileSync(ledger, 'utf8')).toContain('datetime="2026-12-01"');
  expect(run('2026-12-02')).toContain(SKIPPED);
  // An earlier date than the last build's is built, not skipped: its statuses would be later than it says.
  expect(run('2026-11-30')).toContain(buildWords.reasons.asOf);
  expect(run('2026-11-30')).toContain(buildWords.skipped('2026-11-30', '2026-11-30', `${outDir}/`));

  // A file deleted from the output: built again, and the file is back.
  fs.rmSync(page);
  const repaired = run('2026-11-30');
  expect(repaired).toContain(buildWords.reasons.output);
  expect(fs.existsSync(page)).toBe(true);
  expect(run('2026-11-30')).toContain(SKIPPED);
});

it('an edit later in the month keeps the last build’s as-of date until the content brings a later date', () => {
  const contentDir = fixtureCopy('fzwm-pin-');
  const outDir = temporaryDir('fzwm-pin-out-');
  const run = (asOf: string) => {
    const result = build(contentDir, outDir, asOf);
    expect(result.status, result.output).toBe(0);
    // eslint-disable-next-line no-control-regex
    return result.stdout.replace(/\u001b\[[0-9;]*m/g, '');
  };
  const read = (p: string) => fs.readFileSync(path.join(outDir, p), 'utf8');
  const ledger = 'rectification/2026-cepin/index.html';
  const ledgerKept = /─ \/rectification\/2026-cepin\/index\.html.*\((cached|restored)\)/;
  const file = path.join(contentDir, 'cases/2026/fraud.md');
  const edit = (from: string, to: string) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(from, to));
  run(TEST_AS_OF);

  // A body edit four days later: built as of the last build's day, so the ledger is not rendered again.
  edit('骗取李某3.2万元。', '骗取李某3.2万元，后全部退赔。');
  const edited = run('2026-11-25');
  expect(edited).toContain(buildWords.reasons.content);
  expect(edited).toContain(buildWords.pinned(TEST_AS_OF, '2026-11-25'));
  expect(edited).toMatch(ledgerKept);
  expect(read('cases/2026-001/index.html')).toContain('后全部退赔');
  expect(read(ledger)).toContain(`datetime="${TEST_AS_OF}"`);
  expect(read('api/cases.json')).toContain(`"asOf": "${TEST_AS_OF}"`);
  // The next day skips, and says the date the pages are as of.
  expect(run('2026-11-26')).toContain(buildWords.skipped('2026-11-26', TEST_AS_OF, `${outDir}/`));

  // A correction dated 2026-11-24: the content now says something happened after that day, so the build is as of
  // the requested day, and the ledger is rendered again with it.
  edit('  - { date: 2026-03-10, note: 更正涉案金额。 }', '  - { date: 2026-03-10, note: 更正涉案金额。 }\n  - { date: 2026-11-24, note: 补充退赔情况。 }');
  const dated = run('2026-11-26');
  expect(dated).not.toContain('数据截至日期沿用');
  expect(dated).not.toMatch(ledgerKept);
  expect(read(ledger)).toContain('datetime="2026-11-26"');
  expect(read('cases/2026-001/index.html')).toContain('补充退赔情况');
  expect(run('2026-11-27')).toContain(buildWords.skipped('2026-11-27', '2026-11-26', `${outDir}/`));

  // --force builds as of the requested day whatever the content.
  edit('后全部退赔。', '后已全部退赔。');
  const forced = runProject(['astro', 'build', '--force'], contentDir, { ASTRO_OUT_DIR: outDir, SITE_AS_OF: '2026-11-28' });
  expect(forced.status, forced.output).toBe(0);
  expect(forced.stdout).not.toContain('数据截至日期沿用');
  expect(read(ledger)).toContain('datetime="2026-11-28"');
});

it('a build that fails leaves no record behind, so the next build runs', () => {
  const contentDir = fixtureCopy('fzwm-skip-');
  const outDir = temporaryDir('fzwm-skip-out-');
  fs.writeFileSync(path.join(outDir, BUILD_INPUTS_FILE), '{"format":1}');
  fs.appendFileSync(path.join(contentDir, 'units.yaml'), '\n- id: BAD ID\n');
  const result = build(contentDir, outDir);
  expect(result.status).not.toBe(0);
  expect(fs.existsSync(path.join(outDir, BUILD_INPUTS_FILE))).toBe(false);
});
