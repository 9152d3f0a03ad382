// Waiting-room kiosk: every patient starts blank, nothing of the one before survives; home retention; two tabs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { STORAGE_KEY, VIEWPORTS, startServer, launchBrowser, openApp, assertOnlyOwnStaticFiles, storedEntries, policyViolations, appStarted, contentOf, questionTexts } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const MODE_KEY = 'cimentoplastie.appareil';
const tablet = VIEWPORTS['tablet landscape'];
const h1 = (page, name) => page.getByRole('heading', { level: 1, name });
const TEXT = questionTexts('fr');
const QUESTIONS = ['grossesse', 'anticoagulant', 'saignement', 'plaquettes', 'anesthesie', 'allergie-methylmethacrylate', 'position-ventre'].map((id) => TEXT[id]);
const NAME = TEXT['anticoagulant-nom'];
const VERSION = contentOf('fr').questionnaire.version;

async function begin(page) {
  await page.getByRole('button', { name: 'Touchez l’écran pour commencer' }).click();
  await h1(page, 'La cimentoplastie').waitFor();
  await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await h1(page, QUESTIONS[0]).waitFor();
}

/** A whole patient: answers (one choice per question; a medicine name if the second is Oui or Je ne sais pas), then the outcome. */
async function patient(page, choices, medicine) {
  await begin(page);
  for (const [i, choice] of choices.entries()) {
    await h1(page, QUESTIONS[i]).waitFor();
    await page.getByRole('radio', { name: choice, exact: true }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    if (i === 1 && choice !== 'Non') {
      await page.getByRole('textbox', { name: NAME }).fill(medicine);
      await page.getByRole('button', { name: 'Continuer' }).click();
    }
  }
  await page.getByRole('button', { name: 'Voir ce que je dois signaler' }).click();
  await h1(page, 'Ce que vous devez signaler à l’équipe').waitFor();
}

test('?kiosk switches the device to kiosk mode, remembered until ?kiosk=off; the address is cleaned', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk', viewport: tablet });
  await h1(page, 'Bienvenue').waitFor();
  await assert.doesNotReject(page.getByText('Mode borne').waitFor());
  assert.equal(new URL(page.url()).search, '', 'the staff address is not left in the bar');
  await page.goto(server.origin + '/');
  await h1(page, 'Bienvenue').waitFor();
  await page.goto(server.origin + '/?kiosk=off');
  await appStarted(page);
  await h1(page, 'La cimentoplastie').waitFor();
  assert.equal(await page.getByText('Mode borne').count(), 0);
  assert.deepEqual(await storedEntries(page), {});
  await context.close();
});

