// Real servers for the deployment tests: Debian's nginx (with its Brotli module) and Apache 2.4, each
// started on 127.0.0.1 with the configuration generated for the build, over HTTPS with a self-signed
// certificate, and stopped by the PID the test started.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../e2e/harness.mjs';
import { writeAll } from '../../scripts/server-config.mjs';

/** A copy of the release build as a clinic would publish it, with its generated configurations. */
export function stageSite() {
  const root = mkdtempSync(join(tmpdir(), 'deploiement-'));
  chmodSync(root, 0o755);
  const site = join(root, 'site');
  cpSync(DIST, site, { recursive: true });
  writeAll(site, root);
  const certificate = join(root, 'cert.pem');
  const key = join(root, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', certificate,
    '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
  return { root, site, certificate, key };
}

/** Fills the documented placeholders of a generated configuration. */
function fill(text, stage, ports) {
  return text
    .replaceAll('cimentoplastie.example.fr', 'localhost')
    .replaceAll('/etc/ssl/certs/cimentoplastie.pem', stage.certificate)
    .replaceAll('/etc/ssl/private/cimentoplastie.key', stage.key)
    .replaceAll('/var/www/cimentoplastie', stage.site)
    .replaceAll('listen 80;', `listen 127.0.0.1:${ports.http};`)
    .replaceAll('listen 443 ssl http2;', `listen 127.0.0.1:${ports.https} ssl http2;`)
    .replace(/\s*listen \[::\]:\d+[^;]*;/g, '')
    .replaceAll('https://$host$request_uri', `https://$host:${ports.https}$request_uri`)
    .replaceAll('https://localhost/', `https://localhost:${ports.https}/`)
    .replaceAll('<VirtualHost *:80>', `<VirtualHost 127.0.0.1:${ports.http}>`)
    .replaceAll('<VirtualHost *:443>', `<VirtualHost 127.0.0.1:${ports.https}>`);
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

/** nginx on the generated server block; `ports` { http, https }. */
export async function startNginx(stage, ports) {
  const dir = join(stage.root, 'nginx-run');
  mkdirSync(join(dir, 'snippets'), { recursive: true });
  cpSync(join(stage.root, 'nginx', 'cimentoplastie-headers.conf'), join(dir, 'snippets', 'cimentoplastie-headers.conf'));
  const server = fill(readFileSync(join(stage.root, 'nginx', 'cimentoplastie.conf'), 'utf8'), stage, ports);
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

/** Apache 2.4 with the generated virtual host and the site's .htaccess; `ports` { http, https }. */
export async function startApache(stage, ports) {
  const dir = join(stage.root, 'apache-run');
  mkdirSync(dir, { recursive: true });
  const modules = ['mpm_event', 'authz_core', 'authz_host', 'headers', 'rewrite', 'mime', 'dir', 'alias', 'ssl', 'socache_shmcb', 'setenvif', 'env'];
  const vhost = fill(readFileSync(join(stage.root, 'apache', 'cimentoplastie.conf'), 'utf8'), stage, ports);
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
