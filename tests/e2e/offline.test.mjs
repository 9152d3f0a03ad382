// Offline after the first visit: the service worker precaches the build, serves it with no network,
// and a new release replaces the old cache. Release builds only (the test suite runs on one).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, startServer, launchBrowser, openApp, assertOnlyOwnStaticFiles, appStarted } from './harness.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/**
 * The reception desk's files, never precached: its page's own wasm and boot script (only `?accueil`
 * loads them, budget.test.mjs) and its camera (`desk-camera/`, fetched on the desk's press only,
 * desk-camera.test.mjs).
 */
const deskFile = (file) => /^desk-camera[-.]/.test(file) || file.startsWith('accueil-')
  || (/^boot-.*\.js$/.test(file) && readFileSync(join(DIST, file), 'utf8').includes('/accueil-'));

test('every build file but the reception desk’s is precached, with a Brotli and a gzip copy beside each text and wasm file', () => {
  const files = readdirSync(DIST);
  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  for (const file of files.filter((f) => !/\.(gz|br)$/.test(f) && f !== 'sw.js')) {
    assert.equal(worker.includes(`"/${file}"`), !deskFile(file), `${file} is ${deskFile(file) ? 'not ' : ''}precached`);
  }
  for (const file of files.filter((f) => /\.(html|js|css|wasm|webmanifest)$/.test(f))) {
    assert.ok(files.includes(`${file}.br`) && files.includes(`${file}.gz`), `${file} has .br and .gz`);
  }
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
});

test('after one visit, the whole questionnaire works with the network off', async () => {
  const server = await startServer();
  // Closed whatever happens: a server left open would keep this file's process (and the run) waiting.
  let context;
  try {
    const opened = await openApp(browser, server.origin);
    const { page, requests } = opened;
    context = opened.context;
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await appStarted(page);
    await h1(page, 'La cimentoplastie').waitFor();
    await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
    await page.getByRole('button', { name: 'Commencer' }).click();
    for (const choice of ['Non', 'Non', 'Non', 'Non', 'Oui', 'Non', 'Non']) {
      await page.getByRole('radio', { name: choice, exact: true }).check();
      await page.getByRole('button', { name: 'Continuer' }).click();
    }
    await page.getByRole('button', { name: 'Voir ce que je dois signaler' }).click();
    await h1(page, 'Ce que vous devez signaler à l’équipe').waitFor();
    // The centre's settings, which the app read at start, came from the worker's copy.
    const settings = await page.evaluate(() => fetch('/clinic.json').then((r) => r.json()));
    assert.equal(settings.retention_days, JSON.parse(readFileSync(join(DIST, 'clinic.json'), 'utf8')).retention_days);
    await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  } finally {
    await context?.close();
    await server.close();
  }
});

test('a new release is picked up and the old cache is removed', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-version-'));
  cpSync(DIST, dist, { recursive: true });
  const server = await startServer(dist);
  const { page, context } = await openApp(browser, server.origin);
  await waitForServiceWorker(page);
  const firstCaches = await page.evaluate(() => caches.keys());
  assert.equal(firstCaches.length, 1);
  // The next release: another page and another file list, hence another worker version.
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  writeFileSync(join(dist, 'index.html'), index.replace('</title>', '</title><meta name="version" content="suivante">'));
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  writeFileSync(join(dist, 'sw.js'), worker.replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-suivante'"));
  await page.reload();
  // Waits (polling the cache names in the page) until the old cache is gone.
  const keys = await page.evaluate(async (old) => {
    for (;;) {
      const names = await caches.keys();
      if (!names.includes(old)) return names;
      await new Promise((resolve) => { setTimeout(resolve, 50); });
    }
  }, firstCaches[0]);
  assert.equal(keys.length, 1);
  assert.match(keys[0], /-suivante$/);
  await page.reload();
  assert.equal(await page.locator('meta[name="version"]').getAttribute('content'), 'suivante', 'the new page is served');
  await context.close();
  await server.close();
});
