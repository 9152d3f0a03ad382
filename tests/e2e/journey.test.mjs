// The patient's journey through the questionnaire, on the release build, at phone and tablet sizes.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS, STORAGE_KEY, startServer, launchBrowser, openApp, assertOnlyOwnStaticFiles, storedEntries,
  contentOf, questionTexts,
} from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const TEXT = questionTexts('fr');
const QUESTIONS = {
  grossesse: TEXT.grossesse,
  anticoagulant: TEXT.anticoagulant,
  nom: TEXT['anticoagulant-nom'],
  saignement: TEXT.saignement,
  plaquettes: TEXT.plaquettes,
  anesthesie: TEXT.anesthesie,
  allergie: TEXT['allergie-methylmethacrylate'],
  ventre: TEXT['position-ventre'],
};
const UI = contentOf('fr').ui;

const heading = (page) => page.getByRole('heading', { level: 1 });

async function startQuestionnaire(page) {
  await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
}

/** Answers the question on screen, checking it is the expected one, and continues. */
async function answer(page, question, choice) {
  await assert.doesNotReject(heading(page).filter({ hasText: question }).waitFor(), `expected question: ${question}`);
  await page.getByRole('radio', { name: choice, exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
}

async function pageWithin(page, pattern) {
  await page.getByRole('heading', { level: 1, name: pattern }).waitFor();
}

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  describe(`on a ${size} (${viewport.width}×${viewport.height})`, () => {
    test('a patient answers every question, checks the answers and sees each flagged answer named', async () => {
      const { page, context, requests, errors } = await openApp(browser, server.origin, { viewport });
      await startQuestionnaire(page);
      await assert.doesNotReject(page.getByText('Question 1 sur 7').waitFor());
      assert.equal(await page.title(), 'Question 1 sur 7 – Cimentoplastie');
      await answer(page, QUESTIONS.grossesse, 'Non');
      await answer(page, QUESTIONS.anticoagulant, 'Oui');
      // The follow-up counts as part of its question: the count does not jump to "3 sur 8".
      await page.getByText('Question 2 sur 7 (suite)').waitFor();
      assert.equal(await page.title(), 'Question 2 sur 7 (suite) – Cimentoplastie');
      await heading(page).filter({ hasText: QUESTIONS.nom }).waitFor();
      await page.getByRole('textbox', { name: QUESTIONS.nom }).fill('Kardégic');
      await page.getByRole('button', { name: 'Continuer' }).click();
      await page.getByText('Question 3 sur 7').waitFor();
      await answer(page, QUESTIONS.saignement, 'Non');
      await answer(page, QUESTIONS.plaquettes, 'Non');
      await answer(page, QUESTIONS.anesthesie, 'Je ne sais pas');
      await answer(page, QUESTIONS.allergie, 'Non');
      await answer(page, QUESTIONS.ventre, 'Non');

      await pageWithin(page, 'Vérifiez vos réponses');
      const rows = page.getByRole('definition');
      assert.ok((await page.getByRole('term').allTextContents()).includes(QUESTIONS.nom));
      assert.ok((await rows.allTextContents()).includes('Kardégic'));
      await page.getByRole('button', { name: 'Voir ce que je dois signaler' }).click();

      await pageWithin(page, 'Ce que vous devez signaler à l’équipe');
      const flagged = page.getByRole('listitem').filter({ hasText: 'Votre réponse' });
      assert.equal(await flagged.count(), 1, 'only the Oui answer is a point to report');
      await assert.doesNotReject(flagged.filter({ hasText: 'un médicament qui fluidifie le sang' }).filter({ hasText: 'Kardégic' }).waitFor());
      // "Je ne sais pas" is a question to go over with the team, not a finding.
      await assert.doesNotReject(page.getByRole('heading', { level: 2, name: UI.outcome_unknown_heading }).waitFor());
      await assert.doesNotReject(page.getByRole('listitem').filter({ hasText: QUESTIONS.anesthesie }).first().waitFor());
      assert.equal(await page.getByText('un problème avec l’anesthésie').count(), 0, 'not shown as something to report');
      // The team's own checks come with the introduction that says they are not asked of the patient.
      const teamHeading = page.getByRole('heading', { level: 2, name: UI.outcome_team_checks_heading });
      await teamHeading.waitFor();
      assert.equal(await teamHeading.evaluate((h) => h.nextElementSibling.textContent), UI.team_checks_intro);
      await assert.doesNotReject(page.getByText(UI.outcome_flagged_intro).waitFor());
      await assert.doesNotReject(page.getByText(UI.outcome_not_received).waitFor());
      await assert.doesNotReject(page.getByText('N’arrêtez aucun médicament et ne changez aucune dose de vous-même.', { exact: false }).waitFor());
      await assert.doesNotReject(page.getByText('C’est l’équipe médicale qui décide').waitFor());
      assert.equal(await flagged.filter({ hasText: 'grossesse' }).count(), 0, 'a Non answer is not flagged');

      const noHorizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      assert.ok(noHorizontalScroll, 'the outcome page scrolls sideways');
      assert.deepEqual(errors, []);
      await assertOnlyOwnStaticFiles(requests, server.origin, assert);
      await context.close();
    });
  });
}

test('Continuer without an answer shows the error beside the question and a summary that takes focus', async () => {
  const { page, context, requests } = await openApp(browser, server.origin);
  await startQuestionnaire(page);
  await page.getByRole('button', { name: 'Continuer' }).click();
  const summary = page.getByRole('alert');
  await assert.doesNotReject(summary.getByRole('heading', { name: 'Il y a un problème' }).waitFor());
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains('app-error-summary')), 'the summary has focus');
  const group = page.getByRole('group', { name: QUESTIONS.grossesse });
  const description = await group.evaluate((el) => el.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent).join(' '));
  assert.match(description, /Erreur\s: Choisissez une réponse/);
  await heading(page).filter({ hasText: QUESTIONS.grossesse }).waitFor();
  await summary.getByRole('link', { name: UI.error_missing }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'grossesse', 'the link focuses the first option');
  await page.getByRole('radio', { name: 'Non' }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await heading(page).filter({ hasText: QUESTIONS.anticoagulant }).waitFor();
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
});

