// `npm run nginx-config -- --dist <dist> --listen <addr:port> --out <file>`: writes the nginx server block for a built site.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  brotliCopiesNote,
  nginxConfig,
  normalizeOrigin,
  parseListen,
  readRedirects,
  resolveBase,
} from '../src/lib/nginx-config.ts';
import { readSecurityHeaders } from '../src/lib/security-headers.ts';

const USAGE = `用法：npm run nginx-config -- --dist <构建目录> --listen <地址:端口> --out <输出文件> [选项]
  --listen <地址:端口>        可写多次；0.0.0.0:80 或 80 同时监听 [::]:80，127.0.0.1:8080 同时监听 [::1]:8080；
                              nginx 自己做 HTTPS 时写 "0.0.0.0:443 ssl"，并给出 --ssl-certificate、--ssl-certificate-key
  --https                     网站经 HTTPS 访问（在 nginx 或它前面的代理上）：发送 Strict-Transport-Security
  --base </路径/>             网站所在路径，默认 /；设置了 CONTENT_DIR 时也从 site.yaml 的 baseUrl 读取
  --root <目录>               nginx 在服务器上读取网站文件的目录（默认即 --dist）；在 CI 中构建、发布到
                              /srv/pafz/current 时写 --root /srv/pafz/current
  --server-name <域名>        默认 _（任何域名）
  --cors <来源>               允许省（市）级汇总门户跨域读取 /api/ 和 /pagefind/，例如 --cors https://fzwm.sheng.gov.cn
  --brotli                    同时发送 .br 文件（需要 nginx 的 brotli 模块，如 Debian 的 libnginx-mod-http-brotli-static；
                              构建时须设置 FZWM_BROTLI=1 才会写 .br 文件）
  --no-ipv6                   不自动加 IPv6 监听（仅用于没有 IPv6 的测试机器；政府网站须支持 IPv6）`;

/** Whether this machine's nginx loads a brotli module (Debian enables dynamic modules in modules-enabled/). */
function brotliModuleHere(): boolean {
  const dir = '/etc/nginx/modules-enabled';
  if (!fs.existsSync(dir)) return true; // not Debian's layout, or another machine: nothing to say
  return fs.readdirSync(dir).some((name) => name.includes('brotli'));
}

function main(): void {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      root: { type: 'string' },
      listen: { type: 'string', multiple: true },
      out: { type: 'string' },
      https: { type: 'boolean', default: false },
      base: { type: 'string' },
      'server-name': { type: 'string' },
      'ssl-certificate': { type: 'string' },
      'ssl-certificate-key': { type: 'string' },
      brotli: { type: 'boolean', default: false },
      cors: { type: 'string' },
      'no-ipv6': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.dist || !values.out || !values.listen?.length) throw new Error(`缺少参数。\n${USAGE}`);
  const distDir = path.resolve(values.dist);
  const contentDir = process.env['CONTENT_DIR']?.trim() ? path.resolve(process.env['CONTENT_DIR'].trim()) : undefined;
  const base = resolveBase(values.base, contentDir);
  const security = readSecurityHeaders(distDir);
  const listen = parseListen(values.listen, !values['no-ipv6']);
  const redirects = readRedirects(distDir, base);
  const config = nginxConfig({
    // The headers and redirects come from the build in --dist; nginx reads the files where they are published.
    distDir: values.root ? path.resolve(values.root) : distDir,
    listen,
    https: values.https,
    base,
    serverName: values['server-name'],
    sslCertificate: values['ssl-certificate'],
    sslCertificateKey: values['ssl-certificate-key'],
    brotli: values.brotli,
    security,
    redirects,
    cors: values.cors === undefined ? undefined : normalizeOrigin(values.cors),
  });
  fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  fs.writeFileSync(values.out, config);
  console.log(
    `已写入 ${values.out}：监听 ${listen.map((l) => l.address + (l.ssl ? ' ssl' : '')).join('、')}，路径 ${base}，${redirects.length} 个旧地址跳转。` +
      '每次构建后请重新生成并执行 nginx -t && nginx -s reload。',
  );
  if (values.brotli && !brotliModuleHere()) {
    console.warn(
      '注意：本机的 nginx 没有启用 brotli 模块（/etc/nginx/modules-enabled/ 中没有），nginx -t 会报 unknown directive "brotli_static"。' +
        'Debian 上请 apt-get install libnginx-mod-http-brotli-static，或去掉 --brotli。',
    );
  }
  const brotliNote = brotliCopiesNote(distDir, values.brotli);
  if (brotliNote) console.warn(brotliNote);
  if (!listen.some((l) => l.ipv6))
    console.warn('注意：没有 IPv6 监听地址。政府网站须支持 IPv6：请加 --listen [IPv6地址]:端口。');
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
