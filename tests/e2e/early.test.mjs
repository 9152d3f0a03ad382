// The first seconds: a tap on the pre-rendered page before the app has started is never lost, and a
// browser that cannot run the app says so, with a way forward. The WebAssembly is held back (or
// broken) on purpose, so that each case is certain, not a race.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, appStarted, contentOf, speechStub, STORAGE_KEY, CONTRACT, readsLeftToRight } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const fr = contentOf('fr');
const en = contentOf('en');

/**
 * Opens the page with the WebAssembly held back until `release()` is called; options.stored puts
 * answers in localStorage first, options.query is the address's query string, options.voices the
 * speech voices offered (see `speechStub`).
 */
async function openHeld(options = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
  if (options.voices) await context.addInitScript(speechStub, { tags: options.voices });
  if (options.stored) {
    await context.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, value); sessionStorage.setItem('seeded', '1'); }
    }, [STORAGE_KEY, options.stored]);
  }
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(server.origin + '/' + (options.query ?? ''));
  await page.getByRole('heading', { level: 1, name: fr.sheet.title }).waitFor();
  return { page, context, release };
}

test('"Répondre au questionnaire" tapped before the app: "Chargement du questionnaire…" at once, then the page, with no second tap', async () => {
  const { page, context, release } = await openHeld();
  await page.getByRole('link', { name: fr.ui.sheet_start_button }).click();
  await assert.doesNotReject(page.getByRole('status').filter({ hasText: fr.ui.early_loading }).waitFor({ timeout: 1000 }));
  release();
  await page.getByRole('heading', { level: 1, name: fr.ui.start_title }).waitFor();
  await context.close();
});

test('"Répondre au questionnaire" tapped while the app is being set up, between its first tasks, is followed all the same', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
  // The tap comes right after the app's first set-up task (its `mount` mark), before its effects
  // follow the address: the app, which read the address then, must follow the new one.
  await context.addInitScript((name) => {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((entry) => entry.name === 'cimentoplastie:mount')) return;
      observer.disconnect();
      const link = [...document.querySelectorAll('a')].find((a) => a.textContent.trim() === name);
      window.tappedDuringSetUp = Boolean(link);
      link?.click();
    }).observe({ type: 'mark' });
  }, fr.ui.sheet_start_button);
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await page.getByRole('heading', { level: 1, name: fr.ui.start_title }).waitFor();
  assert.equal(await page.evaluate(() => window.tappedDuringSetUp), true, 'tapped during the set-up');
  await appStarted(page);
  await page.getByRole('heading', { level: 1, name: fr.ui.start_title }).waitFor();
  assert.match(page.url(), /#\/questionnaire$/);
  await context.close();
});

test('"English" and "150 %" tapped before the app work at once, and the app keeps them', async () => {
  const { page, context, release } = await openHeld();
  await page.getByRole('button', { name: '150 %' }).click();
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('app-text-150')), 'the text is larger at once');
  assert.equal(await page.getByRole('button', { name: '150 %' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: en.sheet.title }).waitFor({ timeout: 1000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  release();
  await appStarted(page);
  await page.getByRole('heading', { level: 1, name: en.sheet.title }).waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('app-text-150')), 'the app keeps 150 %');
  assert.equal(await page.getByRole('group', { name: en.ui.text_size_label }).getByRole('button', { name: '150 %' }).getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('"Effacer mes réponses" tapped before the app: said at once, and asked as soon as the app is there', async () => {
  const stored = JSON.stringify({
    format: 1, questionnaire: fr.questionnaire.url, questionnaire_version: fr.questionnaire.version,
    saved_at_ms: Date.now(), route: '#/', answers: { grossesse: { choice: 'N' } },
  });
  const { page, context, release } = await openHeld({ stored });
  await page.getByRole('button', { name: fr.ui.clear_answers }).click();
  await assert.doesNotReject(page.getByRole('status').filter({ hasText: fr.ui.early_clear }).waitFor({ timeout: 1000 }));
  release();
  await assert.doesNotReject(page.getByText(fr.ui.clear_confirm_question).waitFor());
  await page.getByRole('button', { name: fr.ui.clear_confirm_yes }).click();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), null);
  await context.close();
});

