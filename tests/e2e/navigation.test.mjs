// Moving between screens on a phone: each new screen opens at its top with the focus on its heading,
// a confirmation comes into view, Back after a reload, the question asked at start and its links,
// an erase made in another tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { STORAGE_KEY, startServer, launchBrowser, openApp, appStarted, storedEntries, contentOf, questionTexts, storedSession as session, ALL_NO } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const fr = contentOf('fr');
const en = contentOf('en');
const TEXT = questionTexts('fr');
const phone = { width: 360, height: 740 };
const h1 = (page, name) => page.getByRole('heading', { level: 1, name });


/** The screen whose heading is `name` is shown from its top, with the focus on that heading. */
async function opensAtTop(page, name, where) {
  await h1(page, name).waitFor();
  await page.waitForFunction((name) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent.startsWith(name), name, { timeout: 5000 })
    .catch(async () => assert.fail(`${where}: the focus is on <${await page.evaluate(() => document.activeElement?.tagName.toLowerCase())}>, not on the heading “${name}”`));
  assert.equal(await page.evaluate(() => window.scrollY), 0, `${where}: the screen opens part-way scrolled`);
}

/** Scrolls the page to its end (as a patient reading down to the buttons does). */
const scrollToEnd = (page) => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));

/** Clicks the control after scrolling to the end of the page, where it was reached. */
async function clickFromEnd(page, control) {
  await scrollToEnd(page);
  await control.click();
}

async function answerFromEnd(page, question, choice) {
  await h1(page, question).waitFor();
  await page.getByRole('radio', { name: choice, exact: true }).check();
  await clickFromEnd(page, page.getByRole('button', { name: fr.ui.continue_button }));
}

