// English beside French: the first visit follows the browser, the switch is on every screen and
// remembered, every visible string changes with <html lang>, and answers survive a switch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, contentOf, appStarted } from './harness.mjs';
import { everyScreen } from './screens.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const fr = contentOf('fr');
const en = contentOf('en');
const h1 = (page, name) => page.getByRole('heading', { level: 1, name });
const htmlLang = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
const language = (page) => page.getByRole('navigation', { name: /^(Langue|Language)$/ });

/** Every French sentence of the content files that differs from its English version, from long to short. */
function frenchOnly() {
  const strings = (value, out = []) => {
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
    return out;
  };
  const english = new Set([en.ui, en.sheet, en.questionnaire, en.glossary].flatMap((v) => strings(v)));
  return [...new Set([fr.ui, fr.sheet, fr.questionnaire, fr.glossary].flatMap((v) => strings(v)))]
    .filter((s) => s.length > 12 && !english.has(s) && !s.includes('{') && !/^https?:/.test(s))
    // Under the banner of a translation not yet checked, the same sentence in French, on purpose.
    .filter((s) => s !== fr.ui.translation_banner);
}

test('the first visit follows the browser’s languages; the choice is then kept on the device', async () => {
  const { page, context } = await openApp(browser, server.origin, { locale: 'en-GB' });
  await h1(page, en.sheet.title).waitFor();
  assert.deepEqual(await htmlLang(page), ['en', 'ltr']);
  assert.equal(await page.title(), `${en.sheet.title} – Cementoplasty`);
  await language(page).getByRole('button', { name: 'Français' }).click();
  await h1(page, fr.sheet.title).waitFor();
  assert.deepEqual(await htmlLang(page), ['fr', 'ltr']);
  assert.equal(await page.title(), `${fr.sheet.title} – Cimentoplastie`);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'English',
    'focus stays on the switch, ready to switch back');
  assert.equal(await page.evaluate(() => document.activeElement.lang), 'en', 'the other language’s name is marked in its language');
  await page.reload();
  await appStarted(page);
  await h1(page, fr.sheet.title).waitFor();
  assert.deepEqual(await htmlLang(page), ['fr', 'ltr'], 'remembered over the browser’s English');
  assert.equal(await language(page).locator('[aria-current="true"]').textContent(), 'Français');
  await context.close();
});

test('a browser in a language the app does not have gets French', async () => {
  const { page, context } = await openApp(browser, server.origin, { locale: 'de-DE' });
  await h1(page, fr.sheet.title).waitFor();
  assert.deepEqual(await htmlLang(page), ['fr', 'ltr']);
  await context.close();
});

test('in English, every screen is in English: no French sentence of the content files is left', async () => {
  const french = frenchOnly();
  assert.ok(french.length > 100, `${french.length} French sentences to look for`);
  for (const kiosk of [false, true]) {
    const { page, context } = await openApp(browser, server.origin, { locale: 'en-US', query: kiosk ? '?kiosk' : '' });
    // A shared tablet starts in French: the patient chooses English on the welcome screen's grid.
    if (kiosk) await page.getByRole('list', { name: fr.ui.language_choose }).getByRole('button', { name: 'English' }).click();
    const left = [];
    let screens = 0;
    await everyScreen(page, kiosk, async (screen) => {
      screens += 1;
      // Less what is in French on purpose, marked as such: the French line under the banner of
      // a translation not yet checked, the name « Français » in the switch.
      const text = await page.evaluate(() => [...document.querySelectorAll('body [lang="fr"]')]
        .reduce((all, french) => all.replace(french.innerText, ''), document.body.innerText));
      const choice = screen === 'accueil borne' ? page.getByRole('list', { name: en.ui.language_choose }) : language(page);
      assert.ok(await choice.isVisible(), `${screen}: the language switch (the grid on the welcome screen) is on screen`);
      for (const sentence of french) if (text.includes(sentence)) left.push(`${screen}: ${sentence}`);
      assert.deepEqual(await htmlLang(page), ['en', 'ltr']);
    }, en);
    console.log(`English, ${kiosk ? 'kiosk' : 'home'}: ${screens} screens checked against ${french.length} French sentences`);
    assert.deepEqual(left, []);
    await context.close();
  }
});

test('switching language in the middle keeps the page and the answers', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await page.getByRole('link', { name: fr.ui.sheet_start_button }).click();
  await page.getByRole('button', { name: fr.ui.start_button }).click();
  await page.getByRole('radio', { name: 'Non', exact: true }).check();
  await page.getByRole('button', { name: fr.ui.continue_button }).click();
  await page.getByRole('radio', { name: 'Oui', exact: true }).check();
  await language(page).getByRole('button', { name: 'English' }).click();
  await h1(page, en.questionnaire.item[1].text).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Yes', exact: true }).isChecked(), true, 'the answer is kept');
  assert.equal(await page.title(), 'Question 2 of 7 – Cementoplasty', 'the follow-up shown does not change the count');
  await page.getByRole('link', { name: en.ui.back }).click();
  await h1(page, en.questionnaire.item[0].text).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'No', exact: true }).isChecked(), true);
  await context.close();
});

test('kiosk: the next patient starts in French with the grid, not in the last patient’s language', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk' });
  await page.getByRole('button', { name: fr.ui.welcome_button }).click();
  await language(page).getByRole('button', { name: 'English' }).click();
  await h1(page, en.sheet.title).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('cimentoplastie.langue')), null, 'nothing written on a shared tablet');
  await page.getByRole('button', { name: en.ui.clear_answers }).click();
  await page.getByRole('button', { name: en.ui.clear_confirm_yes }).click();
  await h1(page, fr.ui.welcome_title).waitFor();
  assert.deepEqual(await htmlLang(page), ['fr', 'ltr']);
  assert.equal(await page.evaluate(() => localStorage.getItem('cimentoplastie.langue')), null);
  await context.close();
});
