// Reading help: "Écouter" reads the sheet and the questions in the language shown (a stubbed
// speechSynthesis records what is said), and medical terms show a plain-word definition.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, contentOf } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const fr = contentOf('fr');
const en = contentOf('en');
// The words said; soft hyphens (where a long word may break on screen) are not said.
const words = (text) => text.replace(/\u00ad/g, '').replace(/[.?!:;]/g, ' ').split(/\s+/).filter(Boolean).join(' ');
const spoken = (page) => page.evaluate(() => window.spoken);

test('"Écouter" on a question reads the question, its hint and the options shown, in French then in English', async () => {
  const { page, context } = await openApp(browser, server.origin, { voices: ['fr-FR', 'en-GB'], hash: '#/question/anticoagulant' });
  for (const [t, name, lang] of [[fr, 'Écouter la question et les réponses', 'fr-FR'], [en, 'Listen to the question and the answers', 'en-GB']]) {
    await page.getByRole('heading', { level: 1, name: t.questionnaire.item[1].text }).waitFor();
    await page.getByRole('button', { name }).click();
    const visible = [
      await page.getByRole('heading', { level: 1 }).innerText(),
      await page.locator('.app-hint').innerText(),
      ...(await page.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.labels[0].innerText))),
    ].join(' ');
    const said = (await spoken(page)).at(-1);
    assert.equal(words(said.text), words(visible));
    assert.equal(said.lang, lang);
    await page.getByRole('navigation', { name: t.ui.language_label }).getByRole('button').first().click();
  }
  await context.close();
});

test('"Écouter" on each part of the sheet; "Arrêter la lecture" stops; the end of reading offers it again', async () => {
  const { page, context } = await openApp(browser, server.origin, { voices: ['fr-FR'] });
  const buttons = page.getByRole('button', { name: /^Écouter la partie/ });
  // The buttons appear once the browser has listed its voices.
  await buttons.first().waitFor();
  assert.equal(await buttons.count(), fr.sheet.sections.length);
  const section = fr.sheet.sections[2];
  await page.getByRole('button', { name: `Écouter la partie : ${section.heading}` }).click();
  const said = (await spoken(page)).at(-1).text;
  // A note the app adds is read with its label, as on screen.
  const note = (n) => [fr.ui.sheet_note_label, n.title, ...(n.paragraphs ?? []), ...(n.list ?? [])].filter(Boolean);
  const expected = [section.heading, ...section.blocks.flatMap((b) => (b.note ? note(b.note) : b.paragraph ?? b.list))].join(' ');
  assert.equal(words(said), words(expected));
  const stop = page.getByRole('button', { name: 'Arrêter la lecture' });
  const cancelled = await page.evaluate(() => window.speechCancelled);
  await stop.click();
  assert.equal(await page.evaluate(() => window.speechCancelled), cancelled + 1);
  await page.getByRole('button', { name: `Écouter la partie : ${section.heading}` }).waitFor();
  await page.getByRole('button', { name: `Écouter la partie : ${section.heading}` }).click();
  await stop.waitFor();
  await page.evaluate(() => window.finishSpeaking());
  await page.getByRole('button', { name: `Écouter la partie : ${section.heading}` }).waitFor();
  assert.equal(await stop.count(), 0);
  await context.close();
});