test('on a phone, each new screen opens at its top with the focus on its heading: questions, summary after "Modifier", outcome', async () => {
  const { page, context, errors } = await openApp(browser, server.origin, { viewport: phone });
  await clickFromEnd(page, page.getByRole('link', { name: fr.ui.sheet_start_button }));
  await opensAtTop(page, fr.ui.start_title, 'Avant de commencer');
  await clickFromEnd(page, page.getByRole('button', { name: fr.ui.start_button }));
  await opensAtTop(page, TEXT.grossesse, 'question 1');
  await answerFromEnd(page, TEXT.grossesse, 'Non');
  await opensAtTop(page, TEXT.anticoagulant, 'question 2');
  await answerFromEnd(page, TEXT.anticoagulant, 'Oui');
  await opensAtTop(page, TEXT['anticoagulant-nom'], 'the follow-up');
  await page.getByRole('textbox').fill('Kardégic');
  await clickFromEnd(page, page.getByRole('button', { name: fr.ui.continue_button }));
  for (const id of ['saignement', 'plaquettes', 'anesthesie', 'allergie-methylmethacrylate', 'position-ventre']) {
    await opensAtTop(page, TEXT[id], id);
    await answerFromEnd(page, TEXT[id], 'Non');
  }
  await opensAtTop(page, fr.ui.check_title, 'the summary');
  await clickFromEnd(page, page.getByRole('link', { name: `${fr.ui.check_change} ${fr.ui.check_change_hidden.replace('{question}', TEXT.anesthesie)}` }));
  await opensAtTop(page, TEXT.anesthesie, 'a question after "Modifier"');
  await answerFromEnd(page, TEXT.anesthesie, 'Je ne sais pas');
  await opensAtTop(page, fr.ui.check_title, 'the summary after "Modifier"');
  await clickFromEnd(page, page.getByRole('button', { name: fr.ui.check_continue }));
  await opensAtTop(page, fr.ui.outcome_title, 'the outcome');
  await clickFromEnd(page, page.getByRole('link', { name: fr.ui.outcome_change }));
  await opensAtTop(page, fr.ui.check_title, 'the summary from the outcome');
  await clickFromEnd(page, page.getByRole('link', { name: fr.ui.privacy_link }));
  await opensAtTop(page, fr.ui.privacy_title, 'the privacy page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back and Forward open each screen where the patient left it, focused on its heading', async () => {
  const { page, context } = await openApp(browser, server.origin, { viewport: phone });
  const link = page.getByRole('link', { name: fr.ui.sheet_start_button });
  await link.scrollIntoViewIfNeeded();
  const left = await page.evaluate(() => window.scrollY);
  assert.ok(left > 500, `the link is far down the sheet (${left})`);
  await link.click();
  await opensAtTop(page, fr.ui.start_title, 'Avant de commencer');
  await page.goBack();
  await h1(page, fr.sheet.title).waitFor();
  await page.waitForFunction((name) => document.activeElement?.textContent === name, fr.sheet.title, { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.scrollY), left, 'Back returns to where the sheet was left');
  await page.goForward();
  await opensAtTop(page, fr.ui.start_title, 'Forward');
  await context.close();
});

test('"Répondre au questionnaire" tapped at the end of the sheet before the app is there (slow 3G): "Avant de commencer" opens at its top, focused', async () => {
  const context = await browser.newContext({ viewport: phone, locale: 'fr-FR' });
  const page = await context.newPage();
  // The WebAssembly is held back, as on a slow 3G connection, until the tap is made.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(server.origin + '/');
  await h1(page, fr.sheet.title).waitFor();
  await clickFromEnd(page, page.getByRole('link', { name: fr.ui.sheet_start_button }));
  assert.ok(await page.evaluate(() => window.scrollY) > 1000, 'the tap is made at the end of the sheet');
  release();
  await appStarted(page);
  await opensAtTop(page, fr.ui.start_title, 'after an early tap');
  await context.close();
});

test('"Effacer mes réponses" on a phone: the question and both answers come into view, with the focus on the question', async () => {
  const { page, context } = await openApp(browser, server.origin, { viewport: phone, hash: '#/question/grossesse' });
  await h1(page, TEXT.grossesse).waitFor();
  await page.getByRole('radio', { name: 'Oui', exact: true }).check();
  await scrollToEnd(page);
  await page.getByRole('button', { name: fr.ui.clear_answers }).click();
  await page.waitForFunction((text) => document.activeElement?.textContent === text, fr.ui.clear_confirm_question, { timeout: 5000 });
  for (const name of [fr.ui.clear_confirm_yes, fr.ui.clear_confirm_no]) {
    const box = await page.getByRole('button', { name }).boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= phone.height, `“${name}” is in view (${JSON.stringify(box)})`);
  }
  const question = await page.getByText(fr.ui.clear_confirm_question).boundingBox();
  assert.ok(question.y >= 0, 'the question is in view');
  // "Non" puts the button back, with the focus on it.
  await page.getByRole('button', { name: fr.ui.clear_confirm_no }).click();
  await page.waitForFunction((text) => document.activeElement?.textContent === text, fr.ui.clear_answers, { timeout: 5000 });
  assert.ok(STORAGE_KEY in await storedEntries(page), 'nothing is erased');
  await context.close();
});

test('reloaded on the medicine-name page: the address keeps it during the question asked at start, and Back after resuming goes to question 2', async () => {
  const { page, context } = await openApp(browser, server.origin, { viewport: phone, hash: '#/question/grossesse' });
  await answerFromEnd(page, TEXT.grossesse, 'Non');
  await answerFromEnd(page, TEXT.anticoagulant, 'Oui');
  await h1(page, TEXT['anticoagulant-nom']).waitFor();
  await page.getByRole('textbox').fill('Kardégic');
  await page.reload();
  await h1(page, fr.ui.resume_title).waitFor();
  assert.match(page.url(), /#\/question\/anticoagulant-nom$/, 'the address is still the page reloaded');
  await page.getByRole('button', { name: fr.ui.resume_button }).click();
  await opensAtTop(page, TEXT['anticoagulant-nom'], 'the page resumed');
  assert.equal(await page.getByRole('textbox').inputValue(), 'Kardégic');
  await page.goBack();
  await opensAtTop(page, TEXT.anticoagulant, 'Back after resuming');
  assert.equal(await page.getByRole('radio', { name: 'Oui', exact: true }).isChecked(), true);
  await page.goBack();
  await opensAtTop(page, TEXT.grossesse, 'Back again');
  await context.close();
});

test('the question asked at start: the privacy link opens its page and comes back; the title is not a dead link', async () => {
  const { page, context } = await openApp(browser, server.origin, {
    viewport: phone, stored: session({ grossesse: { choice: 'N' } }, '#/question/anticoagulant'), hash: '#/question/anticoagulant',
  });
  await h1(page, fr.ui.resume_title).waitFor();
  await assert.doesNotReject(page.getByText(fr.ui.resume_text).waitFor());
  assert.equal(await page.getByRole('banner').getByRole('link').count(), 0, 'the title is not a link while the patient chooses');
  await page.getByRole('link', { name: fr.ui.privacy_link }).click();
  await opensAtTop(page, fr.ui.privacy_title, 'the privacy page from the question asked at start');
  assert.ok(STORAGE_KEY in await storedEntries(page), 'nothing is erased by reading it');
  await page.getByRole('link', { name: fr.ui.privacy_back }).click();
  await opensAtTop(page, fr.ui.resume_title, 'back to the question asked at start');
  await page.getByRole('button', { name: fr.ui.resume_button }).click();
  await opensAtTop(page, TEXT.anticoagulant, 'resumed');
  assert.equal(await page.getByRole('banner').getByRole('link', { name: fr.ui.app_title }).count(), 1, 'the title is a link again');
  await context.close();
});

test('reloaded on the privacy page: the question asked at start, whose privacy link then works', async () => {
  const { page, context } = await openApp(browser, server.origin, { viewport: phone, stored: session(ALL_NO, '#/resultat'), hash: '#/confidentialite' });
  await h1(page, fr.ui.resume_title).waitFor();
  await page.getByRole('link', { name: fr.ui.privacy_link }).click();
  await opensAtTop(page, fr.ui.privacy_title, 'the privacy page');
  await page.getByRole('link', { name: fr.ui.privacy_back }).click();
  await h1(page, fr.ui.resume_title).waitFor();
  await page.getByRole('button', { name: fr.ui.resume_button }).click();
  await opensAtTop(page, fr.ui.outcome_title, 'resumed');
  await context.close();
});

test('a finished questionnaire is not called "started", in French and in English', async () => {
  const { page, context } = await openApp(browser, server.origin, { viewport: phone, stored: session(ALL_NO, '#/resultat') });
  await h1(page, fr.ui.resume_title).waitFor();
  await assert.doesNotReject(page.getByText(fr.ui.resume_finished_text).waitFor());
  assert.equal(await page.getByText(fr.ui.resume_text).count(), 0);
  await page.getByRole('button', { name: 'English' }).click();
  await h1(page, en.ui.resume_title).waitFor();
  await assert.doesNotReject(page.getByText(en.ui.resume_finished_text).waitFor());
  assert.equal(await page.getByText(en.ui.resume_text).count(), 0);
  assert.ok(fr.ui.resume_finished_text.includes('déjà répondu') && !fr.ui.resume_finished_text.includes('commencé'));
  await context.close();
});

test('"Recommencer à zéro" asks first, as "Effacer mes réponses" does; "Non" keeps everything', async () => {
  const stored = session(ALL_NO, '#/resultat');
  const { page, context } = await openApp(browser, server.origin, { viewport: phone, stored });
  await h1(page, fr.ui.resume_title).waitFor();
  await page.getByRole('button', { name: fr.ui.restart_button }).click();
  await page.waitForFunction((text) => document.activeElement?.textContent === text, fr.ui.restart_confirm_question, { timeout: 5000 });
  assert.equal((await storedEntries(page))[STORAGE_KEY], stored, 'nothing is erased before "Oui"');
  await page.getByRole('button', { name: fr.ui.clear_confirm_no }).click();
  await h1(page, fr.ui.resume_title).waitFor();
  assert.equal((await storedEntries(page))[STORAGE_KEY], stored);
  await page.getByRole('button', { name: fr.ui.restart_button }).click();
  await page.getByRole('button', { name: fr.ui.clear_confirm_yes }).click();
  await opensAtTop(page, fr.ui.start_title, 'after starting again');
  assert.deepEqual(await storedEntries(page), {});
  await context.close();
});

test('the kiosk welcome screen shows no link that would leave it', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk', viewport: { width: 1024, height: 768 } });
  await h1(page, fr.ui.welcome_title).waitFor();
  assert.equal(await page.getByRole('link', { name: fr.ui.privacy_link }).count(), 0);
  assert.equal(await page.getByRole('link', { name: fr.ui.app_title }).count(), 0);
  await page.getByRole('button', { name: fr.ui.welcome_button }).click();
  await h1(page, fr.sheet.title).waitFor();
  await page.getByRole('link', { name: fr.ui.privacy_link }).click();
  await h1(page, fr.ui.privacy_title).waitFor();
  await context.close();
});

test('two tabs: answers erased in one are erased in the other, which says so and goes back to the sheet, without writing them back', async () => {
  const { page: first, context } = await openApp(browser, server.origin, { viewport: phone, hash: '#/question/grossesse' });
  await answerFromEnd(first, TEXT.grossesse, 'Oui');
  await answerFromEnd(first, TEXT.anticoagulant, 'Non');
  await h1(first, TEXT.saignement).waitFor();
  const second = await context.newPage();
  await second.goto(server.origin + '/#/question/saignement');
  await appStarted(second);
  await h1(second, fr.ui.resume_title).waitFor();
  await second.getByRole('button', { name: fr.ui.resume_button }).click();
  await h1(second, TEXT.saignement).waitFor();
  await second.getByRole('button', { name: fr.ui.clear_answers }).click();
  await second.getByRole('button', { name: fr.ui.clear_confirm_yes }).click();
  await assert.doesNotReject(first.getByRole('status').getByText(fr.ui.cleared_elsewhere_notice).waitFor({ timeout: 5000 }));
  await opensAtTop(first, fr.sheet.title, 'the other tab');
  assert.deepEqual(await storedEntries(first), {}, 'the other tab writes nothing back');
  // Nothing of the erased answers is left in the other tab either.
  await first.goto(server.origin + '/#/verification');
  await h1(first, TEXT.grossesse).waitFor();
  assert.equal(await first.getByRole('radio', { checked: true }).count(), 0);
  assert.deepEqual(await storedEntries(first), {});
  await context.close();
});

test('two tabs: erased in one while the other offers to resume, the other no longer offers it', async () => {
  const stored = session({ grossesse: { choice: 'N' } }, '#/question/anticoagulant');
  const { page: first, context } = await openApp(browser, server.origin, { viewport: phone, stored });
  await h1(first, fr.ui.resume_title).waitFor();
  const second = await context.newPage();
  await second.goto(server.origin + '/');
  await h1(second, fr.ui.resume_title).waitFor();
  await second.getByRole('button', { name: fr.ui.restart_button }).click();
  await second.getByRole('button', { name: fr.ui.clear_confirm_yes }).click();
  await h1(second, fr.ui.start_title).waitFor();
  await assert.doesNotReject(first.getByRole('status').getByText(fr.ui.cleared_elsewhere_notice).waitFor({ timeout: 5000 }));
  await h1(first, fr.sheet.title).waitFor();
  assert.equal(await first.getByRole('button', { name: fr.ui.resume_button }).count(), 0);
  assert.deepEqual(await storedEntries(first), {});
  await context.close();
});
