// Real servers for the deployment tests: Debian's nginx (with its Brotli module) and Apache 2.4, each
// started on 127.0.0.1 with the configuration generated for the build, over HTTPS with a self-signed
// certificate, and stopped by the PID the test started.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../e2e/harness.mjs';
import { writeAll } from '../../scripts/server-config.mjs';

/** A copy of the release build as a clinic would publish it, with the configurations generated for
 * it, served as `localhost` on 127.0.0.1 at `ports` { http, https } with a self-signed certificate. */
export function stageSite(ports) {
  const root = mkdtempSync(join(tmpdir(), 'deploiement-'));
  chmodSync(root, 0o755);
  const site = join(root, 'site');
  cpSync(DIST, site, { recursive: true });
  const certificate = join(root, 'cert.pem');
  const key = join(root, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', certificate,
    '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
  writeAll(site, root, { serverName: 'localhost', certificate, key, root: site, listen: { address: '127.0.0.1', ...ports } });
  return { root, site, certificate, key, ports };
}

async function waitFor(url) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try { await fetch(url, { redirect: 'manual' }); return; } catch { await new Promise((resolve) => setTimeout(resolve, 100)); }
  }
  throw new Error(`${url} did not answer`);
}

function started(command, args) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => { log += chunk; });
  return { child, log: () => log };
}

/** nginx on the generated server block. */
export async function startNginx(stage) {
  const { ports } = stage;
  const dir = join(stage.root, 'nginx-run');
  mkdirSync(join(dir, 'snippets'), { recursive: true });
  cpSync(join(stage.root, 'nginx', 'cimentoplastie-headers.conf'), join(dir, 'snippets', 'cimentoplastie-headers.conf'));
  const server = readFileSync(join(stage.root, 'nginx', 'cimentoplastie.conf'), 'utf8');
  writeFileSync(join(dir, 'nginx.conf'), `load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    default_type application/octet-stream;
${server}
}
`);
  const run = started('/usr/sbin/nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')]);
  await waitFor(`http://127.0.0.1:${ports.http}/`).catch((e) => { throw new Error(`${e.message}: ${run.log()}`); });
  return { name: 'nginx', origin: `https://localhost:${ports.https}`, stop: () => stop(run.child) };
}

/** Apache 2.4 with the generated virtual host and the site's .htaccess. */
export async function startApache(stage) {
  const { ports } = stage;
  const dir = join(stage.root, 'apache-run');
  mkdirSync(dir, { recursive: true });
  const modules = ['mpm_event', 'authz_core', 'authz_host', 'headers', 'rewrite', 'mime', 'dir', 'alias', 'ssl', 'socache_shmcb', 'setenvif', 'env'];
  const vhost = readFileSync(join(stage.root, 'apache', 'cimentoplastie.conf'), 'utf8');
  writeFileSync(join(dir, 'apache2.conf'), `ServerRoot /etc/apache2
${modules.filter((m) => existsSync(`/usr/lib/apache2/modules/mod_${m}.so`)).map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
PidFile ${dir}/apache2.pid
Mutex file:${dir} default
ErrorLog ${dir}/error.log
LogLevel warn
ServerName localhost
Listen 127.0.0.1:${ports.http}
Listen 127.0.0.1:${ports.https}
TypesConfig /etc/mime.types
User ${process.getuid() === 0 ? 'www-data' : '#' + process.getuid()}
Group ${process.getuid() === 0 ? 'www-data' : '#' + process.getgid()}
ServerTokens Prod
TraceEnable Off
<Directory />
    AllowOverride None
    Require all denied
</Directory>
${vhost}
`);
  const run = started('/usr/sbin/apache2', ['-f', join(dir, 'apache2.conf'), '-DFOREGROUND']);
  await waitFor(`http://127.0.0.1:${ports.http}/`).catch((e) => { throw new Error(`${e.message}: ${run.log()}`); });
  return { name: 'Apache', origin: `https://localhost:${ports.https}`, stop: () => stop(run.child) };
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); });
}
