// The answers file a patient saves is read by a clinic's form tool: LHC-Forms, the U.S. National
// Library of Medicine's FHIR form renderer (its browser bundles, fetched by scripts/setup.sh). An
// Arabic patient's file, saved from the outcome page as a patient saves it, carries the questions
// in French, the patient's language and what the patient read; LHC-Forms puts its answers into the
// questionnaire and gives the same answers back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer, launchBrowser, openApp, contentOf, storedSession as session, ALL_NO } from './harness.mjs';

const LFORMS = process.env.LFORMS_DIR ?? join(ROOT, 'target', 'lforms', '40.1.3', 'package', 'dist', 'lforms');
const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const fr = contentOf('fr');
const ar = contentOf('ar');

/** Each question's answer in a QuestionnaireResponse: its code, or the text typed. */
const answersOf = (response) => Object.fromEntries(response.item.map((item) => {
  const [answer] = item.answer ?? [];
  return [item.linkId, answer?.valueCoding ? `${answer.valueCoding.system}|${answer.valueCoding.code}` : answer?.valueString];
}));

/** The translation extension's text in `language` on an element's `_text` or `_display`. */
const translated = (element, language) => {
  const parts = (element?.extension ?? []).find((e) => e.url === TRANSLATION)?.extension ?? [];
  return parts.find((p) => p.url === 'lang')?.valueCode === language ? parts.find((p) => p.url === 'content')?.valueString : undefined;
};

test('an Arabic patient’s answers file: the questions in French, language "ar", what the patient read as translations; LHC-Forms reads it into the questionnaire and gives the same answers back', async () => {
  assert.ok(existsSync(join(LFORMS, 'webcomponent', 'lhc-forms.js')), `LHC-Forms is in ${LFORMS} (bash scripts/setup.sh fetches it)`);
  const answers = {
    ...ALL_NO,
    anticoagulant: { choice: 'Y' }, 'anticoagulant-nom': { text: 'Kardégic 75 mg' }, anesthesie: { choice: 'asked-unknown' },
  };
  const { page, context } = await openApp(browser, server.origin, { locale: 'ar', stored: session(answers, '#/resultat'), hash: '#/resultat' });
  await page.getByRole('button', { name: ar.ui.resume_button }).click();
  await page.getByRole('heading', { level: 1, name: ar.ui.outcome_title }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: ar.ui.download_button }).click(),
  ]);
  const file = readFileSync(await download.path(), 'utf8');
  const response = JSON.parse(file);
  await context.close();

  // For the team: French questions and answers, the patient's language, the Arabic they read.
  assert.equal(response.language, 'ar');
  const byId = Object.fromEntries(fr.questionnaire.item.map((i) => [i.linkId, i]));
  const arById = Object.fromEntries(ar.questionnaire.item.map((i) => [i.linkId, i]));
  for (const item of response.item) {
    assert.equal(item.text, byId[item.linkId].text, `${item.linkId}: the question in French`);
    assert.equal(translated(item._text, 'ar'), arById[item.linkId].text, `${item.linkId}: the question the patient read`);
  }
  const unknown = response.item.find((i) => i.linkId === 'anesthesie').answer[0];
  const arOption = arById.anesthesie.answerOption.find((o) => o.valueCoding.code === 'asked-unknown').valueCoding.display;
  assert.equal(translated(unknown.valueCoding._display, 'ar'), arOption, 'the answer the patient chose, as they read it');

  // A clinic's form tool: LHC-Forms reads the questionnaire, puts the file's answers in it, and
  // gives back a QuestionnaireResponse with the same answers.
  const tool = await browser.newContext();
  const form = await tool.newPage();
  const errors = [];
  form.on('pageerror', (error) => errors.push(error.message));
  await form.setContent('<!doctype html><html lang="fr"><body><div id="form"></div></body></html>');
  for (const script of ['webcomponent/assets/lib/zone.min.js', 'webcomponent/lhc-forms.js', 'fhir/R4/lformsFHIR.min.js']) {
    await form.addScriptTag({ path: join(LFORMS, script) });
  }
  await form.waitForFunction(() => window.LForms?.Util?.addFormToPage && customElements.get('wc-lhc-form'));
  const roundTrip = await form.evaluate(async ([questionnaire, answersFile]) => {
    const definition = LForms.Util.convertFHIRQuestionnaireToLForms(questionnaire, 'R4');
    const filled = LForms.Util.mergeFHIRDataIntoLForms('QuestionnaireResponse', answersFile, definition, 'R4');
    await LForms.Util.addFormToPage(filled, 'form');
    return LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form'));
  }, [fr.questionnaire, response]);
  await tool.close();
  assert.deepEqual(errors, [], 'LHC-Forms read the file without an error');
  assert.equal(roundTrip.resourceType, 'QuestionnaireResponse');
  assert.deepEqual(answersOf(roundTrip), answersOf(response), 'the same answers, question by question');
  assert.equal(answersOf(roundTrip)['anticoagulant-nom'], 'Kardégic 75 mg');
});
