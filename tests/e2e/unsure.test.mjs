// A patient who answers « Je ne sais pas » everywhere, at home and at the kiosk: what they are told, on screen and on paper.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { VIEWPORTS, startServer, launchBrowser, openApp, assertOnlyOwnStaticFiles, contentOf } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const { ui: UI, questionnaire: Q } = contentOf('fr');
const QUESTIONS = Q.item.filter((i) => i.type !== 'display');
const CHOICES = QUESTIONS.filter((i) => i.type === 'choice');
/** Whitespace as read here: every space (no-break ones included) as one plain space. */
const plain = (text) => text.replace(/\s+/g, ' ').trim();
const NO_VERDICT = /contre[\s\-‑]?indi|contraindi/i;
const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

/**
 * Answers every question with `choice` (by linkId, "Je ne sais pas" by default); types `names` in
 * the medicine names field, which must be offered to a patient unsure about blood thinners.
 */
async function answerAll(page, choices, names) {
  for (const item of QUESTIONS) {
    if (item.type === 'string') {
      if (choices.anticoagulant === 'Non') continue;
      await h1(page, item.text).waitFor();
      await page.getByRole('textbox', { name: item.text }).fill(names);
    } else {
      await h1(page, item.text).waitFor();
      await page.getByRole('radio', { name: choices[item.linkId] ?? 'Je ne sais pas', exact: true }).check();
    }
    await page.getByRole('button', { name: 'Continuer' }).click();
  }
  await page.getByRole('button', { name: 'Voir ce que je dois signaler' }).click();
  await h1(page, UI.outcome_title).waitFor();
}

test('at home, all « Je ne sais pas »: a deadline, call the centre, keep taking the medicines, the warning signs; the print says the same', async () => {
  const { page, context, requests, errors } = await openApp(browser, server.origin, { viewport: VIEWPORTS.phone });
  await page.getByRole('link', { name: UI.sheet_start_button }).click();
  await page.getByRole('button', { name: UI.start_button }).click();
  await answerAll(page, {}, 'Kardégic ? et une piqûre le soir');

  const main = page.getByRole('main');
  const shown = plain(await main.innerText());
  // Not "ce n'est pas grave": a heading with a deadline, and what to do.
  await assert.doesNotReject(page.getByRole('heading', { level: 2, name: UI.outcome_unknown_heading }).waitFor());
  assert.ok(!shown.includes('pas grave'), shown);
  for (const text of [UI.outcome_not_received, UI.outcome_unknown_note, UI.outcome_unreachable, UI.outcome_no_stop, UI.outcome_call_early]) {
    assert.ok(shown.includes(plain(text)), `on screen: ${text}`);
  }
  // Every question is listed to check, the names typed with it; nothing is a finding ("Votre réponse").
  const toCheck = page.getByRole('list', { name: UI.outcome_unknown_heading }).getByRole('listitem');
  assert.equal(await toCheck.count(), CHOICES.length);
  await assert.doesNotReject(toCheck.filter({ hasText: 'Kardégic ? et une piqûre le soir' }).waitFor());
  assert.equal(await page.getByRole('listitem').filter({ hasText: UI.outcome_your_answer }).count(), 0);
  // The warning signs while waiting, in a box of their own.
  const alert = page.getByRole('region', { name: UI.outcome_alert_heading });
  assert.match(plain(await alert.innerText()), /appelez tout de suite le 15/);
  assert.ok(!NO_VERDICT.test(shown), `no verdict on screen: ${shown}`);

  // On paper: one page, each answer marked "À vérifier", never "À signaler", and the do-not-stop line.
  const pdf = await page.pdf({ format: 'A4' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }))[1]);
  assert.equal(pages, 1, 'one A4 page');
  // (-raw: each table cell whole, in reading order; a line may break after a hyphen.)
  const printed = plain(execFileSync('pdftotext', ['-raw', '-', '-'], { input: pdf, encoding: 'utf8' })).replace(/- /g, '-');
  const marks = (word) => printed.toUpperCase().split(word.toUpperCase()).length - 1;
  assert.equal(marks(UI.outcome_check_marker), CHOICES.length, `every « Je ne sais pas » marked "${UI.outcome_check_marker}": ${printed}`);
  assert.equal(marks(UI.outcome_flag_marker), 0, 'nothing marked as a finding');
  assert.ok(printed.includes(plain(UI.outcome_no_stop)), 'the do-not-stop line is printed');
  assert.ok(printed.includes('Kardégic ? et une piqûre le soir'));
  for (const item of QUESTIONS) assert.ok(printed.includes(plain(item.text)), `printed: ${item.text}`);
  assert.ok(!NO_VERDICT.test(printed), `no verdict on paper: ${printed}`);
  assert.deepEqual(errors, []);
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
});

