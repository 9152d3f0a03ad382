// No word is broken in the middle without a hyphen, on the narrowest phone at the largest text
// size, on every screen, in French and English (issue 22, defect 13): "questionn/aire" is read
// as two words. A word may still break where the browser hyphenates it (it draws the hyphen).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, contentOf } from './harness.mjs';
import { everyScreen } from './screens.mjs';
import { wordsBrokenWithoutHyphen } from './words.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const language of ['fr', 'en']) {
  test(`every screen at 320 px and 150 % text, in ${language}: no word broken without a hyphen`, async () => {
    const t = contentOf(language);
    const { page, context } = await openApp(browser, server.origin, {
      viewport: { width: 320, height: 740 }, locale: language === 'fr' ? 'fr-FR' : 'en-GB',
    });
    await page.getByRole('group', { name: t.ui.text_size_label }).getByRole('button', { name: '150 %' }).click();
    const failures = [];
    await everyScreen(page, false, async (screen) => {
      for (const word of await page.evaluate(wordsBrokenWithoutHyphen)) failures.push(`${screen}: ${word}`);
    }, t);
    await context.close();
    assert.deepEqual(failures, []);
  });
}
