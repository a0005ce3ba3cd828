// Tests on the built sample site: every HTML page passes the W3C Nu HTML Checker (vnu-jar, run on Java) with 0 errors.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { listFiles } from './dist.ts';

const distDir = inject('distDir');
const VNU_JAR = path.resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

it('every page has 0 errors in the Nu HTML Checker', () => {
  const pages = listFiles(distDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
  expect(pages.length).toBeGreaterThan(100);
  // One Java process for all pages: starting it costs more than checking a hundred pages.
  const result = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...pages], {
    cwd: distDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(
      `无法运行 Java（HTML 检查需要它，Debian/Ubuntu 上安装 default-jre-headless）：${result.error.message}`,
    );
  const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  const errors = messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map(
      (m) =>
        `${path.relative(distDir, decodeURIComponent(new URL(m.url ?? 'file:///').pathname))}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, ' ')}` : ''}`,
    );
  expect(errors, errors.join('\n')).toEqual([]);
  expect(result.status).toBe(0);
});
