// The server configurations as generated (no server started): the site's name, certificate and
// folder given as parameters, and the one table of types and headers (scripts/serving.mjs) in each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginx, apache, staticHost, parseHeaders, PLACEHOLDERS } from '../../scripts/server-config.mjs';
import { TYPES, COMPRESSED, CACHE, bareType, headersFor, cacheOf } from '../../scripts/serving.mjs';

const POLICY = "default-src 'none'; script-src 'self' 'sha256-abc='";
/** A site as a release build leaves it, reduced to what the configurations read. */
function site() {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  writeFileSync(join(dir, 'index.html'), `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${POLICY}">`);
  writeFileSync(join(dir, 'app-0123456789abcdef.css'), '');
  return dir;
}
const GIVEN = { serverName: 'imagerie.exemple.org', certificate: '/srv/tls/site.crt', key: '/srv/tls/site.key', root: '/srv/www/fiche' };

test('nginx and Apache take the server name, certificate, key and folder as parameters: no placeholder left', () => {
  const dir = site();
  const texts = { ...nginx(dir, GIVEN), ...apache(dir, GIVEN) };
  for (const [what, text] of Object.entries(texts)) {
    for (const placeholder of [PLACEHOLDERS.serverName, PLACEHOLDERS.certificate, PLACEHOLDERS.key, PLACEHOLDERS.root]) {
      assert.ok(!text.includes(placeholder), `${what}: ${placeholder} left`);
    }
  }
  assert.match(texts.server, /server_name imagerie\.exemple\.org;[\s\S]*server_name imagerie\.exemple\.org;/);
  assert.match(texts.server, /ssl_certificate \/srv\/tls\/site\.crt;\n\s*ssl_certificate_key \/srv\/tls\/site\.key;/);
  assert.match(texts.server, /root \/srv\/www\/fiche;/);
  assert.match(texts.server, /listen 443 ssl http2;\n\s*listen \[::\]:443 ssl http2;/);
  assert.match(texts.vhost, /Redirect permanent \/ https:\/\/imagerie\.exemple\.org\//);
  assert.match(texts.vhost, /DocumentRoot \/srv\/www\/fiche\n\s*<Directory \/srv\/www\/fiche>/);
  assert.match(texts.vhost, /SSLCertificateFile \/srv\/tls\/site\.crt\n\s*SSLCertificateKeyFile \/srv\/tls\/site\.key/);
});

test('without parameters, the documented placeholders; a test address and ports where given', () => {
  const dir = site();
  assert.ok(nginx(dir).server.includes(`server_name ${PLACEHOLDERS.serverName};`));
  const local = { ...GIVEN, listen: { address: '127.0.0.1', http: 8080, https: 8443 } };
  const { server } = nginx(dir, local);
  assert.match(server, /listen 127\.0\.0\.1:8080;/);
  assert.match(server, /listen 127\.0\.0\.1:8443 ssl http2;/);
  assert.doesNotMatch(server, /\[::\]/);
  assert.match(server, /return 301 https:\/\/\$host:8443\$request_uri;/);
  const { vhost } = apache(dir, local);
  assert.match(vhost, /<VirtualHost 127\.0\.0\.1:8443>/);
  assert.match(vhost, /Redirect permanent \/ https:\/\/imagerie\.exemple\.org:8443\//);
});

test('every type and header of serving.mjs is in each configuration', () => {
  const dir = site();
  const { server, snippet } = nginx(dir);
  const { htaccess } = apache(dir);
  for (const extension of Object.keys(TYPES)) {
    assert.ok(server.includes(`${bareType(extension)} ${extension.slice(1)};`), `nginx: ${extension}`);
    assert.ok(htaccess.includes(`AddType ${bareType(extension)} ${extension}`), `Apache: ${extension}`);
  }
  for (const extension of COMPRESSED) assert.ok(htaccess.includes(`RewriteRule \\${extension}\\.(br|gz)$ - [T=${bareType(extension)},`), `Apache: ${extension} compressed`);
  const headers = staticHost(dir);
  for (const [name, value] of headersFor(POLICY)) {
    assert.ok(snippet.includes(`add_header ${name} "${value.replace(/"/g, '\\"')}" always;`), `nginx: ${name}`);
    assert.ok(htaccess.includes(`Header always set ${name} "${value.replace(/"/g, '\\"')}"`), `Apache: ${name}`);
    assert.ok(headers.includes(`  ${name}: ${value}`), `_headers: ${name}`);
  }
});

test('the command line takes the same parameters', () => {
  const dir = site();
  const out = mkdtempSync(join(tmpdir(), 'config-'));
  mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, ['scripts/server-config.mjs', dir, out, '--server-name', GIVEN.serverName, '--certificate', GIVEN.certificate,
    '--key', GIVEN.key, '--root', GIVEN.root], { stdio: 'pipe' });
  const server = readFileSync(join(out, 'nginx', 'cimentoplastie.conf'), 'utf8');
  assert.match(server, /server_name imagerie\.exemple\.org;/);
  assert.match(readFileSync(join(out, 'apache', 'cimentoplastie.conf'), 'utf8'), /DocumentRoot \/srv\/www\/fiche/);
  assert.throws(() => execFileSync(process.execPath, ['scripts/server-config.mjs', dir, out, '--nom', 'x'], { stdio: 'pipe' }), /usage/);
});

test('every language’s page is checked again at each visit by every server, and must carry the same policy', () => {
  const dir = site();
  writeFileSync(join(dir, 'ar.html'), readFileSync(join(dir, 'index.html')));
  writeFileSync(join(dir, 'ar.html.br'), '');
  const rules = parseHeaders(staticHost(dir));
  assert.equal(rules['/ar.html']['Cache-Control'], CACHE.fresh);
  assert.equal(rules['/ar.html.br'], undefined, 'no rule for a compressed copy of its own');
  assert.match(nginx(dir, GIVEN).server, /location = \/ar\.html \{[^}]*no-cache/);
  assert.match(apache(dir, GIVEN).htaccess, /<FilesMatch "\^\([^"]*ar\\\.html[^"]*\)/);
  assert.equal(cacheOf('/ar.html'), CACHE.fresh);
  assert.equal(cacheOf('/app-0123456789abcdef.css'), CACHE.hashed);
  writeFileSync(join(dir, 'ar.html'), `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${POLICY.replace('abc', 'xyz')}">`);
  assert.throws(() => staticHost(dir), /ar\.html: its Content-Security-Policy is not index\.html’s/);
});
