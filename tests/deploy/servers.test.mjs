// Publishing the release build on the servers clinics use: nginx and Apache, each on 127.0.0.1:80 and
// :443 with the configuration generated for this build and a self-signed certificate; the patient
// journey over HTTPS, the headers and cache rules per file type, Brotli and gzip, the post-deploy
// check (and the stale-hash trap it catches), the MDN HTTP Observatory's grade; and the static
// hosts' _headers, the same as nginx's.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, contentOf } from '../e2e/harness.mjs';
import { reachOutcomeAnsweringNo } from '../e2e/screens.mjs';
import { checkDeployment, get } from '../../scripts/check-deployment.mjs';
import { parseHeaders, securityHeaders, CACHE, HASHED } from '../../scripts/server-config.mjs';
import { stageSite, startNginx, startApache } from './servers.mjs';

const PORTS = { http: 80, https: 443 };

/** Opens the site and answers "Non" to every question, up to the outcome page. */
async function reachOutcome(page, origin) {
  await page.goto(`${origin}/`);
  await page.getByRole('heading', { level: 1, name: sheet.title }).waitFor();
  await reachOutcomeAnsweringNo(page);
}
const { ui, sheet } = contentOf('fr');
const stage = stageSite(PORTS);
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const files = readdirSync(stage.site);
const byType = {
  'the page': '/',
  'a stylesheet named by its content': `/${files.find((f) => /^app-.*\.css$/.test(f))}`,
  'the boot script': `/${files.find((f) => /^boot-.*\.js$/.test(f))}`,
  'the WebAssembly': `/${files.find((f) => f.endsWith('.wasm'))}`,
  'the service worker': '/sw.js',
  'the desk’s camera script': '/desk-camera.js',
  'the manifest': '/manifest.webmanifest',
  'the centre’s settings': '/clinic.json',
  'an icon': '/icon-192.png',
  'a missing page (404)': '/nulle-part',
};
const expected = {
  'the page': { type: /^text\/html/, cache: CACHE.fresh },
  'a stylesheet named by its content': { type: /^text\/css/, cache: CACHE.hashed },
  'the boot script': { type: /^text\/javascript/, cache: CACHE.hashed },
  'the WebAssembly': { type: /^application\/wasm$/, cache: CACHE.hashed },
  'the service worker': { type: /^text\/javascript/, cache: CACHE.fresh },
  'the desk’s camera script': { type: /^text\/javascript/, cache: CACHE.fresh },
  'the manifest': { type: /^application\/manifest\+json/, cache: CACHE.fresh },
  'the centre’s settings': { type: /^application\/json/, cache: CACHE.fresh },
  'an icon': { type: /^image\/png$/, cache: CACHE.other },
  'a missing page (404)': { status: 404 },
};

