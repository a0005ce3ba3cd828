// The CI files new-county writes (Gitea/Forgejo Actions, GitLab CI): what triggers them, and when they publish.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { TEMPLATE_DIR } from '../../scripts/new-county.ts';

const read = (file: string) => fs.readFileSync(path.join(TEMPLATE_DIR, file), 'utf8');

/** Index of the first command that contains `needle`, failing when none does. */
function indexOf(commands: string[], needle: string): number {
  const index = commands.findIndex((command) => command.includes(needle));
  if (index < 0) throw new Error(`no step runs ${needle}:\n${commands.join('\n')}`);
  return index;
}

/** The order a job runs its work in: check, then build, then the server block, then publish. */
function expectCheckBeforeBuildBeforePublish(commands: string[]): void {
  const check = indexOf(commands, 'npm run check:content');
  const build = indexOf(commands, 'npm run build');
  const nginx = indexOf(commands, 'npm run nginx-config -- --dist dist');
  const publish = indexOf(commands, 'npm run publish -- --dist dist');
  expect(check).toBeLessThan(build);
  expect(build).toBeLessThan(nginx);
  expect(nginx).toBeLessThan(publish);
}

describe('Gitea / Forgejo Actions', () => {
  interface Step {
    run?: string;
    uses?: string;
  }
  interface Job {
    needs?: string;
    if?: string;
    steps: Step[];
  }
  const workflow = parse(read('.gitea/workflows/site.yml')) as {
    on: Record<string, unknown>;
    jobs: Record<string, Job>;
  };
  const commands = (job: Job) => job.steps.map((step) => step.run ?? step.uses ?? '');

  /** Evaluates a job's `if:` for an event and branch (its expression uses only ==, &&, || and parentheses). */
  function runsOn(job: Job, event: string, branch: string): boolean {
    if (!job.if) return true;
    expect(job.if).toMatch(/^[\s'a-z/_.()=&|-]+$/);
    const js = job.if
      .replaceAll('github.ref', JSON.stringify(`refs/heads/${branch}`))
      .replaceAll('github.event_name', JSON.stringify(event))
      .replaceAll('==', '===')
      .replaceAll("'", '"');
    return Boolean(new Function(`return ${js};`)());
  }

  test('runs on every push and pull request, every day at 16:10 UTC (00:10 in Asia/Shanghai), and by hand', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'schedule', 'workflow_dispatch']);
    // No branch filter: every push and pull request is checked.
    expect(workflow.on['push']).toBeNull();
    expect(workflow.on['pull_request']).toBeNull();
    expect(workflow.on['schedule']).toEqual([{ cron: '10 16 * * *' }]);
  });

  test('the check job checks the content with the site code fetched from SITE_REPO at SITE_REF', () => {
    const check = workflow.jobs['check']!;
    expect(check.if).toBeUndefined();
    const steps = commands(check);
    expect(steps.join('\n')).toContain('git clone --depth 1 --branch "$SITE_REF" "$SITE_REPO" site');
    expect(steps[indexOf(steps, 'check:content')]).toBe('cd site && CONTENT_DIR=../content npm run check:content');
  });

  test('the publish job follows the check, checks again before it builds, and runs only for main', () => {
    const publish = workflow.jobs['publish']!;
    expect(publish.needs).toBe('check');
    expectCheckBeforeBuildBeforePublish(commands(publish));
    expect(runsOn(publish, 'push', 'main')).toBe(true);
    expect(runsOn(publish, 'schedule', 'main')).toBe(true);
    expect(runsOn(publish, 'workflow_dispatch', 'main')).toBe(true);
    expect(runsOn(publish, 'push', 'feature')).toBe(false);
    expect(runsOn(publish, 'pull_request', 'main')).toBe(false);
    expect(runsOn(publish, 'schedule', 'feature')).toBe(false);
  });

  test('the SSH key and host keys are secrets; every listed server is published to', () => {
    const text = read('.gitea/workflows/site.yml');
    expect(text).toContain('DEPLOY_SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}');
    expect(text).toContain('DEPLOY_KNOWN_HOSTS: ${{ secrets.DEPLOY_KNOWN_HOSTS }}');
    expect(text).toContain('for host in $DEPLOY_HOSTS; do servers+=(--server "$host:$DEPLOY_PATH"); done');
    expect(text).toContain('StrictHostKeyChecking=yes');
  });
});

