// The centre's settings published beside the app (clinic.json): read at start, so a change shows
// without a rebuild; missing or wrong, they never block a patient (generic wording, no phone link);
// the staff's check page (?verifier-reglages) says what is wrong, naming the field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { DIST, ROOT, startServer, launchBrowser, contentOf } from './harness.mjs';
import { reachOutcomeAnsweringNo } from './screens.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const { ui } = contentOf('fr');
const CENTRE = {
  name: 'Centre d’imagerie des Tilleuls', phone: '01 23 45 67 89', opening_hours: 'du lundi au vendredi, de 8 h à 18 h',
  instructions: ['Venez à jeun.'], retention_days: 7,
  // A block for every language of the app (the English texts for those this test does not read).
  translations: Object.fromEntries(JSON.parse(readFileSync(join(ROOT, 'content', 'languages.json'), 'utf8')).languages.slice(1)
    .map(({ code }) => [code, { name: 'Tilleuls imaging centre', opening_hours: 'Monday to Friday, 8 am to 6 pm', instructions: ['Do not eat beforehand.'] }])),
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

/** Opens the check page with clinic.json answered by `answer`; returns the page, its heading drawn. */
async function openCheck(answer, context) {
  const check = context ? { context, page: await context.newPage() } : await openWith(answer, '/?verifier-reglages');
  if (context) await check.page.goto(server.origin + '/?verifier-reglages');
  await check.page.getByRole('heading', { level: 1, name: ui.settings_check_title }).waitFor();
  return check;
}

/** True if the page shows any of the parser's own wording (serde's), which staff cannot act on. */
async function showsParserWording(page) {
  const text = await page.locator('main').innerText();
  return /invalid type|expected (u32|one of|`)|unknown field `|missing field|EOF while|at line \d+ column/.test(text);
}

const latin1 = Buffer.from(JSON.stringify({ ...CENTRE, instructions: ['Apportez votre carte médicale.'] }), 'latin1');
const NIR = '\u202f';
for (const [what, answer, problem, centreKept] of [
  ['missing (404)', { status: 404, body: 'not found' }, ui.settings_check_missing.replace('{file}', 'clinic.json'), false],
  ['not JSON', { body: '{\n  "name": "Centre",\n  "phone": "01 23 45 67 89"\n' },
    `le fichier n’est pas du JSON valide${NIR}: la lecture s’arrête à la ligne 4.`, false],
  ['saved in Latin-1', { body: latin1 },
    `le fichier n’est pas enregistré en UTF-8${NIR}: le premier caractère illisible est à la ligne 1`, false],
  ['with a wrong phone number', { body: JSON.stringify({ ...CENTRE, phone: '12345' }) },
    `Numéro de téléphone (phone)${NIR}: "12345" n’est pas un numéro de téléphone français.`, true],
]) {
  test(`clinic.json ${what}: the patient goes through with no phone link; the check page says why, in French`, async () => {
    const { page, context } = await openWith(answer);
    await reachOutcomeAnsweringNo(page);
    assert.equal(await page.getByRole('link', { name: /^Appeler le/ }).count(), 0, 'no phone link');
    assert.equal(await page.getByText(CENTRE.name).count(), centreKept ? 1 : 0, centreKept ? 'the other fields are kept' : 'generic wording');
    assert.equal(await page.getByText('m\ufffddicale').count(), 0, 'never a broken letter');
    await context.close();
    const check = await openCheck(answer);
    await assert.doesNotReject(check.page.getByText(problem).first().waitFor(), `the check page says: ${problem}`);
    assert.equal(await showsParserWording(check.page), false, 'no parser wording');
    assert.equal(await check.page.getByText('est valide').count(), 0);
    await check.context.close();
  });
}

test('the check page names a number written as a text, with a right example, in French', async () => {
  const { page, context } = await openCheck({ body: JSON.stringify({ ...CENTRE, retention_days: '14' }, null, 2) });
  const problems = page.getByRole('alert');
  await assert.doesNotReject(problems.getByRole('heading', { name: 'À corriger dans le fichier clinic.json' }).waitFor());
  await assert.doesNotReject(problems.getByText(
    `Durée de conservation des réponses (retention_days)${NIR}: doit être un nombre entier, écrit sans guillemets${NIR}; le fichier contient "14".`,
  ).waitFor());
  await assert.doesNotReject(problems.getByText(`Exemple correct${NIR}: "retention_days": 14`).waitFor());
  assert.equal(await showsParserWording(page), false, 'no "invalid type: string" nor "expected u32"');
  // The rest of the file is used.
  await assert.doesNotReject(page.getByRole('link', { name: 'Appeler le 01 23 45 67 89' }).waitFor());
  await context.close();
});

test('an extra field is ignored and listed; patients still see the centre', async () => {
  const body = JSON.stringify({ ...CENTRE, unknown_field: 'x' });
  const check = await openCheck({ body });
  await assert.doesNotReject(check.page.getByText(`Champ inconnu (unknown_field)${NIR}: l’application ne connaît pas ce champ${NIR}: il est ignoré.`, { exact: false }).waitFor());
  assert.equal(await showsParserWording(check.page), false, 'no "unknown field `unknown_field`, expected one of"');
  await assert.doesNotReject(check.page.getByRole('link', { name: 'Appeler le 01 23 45 67 89' }).waitFor());
  await check.context.close();
  const { page, context } = await openWith({ body });
  await reachOutcomeAnsweringNo(page);
  await assert.doesNotReject(page.getByRole('link', { name: 'Appeler le 01 23 45 67 89' }).waitFor());
  await context.close();
});

test('without its English block, French patients keep the centre’s phone, name and hours; English ones get the French texts, marked on the check page', async () => {
  const { translations, ...french } = CENTRE;
  const answer = { body: JSON.stringify(french) };
  const { page, context } = await openWith(answer);
  await reachOutcomeAnsweringNo(page);
  assert.equal(await page.getByRole('link', { name: 'Appeler le 01 23 45 67 89' }).getAttribute('href'), 'tel:0123456789');
  await assert.doesNotReject(page.getByText(CENTRE.name).waitFor());
  await assert.doesNotReject(page.getByText(CENTRE.opening_hours, { exact: false }).waitFor());
  await assert.doesNotReject(page.getByText(CENTRE.instructions[0]).waitFor());
  await context.close();
  const check = await openCheck(answer);
  await assert.doesNotReject(check.page.getByText(`Traduction «${NIR}English${NIR}» (translations.en)${NIR}: ce bloc manque`, { exact: false }).waitFor());
  await assert.doesNotReject(check.page.getByText(`les patients qui ont choisi «${NIR}English${NIR}» voient ici le texte français`, { exact: false }).waitFor());
  await check.context.close();
});

test('the check page, with valid settings: says so, and shows the details as patients see them', async () => {
  const { page, context } = await openWith({ body: JSON.stringify(CENTRE) }, '/?verifier-reglages');
  await page.getByRole('heading', { level: 1, name: ui.settings_check_title }).waitFor();
  await assert.doesNotReject(page.getByText(ui.settings_check_valid.replace('{file}', 'clinic.json')).waitFor());
  await assert.doesNotReject(page.getByRole('link', { name: 'Appeler le 01 23 45 67 89' }).waitFor());
  await assert.doesNotReject(page.getByText(CENTRE.opening_hours, { exact: false }).waitFor());
  assert.equal(await page.getByText('Encore à compléter', { exact: false }).count(), 0, 'nothing left to complete');
  await context.close();
});

test('the check page, with the settings file as shipped: says it still has to be filled in, naming the fields in words', async () => {
  const shipped = readFileSync(join(DIST, 'clinic.json'), 'utf8');
  const { page, context } = await openWith({ body: shipped }, '/?verifier-reglages');
  await page.getByRole('heading', { level: 1, name: ui.settings_check_title }).waitFor();
  await assert.doesNotReject(page.getByText(ui.settings_check_unfilled.replace('{file}', 'clinic.json')).waitFor());
  assert.equal(await page.getByText(ui.settings_check_valid.replace('{file}', 'clinic.json')).count(), 0, 'not "valide : les patients voient les coordonnées ci-dessous"');
  for (const field of ['Nom du centre (name)', 'Numéro de téléphone (phone)', 'Horaires d’ouverture (opening_hours)', 'Consigne pratique n°\u00a01 (instructions[0])']) {
    await assert.doesNotReject(page.getByRole('listitem').filter({ hasText: field }).first().waitFor(), field);
  }
  assert.equal(await page.getByText('name, phone, opening_hours', { exact: false }).count(), 0, 'no list of raw keys');
  await assert.doesNotReject(page.getByText(ui.settings_check_preview_empty).waitFor(), 'says the card shows no contact');
  assert.equal(await page.getByRole('link', { name: /^Appeler le/ }).count(), 0, 'no placeholder number offered to call');
  await context.close();
});

test('the check page on a kiosk tablet: says so with its delay, the delay changed from 5 to 30 seconds, and what kiosk patients see', async () => {
  for (const [delay, used, words] of [['5', '30', '30\u00a0secondes'], ['100000', '3600', '60\u00a0minutes']]) {
    const { page, context } = await openWith({ body: JSON.stringify(CENTRE) }, `/?kiosk&delai=${delay}`);
    await page.getByRole('heading', { level: 1, name: /Bienvenue/ }).waitFor();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('cimentoplastie.appareil')));
    assert.equal(stored.idle_seconds, Number(used));
    const check = await openCheck(null, context);
    const text = ui.settings_check_kiosk.replace('{delay}', words).replace('{warning}', '30');
    await assert.doesNotReject(check.page.getByText(text).waitFor(), text);
    const changed = ui.settings_check_kiosk_changed.replace('{asked}', delay).replace('{delay}', words);
    await assert.doesNotReject(check.page.getByText(changed).waitFor(), changed);
    await assert.doesNotReject(check.page.getByRole('heading', { name: ui.settings_check_kiosk_preview }).waitFor());
    await assert.doesNotReject(check.page.getByText(ui.kiosk_outcome_text).waitFor(), 'what kiosk patients see at the end');
    assert.equal(await check.page.getByText(/au plus \d+ jours/).count(), 0, 'no retention days on a kiosk');
    assert.equal(await check.page.getByRole('link', { name: /^Appeler le/ }).count(), 0, 'no phone link: kiosk patients are not shown one');
    await assert.doesNotReject(check.page.getByText(ui.settings_check_valid.replace('{file}', 'clinic.json')).waitFor(), 'the file is still checked');
    await context.close();
  }
});