test('"Écouter" tapped before the app: said at once, and that part is read as soon as the app is there', async () => {
  const { page, context, release } = await openHeld({ voices: ['fr-FR'] });
  const section = fr.sheet.sections[2];
  await page.getByRole('button', { name: `Écouter la partie : ${section.heading}` }).click();
  await assert.doesNotReject(page.getByRole('status').filter({ hasText: fr.ui.early_listen }).waitFor({ timeout: 1000 }));
  release();
  await page.getByRole('button', { name: 'Arrêter la lecture' }).waitFor();
  const spoken = await page.evaluate(() => window.spoken);
  assert.equal(spoken.length, 1);
  assert.ok(spoken[0].text.startsWith(section.heading), `read: ${spoken[0].text.slice(0, 60)}…`);
  await context.close();
});

test('a medical term tapped before the app shows its definition at once; Enter and Escape work too', async () => {
  const { page, context, release } = await openHeld();
  const term = fr.glossary.terms.find((t) => t.id === 'metastase');
  const button = page.locator('main').getByRole('button', { name: 'métastases', exact: true }).first();
  const definition = page.locator('main').getByText(term.definition).first();
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  assert.equal(await definition.isVisible(), true);
  await button.press('Enter');
  assert.equal(await button.getAttribute('aria-expanded'), 'false', 'Enter works it as a button');
  await button.press('Escape');
  assert.equal(await definition.isVisible(), false, 'Escape hides it');
  release();
  await appStarted(page);
  await context.close();
});

/** A browser without WebAssembly (as before Safari 11), for `openBroken`. */
const withoutWebAssembly = (context) => context.addInitScript(() => { delete window.WebAssembly; });

/** Opens the page (at `address`, on a phone unless `viewport`) in a browser that `setUp` breaks. */
async function openBroken(setUp, address = '/', viewport = { width: 360, height: 740 }) {
  const context = await browser.newContext({ viewport, locale: 'fr-FR' });
  await setUp(context);
  const page = await context.newPage();
  await page.goto(server.origin + address);
  return { page, context };
}

/** The cannot-run message is shown under the sheet, which stays readable, with its ways forward. */
async function assertCannotRun(page, kiosk = false) {
  const alert = page.getByRole('alert').filter({ hasText: fr.ui.cannot_run_title });
  await alert.waitFor({ timeout: 15000 });
  await assert.doesNotReject(alert.getByRole('button', { name: fr.ui.cannot_run_retry }).waitFor());
  if (kiosk) {
    await assert.doesNotReject(alert.getByText(fr.ui.kiosk_cannot_run_text.slice(0, 30)).waitFor());
  } else {
    await assert.doesNotReject(alert.getByText(fr.ui.cannot_run_update).waitFor());
    await assert.doesNotReject(alert.getByText(fr.ui.cannot_run_paper).waitFor());
  }
  assert.equal(await page.getByRole('link', { name: fr.ui.sheet_start_button }).count(), 0, 'no dead start link');
  assert.ok(await page.getByRole('heading', { level: 2, name: fr.sheet.sections[2].heading }).isVisible(), 'the sheet is still there');
}

for (const [name, setUp] of [
  ['no WebAssembly in the browser', withoutWebAssembly],
  ['WebAssembly refused (as iOS 15 does under the policy)', async (context) => context.addInitScript(() => {
    const refuse = () => Promise.reject(new WebAssembly.CompileError('refused'));
    for (const name of ['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming']) WebAssembly[name] = refuse;
  })],
  ['the wasm missing (404)', async (context) => context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }))],
  ['the wasm download cut off', async (context) => context.route('**/*.wasm', (route) => route.abort('connectionreset'))],
  ['the glue script missing', async (context) => context.route(/cimentoplastie-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }))],
  ['the boot script tampered with (integrity)', async (context) => context.route('**/boot-*.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.tampered = 1;' }))],
]) {
  test(`cannot run (${name}): a plain message with a way forward, and the sheet stays readable`, async () => {
    const { page, context } = await openBroken(setUp);
    await assertCannotRun(page);
    await context.close();
  });
}

test('kiosk: a language tapped before the app has started is the one the app opens in, and nothing of it is stored on the tablet', async () => {
  const ar = contentOf('ar');
  const { page, context, release } = await openHeld({ query: '?kiosk' });
  await page.getByRole('navigation', { name: fr.ui.language_label }).getByRole('button', { name: /^العربية/ }).first().click();
  await assert.doesNotReject(page.getByRole('status').filter({ hasText: fr.ui.early_loading }).waitFor({ timeout: 1000 }));
  release();
  await page.getByRole('heading', { level: 1, name: ar.ui.welcome_title }).waitFor();
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
  const stored = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(!stored.includes(CONTRACT.keys.language), `no language kept at the kiosk: ${stored}`);
  await context.close();
});

