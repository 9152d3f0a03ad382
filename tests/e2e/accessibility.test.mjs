// WCAG 2.2 AA on every screen: axe-core at phone and tablet sizes, in French and English, light and
// dark themes, home and kiosk modes (with speech voices, so that "Écouter" is on screen); 320 px
// width at 150 % text without sideways scrolling; the text-size control.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { VIEWPORTS, startServer, launchBrowser, openApp, storedEntries, contentOf, appStarted } from './harness.mjs';
import { everyScreen } from './screens.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

test('axe-core finds no WCAG 2.2 A/AA violation on any screen, sizes × languages × themes × modes', async () => {
  let scanned = 0;
  const failures = [];
  for (const [language, locale] of [['fr', 'fr-FR'], ['en', 'en-GB']]) {
  for (const kiosk of [false, true]) {
    for (const [size, viewport] of Object.entries({ phone: VIEWPORTS.phone, tablet: VIEWPORTS['tablet landscape'] })) {
      for (const colorScheme of ['light', 'dark']) {
        const { page, context } = await openApp(browser, server.origin, {
          viewport, query: kiosk ? '?kiosk' : '', locale, voices: ['fr-FR', 'en-GB'],
        });
        await page.emulateMedia({ colorScheme });
        await everyScreen(page, kiosk, async (screen) => {
          const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          scanned += 1;
          for (const v of result.violations) {
            failures.push(`${language} / ${kiosk ? 'borne' : 'maison'} / ${size} / ${colorScheme} / ${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
          }
        }, contentOf(language));
        await context.close();
      }
    }
  }
  }
  console.log(`axe-core: ${scanned} screens scanned, ${failures.length} violations`);
  assert.deepEqual(failures, []);
  assert.ok(scanned >= 150, `only ${scanned} screens scanned`);
});

test('the kiosk inactivity dialog passes axe-core too', async () => {
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk&delai=30', clock: true });
  await page.getByRole('button', { name: 'Touchez l’écran pour commencer' }).click();
  await page.clock.runFor(31_000);
  await page.getByRole('dialog', { name: 'Êtes-vous toujours là ?' }).waitFor();
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  assert.deepEqual(result.violations.map((v) => v.id), []);
  await context.close();
});

test('at 320 px wide with text at 150 % (as at 200 % zoom) no screen scrolls sideways, in either language; forced colours pass axe', async () => {
  const wide = [];
  for (const [language, locale] of [['fr', 'fr-FR'], ['en', 'en-GB']]) {
    const { page, context } = await openApp(browser, server.origin, { viewport: { width: 320, height: 640 }, locale, voices: [locale] });
    await page.getByRole('button', { name: '150 %' }).click();
    await page.emulateMedia({ forcedColors: 'active' });
    await everyScreen(page, false, async (screen) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${language} / ${screen}: ${overflow}px`);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of result.violations) wide.push(`${language} / ${screen}: ${v.id}`);
    }, contentOf(language));
    await context.close();
  }
  assert.deepEqual(wide, []);
});

test('the text size control: three sizes up to 150 %, remembered on the device, reset by a kiosk wipe', async () => {
  const { page, context } = await openApp(browser, server.origin);
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main .app-body')).fontSize));
  const normal = await bodySize();
  const group = page.getByRole('group', { name: 'Taille du texte' });
  assert.equal(await group.getByRole('button').count(), 3);
  assert.equal(await group.getByRole('button', { name: '100 %' }).getAttribute('aria-pressed'), 'true');
  await group.getByRole('button', { name: '150 %' }).click();
  assert.equal(await group.getByRole('button', { name: '150 %' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await bodySize(), normal * 1.5);
  await page.reload();
  assert.equal(await bodySize(), normal * 1.5, 'the pre-rendered page is already at 150 % before the app starts');
  await appStarted(page);
  assert.equal(await bodySize(), normal * 1.5, 'remembered after a reload');
  await group.getByRole('button', { name: '125 %' }).click();
  assert.equal(await bodySize(), normal * 1.25);
  await context.close();

  const kiosk = await openApp(browser, server.origin, { query: '?kiosk' });
  await kiosk.page.getByRole('button', { name: 'Touchez l’écran pour commencer' }).click();
  await kiosk.page.getByRole('button', { name: '150 %' }).click();
  assert.ok('cimentoplastie.taille-texte' in (await storedEntries(kiosk.page)));
  await kiosk.page.getByRole('button', { name: 'Effacer mes réponses' }).click();
  await kiosk.page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await h1(kiosk.page, 'Bienvenue').waitFor();
  assert.equal(await kiosk.page.getByRole('button', { name: '100 %' }).getAttribute('aria-pressed'), 'true', 'the next patient starts at 100 %');
  assert.deepEqual(Object.keys(await storedEntries(kiosk.page)), ['cimentoplastie.appareil']);
  await kiosk.context.close();
});

test('after Continuer and Retour, focus is on the new page’s heading and the title names the step', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByRole('radio', { name: 'Oui', exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Prenez-vous un médicament qui fluidifie le sang, en comprimés, en sachets ou en piqûres\u202f?');
  assert.equal(await page.title(), 'Question 2 sur 7 – Cimentoplastie');
  await page.getByRole('link', { name: 'Retour' }).click();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Êtes-vous enceinte, ou est-il possible que vous le soyez\u202f?');
  assert.equal(await page.title(), 'Question 1 sur 7 – Cimentoplastie');
  await context.close();
});

/**
 * Keys pressed from the top of the sheet until "Répondre au questionnaire" has the focus: Tab, and
 * Enter on the skip link "Aller au questionnaire" when it has the focus. Infinity past 40 keys.
 */
async function keysToStart(page, ui) {
  const start = page.getByRole('link', { name: ui.sheet_start_button });
  const skip = page.getByRole('link', { name: ui.skip_to_questionnaire });
  for (let keys = 1; keys <= 40; keys += 1) {
    const onSkip = (await skip.count()) > 0 && await skip.evaluate((el) => el === document.activeElement);
    await page.keyboard.press(onSkip ? 'Enter' : 'Tab');
    if (await start.evaluate((el) => el === document.activeElement)) return keys;
  }
  return Infinity;
}

test('the keyboard reaches "Répondre au questionnaire" in a few keys, past the sheet’s terms (skip link "Aller au questionnaire")', async () => {
  for (const [language, locale] of [['fr', 'fr-FR'], ['en', 'en-GB']]) {
    const ui = contentOf(language).ui;
    const { page, context } = await openApp(browser, server.origin, { locale });
    await appStarted(page);
    const keys = await keysToStart(page, ui);
    assert.ok(keys <= 4, `${language}: ${keys} keys to reach "${ui.sheet_start_button}"`);
    await page.keyboard.press('Enter');
    await h1(page, ui.start_title).waitFor();
    // Only the sheet has it: elsewhere the first skip link leads straight to the page.
    assert.equal(await page.getByRole('link', { name: ui.skip_to_questionnaire }).count(), 0);
    await context.close();
  }
});
