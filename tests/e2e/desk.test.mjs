// The reception desk's page (?accueil): a handheld scanner that types like a keyboard, fed key by
// key through the Chrome DevTools Protocol as a scanner set to one layout sends to a computer set
// to the other, fast and slow, with Caps Lock, cut short, and a code that is not ours. The desk
// sees the patient's answers in French with the check code, prints them, saves the same FHIR file
// as the patient's own export, erases them; nothing is stored, nothing is requested.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { startServer, launchBrowser, openApp, assertOnlyOwnStaticFiles, contentOf, deskText, focusReaches } from './harness.mjs';


const FIXTURES = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'desk-codes.json'), 'utf8'));
const { ui, questionnaire } = contentOf('fr');
const deskUi = deskText();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const TYPICAL = FIXTURES.codes.typical;
const QUESTION = Object.fromEntries(questionnaire.item.map((i) => [i.linkId, i.text]));

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every run of spaces (no-break ones included) as one plain space. */
const plain = (text) => text.replace(/\s+/g, ' ').trim();

/** Windows virtual key codes of the keys these scans press. */
function virtualKey(code) {
  if (/^Key[A-Z]$/.test(code)) return code.charCodeAt(3);
  if (/^Digit\d$/.test(code)) return 48 + Number(code[5]);
  return { Semicolon: 186, Comma: 188, Period: 190, Slash: 191, Minus: 189, Enter: 13, Tab: 9 }[code] ?? 0;
}

/** A fixture's key events, without its Enter (each test ends the scan its own way). */
const keysOf = (keys) => keys.filter((k) => k.key !== 'Enter');

/** The same keys with Caps Lock on the computer: letters come out in the other case. */
const withCapsLock = (keys) => keys.map((k) => ({
  ...k, key: /^[a-z]$/i.test(k.key) ? (k.key === k.key.toUpperCase() ? k.key.toLowerCase() : k.key.toUpperCase()) : k.key,
}));

/** Text typed by a scanner and a computer that agree (QWERTY), as key events. */
function typedAsIs(text) {
  const codes = { ':': ['Semicolon', true], '/': ['Slash', false], '.': ['Period', false], '-': ['Minus', false] };
  return [...text].map((c) => {
    if (codes[c]) return { key: c, code: codes[c][0], shift: codes[c][1] };
    if (/\d/.test(c)) return { key: c, code: `Digit${c}`, shift: false };
    return { key: c, code: `Key${c.toUpperCase()}`, shift: c !== c.toLowerCase() };
  });
}

/**
 * A desk code made for another questionnaire version (`130`: 1.3.0, one character a part), its
 * checksum made right: the low 20 bits of CRC-32 (IEEE) in Crockford Base32, as the format says.
 */
function withVersion(code, version) {
  const body = code.slice(0, 8) + version + code.slice(11, -4);
  let crc = ~0;
  for (const byte of Buffer.from(body)) {
    crc ^= byte;
    for (let i = 0; i < 8; i += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  crc = ~crc >>> 0;
  const c32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return body + [15, 10, 5, 0].map((shift) => c32[(crc >>> shift) & 31]).join('');
}

/**
 * Types `keys` as a scanner does, one character every `gapMs`, then `end`: 'Enter', 'Tab', or
 * null for a scanner that ends with silence. The gaps are part of the input: each event carries
 * its time (the protocol's `timestamp`, which the page reads as `event.timeStamp`), a character
 * every `gapMs` from now, Shift pressed just before a character that needs it. The events are
 * sent at once, in order, so that a busy test machine cannot stretch a gap into a pause.
 */
async function scan(cdp, keys, gapMs, end = 'Enter') {
  const t0 = Date.now() / 1000;
  const sent = [];
  const send = (params, i, before = 0) =>
    sent.push(cdp.send('Input.dispatchKeyEvent', { ...params, timestamp: t0 + (i * gapMs - before) / 1000 }));
  for (const [i, k] of keys.entries()) {
    const modifiers = k.shift ? 8 : 0;
    const key = { key: k.key, code: k.code, windowsVirtualKeyCode: virtualKey(k.code), modifiers };
    if (k.shift) send({ type: 'rawKeyDown', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, modifiers: 8 }, i, 1);
    send({ type: 'keyDown', text: k.key, unmodifiedText: k.key, ...key }, i);
    send({ type: 'keyUp', ...key }, i, -1);
    if (k.shift) send({ type: 'keyUp', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, modifiers: 0 }, i, -1);
  }
  if (end) {
    const key = { key: end, code: end, windowsVirtualKeyCode: virtualKey(end) };
    send({ type: end === 'Enter' ? 'keyDown' : 'rawKeyDown', ...(end === 'Enter' ? { text: '\r' } : {}), ...key }, keys.length);
    send({ type: 'keyUp', ...key }, keys.length, -1);
  }
  await Promise.all(sent);
}

/** Waits until the status line says exactly `text` (spaces compared as spaces). */
async function statusSays(page, text) {
  await page.getByRole('status').filter({ hasText: new RegExp(`^\\s*${escape(plain(text)).replace(/ /g, '\\s+')}\\s*$`) }).waitFor();
}

/** Opens the desk's page; returns it with a DevTools session to type with. */
async function openDesk(options = {}) {
  const opened = await openApp(browser, server.origin, { query: '?accueil', viewport: { width: 1280, height: 900 }, ...options });
  await opened.page.getByRole('heading', { level: 1, name: plain(deskUi.title) }).waitFor();
  await statusSays(opened.page, deskUi.ready);
  return { ...opened, cdp: await opened.context.newCDPSession(opened.page) };
}

const answersHeading = (page) => page.getByRole('heading', { level: 2, name: deskUi.answers_title });
/** Waits for a patient's answers to be shown; if they are not, fails with what the status line says. */
async function answersShown(page) {
  try {
    await answersHeading(page).waitFor({ timeout: 10_000 });
  } catch {
    assert.fail(`no answers shown; the status line says: ${await page.getByRole('status').textContent()}`);
  }
}
const checkLine = (code) => deskUi.check.replace('{code}', code);

/** The answer cell of the row of `question` in the table of answers. */
const answerOf = (page, question) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: question, exact: true }) }).getByRole('cell');
/** The answer given to `question`, with its mark ("À signaler"), as the table's text. */
const answerText = async (page, question) => plain(await answerOf(page, question).textContent());