test('the back link and the browser Back button keep the answers, and focus moves to the new heading', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await startQuestionnaire(page);
  await answer(page, QUESTIONS.grossesse, 'Je ne sais pas');
  await answer(page, QUESTIONS.anticoagulant, 'Non');
  await heading(page).filter({ hasText: QUESTIONS.saignement }).waitFor();
  await page.getByRole('link', { name: 'Retour' }).click();
  await heading(page).filter({ hasText: QUESTIONS.anticoagulant }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Non' }).isChecked(), true);
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await page.goBack();
  await heading(page).filter({ hasText: QUESTIONS.saignement }).waitFor();
  await page.goBack();
  await heading(page).filter({ hasText: QUESTIONS.anticoagulant }).waitFor();
  await page.goBack();
  await heading(page).filter({ hasText: QUESTIONS.grossesse }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Je ne sais pas' }).isChecked(), true);
  await context.close();
});

test('a patient changes an answer from the summary and comes back to the summary', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await startQuestionnaire(page);
  for (const [q, a] of [['grossesse', 'Non'], ['anticoagulant', 'Non'], ['saignement', 'Non'], ['plaquettes', 'Non'], ['anesthesie', 'Non'], ['allergie', 'Non'], ['ventre', 'Non']]) {
    await answer(page, QUESTIONS[q], a);
  }
  await pageWithin(page, 'Vérifiez vos réponses');
  await page.getByRole('link', { name: `Modifier la réponse à : ${QUESTIONS.saignement}` }).click();
  await heading(page).filter({ hasText: QUESTIONS.saignement }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Non' }).isChecked(), true, 'the answer is pre-filled');
  await answer(page, QUESTIONS.saignement, 'Oui');
  await pageWithin(page, 'Vérifiez vos réponses');
  // Each row is a term (the question) and two definitions (the answer, then "Modifier").
  const terms = await page.getByRole('term').allTextContents();
  const definitions = await page.getByRole('definition').allTextContents();
  assert.equal(definitions[2 * terms.indexOf(QUESTIONS.saignement)], 'Oui');

  // Changing to Oui opens the follow-up first, then back to the summary.
  await page.getByRole('link', { name: `Modifier la réponse à : ${QUESTIONS.anticoagulant}` }).click();
  await answer(page, QUESTIONS.anticoagulant, 'Oui');
  await heading(page).filter({ hasText: QUESTIONS.nom }).waitFor();
  await page.getByRole('textbox', { name: QUESTIONS.nom }).fill('Préviscan');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await pageWithin(page, 'Vérifiez vos réponses');
  assert.ok((await page.getByRole('definition').allTextContents()).includes('Préviscan'));
  await context.close();
});

test('a follow-up answer no longer asked is dropped from screen, summary and storage', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await startQuestionnaire(page);
  await answer(page, QUESTIONS.grossesse, 'Non');
  await answer(page, QUESTIONS.anticoagulant, 'Oui');
  await page.getByRole('textbox', { name: QUESTIONS.nom }).fill('Xarelto');
  await page.getByRole('button', { name: 'Continuer' }).click();
  assert.match(JSON.stringify(await storedEntries(page)), /Xarelto/);
  await heading(page).filter({ hasText: QUESTIONS.saignement }).waitFor();
  await page.getByRole('link', { name: 'Retour' }).click();
  await heading(page).filter({ hasText: QUESTIONS.nom }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: QUESTIONS.nom }).inputValue(), 'Xarelto');
  await page.getByRole('link', { name: 'Retour' }).click();
  await answer(page, QUESTIONS.anticoagulant, 'Non');
  await heading(page).filter({ hasText: QUESTIONS.saignement }).waitFor();
  await page.getByText('Question 3 sur 7').waitFor();
  assert.doesNotMatch(JSON.stringify(await storedEntries(page)), /Xarelto/);
  for (const q of ['saignement', 'plaquettes', 'anesthesie', 'allergie', 'ventre']) await answer(page, QUESTIONS[q], 'Non');
  await pageWithin(page, 'Vérifiez vos réponses');
  assert.equal(await page.getByText(QUESTIONS.nom).count(), 0);
  assert.equal(await page.getByText('Xarelto').count(), 0);
  await context.close();
});