for (const [name, start, configFile] of [['nginx', startNginx, 'nginx/cimentoplastie-headers.conf'], ['Apache', startApache, 'site/.htaccess']]) {
  describe(name, () => {
    let server;
    before(async () => { server = await start(stage); });
    after(async () => { await server?.stop(); });

    test('the patient journey over HTTPS, with no policy violation', async () => {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'fr-FR', viewport: { width: 360, height: 740 } });
      await context.addInitScript(() => {
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      await reachOutcome(page, server.origin);
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      await context.close();
    });

    test('every response carries the security headers; each type of file its type and cache rule', async () => {
      for (const [what, path] of Object.entries(byType)) {
        const response = await get(`${server.origin}${path}`, { insecure: true });
        for (const [header, value] of securityHeaders(stage.site)) {
          assert.equal(response.headers[header.toLowerCase()], value, `${what}: ${header}`);
        }
        const want = expected[what];
        if (want.status) { assert.equal(response.status, want.status, what); continue; }
        assert.equal(response.status, 200, what);
        assert.match(response.headers['content-type'], want.type, `${what}: type`);
        assert.equal(response.headers['cache-control'], want.cache, `${what}: cache`);
      }
    });

    test('Brotli to a Brotli client, gzip to a gzip one, each with Vary; the files for other servers are not served', async () => {
      for (const path of [byType['the page'], byType['the WebAssembly'], byType['a stylesheet named by its content']]) {
        for (const encoding of ['br', 'gzip']) {
          const response = await get(`${server.origin}${path}`, { encoding, insecure: true });
          assert.equal(response.headers['content-encoding'], encoding, `${path} ${encoding}`);
          assert.match(response.headers.vary, /Accept-Encoding/i);
          const original = readFileSync(join(stage.site, path === '/' ? 'index.html' : path));
          assert.equal(response.body.length, readFileSync(join(stage.site, `${path === '/' ? 'index.html' : path}.${encoding === 'br' ? 'br' : 'gz'}`)).length, 'the copy made at build time');
          assert.ok(response.body.length < original.length);
        }
      }
      for (const path of ['/.htaccess', '/_headers']) {
        assert.equal((await get(`${server.origin}${path}`, { insecure: true })).status, 404, path);
      }
      const redirect = await get(`http://127.0.0.1:${PORTS.http}/`);
      assert.equal(redirect.status, 301, 'http is sent to https');
      assert.match(redirect.headers.location, /^https:/);
    });

    test('check-deployment.mjs passes, and fails on a policy header from an older build', async () => {
      const results = await checkDeployment(`${server.origin}/`, { insecure: true });
      assert.deepEqual(results.filter((r) => !r.ok), []);
      const command = (url) => execFileSync('node', ['scripts/check-deployment.mjs', url, '--insecure'], { encoding: 'utf8' });
      assert.match(command(`${server.origin}/`), /Everything checked is in place/);
      // An older build's start script hash left in the server's configuration.
      const file = join(stage.root, configFile);
      const current = readFileSync(file, 'utf8');
      writeFileSync(file, current.replace(/'sha256-[^']+'/g, "'sha256-AncienneVersionAncienneVersionAncienneVers='"));
      await server.stop();
      server = await start(stage);
      try {
        const stale = await checkDeployment(`${server.origin}/`, { insecure: true });
        assert.deepEqual(stale.filter((r) => !r.ok).map((r) => r.what.split(' (')[0]), ["the policy header allows this build's start script"]);
        assert.throws(() => command(`${server.origin}/`), (error) => /ÉCHEC\s+the policy header/.test(error.stdout) && error.status === 1);
      } finally {
        writeFileSync(file, current);
        await server.stop();
        server = await start(stage);
      }
    });

    test('a changed clinic.json shows on the outcome page without a rebuild; a wrong phone gives no phone link, and the check page names the field in words', async () => {
      const file = join(stage.site, 'clinic.json');
      const shipped = readFileSync(file, 'utf8');
      const centre = { ...JSON.parse(shipped), name: 'Centre d’imagerie des Tilleuls', phone: '01 23 45 67 89', opening_hours: 'de 8 h à 18 h' };
      centre.translations.en = { ...centre.translations.en, name: 'Tilleuls imaging centre', opening_hours: '8 am to 6 pm' };
      const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'fr-FR' });
      try {
        writeFileSync(file, JSON.stringify(centre));
        const page = await context.newPage();
        await reachOutcome(page, server.origin);
        assert.equal(await page.getByRole('link', { name: 'Appeler le 01 23 45 67 89' }).getAttribute('href'), 'tel:0123456789');
        writeFileSync(file, JSON.stringify({ ...centre, phone: 'appelez-nous' }));
        // Another patient: a fresh browser.
        await context.clearCookies();
        await page.evaluate(() => localStorage.clear());
        await reachOutcome(page, server.origin);
        assert.equal(await page.getByRole('link', { name: /^Appeler le/ }).count(), 0, 'generic wording, no phone link');
        await page.goto(`${server.origin}/?verifier-reglages`);
        await page.getByRole('heading', { level: 1, name: ui.settings_check_title }).waitFor();
        await assert.doesNotReject(page.getByText('Numéro de téléphone (phone)\u202f: "appelez-nous" n’est pas un numéro de téléphone français.', { exact: false }).waitFor());
      } finally {
        writeFileSync(file, shipped);
        await context.close();
      }
    });

    test('the MDN HTTP Observatory grades it A+', async () => {
      const scan = JSON.parse(execFileSync('node', ['node_modules/@mdn/mdn-http-observatory/src/scan.js', 'localhost'], {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: stage.certificate }, encoding: 'utf8', timeout: 120000,
      }));
      console.log(`# ${name}: Observatory ${scan.scan.grade}, score ${scan.scan.score}, ${scan.scan.testsPassed}/${scan.scan.testsQuantity} tests passed`);
      assert.equal(scan.scan.grade, 'A+', JSON.stringify(Object.values(scan.tests).filter((t) => !t.pass)));
    });
  });
}

test('_headers (static hosts with a CDN) says what nginx sends', () => {
  const rules = parseHeaders(readFileSync(join(stage.site, '_headers'), 'utf8'));
  const nginx = Object.fromEntries([...readFileSync(join(stage.root, 'nginx/cimentoplastie-headers.conf'), 'utf8')
    .matchAll(/^add_header (\S+) "(.*)" always;$/gm)].map(([, name, value]) => [name, value.replace(/\\"/g, '"')]));
  const { 'Cache-Control': everywhere, ...all } = rules['/*'];
  const { Vary, ...security } = nginx;
  assert.deepEqual(all, security, 'the same security headers');
  assert.equal(everywhere, CACHE.other);
  for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/desk-camera.js']) assert.equal(rules[path]['Cache-Control'], CACHE.fresh, path);
  // Trunk's hashes have no leading zeros: 16 hexadecimal digits or fewer.
  assert.ok(HASHED.test('cimentoplastie-67172d5af29d9c4_bg.wasm') && HASHED.test('app-3e227df931664d7d.css'));
  const hashed = files.filter((f) => HASHED.test(f));
  assert.ok(hashed.length >= 4);
  for (const file of hashed) assert.equal(rules[`/${file}`]?.['Cache-Control'], CACHE.hashed, file);
});
