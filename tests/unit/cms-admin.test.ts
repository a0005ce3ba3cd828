// The editing UI's connect-src (the CMS backend from site.yaml's cms.url) and the rewrite of the CMS bundle's CDN addresses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rewriteCmsBundle } from '../../src/integrations/cms-admin.ts';
import { adminConnectSrc, cmsBackendOrigin } from '../../src/lib/cms-admin.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function contentWithSite(yaml: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-admin-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'site.yaml'), yaml);
  return dir;
}

describe('cmsBackendOrigin / adminConnectSrc', () => {
  it('allows the origin of cms.url, and nothing else when there is none', () => {
    const dir = contentWithSite(
      'name: x\ncms: { backend: gitea, url: "https://git.example.gov.cn/sub/", repo: a/b, branch: main }\n',
    );
    expect(cmsBackendOrigin(dir)).toBe('https://git.example.gov.cn');
    expect(adminConnectSrc(cmsBackendOrigin(dir))).toBe("connect-src 'self' blob: data: https://git.example.gov.cn");
    expect(adminConnectSrc(cmsBackendOrigin(contentWithSite('name: x\n')))).toBe("connect-src 'self' blob: data:");
    expect(cmsBackendOrigin(contentWithSite('cms: { url: "javascript:alert(1)" }\n'))).toBeUndefined();
  });
});

describe('rewriteCmsBundle', () => {
  it('serves the installed bundle’s fonts, Chinese strings and version check from /admin/', () => {
    const bundle = fs.readFileSync(path.resolve('node_modules/@sveltia/cms/dist/sveltia-cms.js'), 'utf8');
    const code = rewriteCmsBundle(bundle, '/pafz/admin/');
    expect(code).not.toContain('cdn.jsdelivr.net');
    expect(code).toContain('`/pafz/admin/locales`');
    expect(code).toContain('/pafz/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2');
    expect(code).not.toContain('sourceMappingURL');
  });

  it('fails, naming the file to check, when an address is not found exactly once', () => {
    expect(() => rewriteCmsBundle('nothing here', '/admin/')).toThrow(/src\/integrations\/cms-admin\.ts/);
  });
});