test('reloading half-way offers to resume, and resuming returns to the same question with the answers', async () => {
  const { page, context, requests } = await openApp(browser, server.origin);
  await startQuestionnaire(page);
  await answer(page, QUESTIONS.grossesse, 'Oui');
  await answer(page, QUESTIONS.anticoagulant, 'Non');
  await heading(page).filter({ hasText: QUESTIONS.saignement }).waitFor();
  const stored = JSON.parse((await storedEntries(page))[STORAGE_KEY]);
  assert.equal(stored.format, 1);
  assert.equal(stored.questionnaire_version, contentOf('fr').questionnaire.version);
  assert.ok(Math.abs(Date.now() - stored.saved_at_ms) < 10 * 60 * 1000, 'the time of the last answer is stored');
  assert.deepEqual(stored.answers, { grossesse: { choice: 'Y' }, anticoagulant: { choice: 'N' } });

  await page.reload();
  await pageWithin(page, 'Reprendre vos réponses ?');
  await page.getByRole('button', { name: 'Reprendre où j’en étais' }).click();
  await heading(page).filter({ hasText: QUESTIONS.saignement }).waitFor();
  await page.getByRole('link', { name: 'Retour' }).click();
  await heading(page).filter({ hasText: QUESTIONS.anticoagulant }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Non' }).isChecked(), true);

  await page.reload();
  await page.getByRole('button', { name: 'Recommencer à zéro' }).click();
  await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await pageWithin(page, 'Avant de commencer');
  assert.deepEqual(await storedEntries(page), {});
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
});

test('the whole journey works with the keyboard alone', async () => {
  const { page, context } = await openApp(browser, server.origin);
  const press = (key) => page.keyboard.press(key);
  /** Tabs until the focused element has this accessible text. */
  async function tabTo(text) {
    // (Each medical term of the sheet is a stop on the way: 34 terms, each marked once per part.)
    for (let i = 0; i < 80; i += 1) {
      await press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.labels?.[0]?.textContent?.trim());
      if (focused === text) return;
    }
    assert.fail(`could not reach "${text}" with Tab`);
  }
  await tabTo('Répondre au questionnaire');
  await press('Enter');
  await pageWithin(page, 'Avant de commencer');
  await tabTo('Commencer');
  await press('Enter');
  for (const q of ['grossesse', 'anticoagulant', 'saignement', 'plaquettes', 'anesthesie', 'allergie', 'ventre']) {
    await heading(page).filter({ hasText: QUESTIONS[q] }).waitFor();
    // Each new page puts the focus on its heading; Tab goes on from there.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await tabTo('Oui');
    await press('ArrowDown'); // Non
    await press('Enter');      // submits the form
  }
  await pageWithin(page, 'Vérifiez vos réponses');
  await tabTo('Voir ce que je dois signaler');
  await press('Enter');
  await pageWithin(page, 'Ce que vous devez signaler à l’équipe');
  await assert.doesNotReject(page.getByText('vous n’avez rien de particulier à signaler').waitFor());
  await assert.doesNotReject(page.getByText('L’équipe reverra quand même ces points avec vous').waitFor());
  await context.close();
});

