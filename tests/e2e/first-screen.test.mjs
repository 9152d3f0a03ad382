// Text before WebAssembly: the sheet's first screen is real HTML in index.html, generated from the same
// content files; the app takes over with no layout shift.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, openApp, appStarted, speechStub, CONTRACT } from './harness.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHEET = JSON.parse(readFileSync(join(ROOT, 'content', 'fr', 'sheet.json'), 'utf8'));

/** Runs in the page: adds up every layout shift in window.layoutShift. */
function trackLayoutShift() {
  window.layoutShift = 0;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.layoutShift += entry.value; })
    .observe({ type: 'layout-shift', buffered: true });
}

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('index.html holds the sheet’s first heading and paragraph before any script runs', async () => {
  const html = await (await fetch(server.origin + '/')).text();
  const beforeScripts = html.slice(0, html.indexOf('<script')) + html.slice(html.indexOf('</script>'));
  assert.match(beforeScripts, new RegExp(`<h1[^>]*>${SHEET.title}</h1>`));
  assert.ok(beforeScripts.includes(SHEET.sections[0].heading));
  // The text, with its medical terms marked (the definitions are hidden text beside them).
  const text = beforeScripts.replace(/<span class="app-term__definition"[^>]*>[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');
  const firstParagraph = SHEET.sections[0].blocks.find((block) => block.paragraph).paragraph;
  assert.ok(text.includes(firstParagraph));
});

test('with JavaScript off, the whole sheet can still be read, with the notes the app adds', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await page.getByRole('heading', { level: 1, name: SHEET.title }).waitFor();
  const region = page.getByRole('region', { name: 'Les contre-indications' });
  const contraindications = region.getByRole('listitem');
  assert.equal(await contraindications.count(), 7);
  // The note under the list is in index.html too, labelled as the app's.
  const label = JSON.parse(readFileSync(join(ROOT, 'content', 'fr', 'ui.json'), 'utf8')).sheet_note_label;
  const note = region.getByRole('note', { name: `${label} À savoir` });
  assert.match((await note.innerText()).replace(/\s+/g, ' '), /n’arrêtez aucun médicament et n’annulez pas votre rendez-vous de vous-même/);
  assert.equal(await page.getByRole('region', { name: SHEET.sections[0].heading }).getByRole('note').count(), 2);
  await context.close();
});

test('the app draws exactly the pre-rendered text, with no layout shift', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
  await context.addInitScript(trackLayoutShift);
  const page = await context.newPage();
  let prerendered;
  await page.route('**/*.wasm', async (route) => {
    // Holds the wasm until the pre-rendered page has been read, as on a slow connection.
    prerendered = await page.evaluate((id) => document.getElementById(id).querySelector('article')?.innerText, CONTRACT.ids.firstScreen);
    await route.continue();
  });
  await page.goto(server.origin + '/');
  await appStarted(page);
  await page.getByRole('heading', { level: 1, name: SHEET.title }).waitFor();
  const drawn = await page.evaluate(() => document.querySelector('main article').innerText);
  assert.ok(prerendered && prerendered.length > 1000, 'the pre-rendered sheet was on screen');
  assert.equal(drawn, prerendered, 'the app and the pre-rendered page show the same text');
  assert.equal(await page.evaluate(() => window.layoutShift), 0, 'cumulative layout shift');
  await context.close();
});

/**
 * Runs in the page: the elements under `selector` as text, one line per element (its tag, its
 * attributes sorted, its own text), in the order they come; ids lose a language suffix, and the
 * "cannot run" message (only in the pre-rendered page) is left out.
 */
function markup([selector, code]) {
  const suffix = code === 'fr' ? '' : `-${code}`;
  const one = (value) => (suffix && value.endsWith(suffix) ? value.slice(0, -suffix.length) : value);
  // A list of ids (aria-labelledby="a b") loses the suffix on each.
  const plain = (value) => value.split(' ').map(one).join(' ');
  const lines = [];
  const walk = (element) => {
    if (element.matches('.app-cannot-run, template')) return;
    const attributes = [...element.attributes].map((a) => `${a.name}=${a.name === 'href' ? a.value.replace(/^#(.+)$/, (_, id) => '#' + one(id)) : plain(a.value)}`).sort();
    const text = [...element.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
    lines.push(`${element.localName} ${attributes.join(' ')} | ${text}`);
    for (const child of element.children) walk(child);
  };
  for (const child of document.querySelector(selector).children) walk(child);
  return lines;
}

test('the pre-rendered page is the markup the app draws, element by element, in each language', async () => {
  for (const [locale, code] of [['fr-FR', 'fr'], ['en-GB', 'en']]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale });
    const page = await context.newPage();
    let prerendered;
    await page.route('**/*.wasm', async (route) => {
      prerendered = await page.evaluate(markup, [`#${CONTRACT.ids.firstScreen} .${CONTRACT.classes.prerender}[lang="${code}"]`, code]);
      await route.continue();
    });
    await page.goto(server.origin + '/');
    await appStarted(page);
    const drawn = await page.evaluate(markup, ['body', 'fr']);
    // What the app draws holds the page's other parts too (scripts, the app's mount point).
    const start = drawn.findIndex((line) => line.startsWith('a ') && line.includes('app-skip-link'));
    assert.ok(prerendered.length > 100, `${code}: ${prerendered.length} elements pre-rendered`);
    assert.deepEqual(drawn.slice(start, start + prerendered.length), prerendered, code);
    await context.close();
  }
});

