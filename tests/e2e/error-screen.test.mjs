// A failure inside the app (a Rust panic) on the release build: the plain error screen, never a
// frozen or blank page, and nothing of the patient's answers lost. The release wasm is built on a
// pinned nightly with its own standard library (scripts/setup.sh, `release_env`): this is the proof
// that its panics still reach the app's hook.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { STORAGE_KEY, startServer, launchBrowser, openApp, storedEntries, appStarted } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('when the app fails half-way, the patient gets the plain error screen, and reloading offers the answers back', async () => {
  const { page, context, errors } = await openApp(browser, server.origin);
  await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByRole('radio', { name: 'Non', exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Prenez-vous un médicament qui fluidifie le sang, en comprimés, en sachets ou en piqûres ?' }).waitFor();
  const answers = async () => JSON.parse((await storedEntries(page))[STORAGE_KEY] ?? '{}').answers;
  const stored = await answers();
  assert.deepEqual(stored, { grossesse: { choice: 'N' } }, 'the first answer is stored');

  // The browser refuses to create elements (as a broken page or an intrusive extension can): the
  // renderer's next screen panics inside Leptos.
  await page.evaluate(() => {
    Document.prototype.createElement = () => { throw new Error('createElement refused'); };
  });
  await page.getByRole('link', { name: 'Retour' }).click();

  const heading = page.getByRole('heading', { level: 1, name: 'Un problème est survenu' });
  await heading.waitFor();
  assert.ok(await heading.evaluate((h) => h === document.activeElement), 'focus is on the message, for screen readers');
  await assert.doesNotReject(page.getByText('Vos réponses enregistrées sur cet appareil ne sont pas perdues.').waitFor());
  assert.ok(errors.some((e) => /unreachable/.test(String(e))), 'the app stopped (the panic aborted), after its hook drew the message');
  assert.deepEqual(await answers(), stored, 'nothing of the answers was lost');

  await page.getByRole('link', { name: 'Recharger la page' }).click();
  await appStarted(page);
  await page.getByRole('heading', { level: 1, name: 'Reprendre vos réponses ?' }).waitFor();
  await context.close();
});
