// The seven translations as a patient meets them: the banner of a translation not yet checked on
// every screen (in the language and in French, never in French itself), « Voir en français » on
// each question, the switch naming every language in itself, and the kiosk's grid of languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer, launchBrowser, openApp, contentOf, appStarted, storedSession as session, ALL_NO, readsLeftToRight } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const LANGUAGES = JSON.parse(readFileSync(join(ROOT, 'content', 'languages.json'), 'utf8')).languages;
const fr = contentOf('fr');
const ar = contentOf('ar');
const h1 = (page, name) => page.getByRole('heading', { level: 1, name });
const htmlLang = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
/** The language and direction an element is read in: its nearest `lang` and `dir`. */
const langOf = (locator) => locator.evaluate((el) => [el.closest('[lang]').lang, getComputedStyle(el).direction]);

test('the banner of an unreviewed translation is on screen in each such language, in it and in French; never in French', async () => {
  for (const language of LANGUAGES) {
    const t = contentOf(language.code);
    const { page, context } = await openApp(browser, server.origin, { locale: language.code });
    await h1(page, t.sheet.title).waitFor();
    await appStarted(page);
    assert.deepEqual(await htmlLang(page), [language.code, language.dir]);
    const banner = page.getByText(t.ui.translation_banner, { exact: true });
    const french = page.getByText(fr.ui.translation_banner, { exact: true });
    if (language.review === null && language.code !== 'fr') {
      assert.ok(await banner.isVisible(), `${language.code}: the banner is on screen`);
      assert.ok(await french.isVisible(), `${language.code}: the French under it`);
      assert.deepEqual(await langOf(french), ['fr', 'ltr'], `${language.code}: the French is marked French, left to right`);
      assert.ok(await page.getByText(t.ui.translation_unreviewed, { exact: true }).first().isVisible(), `${language.code}: its tag`);
      assert.equal(await page.getByRole('button', { name: /close|fermer|dismiss/i }).count(), 0, 'nothing closes it');
      // Still there on the next screen.
      await page.getByRole('link', { name: t.ui.sheet_start_button }).click();
      await h1(page, t.ui.start_title).waitFor();
      assert.ok(await banner.isVisible(), `${language.code}: the banner on the next screen too`);
    } else {
      assert.equal(await french.count(), 0, `${language.code}: no banner`);
    }
    await context.close();
  }
});

test('« Voir en français » shows the French question and hint under the translated ones, and hides them again', async () => {
  const { page, context } = await openApp(browser, server.origin, { locale: 'ar' });
  await page.getByRole('link', { name: ar.ui.sheet_start_button }).click();
  await page.getByRole('button', { name: ar.ui.start_button }).click();
  await h1(page, ar.questionnaire.item[0].text).waitFor();
  const toggle = page.getByRole('button', { name: ar.ui.show_french });
  const question = page.getByText(fr.questionnaire.item[0].text, { exact: true });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await question.isVisible(), false, 'closed at first');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await question.isVisible(), 'the French question');
  assert.deepEqual(await langOf(question), ['fr', 'ltr']);
  const hint = fr.questionnaire.item[0].item.find((i) => JSON.stringify(i.extension).includes('"flyover"')).text;
  assert.ok(await page.getByText(hint, { exact: true }).isVisible(), 'the French hint');
  assert.ok(await h1(page, ar.questionnaire.item[0].text).isVisible(), 'the Arabic question stays');
  await toggle.click();
  assert.equal(await question.isVisible(), false, 'closed again');
  // Answers go on as usual with it open.
  await toggle.click();
  await page.getByRole('radio', { name: ar.questionnaire.item[0].answerOption[1].valueCoding.display, exact: true }).check();
  await page.getByRole('button', { name: ar.ui.continue_button }).click();
  await h1(page, ar.questionnaire.item[1].text).waitFor();
  await context.close();
  // In French there is nothing to show.
  const home = await openApp(browser, server.origin);
  await home.page.getByRole('link', { name: fr.ui.sheet_start_button }).click();
  await home.page.getByRole('button', { name: fr.ui.start_button }).click();
  await h1(home.page, fr.questionnaire.item[0].text).waitFor();
  assert.equal(await home.page.getByRole('button', { name: fr.ui.show_french }).count(), 0);
  await home.context.close();
});