test('when the phone’s voices arrive after the app, nothing moves: the “Écouter” buttons were already there, and now read', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
  await context.addInitScript(speechStub, { tags: ['fr-FR'], late: true });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await appStarted(page);
  const listen = page.getByRole('button', { name: `Écouter la partie : ${SHEET.sections[0].heading}` });
  assert.equal(await listen.count(), 1, 'the button is there before any voice');
  // Where the patient sees the sheet's paragraphs and buttons.
  const places = () => page.getByRole('main').locator('p, button')
    .evaluateAll((all) => all.map((p) => [p.textContent, p.getBoundingClientRect().top]));
  const before = await places();
  await page.evaluate(() => window.announceVoices());
  await listen.click();
  await page.getByRole('button', { name: 'Arrêter la lecture' }).waitFor();
  assert.ok(before.length > 10);
  assert.deepEqual(await places(), before.map(([text, top]) => [text.startsWith('▶Écouter la partie') && text.includes(SHEET.sections[0].heading) ? '■Arrêter la lecture' : text, top]), 'everything is where it was');
  await context.close();
});

test('a patient who scrolls while the app loads stays at the same place in the text', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
  const page = await context.newPage();
  let release;
  const scrolled = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await scrolled; await route.continue(); });
  await page.goto(server.origin + '/');
  const heading = () => page.getByRole('heading', { level: 2, name: SHEET.sections[2].heading });
  await heading().scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -100));
  const before = await page.evaluate(() => window.scrollY);
  const top = await heading().evaluate((h) => Math.round(h.getBoundingClientRect().top));
  assert.ok(before > 1000, `scrolled down ${before}px before the app arrived`);
  release();
  await appStarted(page);
  assert.equal(await page.evaluate(() => window.scrollY), before, 'same scroll position');
  assert.equal(await heading().evaluate((h) => Math.round(h.getBoundingClientRect().top)), top, 'same text at the same place');
  await context.close();
});

test('nothing but the page and its stylesheet is fetched before the sheet is painted; then the app, and the manifest to install it', async () => {
  const html = await (await fetch(server.origin + '/')).text();
  assert.doesNotMatch(html, /rel="(?:module)?preload"/);
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await appStarted(page);
  // Read once both are known: paintTime is when the frame was rendered (startTime, when the
  // screen showed it, comes later).
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const { paint, requests } = await page.evaluate(() => {
    const [entry] = performance.getEntriesByName('first-contentful-paint');
    const requests = performance.getEntriesByType('resource').map((r) => ({ file: new URL(r.name).pathname, start: r.startTime }));
    return { paint: entry.paintTime ?? entry.startTime, requests };
  });
  const early = requests.filter((r) => r.start < paint).map((r) => r.file);
  assert.deepEqual(early.filter((f) => !/^\/app-[0-9a-f]+\.css$/.test(f)), [], `fetched before the first paint (${paint} ms)`);
  for (const kind of [/^\/boot-/, /\.wasm$/]) {
    assert.ok(requests.some((r) => kind.test(r.file) && r.start >= paint), `${kind} is fetched after the first paint`);
  }
  // Linked, not fetched: the browser fetches the manifest when it checks whether the app can be installed.
  assert.equal(await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href')), '/manifest.webmanifest', 'installable');
  await context.close();
});

test('a browser in English sees the pre-rendered sheet in English at once, and the app takes over with no shift', async () => {
  const EN = JSON.parse(readFileSync(join(ROOT, 'content', 'en', 'sheet.json'), 'utf8'));
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
  await context.addInitScript(trackLayoutShift);
  const page = await context.newPage();
  let before;
  await page.route('**/*.wasm', async (route) => {
    before = {
      heading: await page.getByRole('heading', { level: 1 }).innerText(),
      lang: await page.evaluate(() => document.documentElement.lang),
      text: await page.evaluate((selector) => document.querySelector(selector).innerText, `#${CONTRACT.ids.firstScreen} .${CONTRACT.classes.prerender}[lang="en"] article`),
    };
    await route.continue();
  });
  await page.goto(server.origin + '/');
  await appStarted(page);
  assert.equal(before.heading, EN.title, 'the English sheet was on screen before the app');
  assert.equal(before.lang, 'en');
  assert.equal(await page.evaluate(() => document.querySelector('main article').innerText), before.text);
  assert.equal(await page.evaluate(() => window.layoutShift), 0, 'cumulative layout shift');
  await context.close();
});