async function assertNothingStored(page) {
  const stored = await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage)]);
  assert.deepEqual(stored, [[], []], 'nothing in localStorage or sessionStorage');
}

/** Answers every question as the patient of `typical` did, then downloads their own FHIR export. */
async function patientsOwnExport() {
  const { page, context } = await openApp(browser, server.origin);
  const labels = { N: 'Non', Y: 'Oui' };
  await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  for (const item of questionnaire.item.filter((i) => i.type !== 'display')) {
    await page.getByRole('heading', { level: 1, name: item.text }).waitFor();
    if (item.type === 'string') await page.getByRole('textbox', { name: item.text }).fill(TYPICAL.texts[item.linkId]);
    else await page.getByRole('radio', { name: labels[TYPICAL.choices[item.linkId]], exact: true }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
  }
  await page.getByRole('button', { name: 'Voir ce que je dois signaler' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger mes réponses' }).click(),
  ]);
  const response = JSON.parse(readFileSync(await download.path(), 'utf8'));
  await context.close();
  return response;
}

test('a QWERTY scanner on an AZERTY computer at 5 ms a character: the answers in French, the check code, printed, the same FHIR file as the patient’s, then erased', async () => {
  const { page, context, cdp, requests, errors } = await openDesk();
  await scan(cdp, keysOf(TYPICAL.keys_qwerty_scanner_on_azerty), 5);
  await answersShown(page);
  await statusSays(page, deskUi.read);
  await focusReaches(page, deskUi.answers_title, 'the focus on the answers');

  // What the desk reads: when, in which language, the check code to compare, the answers in French.
  await page.getByText(/^Réponses du 14\smars\s2026 à 9\sh\s26 – questionnaire version 1\.2\.0$/).waitFor();
  await page.getByText('Réponses données en français.', { exact: true }).waitFor();
  await page.getByText(checkLine('RDR6'), { exact: true }).waitFor();
  await page.getByText(deskUi.not_signed, { exact: true }).waitFor();
  assert.equal(await answerText(page, QUESTION.anticoagulant), `Oui ${ui.outcome_flag_marker}`);
  assert.equal(await answerText(page, QUESTION['anticoagulant-nom']), 'Kardégic, Eliquis');
  for (const id of ['grossesse', 'saignement', 'plaquettes', 'anesthesie', 'allergie-methylmethacrylate', 'position-ventre']) {
    assert.equal(await answerText(page, QUESTION[id]), 'Non', id);
  }
  const report = page.getByRole('list', { name: deskUi.report_heading });
  const reportText = questionnaire.item.find((i) => i.linkId === 'anticoagulant').extension[0].valueString;
  await report.getByRole('listitem').filter({ hasText: reportText }).waitFor();
  assert.equal(await page.getByRole('heading', { name: deskUi.go_over_heading }).count(), 0, 'no "Je ne sais pas"');

  // On paper: the answers, the summary and the check code; no button, no status line.
  const printed = plain(execFileSync('pdftotext', ['-raw', '-', '-'], { input: await page.pdf({ format: 'A4' }), encoding: 'utf8' })).replace(/- /g, '-');
  for (const text of [QUESTION.anticoagulant, 'Kardégic, Eliquis', 'RDR6', plain(deskUi.not_signed).slice(0, 30)]) {
    assert.ok(printed.includes(plain(text)), `printed: ${text}`);
  }
  for (const text of [deskUi.save, deskUi.clear, deskUi.card_button, deskUi.read]) {
    assert.ok(!printed.includes(plain(text)), `not printed: ${text}`);
  }

  // The FHIR file: the patient's own export for the same answers, apart from the time.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: deskUi.save }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'reponses-cimentoplastie-2026-03-14.json');
  const desk = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.match(desk.authored, /^2026-03-14T09:26:00[+-]\d\d:\d\d$/, 'the answers’ local time with its offset');
  const own = await patientsOwnExport();
  assert.deepEqual({ ...desk, authored: null }, { ...own, authored: null });

  // The next patient: the answers go, the page says so, the focus back at the top.
  await page.getByRole('button', { name: deskUi.clear }).click();
  await statusSays(page, `${deskUi.cleared} ${deskUi.ready}`);
  assert.equal(await answersHeading(page).count(), 0);
  assert.equal(await page.getByText('Kardégic, Eliquis').count(), 0, 'no answer left on the page');
  await focusReaches(page, deskUi.title, 'the focus on the heading');
  await assertNothingStored(page);
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an AZERTY scanner on a QWERTY computer at 50 ms with no Enter, and both ways with Caps Lock on (Tab, Enter): the same answers', async () => {
  const { page, context, cdp } = await openDesk();
  const scans = [
    ['AZERTY on QWERTY, 50 ms, pause', keysOf(TYPICAL.keys_azerty_scanner_on_qwerty), 50, null],
    ['AZERTY on QWERTY, Caps Lock, 5 ms, Tab', withCapsLock(keysOf(TYPICAL.keys_azerty_scanner_on_qwerty)), 5, 'Tab'],
    ['QWERTY on AZERTY, Caps Lock, 50 ms, Enter', withCapsLock(keysOf(TYPICAL.keys_qwerty_scanner_on_azerty)), 50, 'Enter'],
  ];
  for (const [what, keys, gap, end] of scans) {
    // The focus on a button: the scan's Enter must not press it.
    if (end === 'Enter') await page.getByRole('button', { name: deskUi.card_button }).focus();
    const started = performance.now();
    await scan(cdp, keys, gap, end);
    await page.getByText(checkLine('RDR6'), { exact: true }).waitFor();
    assert.equal(await answerText(page, QUESTION.anticoagulant), `Oui ${ui.outcome_flag_marker}`, what);
    assert.equal(await page.getByRole('heading', { name: deskUi.card_title }).count(), 0, `${what}: no button pressed`);
    console.log(`desk: ${what}: read in ${Math.round(performance.now() - started)} ms`);
    await page.getByRole('button', { name: deskUi.clear }).click();
    await statusSays(page, `${deskUi.cleared} ${deskUi.ready}`);
  }
  await assertNothingStored(page);
  await context.close();
});

test('a scan cut short, a URL and another version say so; the test card says how the scanner types; keys on a focused button still work', async () => {
  const { page, context, cdp, requests } = await openDesk();
  const keys = keysOf(TYPICAL.keys_qwerty_scanner_on_azerty);
  await scan(cdp, keys.slice(0, Math.floor(keys.length / 2)), 5, null);
  await statusSays(page, deskUi.incomplete);
  await scan(cdp, typedAsIs('https://example.org/cimentoplastie'), 5);
  await statusSays(page, deskUi.not_ours);
  await scan(cdp, typedAsIs(withVersion(TYPICAL.code, '130')), 5);
  await statusSays(page, deskUi.other_version.replace('{version}', '1.3.0'));
  assert.equal(await answersHeading(page).count(), 0);
  // Typing in a text field (none on this page yet: one is added) is left to the field.
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Champ de test');
    document.querySelector('main').append(field);
  });
  await page.getByRole('textbox', { name: 'Champ de test' }).focus();
  await scan(cdp, keysOf(TYPICAL.keys_qwerty_scanner_on_azerty), 5);
  assert.equal((await page.getByRole('textbox', { name: 'Champ de test' }).inputValue()).length, TYPICAL.code.length, 'typed into the field');
  await statusSays(page, deskUi.other_version.replace('{version}', '1.3.0'));
  assert.equal(await answersHeading(page).count(), 0, 'not read as a scan');
  await page.getByRole('textbox', { name: 'Champ de test' }).evaluate((field) => field.remove());

  // The test card: on screen, its QR code holds the card's text (read by an independent decoder).
  await page.getByRole('button', { name: deskUi.card_button }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: deskUi.card_title }).waitFor();
  const image = page.getByRole('img', { name: deskUi.card_image });
  const png = PNG.sync.read(await image.screenshot());
  assert.equal(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, FIXTURES.test_card.code);
  const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe on the test card');
  // Scanned by an AZERTY scanner on this QWERTY computer, Enter at the end.
  await scan(cdp, keysOf(FIXTURES.test_card.keys_azerty_scanner_on_qwerty), 5);
  const status = page.getByRole('status');
  await status.filter({ hasText: 'Le lecteur fonctionne.' }).waitFor();
  const said = plain(await status.innerText());
  assert.ok(said.startsWith(plain(`${deskUi.test_works} ${deskUi.test_azerty_on_qwerty}`)), said);
  assert.ok(said.endsWith(plain(deskUi.test_end_enter)), said);
  const speed = Number(/Vitesse : (\d+) caractères par seconde/.exec(said)?.[1]);
  assert.ok(speed >= 10 && speed <= 210, `the speed measured, about 200 a second at 5 ms: ${speed}`);
  console.log(`desk: test card at 5 ms a character: ${speed} characters per second measured`);
  // Space on a focused button presses it, and is not taken as a scan.
  await page.getByRole('button', { name: deskUi.card_back }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('heading', { level: 1, name: plain(deskUi.title) }).waitFor();
  await assertNothingStored(page);
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
});