test('cannot run on a kiosk: the message is for the staff', async () => {
  const { page, context } = await openBroken(withoutWebAssembly, '/?kiosk', { width: 1024, height: 768 });
  await assertCannotRun(page, true);
  await context.close();
});

test('cannot run (downloaded, but the app never starts): the message comes 30 s after the download ended, not before', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
  // The wasm is fetched and read in full, then its start never ends (a browser stuck compiling it).
  await context.addInitScript(() => {
    WebAssembly.instantiateStreaming = async (source) => { await (await source).arrayBuffer(); return new Promise(() => {}); };
    // The test's clock below replaces `performance` too; the page's own observers still see the real one.
    window.realPerformance = performance;
  });
  const page = await context.newPage();
  // The page's clock is the test's: the 30 seconds pass at once, and no more than that.
  await page.clock.install();
  const downloaded = page.waitForResponse((response) => response.url().endsWith('.wasm'));
  await page.goto(server.origin + '/');
  await page.clock.runFor(3000);
  await (await downloaded).finished();
  // Until the browser has recorded the download (waitForFunction polls with the page's timers,
  // which the test's clock holds), then one task more, for the start script's observer.
  while (!await page.evaluate(() => window.realPerformance.getEntriesByType('resource').some((entry) => entry.name.endsWith('.wasm'))));
  await page.evaluate(() => new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0); }));
  await page.clock.runFor(29000);
  assert.equal(await page.getByText(fr.ui.cannot_run_title).count(), 0, 'no message 29 s after the download');
  await page.clock.runFor(2000);
  await assertCannotRun(page);
  await context.close();
});

test('a slow but working phone (400 kbit/s, 400 ms, CPU 4× slower) never sees the message, and the app starts', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(server.origin + '/');
  await page.getByRole('link', { name: fr.ui.sheet_start_button }).click();
  await page.getByRole('heading', { level: 1, name: fr.ui.start_title }).waitFor({ timeout: 60000 });
  assert.equal(await page.getByText(fr.ui.cannot_run_title).count(), 0);
  await context.close();
});

test('the status line at the bottom never hides the end of the page', async () => {
  const { page, context, release } = await openHeld({ stored: '{"format":1}' });
  await page.getByRole('button', { name: fr.ui.clear_answers }).click();
  const status = page.getByRole('status').filter({ hasText: fr.ui.early_clear });
  await status.waitFor();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const [line, button] = await Promise.all([status.boundingBox(), page.getByRole('button', { name: fr.ui.clear_answers }).boundingBox()]);
  assert.ok(button.y + button.height <= line.y, `the last control (${JSON.stringify(button)}) is above the status line (${JSON.stringify(line)})`);
  release();
  await appStarted(page);
  await context.close();
});

/** The controls drawn over the cannot-run message (fixed or sticky ones, as the old status line was), at points all over it. */
async function coveringTheMessage(page) {
  return page.evaluate(() => {
    const message = [...document.querySelectorAll('[role="alert"]')].find((e) => e.checkVisibility() && e.textContent.trim());
    const box = message.getBoundingClientRect();
    const over = new Set();
    for (let x = box.left + 4; x < box.right; x += 20) {
      for (let y = Math.max(box.top, 0) + 4; y < Math.min(box.bottom, innerHeight); y += 10) {
        const element = document.elementFromPoint(x, y);
        if (element && !message.contains(element)) over.add(`${element.tagName}.${element.className} “${element.textContent.slice(0, 40)}”`);
      }
    }
    return [...over];
  });
}