test('a kiosk patient finishes: the outcome asks to tell the reception, "Terminer" wipes everything and shows the welcome screen', async () => {
  const { page, context, requests, errors } = await openApp(browser, server.origin, { query: '?kiosk', viewport: tablet });
  const entriesAtStart = await page.evaluate(() => history.length);
  await patient(page, ['Non', 'Oui', 'Non', 'Non', 'Non', 'Je ne sais pas', 'Non'], 'Préviscan');
  await assert.doesNotReject(page.getByText('Montrez cette page à l’accueil', { exact: false }).waitFor());
  // Reception is not clinical: the nurse or the doctor hears it again before the procedure.
  await assert.doesNotReject(page.getByText('puis redites-le à l’infirmier, à l’infirmière ou au médecin avant l’intervention', { exact: false }).waitFor());
  assert.equal(await page.getByRole('button', { name: 'Télécharger mes réponses' }).count(), 0, 'no file is left on the tablet');
  const hrefs = await Promise.all((await page.getByRole('link').all()).map((link) => link.getAttribute('href')));
  assert.ok(hrefs.length > 0);
  assert.deepEqual(hrefs.filter((href) => !href.startsWith('#')), [], 'no link leaves the app (no tel:, no other page)');
  assert.equal(await page.evaluate(() => history.length), entriesAtStart + 1, 'the visit added one history entry (for the Back button), whatever the screens seen');
  // In the clinic's waiting room: tell the reception; nothing about phoning, no printing.
  const UI = contentOf('fr').ui;
  await assert.doesNotReject(page.getByText(UI.kiosk_outcome_flagged_intro).waitFor());
  const shown = await page.locator('main').innerText();
  for (const phoning of ['Contactez', 'appeler', 'Appeler', 'téléphone', 'sans attendre le jour du rendez-vous']) {
    assert.ok(!shown.includes(phoning), `the kiosk outcome says nothing about phoning ("${phoning}")`);
  }
  assert.equal(await page.getByRole('button', { name: 'Imprimer' }).count(), 0, 'no printing on a shared tablet');
  await page.getByRole('button', { name: 'Terminer' }).click();
  await h1(page, 'Bienvenue').waitFor();
  assert.deepEqual(Object.keys(await storedEntries(page)), [MODE_KEY], 'only the device setting is left');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  assert.equal(await page.getByText('Préviscan').count(), 0);
  // Back, reload and a second tab show nothing of the previous patient.
  await page.goBack().catch(() => {});
  assert.ok(!(await page.content()).includes('Préviscan'));
  await page.goto(server.origin + '/#/verification');
  await h1(page, 'Bienvenue').waitFor();
  await page.reload();
  await h1(page, 'Bienvenue').waitFor();
  const second = await context.newPage();
  await second.goto(server.origin + '/#/resultat');
  await h1(second, 'Bienvenue').waitFor();
  await begin(second);
  assert.equal(await second.getByRole('radio', { checked: true }).count(), 0, 'the next patient starts blank');
  assert.deepEqual(errors, []);
  assert.deepEqual(await policyViolations(page), []);
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
});

test('kiosk mode never offers to resume a session found on the device', async () => {
  const stored = JSON.stringify({
    format: 1, questionnaire: 'https://fiches-patients.example/fhir/Questionnaire/cimentoplastie-contre-indications',
    questionnaire_version: VERSION, saved_at_ms: Date.now(), route: '#/verification', answers: { grossesse: { choice: 'Y' } },
  });
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk', stored });
  await h1(page, 'Bienvenue').waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Reprendre vos réponses ?' }).count(), 0);
  assert.ok(!(STORAGE_KEY in (await storedEntries(page))), 'the earlier session is removed');
  await begin(page);
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
  await context.close();
});

test('inactivity: warning at the set delay with a countdown; "Je suis encore là" or Escape keeps everything; the timeout wipes', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk&delai=60', clock: true, viewport: tablet });
  await begin(page);
  await page.getByRole('radio', { name: 'Oui', exact: true }).check();
  const dialog = page.getByRole('dialog', { name: 'Êtes-vous toujours là ?' });
  await page.clock.runFor(58_000);
  assert.equal(await dialog.count(), 0, 'no warning before the delay');
  await page.clock.runFor(3_000);
  await dialog.waitFor();
  const seconds = async () => Number(/dans (\d+)\s+secondes/.exec(await dialog.textContent())[1]);
  const first = await seconds();
  assert.ok(first >= 20 && first <= 30, `countdown starts at ${first} s`);
  await page.clock.runFor(5_000);
  assert.equal(await seconds(), first - 5, 'the countdown runs');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Je suis encore là', 'focus is in the dialog');
  await page.getByRole('button', { name: 'Je suis encore là' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.getByRole('radio', { name: 'Oui', exact: true }).isChecked(), true, 'the answer is kept');

  await page.clock.runFor(62_000);
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.getByRole('radio', { name: 'Oui', exact: true }).isChecked(), true, 'Escape keeps the session');

  await page.clock.runFor(62_000);
  await dialog.waitFor();
  await page.clock.runFor(31_000);
  await h1(page, 'Bienvenue').waitFor();
  assert.deepEqual(Object.keys(await storedEntries(page)), [MODE_KEY]);
  await page.goto(server.origin + '/#/question/grossesse');
  await h1(page, 'Bienvenue').waitFor();
  await begin(page);
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0, 'the next patient starts blank');
  await context.close();
});

