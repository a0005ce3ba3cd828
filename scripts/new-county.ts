// `npm run new-county -- <dir>`: creates a county's content repository from templates/county/ (site.yaml placeholders
// the check asks to fill in, one example per collection, CI workflows, a README for staff), as a git repository.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const TEMPLATE_DIR = path.resolve(import.meta.dirname, '../templates/county');

export interface NewCountyResult {
  dir: string;
  files: string[];
  /** What git did: a first commit, a repository without a commit (no git identity), or nothing (no git). */
  git: 'committed' | 'initialised' | 'unavailable';
}

/** Writes the template into `dir`, which must be missing or empty, and makes it a git repository on `main`. */
export function createCountyRepository(dir: string, env: NodeJS.ProcessEnv = process.env): NewCountyResult {
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory()) throw new Error(`${dir} 已存在，而且不是目录：请换一个目录名。`);
    if (fs.readdirSync(dir).length)
      throw new Error(`${dir} 不是空目录：为了不覆盖已有文件，请指定一个不存在的目录或空目录。`);
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(TEMPLATE_DIR, dir, { recursive: true });
  const files = listFiles(dir);

  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  if (git('--version').status !== 0) return { dir, files, git: 'unavailable' };
  // `git init -b` needs git 2.28; naming HEAD works on every version.
  if (git('init', '-q').status !== 0 || git('symbolic-ref', 'HEAD', 'refs/heads/main').status !== 0) {
    throw new Error(`在 ${dir} 中运行 git init 失败。`);
  }
  git('add', '-A');
  const commit = git('commit', '-q', '-m', '新建内容仓库');
  return { dir, files, git: commit.status === 0 ? 'committed' : 'initialised' };
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .sort();
}

function nextSteps(result: NewCountyResult): string {
  const lines = [`已创建内容仓库 ${result.dir}（${result.files.length} 个文件）。`, '', '接下来：'];
  lines.push('1. 把 site.yaml 中每个“待填写：……”换成实际内容，把 units.yaml 改成本县的单位；');
  lines.push(`2. 检查：CONTENT_DIR=${result.dir} npm run check:content（会列出还没有填写的地方）；`);
  lines.push('3. 参照各目录中的示例填写真实内容，上线前删除全部示例（标题带“（示例）”）；');
  if (result.git === 'committed')
    lines.push('4. 推送到本单位的 Gitea/GitLab：git remote add origin <仓库地址> && git push -u origin main。');
  else if (result.git === 'initialised') {
    lines.push('4. 已运行 git init 并暂存全部文件，但没能提交（可能还没有设置 git 用户名和邮箱）：');
    lines.push(
      '   git config user.name "姓名" && git config user.email "邮箱" && git commit -m "新建内容仓库"，再 git push。',
    );
  } else lines.push('4. 本机没有 git：请安装 git 后在该目录运行 git init，再提交并推送。');
  lines.push('工作流程和上线步骤见 README.md 和网站代码仓库的 docs/deploy.md。');
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const { positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: {} });
    if (positionals.length !== 1) throw new Error('用法：npm run new-county -- <新内容仓库的目录>');
    // A relative path is relative to where the command was typed (npm runs scripts from the project folder).
    const dir = path.resolve(process.env['INIT_CWD'] ?? process.cwd(), positionals[0]!);
    console.log(nextSteps(createCountyRepository(dir)));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
