// Answers on the device only: clearing, corrupt or foreign stored data, storage blocked or full.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CONTRACT, STORAGE_KEY, startServer, launchBrowser, openApp, assertOnlyOwnStaticFiles, storedEntries, appStarted, contentOf } from './harness.mjs';

const VERSION = contentOf('fr').questionnaire.version;

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function answerFirst(page, choice) {
  await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByRole('radio', { name: choice, exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Prenez-vous un médicament qui fluidifie le sang, en comprimés, en sachets ou en piqûres ?' }).waitFor();
}

test('the privacy page lists each thing the app keeps on the device, and says nothing else is', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await page.getByRole('button', { name: '150 %' }).click();
  await answerFirst(page, 'Non');
  await page.getByRole('link', { name: 'Vos réponses et votre vie privée' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vos réponses et votre vie privée' }).waitFor();
  const ui = contentOf('fr').ui;
  const kept = page.getByRole('list', { name: ui.privacy_kept_intro });
  const items = (await kept.getByRole('listitem').allInnerTexts()).map((t) => t.toLowerCase());
  // Each key the app wrote is named in the list, in words a patient reads.
  const words = { [CONTRACT.keys.answers]: 'vos réponses', [CONTRACT.keys.textSize]: 'la taille du texte', [CONTRACT.keys.language]: 'la langue', [CONTRACT.keys.mode]: 'mode borne' };
  const stored = Object.keys(await storedEntries(page));
  assert.ok(stored.includes(CONTRACT.keys.answers) && stored.includes(CONTRACT.keys.textSize), `the answers and the text size are stored: ${stored}`);
  for (const key of [...stored, CONTRACT.keys.language, CONTRACT.keys.mode]) {
    assert.ok(items.some((item) => item.includes(words[key])), `${key} is named in the list: ${items.join(' | ')}`);
  }
  assert.equal(items.length, ui.privacy_kept.length);
  const main = await page.getByRole('main').innerText();
  assert.ok(!main.includes('Rien d’autre n’est gardé'), 'no claim that nothing else is kept');
  await context.close();
});

test('"Effacer mes réponses" asks once, then leaves the app’s localStorage empty and the screen blank', async () => {
  const { page, context, requests } = await openApp(browser, server.origin);
  await answerFirst(page, 'Oui');
  assert.ok(STORAGE_KEY in (await storedEntries(page)));
  await page.getByRole('button', { name: 'Effacer mes réponses' }).click();
  await page.getByRole('button', { name: 'Non, garder mes réponses' }).click();
  assert.ok(STORAGE_KEY in (await storedEntries(page)), 'cancelling keeps the answers');
  await page.getByRole('button', { name: 'Effacer mes réponses' }).click();
  await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await assert.doesNotReject(page.getByRole('status').getByText('Vos réponses ont été effacées de cet appareil.').waitFor());
  await page.getByRole('heading', { level: 1, name: 'La cimentoplastie' }).waitFor();
  assert.deepEqual(await storedEntries(page), {});
  await page.goto(server.origin + '/#/question/grossesse');
  await page.getByRole('heading', { level: 1, name: 'Êtes-vous enceinte, ou est-il possible que vous le soyez ?' }).waitFor();
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0, 'no answer is left on screen');
  await page.reload();
  await appStarted(page);
  assert.equal(await page.getByRole('heading', { name: 'Reprendre vos réponses ?' }).count(), 0);
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
});

for (const [kind, stored] of [
  ['corrupt', '{"format":1,"answers":'],
  ['of an unknown format version', JSON.stringify({ format: 7, whatever: true })],
  ['written for another questionnaire version', JSON.stringify({
    format: 1, questionnaire: 'https://fiches-patients.example/fhir/Questionnaire/cimentoplastie-contre-indications',
    questionnaire_version: '0.1.0', saved_at_ms: 0, route: '#/verification', answers: { grossesse: { choice: 'Y' } },
  })],
  // Times that cannot be: shown as "Réponses du 01/01/3000" or "00/01/0", and never deleted after 14 days.
  ...[['saved in the year 3000', 32_503_680_000_000], ['saved at 1e308 ms', 1e308], ['saved before 1970', -5]].map(([kind, time]) => [kind, JSON.stringify({
    format: 1, questionnaire: 'https://fiches-patients.example/fhir/Questionnaire/cimentoplastie-contre-indications',
    questionnaire_version: VERSION, saved_at_ms: time, route: '#/resultat', answers: { grossesse: { choice: 'N' } },
  })]),
]) {
  test(`stored data ${kind}: the app starts, says so plainly and offers to start again`, async () => {
    const { page, context, requests, errors } = await openApp(browser, server.origin, { stored });
    await page.getByRole('heading', { level: 1, name: 'Vos réponses précédentes n’ont pas pu être lues' }).waitFor();
    assert.equal((await storedEntries(page))[STORAGE_KEY], stored, 'nothing is overwritten before the patient chooses');
    await page.getByRole('button', { name: 'Recommencer à zéro' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avant de commencer' }).waitFor();
    assert.deepEqual(await storedEntries(page), {});
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.getByRole('radio', { name: 'Non' }).check();
    assert.ok(STORAGE_KEY in (await storedEntries(page)), 'new answers are saved again');
    assert.deepEqual(errors, []);
    await assertOnlyOwnStaticFiles(requests, server.origin, assert);
    await context.close();
  });
}

test('storage blocked: a notice says answers will not be kept, and the questionnaire still works', async () => {
  const { page, context, requests, errors } = await openApp(browser, server.origin, { storage: 'blocked' });
  await assert.doesNotReject(page.getByRole('status').getByText('ne permet pas de garder vos réponses', { exact: false }).waitFor());
  await answerFirst(page, 'Je ne sais pas');
  await page.getByRole('link', { name: 'Retour' }).click();
  await page.getByRole('heading', { level: 1, name: 'Êtes-vous enceinte, ou est-il possible que vous le soyez ?' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Je ne sais pas' }).isChecked(), true);
  assert.deepEqual(errors, []);
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
});

test('storage full: the first refused save shows the notice, and the answers stay on screen', async () => {
  const { page, context, errors } = await openApp(browser, server.origin, { storage: 'full' });
  await answerFirst(page, 'Oui');
  await assert.doesNotReject(page.getByRole('status').getByText('ne permet pas de garder vos réponses', { exact: false }).waitFor());
  await page.getByRole('link', { name: 'Retour' }).click();
  await page.getByRole('heading', { level: 1, name: 'Êtes-vous enceinte, ou est-il possible que vous le soyez ?' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Oui' }).isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an address typed by hand cannot skip questions or open a hidden follow-up', async () => {
  const { page, context } = await openApp(browser, server.origin, { hash: '#/question/anticoagulant-nom' });
  await page.getByRole('heading', { level: 1, name: 'Êtes-vous enceinte, ou est-il possible que vous le soyez ?' }).waitFor();
  await page.goto(server.origin + '/#/resultat');
  await page.getByRole('heading', { level: 1, name: 'Êtes-vous enceinte, ou est-il possible que vous le soyez ?' }).waitFor();
  assert.match(page.url(), /#\/question\/grossesse$/);
  await context.close();
});
