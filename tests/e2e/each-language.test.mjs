// Every language of content/languages.json, as its patients use it: the language chosen as a
// patient chooses it (the browser's language), one pass of every screen at 360 px with axe-core on
// each, to the outcome; and Arabic at 320 px with text at 150 %: no sideways scrolling, the back
// link and the progress at the inline start (the right). Elements are found by role and by the
// names read from each language's own content files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, startServer, launchBrowser, openApp, assertOnlyOwnStaticFiles, contentOf } from './harness.mjs';
import { everyScreen } from './screens.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The languages the app has, from the file the build reads. */
const LANGUAGES = JSON.parse(readFileSync(join(ROOT, 'content', 'languages.json'), 'utf8')).languages;
/** A browser language tag for each: the country whose patients the issue names (pt: Portugal). */
const LOCALE = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-MA', pt: 'pt-PT', es: 'es-ES', tr: 'tr-TR', ro: 'ro-RO', uk: 'uk-UA', ru: 'ru-RU' };
const htmlLang = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

test('the nine languages of issue 26 are all offered', () => {
  assert.deepEqual(LANGUAGES.map((l) => l.code).sort(), ['ar', 'en', 'es', 'fr', 'pt', 'ro', 'ru', 'tr', 'uk']);
});

for (const language of LANGUAGES) {
  const { code, dir } = language;
  test(`${code}: a browser in ${language.name_fr} gets every screen in ${language.name_fr} at 360 px, to the outcome, with no axe-core violation`, async () => {
    assert.ok(LOCALE[code], `${code}: a browser language for it in LOCALE`);
    const t = contentOf(code);
    const { page, context, requests, errors } = await openApp(browser, server.origin, { viewport: { width: 360, height: 740 }, locale: LOCALE[code] });
    const failures = [];
    let screens = 0;
    await everyScreen(page, false, async (screen) => {
      screens += 1;
      const [lang, shownDir] = await htmlLang(page);
      if (lang !== code || shownDir !== dir) failures.push(`${screen}: <html lang="${lang}" dir="${shownDir}">, not ${code} ${dir}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) failures.push(`${screen}: scrolls sideways by ${overflow} px`);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of result.violations) failures.push(`${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      if (screen === 'résultat') {
        // The outcome names, in the patient's language, the one answer to report (the blood
        // thinner, with the medicine typed) and the "I don't know" answer to go over.
        const report = t.questionnaire.item.find((i) => i.linkId === 'anticoagulant').extension
          .find((e) => e.url.endsWith('/report-to-team')).valueString;
        // Its text as written (the report's first letter is capitalised by CSS only).
        const main = (await page.getByRole('main').textContent()).replace(/\s+/g, ' ');
        for (const [what, text] of [['the report', report], ['the medicine typed', 'Kardégic'], ['the unknown heading', t.ui.outcome_unknown_heading]]) {
          if (!main.includes(text.replace(/\s+/g, ' '))) failures.push(`${screen}: ${what} is not shown: ${text}`);
        }
      }
    }, t);
    console.log(`${code}: ${screens} screens`);
    assert.deepEqual(failures, []);
    assert.ok(screens >= 17, `${code}: only ${screens} screens`);
    assert.deepEqual(errors, []);
    await assertOnlyOwnStaticFiles(requests, server.origin, assert);
    await context.close();
  });
}

/**
 * Where the text of the element sits on its line, in the page's writing direction: `start` is the
 * gap between the text and the inline start of the page's content (the right edge of the first
 * heading's box, in Arabic), `end` the gap on the other side.
 */
function inlineGaps(element) {
  // An inline box (the back link, its arrow drawn before its text) is its own extent; a block's
  // text is measured where it is drawn.
  const range = document.createRange();
  range.selectNodeContents(element);
  const text = getComputedStyle(element).display === 'block' ? range.getBoundingClientRect() : element.getBoundingClientRect();
  const content = document.querySelector('main h1').getBoundingClientRect();
  const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
  return rtl
    ? { start: content.right - text.right, end: text.left - content.left }
    : { start: text.left - content.left, end: content.right - text.right };
}

test('Arabic at 320 px with text at 150 %: no screen scrolls sideways, and the back link and the progress are at the inline start (the right)', async () => {
  const t = contentOf('ar');
  const { ui } = t;
  const { page, context } = await openApp(browser, server.origin, { viewport: { width: 320, height: 640 }, locale: 'ar' });
  assert.deepEqual(await htmlLang(page), ['ar', 'rtl']);
  await page.getByRole('group', { name: ui.text_size_label }).getByRole('button', { name: '150 %' }).click();
  const questions = t.questionnaire.item.filter((i) => i.type !== 'display').length;
  const failures = [];
  let placed = 0;
  await everyScreen(page, false, async (screen) => {
    const widest = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
    if (widest > 0) {
      const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().left < -0.5 || el.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((el) => `${el.tagName} “${el.textContent.trim().slice(0, 40)}”`).slice(0, 3));
      failures.push(`${screen}: scrolls sideways by ${widest} px: ${wide.join('; ')}`);
    }
    if (!screen.startsWith('question')) return;
    // On each question: "Question n of 7" and the back link start at the right, as the text does.
    const back = page.getByRole('link', { name: ui.back, exact: true });
    const progress = page.getByText(new RegExp(`^${ui.progress.replace('{n}', '\\d+').replace('{total}', '\\d+')}`));
    for (const [what, element] of [['the back link', back], ['the progress', progress.first()]]) {
      if (await element.count() === 0) { failures.push(`${screen}: ${what} is not found`); continue; }
      const gaps = await element.evaluate(inlineGaps);
      placed += 1;
      if (!(gaps.start <= 2 && gaps.end > gaps.start)) failures.push(`${screen}: ${what} is not at the inline start (gap ${gaps.start.toFixed(1)} px at the right, ${gaps.end.toFixed(1)} px at the left)`);
    }
  }, t);
  assert.deepEqual(failures, []);
  assert.ok(placed >= 2 * questions, `only ${placed} placements checked`);
  await context.close();
});