test('cannot run, on a phone: no bar fixed over the page; a link at the top leads to the message, with the focus', async () => {
  const { page, context } = await openBroken(withoutWebAssembly);
  const alert = page.getByRole('alert').filter({ hasText: fr.ui.cannot_run_title });
  await alert.waitFor();
  const fixed = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((e) => ['fixed', 'sticky'].includes(getComputedStyle(e).position) && e.getBoundingClientRect().height > 0)
    .map((e) => `${e.tagName}.${e.className} “${e.textContent.slice(0, 60)}”`));
  assert.deepEqual(fixed, [], 'nothing stays fixed over the page');
  // Scrolled so that the message is at the bottom of the screen, where the status line was.
  await alert.evaluate((e) => e.scrollIntoView({ block: 'end' }));
  assert.deepEqual(await coveringTheMessage(page), [], 'the message is not covered');
  await page.evaluate(() => window.scrollTo(0, 0));
  const pointer = page.getByRole('link', { name: fr.ui.early_failed });
  const box = await pointer.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 740, `the pointer is at the top of the page: ${JSON.stringify(box)}`);
  assert.ok(!/sous la fiche/.test(await page.locator('body').innerText()), 'nothing says the message is under the sheet');
  await pointer.click();
  assert.equal(await alert.evaluate((e) => e === document.activeElement), true, 'the focus is on the message');
  const message = await alert.boundingBox();
  assert.ok(message.y >= 0 && message.y < 740, `the message is on the screen: ${JSON.stringify(message)}`);
  assert.deepEqual(await coveringTheMessage(page), []);
  assert.equal(new URL(page.url()).hash, '', 'the address is left as it is');
  await context.close();
});

test('cannot run, in English: the pointer and the message are in English', async () => {
  const { page, context } = await openBroken(withoutWebAssembly);
  await page.getByRole('alert').filter({ hasText: fr.ui.cannot_run_title }).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  const alert = page.getByRole('alert').filter({ hasText: en.ui.cannot_run_title });
  await page.getByRole('link', { name: en.ui.early_failed }).click();
  assert.equal(await alert.evaluate((e) => e === document.activeElement), true, 'the focus is on the English message');
  await context.close();
});

/** Serves `settings` as the centre's published clinic.json. */
const publishing = (settings) => (context) => context.route('**/clinic.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(settings) }));
const REAL_CLINIC = {
  name: 'Centre d’imagerie du Parc', phone: '01 23 45 67 89', opening_hours: 'Du lundi au vendredi, de 8 h à 18 h',
  instructions: ['Venez à jeun.'], retention_days: 7,
  translations: { en: { name: 'Parc imaging centre', opening_hours: 'Monday to Friday, 8 am to 6 pm', instructions: ['Do not eat before.'] } },
};

test('cannot run: "appeler le centre" gives the number of the published clinic.json, as a tel: link', async () => {
  const { page, context } = await openBroken(async (context) => { await withoutWebAssembly(context); await publishing(REAL_CLINIC)(context); });
  const alert = page.getByRole('alert').filter({ hasText: fr.ui.cannot_run_title });
  const call = alert.getByRole('link', { name: /Appeler le 01.23.45.67.89/ });
  await call.waitFor();
  assert.equal(await call.getAttribute('href'), 'tel:0123456789');
  await page.getByRole('button', { name: 'English' }).click();
  const english = page.getByRole('alert').filter({ hasText: en.ui.cannot_run_title }).getByRole('link', { name: /01.23.45.67.89/ });
  assert.equal(await english.getAttribute('href'), 'tel:0123456789');
  await context.close();
});

test('cannot run, in Arabic: the centre’s number in its own <bdi dir="ltr">, read left to right (01 first), as the app draws it', async () => {
  const ar = contentOf('ar');
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'ar-MA' });
  await withoutWebAssembly(context);
  await publishing(REAL_CLINIC)(context);
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  const alert = page.getByRole('alert').filter({ hasText: ar.ui.cannot_run_title });
  const number = alert.getByRole('link', { name: /01.23.45.67.89/ }).locator('bdi');
  await number.waitFor();
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
  assert.equal(await number.getAttribute('dir'), 'ltr');
  assert.ok(await readsLeftToRight(number), 'the number starts with 01 on the left, not 89');
  await context.close();
});

test('cannot run: no number while clinic.json still holds the shipped placeholder, or a number that is not one', async () => {
  for (const phone of ['00 00 00 00 00', '12345']) {
    let served;
    const sent = new Promise((resolve) => { served = resolve; });
    const { page, context } = await openBroken(async (context) => {
      await withoutWebAssembly(context);
      await context.route('**/clinic.json', async (route) => {
        await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...REAL_CLINIC, phone }) });
        served();
      });
    });
    const alert = page.getByRole('alert').filter({ hasText: fr.ui.cannot_run_title });
    await alert.waitFor();
    await sent;
    // The file has arrived: two more of the page's tasks, for its load event.
    for (let i = 0; i < 2; i += 1) await page.evaluate(() => new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0); }));
    assert.equal(await alert.getByRole('link').count(), 0, `no call link for ${phone}`);
    await context.close();
  }
});