test('100 patients in a row on one page: nothing of patient k reaches patient k+1; memory stays flat', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk' });
  const cdp = await context.newCDPSession(page);
  // A collection queues the finalizers of the closures it freed (wasm-bindgen's), which free more
  // at the next one: the smallest of three collections, each followed by a turn of the page's task
  // queue, is the heap the page holds on to (one collection alone varied by 15 % between runs).
  const heap = async () => {
    let js = Infinity;
    for (let i = 0; i < 3; i += 1) {
      await cdp.send('HeapProfiler.collectGarbage');
      await page.evaluate(() => new Promise((turn) => setTimeout(turn, 0)));
      js = Math.min(js, (await cdp.send('Runtime.getHeapUsage')).usedSize);
    }
    const wasm = await page.evaluate(() => window.appWasm?.memory?.buffer.byteLength ?? 0);
    return { js, wasm };
  };
  const options = ['Oui', 'Non', 'Je ne sais pas'];
  let at10;
  for (let k = 1; k <= 100; k += 1) {
    const choices = QUESTIONS.map((_, i) => options[(k + i) % 3]);
    await patient(page, choices, `Médicament du patient ${k}`);
    const medicine = choices[1] !== 'Non' ? `Médicament du patient ${k}` : null;
    if (medicine) assert.ok((await page.content()).includes(medicine));
    await page.getByRole('button', { name: 'Terminer' }).click();
    await h1(page, 'Bienvenue').waitFor();
    const left = await page.evaluate(() => document.body.innerText + JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
    assert.ok(!left.includes(`patient ${k}`), `patient ${k} is still visible after Terminer`);
    assert.ok(!left.includes('"choice"'), `answers of patient ${k} are still stored`);
    if (k === 10) at10 = await heap();
  }
  const at100 = await heap();
  console.log(`heap after 10 patients: JS ${(at10.js / 1024).toFixed(0)} KiB, wasm ${(at10.wasm / 1024).toFixed(0)} KiB`);
  console.log(`heap after 100 patients: JS ${(at100.js / 1024).toFixed(0)} KiB, wasm ${(at100.wasm / 1024).toFixed(0)} KiB`);
  assert.ok(at100.js <= at10.js * 1.2, `JS heap grew from ${at10.js} to ${at100.js}`);
  assert.ok(at100.wasm <= at10.wasm * 1.2, `wasm memory grew from ${at10.wasm} to ${at100.wasm}`);
  await context.close();
});

test('home: answers older than the retention period are removed on opening; younger ones are offered', async () => {
  const day = 24 * 3600 * 1000;
  const session = (age) => JSON.stringify({
    format: 1, questionnaire: 'https://fiches-patients.example/fhir/Questionnaire/cimentoplastie-contre-indications',
    questionnaire_version: VERSION, saved_at_ms: Date.now() - age, route: '#/question/anticoagulant', answers: { grossesse: { choice: 'N' } },
  });
  const old = await openApp(browser, server.origin, { stored: session(15 * day) });
  await assert.doesNotReject(old.page.getByRole('status').getByText('Vos réponses dataient de plus de 14 jours', { exact: false }).waitFor());
  assert.deepEqual(await storedEntries(old.page), {});
  assert.equal(await old.page.getByRole('heading', { name: 'Reprendre vos réponses ?' }).count(), 0);
  await old.context.close();
  const recent = await openApp(browser, server.origin, { stored: session(13 * day) });
  await h1(recent.page, 'Reprendre vos réponses ?').waitFor();
  await recent.context.close();
  const { page, context } = await openApp(browser, server.origin);
  await page.getByRole('link', { name: 'Vos réponses et votre vie privée' }).click();
  await assert.doesNotReject(page.getByText('au plus 14 jours après votre dernière réponse', { exact: false }).waitFor());
  await assert.doesNotReject(page.getByText('Safari', { exact: false }).waitFor());
  // What else the device keeps is said plainly: the language and the text size, not answers.
  await assert.doesNotReject(page.getByRole('listitem').filter({ hasText: 'la langue que vous avez choisie' }).waitFor());
  await assert.doesNotReject(page.getByRole('listitem').filter({ hasText: 'la taille du texte que vous avez choisie' }).waitFor());
  await context.close();
});

