// The journey through every screen, driven by the content files' own words, for any language.
import { contentOf } from './harness.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

/** Walks through every screen of the journey in the language of `t` (contentOf), calling `visit(name)` on each. */
export async function everyScreen(page, kiosk, visit, t = contentOf('fr')) {
  const { ui, sheet } = t;
  const option = (code) => t.questionnaire.item[0].answerOption.find((o) => o.valueCoding.code === code).valueCoding.display;
  if (kiosk) {
    // Every patient starts in French at the kiosk, and chooses another language on the grid.
    const source = contentOf('fr');
    await visit('accueil borne');
    if (await page.evaluate(() => document.documentElement.lang) !== t.info.code) {
      await page.getByRole('list', { name: source.ui.language_choose }).getByRole('button', { name: t.info.name }).click();
      await h1(page, ui.welcome_title).waitFor();
      await visit('accueil borne, langue choisie');
    }
    await page.getByRole('button', { name: ui.welcome_button }).click();
  }
  await h1(page, sheet.title).waitFor();
  await visit('fiche');
  // A term of the glossary as the sheet writes it (any form of any term: a translation may not use them all).
  const forms = t.glossary.terms.flatMap((term) => term.forms).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  await page.locator('main').getByRole('button', { name: new RegExp(`^(${forms.join('|')})$`) }).first().click();
  await visit('fiche avec une définition ouverte');
  await page.getByRole('link', { name: ui.sheet_start_button }).click();
  await visit('avant de commencer');
  await page.getByRole('button', { name: ui.start_button }).click();
  await page.getByRole('button', { name: ui.continue_button }).click();
  await page.getByRole('alert').waitFor();
  await page.getByText(ui.why_question).click();
  await visit('question avec erreur');
  const questions = t.questionnaire.item.filter((i) => i.type !== 'display');
  const answers = {
    grossesse: 'N', anticoagulant: 'Y', saignement: 'N', plaquettes: 'N', anesthesie: 'asked-unknown',
    'allergie-methylmethacrylate': 'N', 'position-ventre': 'N',
  };
  for (const [i, item] of questions.entries()) {
    await h1(page, item.text).waitFor();
    if (i > 0) await visit(`question ${item.linkId}`);
    if (item.type === 'string') await page.getByRole('textbox').fill('Kardégic');
    else await page.getByRole('radio', { name: option(answers[item.linkId]), exact: true }).check();
    await page.getByRole('button', { name: ui.continue_button }).click();
  }
  await h1(page, ui.check_title).waitFor();
  await visit('vérification');
  await page.getByRole('button', { name: ui.check_continue }).click();
  await h1(page, ui.outcome_title).waitFor();
  await visit('résultat');
  await page.getByRole('button', { name: ui.desk_qr_button }).click();
  await page.getByRole('img', { name: ui.desk_qr_image }).waitFor();
  await visit('résultat, code pour l’accueil');
  await page.getByRole('button', { name: ui.desk_qr_hide }).click();
  await page.getByRole('button', { name: ui.clear_answers }).click();
  await visit('confirmation d’effacement');
  await page.getByRole('button', { name: ui.clear_confirm_no }).click();
  await page.getByRole('link', { name: ui.privacy_link }).click();
  await h1(page, ui.privacy_title).waitFor();
  await visit('vie privée');
  if (!kiosk) {
    await page.reload();
    await h1(page, ui.resume_title).waitFor();
    await visit('reprise');
    await page.getByRole('button', { name: ui.restart_button }).click();
    await page.getByText(ui.restart_confirm_question).waitFor();
    await visit('reprise, recommencer à zéro ?');
    await page.getByRole('button', { name: ui.clear_confirm_no }).click();
    await page.evaluate(() => localStorage.setItem('cimentoplastie.reponses', '{'));
    await page.reload();
    await h1(page, ui.unreadable_title).waitFor();
    await visit('données illisibles');
  }
}

/** From the sheet, answers "Non" to every question and opens the outcome page (language of `t`). */
export async function reachOutcomeAnsweringNo(page, t = contentOf('fr')) {
  const { ui, questionnaire } = t;
  const no = questionnaire.item[0].answerOption.find((o) => o.valueCoding.code === 'N').valueCoding.display;
  await page.getByRole('link', { name: ui.sheet_start_button }).click();
  await page.getByRole('button', { name: ui.start_button }).click();
  for (const item of questionnaire.item.filter((i) => i.type === 'choice')) {
    await h1(page, item.text).waitFor();
    await page.getByRole('radio', { name: no, exact: true }).check();
    await page.getByRole('button', { name: ui.continue_button }).click();
  }
  await page.getByRole('button', { name: ui.check_continue }).click();
  await h1(page, ui.outcome_title).waitFor();
}