test('the check page at home says this device is not a kiosk', async () => {
  const { page, context } = await openWith({ body: JSON.stringify(CENTRE) }, '/?verifier-reglages');
  await assert.doesNotReject(page.getByText(ui.settings_check_home).waitFor());
  await assert.doesNotReject(page.getByText('au plus 7 jours').waitFor());
  assert.equal(await page.getByText(ui.settings_check_kiosk_preview).count(), 0);
  await context.close();
});

test('the check page passes axe-core and never scrolls sideways at 320 px with text at 150 %, in French and English, with problems, as shipped and on a kiosk', async () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
  const shipped = readFileSync(join(DIST, 'clinic.json'), 'utf8');
  const wrong = JSON.stringify({ ...CENTRE, phone: '12345', retention_days: '14', unknown_field: 1, translations: { en: { name: 'x' } } });
  const failures = [];
  for (const locale of ['fr-FR', 'en-GB']) {
    for (const [what, body, kiosk] of [['problems', wrong, false], ['shipped', shipped, false], ['not JSON', '{', false], ['kiosk', shipped, true]]) {
      for (const [width, size] of [[360, null], [320, '150']]) {
        const context = await browser.newContext({ locale, viewport: { width, height: 740 } });
        await context.route('**/clinic.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
        if (size) await context.addInitScript((s) => localStorage.setItem('cimentoplastie.taille-texte', s), size);
        const page = await context.newPage();
        if (kiosk) {
          await page.goto(server.origin + '/?kiosk');
          await page.getByRole('heading', { level: 1 }).first().waitFor();
        }
        await page.goto(server.origin + '/?verifier-reglages');
        await page.getByRole('heading', { level: 1, name: locale === 'fr-FR' ? ui.settings_check_title : contentOf('en').ui.settings_check_title }).waitFor();
        if (size) await page.evaluate((s) => document.documentElement.classList.add('app-text-' + s), size);
        const at = `${locale} / ${what} / ${width}px${size ? ' 150 %' : ''}`;
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) failures.push(`${at}: scrolls sideways by ${overflow}px`);
        for (const colorScheme of ['light', 'dark']) {
          await page.emulateMedia({ colorScheme });
          const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          for (const v of result.violations) failures.push(`${at} / ${colorScheme}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        }
        await context.close();
      }
    }
  }
  assert.deepEqual(failures, []);
});