test('home: two tabs stay in agreement, and neither overwrites newer answers with older ones', async () => {
  const { page: first, context } = await openApp(browser, server.origin, { hash: '#/question/grossesse' });
  const second = await context.newPage();
  await second.goto(server.origin + '/#/question/grossesse');
  await h1(second, QUESTIONS[0]).waitFor();
  await first.getByRole('radio', { name: 'Oui', exact: true }).check();
  await second.waitForFunction(() => document.querySelector('input[value="Y"]')?.checked === true);
  await second.getByRole('radio', { name: 'Non', exact: true }).check();
  await first.waitForFunction(() => document.querySelector('input[value="N"]')?.checked === true);
  // The first tab, now moving on, must not bring back its older answer.
  await first.getByRole('button', { name: 'Continuer' }).click();
  await h1(first, QUESTIONS[1]).waitFor();
  const stored = JSON.parse((await storedEntries(first))[STORAGE_KEY]);
  assert.deepEqual(stored.answers, { grossesse: { choice: 'N' } });
  // Clearing in one tab clears the other, which goes back to the sheet (navigation.test.mjs).
  await second.getByRole('button', { name: 'Effacer mes réponses' }).click();
  await second.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await h1(first, 'La cimentoplastie').waitFor();
  await first.goto(server.origin + '/#/question/grossesse');
  await h1(first, QUESTIONS[0]).waitFor();
  assert.equal(await first.getByRole('radio', { checked: true }).count(), 0);
  await context.close();
});

test('kiosk: long-press menu and text selection do not get in the way; full screen is offered where allowed', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk', viewport: tablet });
  await h1(page, 'Bienvenue').waitFor();
  const prevented = await page.evaluate(() => {
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    document.querySelector('h1').dispatchEvent(event);
    return event.defaultPrevented;
  });
  assert.equal(prevented, true, 'the long-press menu is off');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).userSelect), 'none');
  const allowed = await page.evaluate(() => document.fullscreenEnabled);
  assert.equal(await page.getByRole('button', { name: 'Plein écran' }).count(), allowed ? 1 : 0);
  if (allowed) {
    await page.getByRole('button', { name: 'Plein écran' }).click();
    await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
  }
  await context.close();
  const home = await openApp(browser, server.origin);
  assert.equal(await home.page.evaluate(() => getComputedStyle(document.body).userSelect), 'auto', 'home mode is unchanged');
  assert.equal(await home.page.getByText('Mode borne').count(), 0);
  await home.context.close();
});

/**
 * The tablet's Back button, pressed as a patient does: one press, then the next once the screen
 * has answered (Playwright's goBack returns before the page has handled the press).
 */
async function back(page) {
  await page.goBack();
  await page.waitForFunction(() => location.origin === 'null' || history.state === null);
}

