// A pre-rendered page per language: index.html is French only, `<code>.html` each other language;
// the start script goes to the patient's language's page before the body is drawn (keeping the
// address's query and fragment), so that an Arabic browser sees Arabic, right to left, at first
// paint, with no French painted before; the service worker keeps every page for offline use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, CONTRACT, startServer, launchBrowser, openApp, contentOf, appStarted, policyViolations } from './harness.mjs';

const { languages } = JSON.parse(readFileSync(join(DIST, '..', 'content', 'languages.json'), 'utf8'));
const pageOf = (code) => (code === languages[0].code ? '/' : `/${code}.html`);

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });
const htmlLang = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

test('each language’s page is written: its lang, dir and title, its own sheet only, the same start script and policy', () => {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const script = (html) => /<script>([\s\S]*?)<\/script>/.exec(html)[1];
  const policy = (html) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)[1];
  for (const { code, dir } of languages) {
    const html = readFileSync(join(DIST, code === 'fr' ? 'index.html' : `${code}.html`), 'utf8');
    const { sheet } = contentOf(code);
    assert.ok(html.includes(`<html lang="${code}" dir="${dir}">`), `${code}: <html lang dir>`);
    assert.match(html, new RegExp(`<title>[^<]*${sheet.title.replace(/[()]/g, '\\$&')}[^<]*</title>`), `${code}: its title`);
    const copies = [...html.matchAll(new RegExp(`class="${CONTRACT.classes.prerender}" lang="([a-z]+)"`, 'g'))].map((m) => m[1]);
    assert.deepEqual(copies, [code], `${code}.html holds its own sheet only`);
    assert.equal(script(html), script(index), `${code}: the same start script (one hash in the servers' policy)`);
    assert.equal(policy(html), policy(index), `${code}: the same policy`);
  }
});

test('an Arabic browser sees Arabic, right to left, at its first paint, with no French painted before; the address is kept', async () => {
  const ar = contentOf('ar');
  const context = await browser.newContext({ locale: 'ar', viewport: { width: 360, height: 740 } });
  // Each page's first contentful paint (text drawn), with the page's language, kept across the
  // pages of this tab.
  await context.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries().filter((e) => e.name === 'first-contentful-paint')) {
        const painted = JSON.parse(sessionStorage.getItem('painted') || '[]');
        painted.push(`${location.pathname} ${document.documentElement.lang} ${document.documentElement.dir}`);
        sessionStorage.setItem('painted', JSON.stringify(painted));
      }
    }).observe({ type: 'paint', buffered: true });
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => { window.policyViolations.push(event.effectiveDirective); });
  });
  // The Arabic page comes late: a French page left drawn meanwhile would be painted.
  await context.route('**/ar.html*', async (route) => {
    await new Promise((resolve) => { setTimeout(resolve, 1000); });
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(`${server.origin}/?source=affiche#contenu`);
  await page.waitForURL(/\/ar\.html/);
  await h1(page, ar.sheet.title).waitFor();
  const url = new URL(page.url());
  assert.equal(url.pathname + url.search + url.hash, '/ar.html?source=affiche#contenu', 'the query and fragment are kept');
  assert.deepEqual(await htmlLang(page), ['ar', 'rtl']);
  await page.waitForFunction(() => JSON.parse(sessionStorage.getItem('painted') || '[]').length > 0);
  const painted = await page.evaluate(() => JSON.parse(sessionStorage.getItem('painted')));
  assert.deepEqual(painted, ['/ar.html ar rtl'], 'the Arabic page alone painted text, right to left');
  await appStarted(page);
  assert.deepEqual(await htmlLang(page), ['ar', 'rtl'], 'the app keeps Arabic');
  await h1(page, ar.sheet.title).waitFor();
  assert.deepEqual(await policyViolations(page), []);
  await context.close();
});

test('a French browser stays on index.html: no other page is opened', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const opened = [];
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) opened.push(new URL(frame.url()).pathname); });
  await page.goto(`${server.origin}/`);
  await appStarted(page);
  assert.deepEqual([...new Set(opened)], ['/']);
  assert.deepEqual(await htmlLang(page), ['fr', 'ltr']);
  await context.close();
});

test('the language chosen on this device wins over the browser’s; a kiosk shows French whatever the browser', async () => {
  const pt = contentOf('pt');
  const fr = contentOf('fr');
  const context = await browser.newContext({ locale: 'ar' });
  await context.addInitScript((key) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, '"pt"'); sessionStorage.setItem('seeded', '1'); } }, CONTRACT.keys.language);
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForURL(/\/pt\.html$/);
  await h1(page, pt.sheet.title).waitFor();
  await context.close();

  const kiosk = await browser.newContext({ locale: 'ar' });
  const tablet = await kiosk.newPage();
  await tablet.goto(`${server.origin}/ar.html?kiosk`);
  await tablet.waitForURL((url) => url.pathname === '/' && url.search === '?kiosk');
  assert.deepEqual(await htmlLang(tablet), ['fr', 'ltr']);
  await h1(tablet, fr.sheet.title).waitFor();
  await kiosk.close();
});

test('before the app is there, the language switch goes to that language’s page and keeps the choice', async () => {
  const ro = contentOf('ro');
  const context = await browser.newContext({ locale: 'fr-FR' });
  // The app never comes (its WebAssembly is refused): the pre-rendered page answers the taps.
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.getByRole('button', { name: languages.find((l) => l.code === 'ro').name }).click();
  await page.waitForURL(/\/ro\.html$/);
  await h1(page, ro.sheet.title).waitFor();
  assert.deepEqual(await htmlLang(page), ['ro', 'ltr']);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), CONTRACT.keys.language), '"ro"');
  await context.close();
});

async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('after one visit, every language’s page opens with the network off', async () => {
  const { page, context } = await openApp(browser, server.origin);
  try {
    await waitForServiceWorker(page);
    const kept = await page.evaluate(async () => (await caches.keys()).length);
    assert.equal(kept, 1);
    await context.setOffline(true);
    for (const { code, dir } of languages) {
      await page.evaluate(([key, value]) => localStorage.setItem(key, JSON.stringify(value)), [CONTRACT.keys.language, code]);
      await page.goto(`${server.origin}${pageOf(code)}`);
      await appStarted(page);
      await h1(page, contentOf(code).sheet.title).waitFor();
      assert.deepEqual(await htmlLang(page), [code, dir], code);
    }
  } finally {
    await context.close();
  }
});

test('at the kiosk, after the first load, every language works with the network off', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk' });
  try {
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await appStarted(page);
    for (const { code, name, dir } of languages.slice(1)) {
      // The grid's button: the language's own name, then its French name and marks for the staff.
      await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
      await h1(page, contentOf(code).ui.welcome_title).waitFor();
      assert.deepEqual(await htmlLang(page), [code, dir], code);
    }
  } finally {
    await context.close();
  }
});