test('cannot run: the privacy link shows the privacy note, with the published retention; "Effacer mes réponses" is not offered with nothing to erase', async () => {
  const { page, context } = await openBroken(async (context) => { await withoutWebAssembly(context); await publishing(REAL_CLINIC)(context); });
  await page.getByRole('alert').filter({ hasText: fr.ui.cannot_run_title }).getByRole('link', { name: /01.23.45.67.89/ }).waitFor();
  assert.equal(await page.getByRole('button', { name: fr.ui.clear_answers }).count(), 0, 'nothing to erase: no button');
  await page.getByRole('link', { name: fr.ui.privacy_link }).click();
  const heading = page.getByRole('heading', { level: 2, name: fr.ui.privacy_title });
  await heading.waitFor();
  assert.equal(await heading.evaluate((e) => e === document.activeElement), true, 'the focus is on the note');
  await assert.doesNotReject(page.getByText(fr.ui.privacy_paragraphs[0].split('{days')[0].trim()).waitFor());
  await assert.doesNotReject(page.getByText('au plus 7 jours', { exact: false }).waitFor(), 'the published retention');
  assert.ok(!(await page.locator('body').innerText()).includes('plural,'), 'no plural left unfilled');
  assert.equal(new URL(page.url()).hash, '');
  await context.close();
});

test('cannot run on a kiosk: no privacy link nor "Effacer mes réponses" (the message is for the staff)', async () => {
  const { page, context } = await openBroken(withoutWebAssembly, '/?kiosk', { width: 1024, height: 768 });
  await page.getByRole('alert').filter({ hasText: fr.ui.cannot_run_title }).waitFor();
  assert.equal(await page.getByRole('link', { name: fr.ui.privacy_link }).count(), 0);
  assert.equal(await page.getByRole('button', { name: fr.ui.clear_answers }).count(), 0);
  await context.close();
});

test('cannot run: "Écouter" reads the part aloud with the browser’s voice, and stops; without a voice it says so', async () => {
  const { page, context } = await openBroken(async (context) => { await withoutWebAssembly(context); await context.addInitScript(speechStub, { tags: ['fr-FR'] }); });
  await page.getByRole('alert').filter({ hasText: fr.ui.cannot_run_title }).waitFor();
  const section = fr.sheet.sections[2];
  await page.getByRole('button', { name: `Écouter la partie : ${section.heading}` }).click();
  const spoken = await page.evaluate(() => window.spoken);
  assert.equal(spoken.length, 1);
  assert.ok(spoken[0].text.startsWith(section.heading), `read: ${spoken[0].text.slice(0, 60)}…`);
  const firstText = section.blocks[0].paragraph ?? section.blocks[0].list?.[0] ?? '';
  assert.ok(spoken[0].text.includes(String(firstText).slice(0, 30)), 'the part’s text is read, not the definitions');
  assert.equal(spoken[0].lang, 'fr-FR');
  await page.getByRole('button', { name: fr.ui.listen_stop }).click();
  assert.ok(await page.evaluate(() => window.speechCancelled) > 0, 'reading stopped');
  await page.getByRole('button', { name: `Écouter la partie : ${section.heading}` }).waitFor();
  await context.close();

  const silent = await openBroken(async (context) => { await withoutWebAssembly(context); await context.addInitScript(speechStub, { tags: ['de-DE'] }); });
  await silent.page.getByRole('alert').filter({ hasText: fr.ui.cannot_run_title }).waitFor();
  await silent.page.getByRole('button', { name: `Écouter la partie : ${section.heading}` }).click();
  await assert.doesNotReject(silent.page.getByText(fr.ui.listen_unavailable).first().waitFor({ timeout: 2000 }));
  await silent.context.close();
});