test('the switch names every language in itself, with its own lang and dir, and marks the unreviewed ones', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await h1(page, fr.sheet.title).waitFor();
  await appStarted(page);
  const nav = page.getByRole('navigation', { name: fr.ui.language_label });
  for (const language of LANGUAGES) {
    const name = language.code === 'fr' ? nav.locator('[aria-current="true"]') : nav.getByRole('button', { name: language.name, exact: true });
    assert.equal(await name.textContent(), language.name);
    assert.equal(await name.getAttribute('lang'), language.code);
    assert.equal(await name.getAttribute('dir'), language.dir);
    const note = await name.evaluate((el) => el.getAttribute('aria-describedby') && document.getElementById(el.getAttribute('aria-describedby')).textContent);
    if (language.review === null && language.code !== 'fr') assert.match(note, new RegExp(fr.ui.translation_unreviewed), `${language.code} marked`);
    else assert.equal(note, null, `${language.code} not marked`);
  }
  await nav.getByRole('button', { name: 'العربية' }).click();
  await h1(page, ar.sheet.title).waitFor();
  assert.deepEqual(await htmlLang(page), ['ar', 'rtl']);
  await context.close();
});

test('kiosk: the welcome screen is French with a grid of every language; the tablet’s language is suggested, never chosen by itself', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk', locale: 'ar' });
  await h1(page, fr.ui.welcome_title).waitFor();
  await appStarted(page);
  assert.deepEqual(await htmlLang(page), ['fr', 'ltr'], 'French until a language is chosen');
  const grid = page.getByRole('list', { name: fr.ui.language_choose });
  const buttons = grid.getByRole('button');
  assert.equal(await buttons.count(), LANGUAGES.length);
  for (const language of LANGUAGES) {
    const button = grid.getByRole('button', { name: language.name });
    const text = await button.textContent();
    assert.ok(text.includes(language.name_fr), `${language.code}: its French name for the staff`);
    assert.deepEqual(await langOf(button.locator(`[lang="${language.code}"]`).first()), [language.code, language.dir]);
    assert.equal(text.includes(fr.ui.translation_unreviewed), language.review === null && language.code !== 'fr', `${language.code}: marked if unreviewed`);
    assert.equal(text.includes(fr.ui.language_suggested), language.code === 'ar', `${language.code}: suggested only if the browser's`);
    assert.equal(await button.getAttribute('aria-pressed'), String(language.code === 'fr'));
  }
  assert.equal(await page.locator('img').count(), 0, 'no flags');
  await grid.getByRole('button', { name: 'العربية' }).click();
  await h1(page, ar.ui.welcome_title).waitFor();
  assert.deepEqual(await htmlLang(page), ['ar', 'rtl']);
  assert.equal(await page.getByRole('list', { name: ar.ui.language_choose }).getByRole('button', { name: 'العربية' }).getAttribute('aria-pressed'), 'true');
  assert.ok(await page.getByText(ar.ui.translation_banner, { exact: true }).isVisible(), 'the banner on the welcome screen');
  assert.equal(await page.evaluate(() => localStorage.getItem('cimentoplastie.langue')), null, 'nothing kept on a shared tablet');
  await page.getByRole('button', { name: ar.ui.welcome_button }).click();
  await h1(page, ar.sheet.title).waitFor();
  // The next patient starts in French again.
  await page.getByRole('button', { name: ar.ui.clear_answers }).click();
  await page.getByRole('button', { name: ar.ui.clear_confirm_yes }).click();
  await h1(page, fr.ui.welcome_title).waitFor();
  assert.deepEqual(await htmlLang(page), ['fr', 'ltr']);
  await context.close();
});