test('kiosk: the tablet’s Back button goes to the previous screen of this patient, never out of the app nor to a previous patient', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk', viewport: tablet });
  await begin(page);
  await h1(page, QUESTIONS[0]).waitFor();
  await page.getByRole('radio', { name: 'Oui', exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await h1(page, QUESTIONS[1]).waitFor();
  await page.getByRole('radio', { name: 'Non', exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await h1(page, QUESTIONS[2]).waitFor();
  const origin = new URL(page.url()).origin;
  await back(page);
  await h1(page, QUESTIONS[1]).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Non', exact: true }).isChecked(), true, 'the answer is still there');
  await back(page);
  await h1(page, QUESTIONS[0]).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Oui', exact: true }).isChecked(), true);
  await back(page);
  await h1(page, 'Avant de commencer').waitFor();
  await back(page);
  await h1(page, 'La cimentoplastie').waitFor();
  // Nothing before the first screen: Back stays on it, inside the app.
  await back(page);
  await back(page);
  assert.equal(new URL(page.url()).origin, origin, 'Back never leaves the app');
  await h1(page, 'La cimentoplastie').waitFor();
  await page.goForward();
  await h1(page, 'La cimentoplastie').waitFor();
  // The answers are all kept after all that.
  await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await h1(page, QUESTIONS[0]).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Oui', exact: true }).isChecked(), true, 'Back lost nothing');
  // After the patient is done, Back shows nothing of them.
  await page.getByRole('button', { name: 'Effacer mes réponses' }).click();
  await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await h1(page, 'Bienvenue').waitFor();
  for (let i = 0; i < 3; i += 1) await back(page);
  assert.equal(new URL(page.url()).origin, origin);
  await h1(page, 'Bienvenue').waitFor();
  await context.close();
});

test('kiosk: the whole welcome screen starts, by touch or keyboard; after "Terminer" focus is on the welcome heading', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk', viewport: tablet });
  await page.getByText(contentOf('fr').ui.welcome_text).click();
  await h1(page, 'La cimentoplastie').waitFor();
  await page.getByRole('button', { name: 'Effacer mes réponses' }).click();
  await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await h1(page, 'Bienvenue').waitFor();
  await page.keyboard.press('Enter');
  await h1(page, 'La cimentoplastie').waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: contentOf('en').ui.sheet_start_button }).click();
  await page.getByRole('button', { name: contentOf('en').ui.clear_answers }).click();
  await page.getByRole('button', { name: contentOf('en').ui.clear_confirm_yes }).click();
  await h1(page, 'Bienvenue').waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Bienvenue', 'focus is on the welcome heading, not on the language switch');
  await context.close();
});

test('kiosk: the inactivity dialog opens at its top on a phone at 150 % text, its heading in view', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk&delai=30', clock: true, viewport: { width: 360, height: 740 } });
  await page.getByRole('button', { name: '150 %' }).click();
  await begin(page);
  const dialog = page.getByRole('dialog', { name: 'Êtes-vous toujours là ?' });
  await page.clock.runFor(31_000);
  await dialog.waitFor();
  const heading = await dialog.getByRole('heading', { name: 'Êtes-vous toujours là ?' }).boundingBox();
  const box = await dialog.boundingBox();
  assert.equal(await dialog.evaluate((d) => d.scrollTop), 0, 'the dialog is not scrolled down');
  assert.ok(heading.y >= box.y && heading.y + heading.height <= 740, `the heading is in view: ${JSON.stringify({ heading, box })}`);
  await context.close();
});

test('kiosk: "Plein écran" hides while the screen is full, and comes back when full screen is left', async (t) => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk', viewport: tablet });
  if (!(await page.evaluate(() => document.fullscreenEnabled))) {
    t.skip('full screen is not allowed in this browser');
    return context.close();
  }
  const button = page.getByRole('button', { name: 'Plein écran' });
  await button.click();
  await page.waitForFunction(() => document.fullscreenElement !== null);
  await button.waitFor({ state: 'detached' });
  await page.evaluate(() => document.exitFullscreen());
  await button.waitFor();
  await context.close();
});

test('kiosk: a remembered inactivity delay shorter than 30 s is not taken (the default 90 s is)', async () => {
  const context = await browser.newContext({ viewport: tablet, locale: 'fr-FR' });
  await context.addInitScript(([key]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, JSON.stringify({ mode: 'kiosk', idle_seconds: 5 }));
      sessionStorage.setItem('seeded', '1');
    }
  }, [MODE_KEY]);
  await context.clock.install();
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await appStarted(page);
  await begin(page);
  const dialog = page.getByRole('dialog', { name: 'Êtes-vous toujours là ?' });
  await page.clock.runFor(60_000);
  assert.equal(await dialog.count(), 0, 'no warning after 60 s');
  await page.clock.runFor(31_000);
  await dialog.waitFor();
  await context.close();
});