test('where the app cannot run, "Effacer mes réponses" still erases what an earlier visit left, after asking', async () => {
  const { page, context } = await openBroken(async (context) => {
    await withoutWebAssembly(context);
    await context.addInitScript(([key]) => {
      if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, '{"format":1}'); sessionStorage.setItem('seeded', '1'); }
    }, [STORAGE_KEY]);
  });
  await page.getByRole('alert').filter({ hasText: fr.ui.cannot_run_title }).waitFor();
  page.once('dialog', (dialog) => { assert.equal(dialog.message(), fr.ui.clear_confirm_question); dialog.accept(); });
  await page.getByRole('button', { name: fr.ui.clear_answers }).click();
  const done = page.getByText(fr.ui.cleared_notice);
  await done.waitFor();
  assert.equal(await done.evaluate((e) => e === document.activeElement), true, 'said where the button was, with the focus');
  assert.equal(await page.getByRole('button', { name: fr.ui.clear_answers }).count(), 0, 'nothing left to erase');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await context.close();
});

describe('"Effacer mes réponses" erases the same keys whoever carries it out (the page\'s contract, `clear`)', () => {
  // What an earlier visit at home may have left, and another page's key on the same origin.
  const seed = {
    [CONTRACT.keys.answers]: JSON.stringify({
      format: 1, questionnaire: fr.questionnaire.url, questionnaire_version: fr.questionnaire.version,
      saved_at_ms: Date.now(), route: '#/', answers: { grossesse: { choice: 'N' } },
    }),
    [CONTRACT.keys.textSize]: '"150"',
    [CONTRACT.keys.language]: '"fr"',
    [CONTRACT.keys.probe]: '1',
    'autre-page.reglage': 'x',
  };
  const left = Object.keys(seed).filter((key) => !CONTRACT.clear.includes(key)).sort();
  const seeded = (context) => context.addInitScript((keys) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [key, value] of Object.entries(keys)) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, seed);
  const keysLeft = async (page) => (await page.evaluate(() => Object.keys(localStorage))).sort();
  /** The app's own question, answered yes, and its notice. */
  const confirmInApp = async (page) => {
    await page.getByRole('button', { name: fr.ui.clear_confirm_yes }).click();
    await page.getByText(fr.ui.cleared_notice).waitFor();
  };

  test('the answers go, the text size, the language and other pages\' keys stay', () => {
    assert.ok(CONTRACT.clear.includes(CONTRACT.keys.answers));
    assert.deepEqual(left, ['autre-page.reglage', CONTRACT.keys.language, CONTRACT.keys.textSize].sort());
  });

  test('tapped before the app takes over (the app carries it out when it is there)', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
    await seeded(context);
    const page = await context.newPage();
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(server.origin + '/');
    await page.getByRole('button', { name: fr.ui.clear_answers }).click();
    release();
    await confirmInApp(page);
    assert.deepEqual(await keysLeft(page), left);
    await context.close();
  });

  test('tapped once the app is there', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
    await seeded(context);
    const page = await context.newPage();
    await page.goto(server.origin + '/');
    await appStarted(page);
    await page.getByRole('button', { name: fr.ui.clear_answers }).first().click();
    await confirmInApp(page);
    assert.deepEqual(await keysLeft(page), left);
    await context.close();
  });

  test('tapped where the app cannot run (the start script carries it out)', async () => {
    const { page, context } = await openBroken(async (context) => { await withoutWebAssembly(context); await seeded(context); });
    await page.getByRole('alert').filter({ hasText: fr.ui.cannot_run_title }).waitFor();
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: fr.ui.clear_answers }).click();
    await page.getByText(fr.ui.cleared_notice).waitFor();
    assert.deepEqual(await keysLeft(page), left);
    await context.close();
  });
});

test('the skip link "Aller au questionnaire" works before the app: a few keys to "Répondre au questionnaire", no "Chargement…" said', async () => {
  const { page, context, release } = await openHeld();
  const start = page.getByRole('link', { name: fr.ui.sheet_start_button });
  const skip = page.getByRole('link', { name: fr.ui.skip_to_questionnaire });
  let keys = 0;
  while (keys < 40 && !(await start.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press(await skip.evaluate((el) => el === document.activeElement) ? 'Enter' : 'Tab');
    keys += 1;
  }
  assert.ok(keys <= 4, `${keys} keys to reach "${fr.ui.sheet_start_button}" on the pre-rendered sheet`);
  assert.equal(await page.getByRole('status').filter({ hasText: fr.ui.early_loading }).count(), 0, 'moving within the sheet opens nothing');
  release();
  await appStarted(page);
  await page.getByRole('heading', { level: 1, name: fr.sheet.title }).waitFor();
  await context.close();
});
