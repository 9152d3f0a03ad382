// The centre's settings published beside the app (clinic.json): read at start, so a change shows
// without a rebuild; missing or wrong, they never block a patient (generic wording, no phone link);
// the staff's check page (?verifier-reglages) says what is wrong, naming the field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, startServer, launchBrowser, contentOf } from './harness.mjs';
import { reachOutcomeAnsweringNo } from './screens.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const { ui } = contentOf('fr');
const CENTRE = {
  name: 'Centre d’imagerie des Tilleuls', phone: '01 23 45 67 89', opening_hours: 'du lundi au vendredi, de 8 h à 18 h',
  instructions: ['Venez à jeun.'], retention_days: 7,
  translations: { en: { name: 'Tilleuls imaging centre', opening_hours: 'Monday to Friday, 8 am to 6 pm', instructions: ['Do not eat beforehand.'] } },
};

/** Opens `address` with clinic.json answered by `answer` ({ status, body }). */
async function openWith(answer, address = '/') {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
  await context.route('**/clinic.json', (route) => route.fulfill({ status: answer.status ?? 200, contentType: 'application/json', body: answer.body ?? '' }));
  const page = await context.newPage();
  await page.goto(server.origin + address);
  return { page, context };
}

test('the centre’s details from clinic.json show on the outcome page, with a phone link', async () => {
  const { page, context } = await openWith({ body: JSON.stringify(CENTRE) });
  await reachOutcomeAnsweringNo(page);
  const call = page.getByRole('link', { name: 'Appeler le 01 23 45 67 89' });
  assert.equal(await call.getAttribute('href'), 'tel:0123456789');
  await assert.doesNotReject(page.getByText(CENTRE.name).waitFor());
  await page.getByRole('link', { name: ui.privacy_link }).click();
  await assert.doesNotReject(page.getByText('au plus 7 jours').first().waitFor(), 'its retention period is used');
  await context.close();
});

for (const [what, answer, problem] of [
  ['missing (404)', { status: 404, body: 'not found' }, ui.settings_check_missing.replace('{file}', 'clinic.json')],
  ['not JSON', { body: '{"name": "Centre"' }, 'clinic.json: line 1'],
  ['with a wrong phone number', { body: JSON.stringify({ ...CENTRE, phone: 'appelez-nous' }) }, 'clinic.json: phone:'],
]) {
  test(`clinic.json ${what}: the patient goes through with generic wording and no phone link; the check page says why`, async () => {
    const { page, context } = await openWith(answer);
    await reachOutcomeAnsweringNo(page);
    assert.equal(await page.getByRole('link', { name: /^Appeler le/ }).count(), 0, 'no phone link');
    assert.equal(await page.getByText(CENTRE.name).count(), 0);
    await context.close();
    const check = await openWith(answer, '/?verifier-reglages');
    await check.page.getByRole('heading', { level: 1, name: ui.settings_check_title }).waitFor();
    await assert.doesNotReject(check.page.getByText(problem).first().waitFor(), `the check page says: ${problem}`);
    await check.context.close();
  });
}

test('the check page, with valid settings: says so, and shows the details as patients see them', async () => {
  const { page, context } = await openWith({ body: JSON.stringify(CENTRE) }, '/?verifier-reglages');
  await page.getByRole('heading', { level: 1, name: ui.settings_check_title }).waitFor();
  await assert.doesNotReject(page.getByText(ui.settings_check_valid.replace('{file}', 'clinic.json')).waitFor());
  await assert.doesNotReject(page.getByRole('link', { name: 'Appeler le 01 23 45 67 89' }).waitFor());
  await assert.doesNotReject(page.getByText(CENTRE.opening_hours, { exact: false }).waitFor());
  assert.equal(await page.getByText('Encore à compléter', { exact: false }).count(), 0, 'nothing left to complete');
  await context.close();
});

test('the check page, with the settings file as shipped: valid, but the fields still to complete are named', async () => {
  const shipped = readFileSync(join(DIST, 'clinic.json'), 'utf8');
  const { page, context } = await openWith({ body: shipped }, '/?verifier-reglages');
  await page.getByRole('heading', { level: 1, name: ui.settings_check_title }).waitFor();
  await assert.doesNotReject(page.getByText(ui.settings_check_valid.replace('{file}', 'clinic.json')).waitFor());
  const fields = ['name', 'phone', 'opening_hours', 'instructions[0]'].join(', ');
  await assert.doesNotReject(page.getByText(ui.settings_check_placeholders.replace('{fields}', fields)).waitFor());
  assert.equal(await page.getByRole('link', { name: /^Appeler le/ }).count(), 0, 'no placeholder number offered to call');
  await context.close();
});