test('in Arabic, the phone number, a typed medicine name and the time read left to right; the printed page carries the answers in French with the language', async () => {
  const answers = { ...ALL_NO, anticoagulant: { choice: 'Y' }, 'anticoagulant-nom': { text: 'Kardégic 75 mg' } };
  const { page, context } = await openApp(browser, server.origin, { locale: 'ar', stored: session(answers, '#/resultat'), hash: '#/resultat' });
  const clinic = JSON.parse(readFileSync(join(ROOT, 'content', 'clinic.json'), 'utf8'));
  await context.route('**/clinic.json', (route) => route.fulfill({ status: 200, contentType: 'application/json',
    body: JSON.stringify({ ...clinic, name: 'Centre d’imagerie du Parc', phone: '01 23 45 67 89' }) }));
  await page.reload();
  await appStarted(page);
  await page.getByRole('button', { name: ar.ui.resume_button }).click();
  await h1(page, ar.ui.outcome_title).waitFor();
  assert.deepEqual(await htmlLang(page), ['ar', 'rtl']);
  const number = page.getByRole('link', { name: /01.23.45.67.89/ }).locator('bdi');
  assert.equal(await number.getAttribute('dir'), 'ltr');
  assert.ok(await readsLeftToRight(number), 'the number starts with 01 on the left, not 89');
  const typed = page.locator('bdi', { hasText: 'Kardégic 75 mg' }).first();
  assert.ok(await typed.isVisible(), 'the typed name in the table, isolated');
  assert.ok(await readsLeftToRight(typed), 'the medicine name reads left to right');
  const completed = page.locator('.app-outcome__completed bdi[dir="ltr"]');
  assert.ok(await completed.count() >= 2, 'the time and version isolated left to right');

  // On screen, the French copy is not shown; on paper it is, with the language and its review.
  const language = page.getByText('Réponses données en arabe — traduction non vérifiée', { exact: true });
  const caption = page.getByText(fr.ui.print_french_heading, { exact: true });
  assert.equal(await language.isVisible(), false, 'not on screen');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await language.isVisible(), 'on paper: the language and that its translation is not checked');
  assert.ok(await caption.isVisible(), 'on paper: the French table');
  const table = page.getByRole('table', { name: fr.ui.print_french_heading });
  for (const item of fr.questionnaire.item.filter((i) => i.type === 'choice')) {
    assert.ok(await table.getByRole('rowheader', { name: item.text, exact: true }).isVisible(), `the French question ${item.linkId}`);
  }
  assert.ok(await table.getByRole('cell', { name: /^Oui/ }).first().isVisible(), 'the French answers');
  assert.ok(await table.getByText('Kardégic 75 mg').isVisible(), 'the typed name as typed');
  assert.deepEqual(await langOf(caption), ['fr', 'ltr']);
  assert.equal(await page.getByRole('table', { name: ar.ui.outcome_answers_heading }).isVisible(), false, 'the French table in its place: one page');
  await context.close();
});

test('in French, the printed page has no second copy and no language line', async () => {
  const answers = { ...ALL_NO };
  const { page, context } = await openApp(browser, server.origin, { stored: session(answers, '#/resultat'), hash: '#/resultat' });
  await page.getByRole('button', { name: fr.ui.resume_button }).click();
  await h1(page, fr.ui.outcome_title).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('table').count(), 1);
  assert.equal(await page.getByText(/Réponses données en/).count(), 0);
  await context.close();
});

test('the clinic’s order of the languages (clinic.json) is the switch’s and the grid’s, the others following; the check page says it', async () => {
  const clinic = JSON.parse(readFileSync(join(ROOT, 'content', 'clinic.json'), 'utf8'));
  const published = JSON.stringify({ ...clinic, languages: ['ar', 'fr', 'pt'] });
  const expected = ['العربية', 'Français', 'Português', ...LANGUAGES.filter((l) => !['ar', 'fr', 'pt'].includes(l.code)).map((l) => l.name)];
  const { page, context } = await openApp(browser, server.origin);
  await context.route('**/clinic.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: published }));
  await page.reload();
  await appStarted(page);
  const nav = page.getByRole('navigation', { name: fr.ui.language_label });
  assert.deepEqual(await nav.getByRole('listitem').evaluateAll((items) => items.map((i) => i.firstElementChild.textContent)), expected);
  await page.goto(server.origin + '/?kiosk');
  await appStarted(page);
  const grid = page.getByRole('list', { name: fr.ui.language_choose });
  assert.deepEqual(await grid.locator('.app-language-grid__name').allTextContents(), expected);
  await page.goto(server.origin + '/?kiosk=off');
  await appStarted(page);
  await page.goto(server.origin + '/?verifier-reglages');
  await page.getByRole('heading', { level: 1, name: fr.ui.settings_check_title }).waitFor();
  const said = fr.ui.settings_check_languages.replace('{languages}', expected.join(', '));
  assert.ok(await page.getByText(said, { exact: true }).isVisible(), said);
  await context.close();
});