/** The option checked on the question shown, or null: what the patient sees selected. */
async function checkedOption(page) {
  const checked = page.getByRole('radio', { checked: true });
  if ((await checked.count()) === 0) return null;
  return checked.evaluate((radio) => radio.labels[0].textContent);
}

test('every question always shows the answer the app holds, whatever way the patient moves between them', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await startQuestionnaire(page);
  // Each answer lower or higher in the list than the one before, so that every pair of pages differs.
  const given = [
    ['grossesse', 'Oui'], ['anticoagulant', 'Non'], ['saignement', 'Je ne sais pas'], ['plaquettes', 'Oui'],
    ['anesthesie', 'Non'], ['allergie', 'Je ne sais pas'], ['ventre', 'Oui'],
  ];
  for (const [q, a] of given) await answer(page, QUESTIONS[q], a);
  await pageWithin(page, 'Vérifiez vos réponses');
  const expectOn = async (q, a, how) => {
    await heading(page).filter({ hasText: QUESTIONS[q] }).waitFor();
    assert.equal(await checkedOption(page), a, `${how}: ${q} shows ${a}`);
  };
  // "Retour" from the last question back to the first.
  await page.goBack();
  for (let i = given.length - 1; i >= 0; i -= 1) {
    await expectOn(given[i][0], given[i][1], 'Retour');
    if (i > 0) await page.getByRole('link', { name: 'Retour' }).click();
  }
  // "Continuer" forward again, without touching the answers.
  for (let i = 0; i < given.length; i += 1) {
    await expectOn(given[i][0], given[i][1], 'Continuer after going back');
    await page.getByRole('button', { name: 'Continuer' }).click();
  }
  await pageWithin(page, 'Vérifiez vos réponses');
  // The browser's Back and Forward buttons.
  for (let i = given.length - 1; i >= 2; i -= 1) {
    await page.goBack();
    await expectOn(given[i][0], given[i][1], 'browser Back');
  }
  for (let i = 3; i < given.length; i += 1) {
    await page.goForward();
    await expectOn(given[i][0], given[i][1], 'browser Forward');
  }
  // Continuer on a question carries on with the answer shown, and only that one.
  await page.getByRole('button', { name: 'Continuer' }).click();
  await pageWithin(page, 'Vérifiez vos réponses');
  const stored = JSON.parse((await storedEntries(page))[STORAGE_KEY]);
  assert.deepEqual(stored.answers, {
    grossesse: { choice: 'Y' }, anticoagulant: { choice: 'N' }, saignement: { choice: 'asked-unknown' },
    plaquettes: { choice: 'Y' }, anesthesie: { choice: 'N' }, 'allergie-methylmethacrylate': { choice: 'asked-unknown' },
    'position-ventre': { choice: 'Y' },
  });
  await context.close();
});

