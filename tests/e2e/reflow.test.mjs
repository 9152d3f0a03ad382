// Every screen reflows on the smallest phones at every text size, in every language (WCAG 1.4.10),
// shows no placeholder of the clinic settings, and keeps French punctuation with its word.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, contentOf } from './harness.mjs';
import { everyScreen } from './screens.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

/** What a patient would notice on the screen shown: sideways scrolling, a placeholder, punctuation alone at a line start. */
async function problemsOn(page, language) {
  return page.evaluate((language) => {
    const problems = [];
    const widest = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    if (widest > window.innerWidth) {
      const wide = [...document.querySelectorAll('main *')].find((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5);
      problems.push(`scrolls sideways (${widest} > ${window.innerWidth} px): ${wide?.tagName} “${wide?.textContent.slice(0, 60)}”`);
    }
    const text = document.body.innerText;
    if (/\[[^\]]*\]/.test(text) || /00 00 00 00 00/.test(text.replace(/\s/g, ' '))) problems.push('shows a placeholder of the clinic settings');
    if (language === 'fr') {
      const loose = text.match(/.{0,20} [?:;!»%]/g);
      if (loose) problems.push(`an ordinary space before French punctuation: ${JSON.stringify(loose.slice(0, 3))}`);
    }
    return problems;
  }, language);
}

for (const language of ['fr', 'en']) {
  for (const width of [320, 360]) {
    test(`every screen at ${width} px, at 100, 125 and 150 % text, in ${language}: no sideways scrolling, no placeholder`, async () => {
      const t = contentOf(language);
      const failures = [];
      for (const size of ['100', '125', '150']) {
        const { page, context } = await openApp(browser, server.origin, {
          viewport: { width, height: 740 }, locale: language === 'fr' ? 'fr-FR' : 'en-GB',
        });
        await page.getByRole('group', { name: t.ui.text_size_label }).getByRole('button', { name: `${size} %` }).click();
        await everyScreen(page, false, async (screen) => {
          for (const problem of await problemsOn(page, language)) failures.push(`${size} % / ${screen}: ${problem}`);
        }, t);
        await context.close();
      }
      assert.deepEqual(failures, []);
    });
  }
}

test('the kiosk screens at 360 px and 150 % text: no sideways scrolling, no placeholder, no phone number', async () => {
  const failures = [];
  const { page, context } = await openApp(browser, server.origin, { query: '?kiosk', viewport: { width: 360, height: 740 } });
  await page.getByRole('button', { name: '150 %' }).click();
  await everyScreen(page, true, async (screen) => {
    for (const problem of await problemsOn(page, 'fr')) failures.push(`${screen}: ${problem}`);
  });
  assert.deepEqual(failures, []);
  await context.close();
});
