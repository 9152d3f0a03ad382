// Hand-off to the team: the printed summary (PDF → text), the FHIR file saved on the device, the clinic's settings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, openApp, assertOnlyOwnStaticFiles } from './harness.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const QUESTIONNAIRE = JSON.parse(readFileSync(join(ROOT, 'content', 'fr', 'questionnaire.json'), 'utf8'));
const UI = JSON.parse(readFileSync(join(ROOT, 'content', 'fr', 'ui.json'), 'utf8'));
/** Whitespace as pdftotext's output is read here (`-raw`: each table cell whole, in reading order): every space (no-break ones included) as one plain space. */
const plain = (text) => text.replace(/\s+/g, ' ');
const QUESTION_TEXT = Object.fromEntries(QUESTIONNAIRE.item.map((i) => [i.linkId, plain(i.text)]));

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Answers every question (choice labels by linkId; a string for the medicine name) and opens the outcome. */
async function reachOutcome(page, choices) {
  await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  for (const item of QUESTIONNAIRE.item.filter((i) => i.type !== 'display')) {
    const choice = choices[item.linkId];
    if (choice === undefined) continue;
    await page.getByRole('heading', { level: 1, name: item.text }).waitFor();
    if (item.type === 'string') await page.getByRole('textbox', { name: item.text }).fill(choice);
    else await page.getByRole('radio', { name: choice, exact: true }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
  }
  await page.getByRole('button', { name: 'Voir ce que je dois signaler' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ce que vous devez signaler à l’équipe' }).waitFor();
}

const WITH_FOLLOW_UP = {
  grossesse: 'Non', anticoagulant: 'Oui', 'anticoagulant-nom': 'Kardégic 75', saignement: 'Non', plaquettes: 'Non',
  anesthesie: 'Je ne sais pas', 'allergie-methylmethacrylate': 'Non', 'position-ventre': 'Non',
};
const WITHOUT_FOLLOW_UP = { ...WITH_FOLLOW_UP, anticoagulant: 'Non', 'anticoagulant-nom': undefined };

test('the printed outcome is one A4 page with every shown question and its answer, flagged first, no buttons', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await reachOutcome(page, WITH_FOLLOW_UP);
  const dir = mkdtempSync(join(tmpdir(), 'impression-'));
  const pdf = join(dir, 'resultat.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  assert.equal(pages, 1, 'the summary fits on one A4 page');
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').replace(/- /g, '-');
  for (const [id, answer] of Object.entries(WITH_FOLLOW_UP)) {
    assert.ok(text.includes(QUESTION_TEXT[id]), `printed: ${QUESTION_TEXT[id]}`);
    assert.ok(text.includes(answer), `printed answer: ${answer}`);
  }
  const today = new Date();
  const date = `${today.getDate()} ${UI.month_names[today.getMonth()]} ${today.getFullYear()}`;
  assert.ok(text.includes(`Réponses du ${date} à `), `the completion date is today, the month in words (${date})`);
  assert.ok(new RegExp(`à \\d+ h \\d\\d – questionnaire version ${QUESTIONNAIRE.version.replaceAll('.', '\\.')}`).test(text), 'time and version printed');
  assert.ok(text.indexOf('À SIGNALER') >= 0 || text.indexOf('À signaler') >= 0, 'flagged lines are marked in words');
  // "Je ne sais pas" is marked as the screen says it: to check, not a finding.
  assert.ok(text.includes('À VÉRIFIER') || text.includes('À vérifier'), '"Je ne sais pas" is marked to check');
  // A line to write the name on by hand, at the top: the app never asks for it on screen.
  const nameLine = plain(UI.print_name_line);
  assert.ok(text.includes(nameLine), `"${nameLine}" printed`);
  assert.ok(text.indexOf(nameLine) < text.indexOf('Toutes vos réponses'), 'the name line comes before the answers');
  assert.equal(await page.getByText(UI.print_name_line).isVisible(), false, 'not on screen');
  assert.equal(await page.getByRole('textbox').count(), 0, 'no field asks for the name');
  const table = text.slice(text.indexOf('Toutes vos réponses'));
  assert.ok(table.indexOf(QUESTION_TEXT.anticoagulant) < table.indexOf(QUESTION_TEXT.grossesse), 'flagged answers come first');
  for (const hidden of ['Imprimer', 'Télécharger mes réponses', 'Effacer mes réponses', 'Retour', 'Modifier mes réponses']) {
    assert.ok(!text.includes(hidden), `"${hidden}" is not printed`);
  }
  await context.close();
});

test('without @page support (iOS Safari before 18.2): on US Letter with the browser’s own margins, still one page with every answer', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await reachOutcome(page, WITH_FOLLOW_UP);
  // The browser ignores @page: the stylesheet's page size and margins are gone.
  const removed = await page.evaluate(() => {
    let count = 0;
    const strip = (rules) => {
      for (let i = rules.length - 1; i >= 0; i--) {
        if (rules[i] instanceof CSSPageRule) { rules[i].parentRule ? rules[i].parentRule.deleteRule(i) : rules[i].parentStyleSheet.deleteRule(i); count++; }
        else if (rules[i].cssRules) strip(rules[i].cssRules);
      }
    };
    for (const sheet of document.styleSheets) strip(sheet.cssRules);
    return count;
  });
  assert.equal(removed, 1, 'the @page rule was there');
  const pdf = await page.pdf({ format: 'Letter', margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
  const dir = mkdtempSync(join(tmpdir(), 'impression-'));
  writeFileSync(join(dir, 'lettre.pdf'), pdf);
  assert.equal(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'lettre.pdf')], { encoding: 'utf8' }))[1]), 1, 'one page');
  // (A line may break at a hyphen, which the text extraction then drops.)
  const flat = (t) => t.replace(/-/g, '');
  const text = flat(execFileSync('pdftotext', ['-raw', join(dir, 'lettre.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));
  for (const [id, answer] of Object.entries(WITH_FOLLOW_UP)) {
    assert.ok(text.includes(flat(QUESTION_TEXT[id])) && text.includes(flat(answer)), `printed: ${QUESTION_TEXT[id]} ${answer}`);
  }
  await context.close();
});

test('a question the patient was not shown is not printed', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await reachOutcome(page, WITHOUT_FOLLOW_UP);
  const text = execFileSync('pdftotext', ['-', '-'], { input: await page.pdf({ format: 'A4' }), encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(text.includes(QUESTION_TEXT.anticoagulant));
  assert.ok(!text.includes(QUESTION_TEXT['anticoagulant-nom']), 'the hidden follow-up is not printed');
  await context.close();
});

test('"Imprimer" opens the browser’s print', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await page.evaluate(() => { window.printCalls = 0; window.print = () => { window.printCalls += 1; }; });
  await reachOutcome(page, WITHOUT_FOLLOW_UP);
  await page.getByRole('button', { name: 'Imprimer' }).click();
  assert.equal(await page.evaluate(() => window.printCalls), 1);
  await context.close();
});

test('"Télécharger mes réponses" saves a FHIR QuestionnaireResponse made on the device, with no request', async () => {
  const { page, context, requests } = await openApp(browser, server.origin);
  await reachOutcome(page, WITH_FOLLOW_UP);
  const before = requests.length;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger mes réponses' }).click(),
  ]);
  // The answers' date in the name (year-month-day, local), so that files can be told apart.
  const today = new Date();
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  assert.equal(download.suggestedFilename(), `reponses-cimentoplastie-${date}.json`);
  assert.ok(download.url().startsWith('blob:'), `made on the device: ${download.url()}`);
  const response = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(response.resourceType, 'QuestionnaireResponse');
  assert.equal(response.status, 'completed');
  assert.equal(response.questionnaire, `${QUESTIONNAIRE.url}|${QUESTIONNAIRE.version}`);
  const authored = Date.parse(response.authored);
  assert.ok(Math.abs(Date.now() - authored) < 10 * 60 * 1000, `authored is the time of the answers: ${response.authored}`);
  const byId = Object.fromEntries(QUESTIONNAIRE.item.map((i) => [i.linkId, i]));
  assert.deepEqual(response.item.map((i) => i.linkId), Object.keys(WITH_FOLLOW_UP));
  for (const item of response.item) {
    const question = byId[item.linkId];
    assert.ok(question && question.type !== 'display', `${item.linkId} is a question of the questionnaire`);
    assert.equal(item.text, question.text);
    assert.equal(item.answer.length, 1);
    if (question.type === 'choice') {
      const coding = item.answer[0].valueCoding;
      assert.ok(question.answerOption.some((o) => o.valueCoding.code === coding.code && o.valueCoding.system === coding.system), `${item.linkId}: ${coding.code} is an option`);
    } else {
      assert.equal(typeof item.answer[0].valueString, 'string');
    }
  }
  assert.deepEqual(response.item.find((i) => i.linkId === 'anesthesie').answer[0].valueCoding, {
    system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'asked-unknown', display: 'Je ne sais pas',
  });
  assert.equal(response.item.find((i) => i.linkId === 'anticoagulant-nom').answer[0].valueString, 'Kardégic 75');
  const after = requests.slice(before).filter((r) => !r.url.startsWith('blob:'));
  assert.deepEqual(after.map((r) => r.url), [], 'the download made no request');
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
});

test('with the shipped settings, no placeholder and no fake number reach the patient: only the real instruction is shown', async () => {
  const clinic = JSON.parse(readFileSync(join(ROOT, 'content', 'clinic.json'), 'utf8'));
  const { page, context } = await openApp(browser, server.origin);
  await reachOutcome(page, { ...WITHOUT_FOLLOW_UP, anesthesie: 'Oui' });
  const text = await page.locator('body').innerText();
  assert.ok(!text.includes('['), 'no bracketed placeholder');
  assert.ok(!text.replace(/\s/g, ' ').includes(clinic.phone), 'no fake phone number');
  assert.equal(await page.getByRole('link', { name: /^Appeler/ }).count(), 0, 'nothing to dial');
  const real = clinic.instructions.filter((line) => !line.includes('['));
  assert.ok(real.length > 0);
  for (const line of real) await assert.doesNotReject(page.getByRole('region', { name: UI.clinic_instructions_heading }).getByText(line).waitFor());
  await context.close();
});

for (const [language, size] of [['fr', '100'], ['fr', '150'], ['en', '100'], ['en', '150']]) {
  test(`every answer flagged, in ${language} at ${size} % text: the printed summary is one A4 page, without the toolbar`, async () => {
    const t = JSON.parse(readFileSync(join(ROOT, 'content', language, 'ui.json'), 'utf8'));
    const q = JSON.parse(readFileSync(join(ROOT, 'content', language, 'questionnaire.json'), 'utf8'));
    const { page, context } = await openApp(browser, server.origin, { locale: language === 'fr' ? 'fr-FR' : 'en-GB' });
    await page.getByRole('group', { name: t.text_size_label }).getByRole('button', { name: `${size} %` }).click();
    await page.getByRole('link', { name: t.sheet_start_button }).click();
    await page.getByRole('button', { name: t.start_button }).click();
    const yes = q.item[0].answerOption[0].valueCoding.display;
    for (const item of q.item.filter((i) => i.type !== 'display')) {
      await page.getByRole('heading', { level: 1, name: item.text }).waitFor();
      if (item.type === 'string') await page.getByRole('textbox').fill('Kardégic 75 et Plavix 75');
      else await page.getByRole('radio', { name: yes, exact: true }).check();
      await page.getByRole('button', { name: t.continue_button }).click();
    }
    await page.getByRole('button', { name: t.check_continue }).click();
    await page.getByRole('heading', { level: 1, name: t.outcome_title }).waitFor();
    const pdf = await page.pdf({ format: 'A4' });
    const dir = mkdtempSync(join(tmpdir(), 'impression-'));
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'r.pdf')], { encoding: 'utf8' }))[1]);
    const text = plain(execFileSync('pdftotext', ['-raw', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' })).replace(/- /g, '-');
    assert.equal(pages, 1, 'one page, whatever the answers');
    assert.ok(!text.includes(plain(t.text_size_label)), 'the text-size buttons are not printed');
    assert.ok(text.includes(plain(t.print_name_line)), 'the name line is printed, on the same page');
    // The team reads French: in a translation the paper carries the French questions.
    const source = JSON.parse(readFileSync(join(ROOT, 'content', 'fr', 'questionnaire.json'), 'utf8'));
    for (const item of source.item.filter((i) => i.type !== 'display')) assert.ok(text.includes(plain(item.text)), `printed: ${item.text}`);
    await context.close();
  });
}

test('a build with another settings file shows that clinic’s name and phone number', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-autre-centre-'));
  execFileSync('trunk', ['build', '--dist', dist], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, CLINIC_SETTINGS: 'tests/e2e/fixtures/clinic-autre.json' },
  });
  const other = await startServer(dist);
  try {
    const { page, context, requests } = await openApp(browser, other.origin);
    await reachOutcome(page, WITHOUT_FOLLOW_UP);
    const card = page.getByRole('region', { name: 'Contacter le centre d’imagerie' });
    await assert.doesNotReject(card.getByText('Centre d’imagerie des Tilleuls').waitFor());
    assert.equal(await card.getByRole('link', { name: 'Appeler le +33 4 12 34 56 78' }).getAttribute('href'), 'tel:+33412345678');
    await assertOnlyOwnStaticFiles(requests, other.origin, assert, dist);
    await context.close();
  } finally {
    await other.close();
  }
});