for (const viewport of [{ width: 740, height: 360 }, { width: 640, height: 320 }]) {
  test(`kiosk: the inactivity dialog on a phone on its side (${viewport.width}×${viewport.height}) at 150 % text shows "Je suis encore là" without scrolling`, async () => {
    const { page, context } = await openApp(browser, server.origin, { query: '?kiosk&delai=30', clock: true, viewport });
    await page.getByRole('button', { name: '150 %' }).click();
    await begin(page);
    const dialog = page.getByRole('dialog', { name: 'Êtes-vous toujours là ?' });
    await page.clock.runFor(31_000);
    await dialog.waitFor();
    const button = dialog.getByRole('button', { name: 'Je suis encore là' });
    const box = await button.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width,
      `the button is on the screen: ${JSON.stringify(box)}`);
    const onTop = await button.evaluate((b) => {
      const r = b.getBoundingClientRect();
      return [[r.left + 4, r.top + 4], [r.right - 4, r.bottom - 4], [(r.left + r.right) / 2, (r.top + r.bottom) / 2]]
        .every(([x, y]) => b.contains(document.elementFromPoint(x, y)));
    });
    assert.equal(onTop, true, 'nothing is drawn over the button');
    const heading = await dialog.getByRole('heading', { name: 'Êtes-vous toujours là ?' }).boundingBox();
    assert.ok(heading.y >= 0, `the heading is on the screen too: ${JSON.stringify(heading)}`);
    await button.click();
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });
}

test('kiosk on an 800 px tablet: "Plein écran" stays on the header’s line, beside the title and "Mode borne"', async (t) => {
  const failures = [];
  for (const size of ['100', '125']) {
    const { page, context } = await openApp(browser, server.origin, { query: '?kiosk', viewport: VIEWPORTS['tablet portrait'] });
    if (!(await page.evaluate(() => document.fullscreenEnabled))) {
      t.skip('full screen is not allowed in this browser');
      return context.close();
    }
    await page.getByRole('button', { name: `${size} %` }).click();
    await page.getByRole('button', { name: 'Touchez l’écran pour commencer' }).click();
    await h1(page, 'La cimentoplastie').waitFor();
    const header = page.getByRole('banner');
    const boxes = {
      title: await header.getByRole('link').boundingBox(),
      badge: await header.getByText('Mode borne').boundingBox(),
      button: await header.getByRole('button', { name: 'Plein écran' }).boundingBox(),
    };
    const line = (box) => [box.y, box.y + box.height];
    for (const [name, box] of Object.entries(boxes)) {
      const [top, bottom] = line(box);
      const [titleTop, titleBottom] = line(boxes.title);
      if (top >= titleBottom || bottom <= titleTop) failures.push(`${size} %: ${name} is on another line than the title (${JSON.stringify(boxes)})`);
    }
    await context.close();
  }
  assert.deepEqual(failures, []);
});

test('kiosk: the privacy page says answers are kept in memory only while the patient answers, then erased; never 14 days', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk', viewport: tablet });
  await begin(page);
  await page.getByRole('link', { name: 'Vos réponses et votre vie privée' }).click();
  await h1(page, 'Vos réponses et votre vie privée').waitFor();
  // No-break spaces read as spaces, so "14 jours" is found however it is typeset.
  const text = (await page.getByRole('main').innerText()).replace(/[\u00a0\u202f]/g, ' ');
  for (const home of ['14 jours', 'mémoire de ce navigateur', 'Safari', 'effacez-les quand vous avez terminé']) {
    assert.ok(!text.includes(home), `the home wording ("${home}") is not shown on a shared tablet`);
  }
  for (const said of ['seulement en mémoire, le temps que vous répondiez', 'jamais enregistrées sur la tablette', '« Terminer »', 'si vous êtes encore là, puis efface tout', 'rien ne reste sur la tablette']) {
    assert.ok(text.includes(said), `the kiosk wording says "${said}"`);
  }
  await page.getByRole('link', { name: 'Revenir où j’en étais' }).click();
  await h1(page, QUESTIONS[0]).waitFor();
  await context.close();
});