describe('GitLab CI', () => {
  interface Rule {
    if: string;
    when?: string;
  }
  interface Job {
    stage: string;
    needs?: string[];
    rules?: Rule[];
    extends?: string;
    script: string[];
  }
  const ci = parse(read('.gitlab-ci.yml')) as Record<string, unknown> & {
    workflow: { rules: Rule[] };
    stages: string[];
    '.site': { before_script: string[] };
  };
  const job = (name: string) => ci[name] as Job;

  /** GitLab's rule matching: the first rule whose `if` holds decides; `when: never` means no. */
  function matches(rules: Rule[] | undefined, vars: Record<string, string>): boolean {
    if (!rules) return true;
    for (const rule of rules) {
      // Only variables, quoted words, ==, && and ||: safe to evaluate as JavaScript once the variables are filled in.
      expect(rule.if).toMatch(/^[\s$A-Z_"a-z=&|]+$/);
      const js = rule.if
        .replace(/\$(\w+)/g, (_m, name: string) => JSON.stringify(vars[name] ?? ''))
        .replaceAll('==', '===');
      if (new Function(`return Boolean(${js});`)()) return rule.when !== 'never';
    }
    return false;
  }
  const pipeline = (source: string, branch: string, extra: Record<string, string> = {}) => ({
    CI_PIPELINE_SOURCE: source,
    ...(source === 'merge_request_event' ? {} : { CI_COMMIT_BRANCH: branch }),
    ...extra,
  });
  const publishes = (vars: Record<string, string>) =>
    matches(ci.workflow.rules, vars) && matches(job('publish').rules, vars);

  test('pipelines run for pushes, merge requests, schedules and by hand; the schedule is documented as 00:10 Beijing', () => {
    for (const source of ['push', 'merge_request_event', 'schedule', 'web'])
      expect(matches(ci.workflow.rules, pipeline(source, 'main'))).toBe(true);
    expect(matches(ci.workflow.rules, pipeline('push', 'feature'))).toBe(true);
    // A push to a branch with an open merge request is checked by the merge-request pipeline instead.
    expect(matches(ci.workflow.rules, pipeline('push', 'feature', { CI_OPEN_MERGE_REQUESTS: 'group/content!1' }))).toBe(
      false,
    );
    const text = read('.gitlab-ci.yml');
    expect(text).toContain('Cron 写 10 0 * * *，时区选 [UTC+8] Beijing（或时区选 UTC，Cron 写 10 16 * * *）');
  });

  test('check runs in every pipeline with the site code from SITE_REPO at SITE_REF', () => {
    const check = job('check');
    expect(check.rules).toBeUndefined();
    expect(check.extends).toBe('.site');
    expect(ci['.site'].before_script).toContain('git clone --depth 1 --branch "$SITE_REF" "$SITE_REPO" "$SITE_DIR"');
    expect(check.script).toEqual(['CONTENT_DIR="$CI_PROJECT_DIR" npm run check:content']);
  });

  test('publish follows the check, checks again before it builds, and runs only for main: push, schedule, by hand', () => {
    const publish = job('publish');
    expect(ci.stages.indexOf(publish.stage)).toBeGreaterThan(ci.stages.indexOf(job('check').stage));
    expect(publish.needs).toEqual(['check']);
    expectCheckBeforeBuildBeforePublish(publish.script);
    expect(publishes(pipeline('push', 'main'))).toBe(true);
    expect(publishes(pipeline('schedule', 'main'))).toBe(true);
    expect(publishes(pipeline('web', 'main'))).toBe(true);
    expect(publishes(pipeline('push', 'feature'))).toBe(false);
    expect(publishes(pipeline('schedule', 'feature'))).toBe(false);
    expect(publishes(pipeline('merge_request_event', 'main'))).toBe(false);
    expect((publish as Job & { resource_group?: string }).resource_group).toBe('production');
  });
});