test('unsure only about pregnancy: a deadline, but nothing about medicines', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await page.getByRole('link', { name: UI.sheet_start_button }).click();
  await page.getByRole('button', { name: UI.start_button }).click();
  const allNo = Object.fromEntries(CHOICES.map((i) => [i.linkId, 'Non']));
  await answerAll(page, { ...allNo, grossesse: 'Je ne sais pas' });
  await assert.doesNotReject(page.getByRole('heading', { level: 2, name: UI.outcome_unknown_heading }).waitFor());
  const shown = plain(await page.getByRole('main').innerText());
  assert.ok(!shown.includes(plain(UI.outcome_no_stop)), 'no do-not-stop line when the blood-thinner answer is Non');
  assert.ok(shown.includes(plain(UI.outcome_unknown_note)));
  await context.close();
});

test('at the kiosk, all « Je ne sais pas »: tell the reception, then the nurse or doctor; keep taking the medicines; nothing about phoning', async () => {
  const { page, context, requests } = await openApp(browser, server.origin, { query: '?kiosk', viewport: VIEWPORTS['tablet landscape'] });
  await page.getByRole('button', { name: UI.welcome_button }).click();
  await page.getByRole('link', { name: UI.sheet_start_button }).click();
  await page.getByRole('button', { name: UI.start_button }).click();
  await answerAll(page, {}, 'Lovenox ?');

  await assert.doesNotReject(page.getByRole('heading', { level: 2, name: UI.kiosk_outcome_unknown_heading }).waitFor());
  const shown = plain(await page.getByRole('main').innerText());
  for (const text of [UI.kiosk_outcome_unknown_note, UI.outcome_no_stop, UI.kiosk_outcome_show, UI.kiosk_outcome_text]) {
    assert.ok(shown.includes(plain(text)), `on screen: ${text}`);
  }
  assert.match(shown, /l’infirmier, à l’infirmière ou au médecin avant l’intervention/);
  assert.ok(shown.includes('Lovenox ?'));
  for (const home of [UI.outcome_not_received, UI.outcome_unknown_note, UI.outcome_call_early, UI.outcome_alert_heading, 'appel', 'Appel', 'téléphone']) {
    assert.ok(!shown.includes(plain(home)), `not at the kiosk: ${home}`);
  }
  assert.ok(!NO_VERDICT.test(shown), `no verdict on screen: ${shown}`);
  assert.equal(await page.getByRole('button', { name: 'Imprimer' }).count(), 0, 'nothing printed on a shared tablet');
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
});

test('at the kiosk with nothing to report: "for the moment", the team goes over it before the procedure, and only the "Terminer" text', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk', viewport: VIEWPORTS['tablet landscape'] });
  await page.getByRole('button', { name: UI.welcome_button }).click();
  await page.getByRole('link', { name: UI.sheet_start_button }).click();
  await page.getByRole('button', { name: UI.start_button }).click();
  await answerAll(page, Object.fromEntries(CHOICES.map((i) => [i.linkId, 'Non'])));
  const shown = plain(await page.getByRole('main').innerText());
  for (const text of [UI.kiosk_outcome_nothing, UI.kiosk_outcome_nothing_team, UI.outcome_nothing_not_decided, UI.kiosk_outcome_text]) {
    assert.ok(shown.includes(plain(text)), `on screen: ${text}`);
  }
  assert.ok(!shown.includes(plain(UI.kiosk_outcome_show)), 'nothing to show at the reception');
  assert.ok(!shown.includes(plain(UI.outcome_nothing_changes)), 'no "if something changes before the day": the day is today');
  await context.close();
});
