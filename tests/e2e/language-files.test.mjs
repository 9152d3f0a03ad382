// Languages loaded on demand: only French is in the app; choosing another language fetches its one
// file (`/lang-<code>.json`) from the site itself, and nothing else; if it cannot come, a plain
// French message names the language and the app stays in French; a French visit fetches none.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, contentOf, appStarted, VIEWPORTS, CONTRACT } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const fr = contentOf('fr');
const ar = contentOf('ar');
const h1 = (page, name) => page.getByRole('heading', { level: 1, name });
const htmlLang = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
const switcher = (page) => page.getByRole('navigation', { name: fr.ui.language_label });
/** The language files a page asked for, as paths. */
const languageFiles = (requests) => requests.map((r) => new URL(r.url)).filter((u) => /lang-/.test(u.pathname));

/**
 * The app in French, once started, with every request the page itself makes (the service worker's
 * precaching of every language for offline use is its own: `serviceWorkers: 'block'` leaves it
 * out, so that a file routed to fail is not served from its cache).
 */
async function openApp(browser, origin, { serviceWorkers = 'block' } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'fr-FR', serviceWorkers });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push({ url: request.url() }));
  await page.goto(`${origin}/`);
  await appStarted(page);
  return { page, context, requests };
}

test('a French visit fetches no language file, even after a few screens', async () => {
  const { page, context, requests } = await openApp(browser, server.origin, { serviceWorkers: 'allow' });
  await h1(page, fr.sheet.title).waitFor();
  await page.getByRole('link', { name: fr.ui.sheet_start_button }).first().click();
  await h1(page, fr.ui.start_title).waitFor();
  assert.deepEqual(languageFiles(requests).map((u) => u.pathname), []);
  await context.close();
});

test('choosing Arabic fetches only /lang-ar.json, from the site itself, then shows Arabic right to left', async () => {
  const { page, context, requests } = await openApp(browser, server.origin);
  const before = requests.length;
  await switcher(page).getByRole('button', { name: 'العربية' }).click();
  await h1(page, ar.sheet.title).waitFor();
  assert.deepEqual(await htmlLang(page), ['ar', 'rtl']);
  const after = requests.slice(before).map((r) => new URL(r.url));
  assert.deepEqual(after.map((u) => u.href), [`${server.origin}/lang-ar.json`], 'one request, for the language’s file');
  // Back to French and to Arabic again: nothing more is fetched.
  await page.getByRole('navigation', { name: ar.ui.language_label }).getByRole('button', { name: 'Français' }).click();
  await h1(page, fr.sheet.title).waitFor();
  await switcher(page).getByRole('button', { name: 'العربية' }).click();
  await h1(page, ar.sheet.title).waitFor();
  assert.equal(languageFiles(requests).length, 1);
  await context.close();
});

test('when the language’s file cannot come, a plain French message names it and the app stays in French; trying again works', async () => {
  const { page, context, requests } = await openApp(browser, server.origin);
  await context.route('**/lang-ar.json', (route) => route.abort('internetdisconnected'));
  await switcher(page).getByRole('button', { name: 'العربية' }).click();
  const said = fr.ui.language_failed.replace('{language}', 'العربية');
  const status = switcher(page).getByRole('status');
  await page.waitForFunction(([text]) => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent === text), [said]);
  assert.equal(await status.textContent(), said);
  assert.equal(await status.locator('[lang="ar"]').getAttribute('dir'), 'rtl', 'the language’s name in its own language');
  assert.equal(await switcher(page).getAttribute('aria-busy'), null, 'no longer busy');
  assert.deepEqual(await htmlLang(page), ['fr', 'ltr']);
  await h1(page, fr.sheet.title).waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), CONTRACT.keys.language), null, 'a language that did not come is not remembered');
  await context.unroute('**/lang-ar.json');
  await switcher(page).getByRole('button', { name: 'العربية' }).click();
  await h1(page, ar.sheet.title).waitFor();
  assert.equal(languageFiles(requests).length, 2);
  await context.close();
});

test('while the language’s file comes, the switch is busy and says so', async () => {
  const { page, context } = await openApp(browser, server.origin);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/lang-es.json', async (route) => { await held; await route.continue(); });
  await switcher(page).getByRole('button', { name: 'Español' }).click();
  const loading = fr.ui.language_loading.replace('{language}', 'Español');
  await page.waitForFunction(([text]) => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent === text), [loading]);
  assert.equal(await switcher(page).getAttribute('aria-busy'), 'true');
  assert.deepEqual(await htmlLang(page), ['fr', 'ltr'], 'French until the language has come');
  release();
  await h1(page, contentOf('es').sheet.title).waitFor();
  assert.deepEqual(await htmlLang(page), ['es', 'ltr']);
  await context.close();
});
