// The release archive from one command: the site, the server configurations made for that very
// build, DEPLOY.md and the post-deploy check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('scripts/package.sh packs the site with its own server configurations, DEPLOY.md and the check', () => {
  execFileSync('bash', ['scripts/package.sh'], { stdio: 'ignore' });
  const version = /^version = "(.+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];
  const archive = `target/package/cimentoplastie-${version}.tar.gz`;
  console.log(`# ${archive}: ${statSync(archive).size} bytes`);
  const dir = mkdtempSync(join(tmpdir(), 'archive-'));
  execFileSync('tar', ['-C', dir, '-xzf', archive]);
  const root = join(dir, `cimentoplastie-${version}`);
  for (const file of ['site/index.html', 'site/sw.js', 'site/.htaccess', 'site/_headers', 'nginx/cimentoplastie.conf',
    'nginx/cimentoplastie-headers.conf', 'apache/cimentoplastie.conf', 'DEPLOY.md', 'check-deployment.mjs', 'serving.mjs']) {
    assert.ok(statSync(join(root, file)).size > 0, file);
  }
  // The check runs from the archive alone (it reads the headers and types from serving.mjs beside it).
  assert.throws(() => execFileSync('node', [join(root, 'check-deployment.mjs')], { encoding: 'utf8', stdio: 'pipe' }),
    (error) => error.status === 2 && /usage: node scripts\/check-deployment\.mjs/.test(error.stderr));
  // Each configuration allows the start script of the page beside it.
  const page = readFileSync(join(root, 'site/index.html'), 'utf8');
  const hash = `'sha256-${createHash('sha256').update(/<script>([\s\S]*?)<\/script>/.exec(page)[1]).digest('base64')}'`;
  for (const file of ['nginx/cimentoplastie-headers.conf', 'site/.htaccess', 'site/_headers']) {
    assert.ok(readFileSync(join(root, file), 'utf8').includes(hash), `${file} names ${hash}`);
  }
  assert.match(readFileSync(join(root, 'DEPLOY.md'), 'utf8'), /Vérifier après chaque mise en ligne/);
});
