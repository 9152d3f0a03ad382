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
const QUESTIONS = ['grossesse', 'anticoagulant', 'saignement', 'anesthesie', 'allergie-methylmethacrylate'].map((id) => TEXT[id]);
const NAME = TEXT['anticoagulant-nom'];
const VERSION = contentOf('fr').questionnaire.version;

async function begin(page) {
  await page.getByRole('button', { name: 'Touchez l’écran pour commencer' }).click();
  await h1(page, 'La cimentoplastie').waitFor();
  await page.getByRole('button', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await h1(page, QUESTIONS[0]).waitFor();
}

/** A whole patient: answers (one choice per question; a medicine name if the second is Oui), then the outcome. */
async function patient(page, choices, medicine) {
  await begin(page);
  for (const [i, choice] of choices.entries()) {
    await h1(page, QUESTIONS[i]).waitFor();
    await page.getByRole('radio', { name: choice, exact: true }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    if (i === 1 && choice === 'Oui') {
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
  await patient(page, ['Non', 'Oui', 'Non', 'Non', 'Je ne sais pas'], 'Préviscan');
  await assert.doesNotReject(page.getByText('Montrez cette page à l’accueil', { exact: false }).waitFor());
  assert.equal(await page.getByRole('button', { name: 'Télécharger mes réponses' }).count(), 0, 'no file is left on the tablet');
  const hrefs = await Promise.all((await page.getByRole('link').all()).map((link) => link.getAttribute('href')));
  assert.ok(hrefs.length > 0);
  assert.deepEqual(hrefs.filter((href) => !href.startsWith('#')), [], 'no link leaves the app (no tel:, no other page)');
  assert.equal(await page.evaluate(() => history.length), entriesAtStart, 'the visit added no history entry');
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
  const seconds = async () => Number(/dans (\d+) secondes/.exec(await dialog.textContent())[1]);
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
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.appWasm?.memory?.buffer.byteLength ?? 0);
    return { js: usedSize, wasm };
  };
  const options = ['Oui', 'Non', 'Je ne sais pas'];
  let at10;
  for (let k = 1; k <= 100; k += 1) {
    const choices = QUESTIONS.map((_, i) => options[(k + i) % 3]);
    await patient(page, choices, `Médicament du patient ${k}`);
    const medicine = choices[1] === 'Oui' ? `Médicament du patient ${k}` : null;
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
  // Clearing in one tab clears the other.
  await second.getByRole('button', { name: 'Effacer mes réponses' }).click();
  await second.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await first.getByRole('link', { name: 'Retour' }).click();
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