test('an English patient’s answers, not reviewed, with Arabic and an emoji typed: in French, as text; every button reached with Tab; axe finds no violation, in the dark theme too', async () => {
  const { page, context, cdp } = await openDesk();
  const english = FIXTURES.codes.accents_emoji_arabic;
  await scan(cdp, typedAsIs(english.code), 5);
  await answersShown(page);
  await page.getByText(`Réponses données en anglais. ${deskUi.language_not_reviewed}`, { exact: true }).waitFor();
  await page.getByText(checkLine(english.check_code), { exact: true }).waitFor();
  assert.equal(english.choices.anticoagulant, 'asked-unknown');
  const shown = { Y: `Oui ${ui.outcome_flag_marker}`, N: 'Non', 'asked-unknown': `Je ne sais pas ${ui.outcome_check_marker}` };
  for (const [id, code] of Object.entries(english.choices)) {
    assert.equal(await answerText(page, QUESTION[id]), shown[code], id);
  }
  assert.equal(await answerText(page, QUESTION['anticoagulant-nom']), english.texts['anticoagulant-nom']);
  const goOver = page.getByRole('list', { name: plain(deskUi.go_over_heading) });
  const unknown = Object.keys(english.choices).filter((id) => english.choices[id] === 'asked-unknown');
  assert.ok(unknown.length >= 2, unknown.join(', '));
  for (const id of unknown) {
    await goOver.getByRole('listitem').filter({ hasText: QUESTION[id] }).waitFor();
  }
  const reached = new Set();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => (document.activeElement.tagName === 'BUTTON' ? document.activeElement.textContent : '')));
  }
  for (const name of [ui.print_button, deskUi.save, deskUi.clear, deskUi.card_button]) {
    assert.ok(reached.has(name), `reached with Tab: ${name} (${[...reached].join(' | ')})`);
  }
  await answersHeading(page).waitFor({ state: 'visible' });
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], colorScheme);
  }
  // Enter on the focused "Effacer / patient suivant" presses it (it is no scan's end).
  await page.getByRole('button', { name: deskUi.clear }).focus();
  await page.keyboard.press('Enter');
  await statusSays(page, `${deskUi.cleared} ${deskUi.ready}`);
  await assertNothingStored(page);
  await context.close();
});

test('in French on an English browser; the page says when it loses the keyboard (a scan would go elsewhere); three minutes without a key or a click erase the answers, with a warning first', async () => {
  const { page, context, cdp } = await openDesk({ clock: true, locale: 'en-GB' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  // Another window, or the address bar, takes the keyboard: said at once, and ready again on return.
  await page.evaluate(() => { document.hasFocus = () => false; window.dispatchEvent(new FocusEvent('blur')); });
  await statusSays(page, deskUi.no_keyboard);
  await page.evaluate(() => { delete document.hasFocus; window.dispatchEvent(new FocusEvent('focus')); });
  await statusSays(page, deskUi.ready);
  await scan(cdp, keysOf(TYPICAL.keys_qwerty_scanner_on_azerty), 5);
  await answersShown(page);
  await page.clock.runFor(151_000);
  await statusSays(page, deskUi.idle_warning.replace('{seconds}', '30'));
  await page.clock.runFor(30_000);
  await statusSays(page, `${deskUi.idle_cleared.replace('{minutes}', '3')} ${deskUi.ready}`);
  assert.equal(await answersHeading(page).count(), 0);
  await assertNothingStored(page);
  await context.close();
});