test('resuming after a reload on the privacy page returns to the page the patient came from', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await startQuestionnaire(page);
  for (const q of ['grossesse', 'anticoagulant', 'saignement', 'plaquettes', 'anesthesie', 'allergie', 'ventre']) await answer(page, QUESTIONS[q], 'Non');
  await page.getByRole('button', { name: 'Voir ce que je dois signaler' }).click();
  await pageWithin(page, 'Ce que vous devez signaler à l’équipe');
  await page.getByRole('link', { name: 'Vos réponses et votre vie privée' }).click();
  await pageWithin(page, 'Vos réponses et votre vie privée');
  await page.reload();
  await pageWithin(page, 'Reprendre vos réponses ?');
  await page.getByRole('button', { name: 'Reprendre où j’en étais' }).click();
  await pageWithin(page, 'Ce que vous devez signaler à l’équipe');
  await context.close();
});

test('switching language keeps the "choose an answer" error, translated', async () => {
  const { page, context } = await openApp(browser, server.origin);
  const en = contentOf('en').ui;
  await startQuestionnaire(page);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('alert').waitFor();
  await page.getByRole('navigation', { name: UI.language_label }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: questionTexts('en').grossesse }).waitFor();
  const alert = page.getByRole('alert');
  await assert.doesNotReject(alert.getByRole('heading', { name: en.error_summary_title }).waitFor());
  await assert.doesNotReject(alert.getByRole('link', { name: en.error_missing }).waitFor());
  await context.close();
});

test('the medicine names field is multi-line with a character count, said politely once typing pauses; its lines are kept', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await startQuestionnaire(page);
  await answer(page, QUESTIONS.grossesse, 'Non');
  await answer(page, QUESTIONS.anticoagulant, 'Oui');
  const field = page.getByRole('textbox', { name: QUESTIONS.nom });
  await field.waitFor();
  const max = contentOf('fr').questionnaire.item.find((i) => i.linkId === 'anticoagulant-nom').maxLength;
  const count = (n) => `Caractères\u202f: ${n} sur ${max}`;
  await assert.doesNotReject(page.getByText(count(0), { exact: true }).waitFor());
  // Multi-line: Enter starts a new line (it does not send the page), one name per line.
  await field.click();
  await page.keyboard.type('Kardégic');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Xarelto');
  assert.equal(await field.inputValue(), 'Kardégic\nXarelto');
  await heading(page).filter({ hasText: QUESTIONS.nom }).waitFor();
  await assert.doesNotReject(page.getByText(count(16), { exact: true }).waitFor());
  // Screen readers hear the count on the field, and once typing pauses through a polite status.
  const description = await field.evaluate((el) => el.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent).join(' '));
  assert.ok(description.includes(count(16)), description);
  await assert.doesNotReject(page.getByRole('status').filter({ hasText: count(16) }).waitFor());
  // Saved as typed, and shown again with its lines after a reload.
  assert.deepEqual(JSON.parse((await storedEntries(page))[STORAGE_KEY]).answers['anticoagulant-nom'], { text: 'Kardégic\nXarelto' });
  await page.reload();
  await page.getByRole('button', { name: 'Reprendre où j’en étais' }).click();
  await heading(page).filter({ hasText: QUESTIONS.nom }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: QUESTIONS.nom }).inputValue(), 'Kardégic\nXarelto');
  await assert.doesNotReject(page.getByText(count(16), { exact: true }).waitFor());
  // Past the limit the count says by how much, and Continuer names the problem.
  await page.getByRole('textbox', { name: QUESTIONS.nom }).fill('x'.repeat(max + 3));
  await assert.doesNotReject(page.getByText(`Caractères\u202f: ${max + 3} sur ${max} (3 de trop)`, { exact: true }).waitFor());
  await page.getByRole('button', { name: 'Continuer' }).click();
  await assert.doesNotReject(page.getByRole('alert').getByText(`écrivez ${max}`, { exact: false }).waitFor());
  await page.getByRole('textbox', { name: QUESTIONS.nom }).fill('Kardégic\nXarelto');
  await page.getByRole('button', { name: 'Continuer' }).click();
  for (const q of ['saignement', 'plaquettes', 'anesthesie', 'allergie', 'ventre']) await answer(page, QUESTIONS[q], 'Non');
  await pageWithin(page, 'Vérifiez vos réponses');
  // One name per line on the summary too.
  assert.equal(await page.getByRole('definition').filter({ hasText: 'Kardégic' }).innerText(), 'Kardégic\nXarelto');
  await context.close();
});