test('reading stops when the page changes', async () => {
  const { page, context } = await openApp(browser, server.origin, { voices: ['fr-FR'], hash: '#/question/grossesse' });
  await page.getByRole('button', { name: 'Écouter la question et les réponses' }).click();
  await page.getByRole('button', { name: 'Arrêter la lecture' }).waitFor();
  const cancelled = await page.evaluate(() => window.speechCancelled);
  await page.getByRole('radio', { name: 'Non', exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('heading', { level: 1, name: fr.questionnaire.item[1].text }).waitFor();
  assert.ok(await page.evaluate(() => window.speechCancelled) > cancelled, 'the reading was cancelled');
  assert.equal(await page.getByRole('button', { name: 'Arrêter la lecture' }).count(), 0);
  await context.close();
});

test('without a voice for the language shown on the device, "Écouter" says so when tapped, and nothing is spoken', async () => {
  for (const voices of [[], ['en-US'], ['fr-FR+réseau']]) {
    const { page, context } = await openApp(browser, server.origin, { voices, hash: '#/question/grossesse' });
    await page.getByRole('heading', { level: 1, name: fr.questionnaire.item[0].text }).waitFor();
    const note = page.getByRole('status').filter({ hasText: fr.ui.listen_unavailable });
    assert.equal(await note.count(), 0, 'nothing said before the tap');
    await page.getByRole('button', { name: 'Écouter la question et les réponses' }).click();
    await note.waitFor();
    assert.deepEqual(await page.evaluate(() => window.spoken), [], `voices ${voices}: nothing spoken (a voice that sends the text away is never used)`);
    assert.equal(await page.getByRole('button', { name: 'Arrêter la lecture' }).count(), 0);
    await context.close();
  }
  // Headless Chromium here has no voice at all: the real speechSynthesis, the same message.
  const { page, context } = await openApp(browser, server.origin);
  // No blank band: every part of the sheet has its button, none an empty place.
  assert.equal(await page.getByRole('button', { name: /^Écouter la partie/ }).count(), fr.sheet.sections.length);
  await page.getByRole('button', { name: /^Écouter la partie/ }).first().click();
  await page.getByRole('status').filter({ hasText: fr.ui.listen_unavailable }).first().waitFor();
  await context.close();
});

test('a medical term shows its definition on tap and on keyboard focus; Escape hides it', async () => {
  const { page, context } = await openApp(browser, server.origin);
  const term = fr.glossary.terms.find((t) => t.id === 'metastase');
  const button = page.locator('main').getByRole('button', { name: 'métastases', exact: true }).first();
  const definition = page.locator('main').getByText(term.definition).first();
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await definition.isVisible(), false);
  const description = await button.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby')).textContent);
  assert.equal(description, term.definition, 'screen readers hear the definition on focus');
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  assert.equal(await definition.isVisible(), true);
  await button.click();
  assert.equal(await definition.isVisible(), false, 'a second tap hides it');
  // Keyboard: Tab to the term shows the definition; Escape hides it.
  await page.getByRole('button', { name: 'cimentoplastie', exact: true }).first().focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.textContent);
  const focusedDefinition = page.locator('main').getByText(fr.glossary.terms.find((t) => [t.term, ...t.forms].includes(focused)).definition).first();
  assert.equal(await focusedDefinition.isVisible(), true, `the definition of "${focused}" shows on focus`);
  await page.keyboard.press('Escape');
  assert.equal(await focusedDefinition.isVisible(), false);
  await context.close();
});

test('the glossary lists every term with its definition, in each language', async () => {
  for (const [t, locale] of [[fr, 'fr-FR'], [en, 'en-GB']]) {
    const { page, context } = await openApp(browser, server.origin, { locale });
    const glossary = page.getByRole('region', { name: t.ui.glossary_heading });
    assert.deepEqual(await glossary.getByRole('term').allInnerTexts(), t.glossary.terms.map((x) => x.term));
    assert.deepEqual(await glossary.getByRole('definition').allInnerTexts(), t.glossary.terms.map((x) => x.definition));
    await context.close();
  }
});

test('in Arabic, "Écouter" reads with an Arabic voice only: with French and English voices alone it says, in Arabic, that there is none', async () => {
  const ar = contentOf('ar');
  const name = `${ar.ui.listen} ${ar.ui.listen_question_hidden}`;
  for (const [voices, expected] of [[['fr-FR', 'en-GB'], null], [['fr-FR', 'ar-SA'], 'ar-SA']]) {
    const { page, context } = await openApp(browser, server.origin, { locale: 'ar-MA', voices, hash: '#/question/grossesse' });
    await page.getByRole('heading', { level: 1, name: ar.questionnaire.item[0].text }).waitFor();
    await page.getByRole('button', { name }).click();
    if (expected === null) {
      await page.getByRole('status').filter({ hasText: ar.ui.listen_unavailable }).waitFor();
      assert.deepEqual(await spoken(page), [], 'no French or English voice reads Arabic');
    } else {
      await page.getByRole('button', { name: ar.ui.listen_stop }).waitFor();
      const said = (await spoken(page)).at(-1);
      assert.equal(said.lang, expected);
      assert.ok(said.text.includes(ar.questionnaire.item[0].text.slice(0, 20)), 'the Arabic question is read');
    }
    await context.close();
  }
});
