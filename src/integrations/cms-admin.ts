// Astro integration: copies the Sveltia CMS bundle (the editing UI at /admin/) from node_modules into dist/admin/, with
// the fonts and the Chinese interface strings it would otherwise fetch from CDNs rewritten to files served beside it.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { distFilesOfBuild } from '../lib/dist-files.ts';

const require = createRequire(import.meta.url);

/** A file inside an installed package (found as Node would find the package; some do not export package.json). */
function packageFile(pkg: string, file: string): string {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    if (fs.existsSync(path.join(dir, pkg, 'package.json'))) return path.join(dir, pkg, file);
  }
  throw new Error(`找不到依赖包 ${pkg}：请先运行 npm install。`);
}

/** The one interface language shipped besides English (which is inside the bundle). */
export const CMS_LOCALE = 'zh-CN';

/** The fonts the bundle's @font-face rules load from jsDelivr, each served from /admin/fonts/ instead. */
const FONTS = [
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    file: packageFile(
      '@fontsource-variable/material-symbols-outlined',
      'files/material-symbols-outlined-latin-wght-normal.woff2',
    ),
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    file: packageFile('@fontsource-variable/source-sans-3', 'files/source-sans-3-latin-wght-normal.woff2'),
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    file: packageFile('@fontsource/noto-mono', 'files/noto-mono-latin-400-normal.woff2'),
  },
];

/**
 * Run before the bundle: the CMS takes its interface language from the browser unless its settings name one, so name
 * Chinese (the one language served besides English) unless the editor chose another there.
 */
const LOCALE_SCRIPT = `// Sets the editing UI's language to Chinese unless the editor chose another in its settings.
try {
  const key = 'sveltia-cms.prefs';
  const prefs = JSON.parse(localStorage.getItem(key) || '{}') || {};
  if (!prefs.locale) localStorage.setItem(key, JSON.stringify({ ...prefs, locale: '${CMS_LOCALE}' }));
} catch {
  // Storage may be off (private mode): the browser's language is used.
}
`;

/** The bundle's version, which the rewrites below were written against. */
export const CMS_VERSION: string = (
  JSON.parse(fs.readFileSync(packageFile('@sveltia/cms', 'package.json'), 'utf8')) as { version: string }
).version;

/**
 * Rewrites the bundle's CDN addresses to files under `adminPath` (e.g. /pafz/admin/). Each rewrite must match exactly
 * as often as expected: a new version that builds these addresses differently fails the build instead of quietly
 * sending the editors' browsers to a CDN.
 */
export function rewriteCmsBundle(source: string, adminPath: string): string {
  let code = source;
  const replace = (pattern: string | RegExp, by: string, what: string): void => {
    const count =
      typeof pattern === 'string'
        ? code.split(pattern).length - 1
        : (code.match(new RegExp(pattern, 'g')) ?? []).length;
    if (count !== 1) {
      throw new Error(
        `Sveltia CMS ${CMS_VERSION}：在编辑界面的脚本中找到 ${count} 处${what}（应为 1 处），无法改为从本站加载；请检查 src/integrations/cms-admin.ts。`,
      );
    }
    code = code.replace(pattern, by);
  };
  for (const font of FONTS) replace(font.cdn, `${adminPath}fonts/${path.basename(font.file)}`, `字体地址 ${font.cdn}`);
  // The interface strings of every language but English: `${unpkg}/@sveltia/cms@${version}/locales`.
  replace(/`\$\{\w+\}@\$\{\w+\}\/locales`/, `\`${adminPath}locales\``, '界面语言文件的地址');
  // The hourly check for a newer version reads the package's package.json from unpkg: answer it with this version.
  replace(/`\$\{\w+\}\/package\.json`/, `\`${adminPath}version.json\``, '版本检查的地址');
  // No source map is published.
  code = code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return code;
}

/** Writes dist/admin/'s CMS files: the rewritten bundle, its fonts, the Chinese strings, the version it reports. */
export function writeCmsFiles(outDir: string, adminPath: string): string[] {
  const adminDir = path.join(outDir, 'admin');
  fs.mkdirSync(path.join(adminDir, 'fonts'), { recursive: true });
  fs.mkdirSync(path.join(adminDir, 'locales'), { recursive: true });
  const bundle = fs.readFileSync(packageFile('@sveltia/cms', 'dist/sveltia-cms.js'), 'utf8');
  fs.writeFileSync(path.join(adminDir, 'sveltia-cms.js'), rewriteCmsBundle(bundle, adminPath));
  for (const font of FONTS) fs.copyFileSync(font.file, path.join(adminDir, 'fonts', path.basename(font.file)));
  fs.copyFileSync(
    packageFile('@sveltia/cms', `locales/${CMS_LOCALE}.json`),
    path.join(adminDir, 'locales', `${CMS_LOCALE}.json`),
  );
  fs.writeFileSync(path.join(adminDir, 'version.json'), `${JSON.stringify({ version: CMS_VERSION })}\n`);
  fs.writeFileSync(path.join(adminDir, 'locale.js'), LOCALE_SCRIPT);
  return [
    'sveltia-cms.js',
    'locale.js',
    ...FONTS.map((f) => `fonts/${path.basename(f.file)}`),
    `locales/${CMS_LOCALE}.json`,
    'version.json',
  ];
}

export function cmsAdmin(base: string): AstroIntegration {
  return {
    name: 'cms-admin',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = writeCmsFiles(fileURLToPath(dir), `${base}admin/`);
        // Whichever step reads the build's listing of dist/ first, it holds these files as written.
        (await distFilesOfBuild(dir)).rescan('admin');
        logger.info(
          `编辑界面 Sveltia CMS ${CMS_VERSION}：写入 admin/ 下 ${files.length} 个文件（字体与中文界面均由本站提供）。`,
        );
      },
    },
  };
}
