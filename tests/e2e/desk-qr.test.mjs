// The desk code on the patient's side: « Montrer mes réponses à l’accueil » shows the answers as a
// QR code, read here by an independent decoder (jsQR, not the app's own) and checked field by field
// against the format documented in src/domain/desk_code.rs; its size, quiet zone and colours in
// every theme; hidden again with the page; on the printed page; at the kiosk, in English too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { startServer, launchBrowser, openApp, assertOnlyOwnStaticFiles, contentOf } from './harness.mjs';

const fr = contentOf('fr');
const en = contentOf('en');
const UI = fr.ui;
/** One CSS millimetre in CSS pixels. */
const MM = 96 / 25.4;

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const ANSWERS = {
  grossesse: 'Non', anticoagulant: 'Oui', 'anticoagulant-nom': 'Kardégic 75', saignement: 'Non', plaquettes: 'Non',
  anesthesie: 'Je ne sais pas', 'allergie-methylmethacrylate': 'Non', 'position-ventre': 'Non',
};

/** Answers every question (choice labels by linkId; a string for the medicine name) and opens the outcome. */
async function reachOutcome(page, choices = ANSWERS) {
  await page.getByRole('link', { name: UI.sheet_start_button }).click();
  await page.getByRole('button', { name: UI.start_button }).click();
  for (const item of fr.questionnaire.item.filter((i) => i.type !== 'display')) {
    const choice = choices[item.linkId];
    if (choice === undefined) continue;
    await page.getByRole('heading', { level: 1, name: item.text }).waitFor();
    if (item.type === 'string') await page.getByRole('textbox', { name: item.text }).fill(choice);
    else await page.getByRole('radio', { name: choice, exact: true }).check();
    await page.getByRole('button', { name: UI.continue_button }).click();
  }
  await page.getByRole('button', { name: UI.check_continue }).click();
  await page.getByRole('heading', { level: 1, name: UI.outcome_title }).waitFor();
}

const B36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const C32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A desk code read as the table in src/domain/desk_code.rs says, written independently of the app's decoder. */
function readDeskCode(text) {
  assert.match(text, /^[0-9A-Z]+$/, 'digits and capitals only');
  let at = 0;
  const take = (n) => { assert.ok(at + n <= text.length, `cut short at ${at}`); at += n; return text.slice(at - n, at); };
  const number = (digits, alphabet) => [...digits].reduce((n, c) => n * alphabet.length + alphabet.indexOf(c), 0);
  const code = {
    prefix: take(4), questionnaire: take(4), version: [...take(3)].map((c) => B36.indexOf(c)).join('.'),
    written: take(12), language: take(3),
  };
  code.choices = take(B36.indexOf(take(1)));
  code.texts = [];
  for (let count = B36.indexOf(take(1)); count > 0; count -= 1) {
    const bits = [...take(number(take(2), B36))].map((c) => C32.indexOf(c).toString(2).padStart(5, '0')).join('');
    const bytes = bits.match(/.{8}/g) ?? [];
    code.texts.push(Buffer.from(bytes.map((b) => parseInt(b, 2))).toString('utf8'));
  }
  code.check = take(4);
  assert.equal(at, text.length, 'the checksum ends the code');
  const crc = crc32(text.slice(0, -4)) & 0xfffff;
  assert.equal(code.check, [15, 10, 5, 0].map((shift) => C32[(crc >> shift) & 31]).join(''), 'CRC-32 of the rest');
  return code;
}

/** The choice digits the format gives these answers: per choice item, the option's index + 1 in B36, 0 if unanswered. */
function expectedChoices(choices) {
  return fr.questionnaire.item.filter((i) => i.type === 'choice').map((item) => {
    const label = choices[item.linkId];
    return label === undefined ? '0' : B36[item.answerOption.findIndex((o) => o.valueCoding.display === label) + 1];
  }).join('');
}

/** A screenshot of the element read by jsQR (dark modules on a light ground only: no inverted reading). */
async function readQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: 'dontInvert' });
  assert.ok(found, 'jsQR reads the code');
  return { text: found.data, png };
}

/** The grey level of a pixel (0 black, 255 white). */
const grey = (png, x, y) => { const i = (png.width * Math.round(y) + Math.round(x)) * 4; return (png.data[i] + png.data[i + 1] + png.data[i + 2]) / 3; };

/** Checks a screenshot of the code: only black and white pixels, and the 4-module white margin. */
function assertBlackOnWhite(png, modules, what) {
  let other = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const g = (png.data[i] + png.data[i + 1] + png.data[i + 2]) / 3;
    if (g > 40 && g < 215) other += 1;
  }
  assert.ok(other / (png.width * png.height) < 0.01, `${what}: ${other} pixels neither black nor white`);
  const module = png.width / modules;
  // (The screenshot's outermost pixels may blend with the page: the element sits between pixels.)
  const zone = 4 * module - 1;
  for (let t = 1; t < png.width - 1; t += 1) {
    for (const d of [1, Math.floor(zone / 2), Math.floor(zone)]) {
      for (const [x, y] of [[t, d], [d, t], [t, png.height - 1 - d], [png.width - 1 - d, t]]) {
        if (y < png.height) assert.ok(grey(png, x, y) > 215, `${what}: white quiet zone at (${x}, ${y}): ${grey(png, x, y)}; ${png.width}×${png.height}`);
      }
    }
  }
  // The finder pattern's corner starts right after the quiet zone.
  assert.ok(grey(png, 4.5 * module, 4.5 * module) < 40, `${what}: black finder pattern after 4 white modules`);
}

/** The code's side in modules, quiet zone included (its SVG's viewBox). */
const modulesOf = (img) => img.evaluate((el) => Number(el.querySelector('svg').getAttribute('viewBox').split(' ')[2]));

test('at 360 px, « Montrer mes réponses à l’accueil » shows a QR code jsQR reads: the answers given, its check code on the page, 40 mm or more', async () => {
  const { page, context, requests } = await openApp(browser, server.origin);
  await reachOutcome(page);
  const button = page.getByRole('button', { name: UI.desk_qr_button });
  const img = page.getByRole('img', { name: UI.desk_qr_image });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await img.isVisible(), false, 'hidden until asked for');
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
  assert.ok(await panel.isVisible(), 'the button controls the panel shown');
  await page.getByText(UI.desk_qr_instruction).waitFor();

  const { text, png } = await readQr(img);
  const code = readDeskCode(text);
  assert.equal(code.prefix, 'CIM1');
  assert.equal(code.version, fr.questionnaire.version);
  assert.equal(code.language, 'FR1', 'French, the reviewed source');
  assert.equal(code.choices, expectedChoices(ANSWERS));
  assert.deepEqual(code.texts, ['Kardégic 75']);
  const [, y, mo, d, h, mi] = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)$/.exec(code.written).map(Number);
  assert.ok(Math.abs(new Date(y, mo - 1, d, h, mi) - Date.now()) < 10 * 60_000, `written at the local time of the answers: ${code.written}`);
  console.log(`desk code: ${text.length} characters, QR ${png.width} px for ${await modulesOf(img)} modules`);

  // The check code: the code's last four characters, spaced for reading aloud, and one by one for screen readers.
  const checkLine = page.getByText(new RegExp(`^${UI.desk_qr_check_label}`));
  const shown = await checkLine.innerText();
  assert.ok(shown.includes(`${UI.desk_qr_check_label} ${[...code.check].join(' ')}`), `shown: ${shown}`);
  const spoken = (await checkLine.ariaSnapshot()).replace(/\s+/g, ' ');
  assert.ok(spoken.endsWith(`${UI.desk_qr_check_label.replace(/\s+/g, ' ')} ${[...code.check].join(', ')}"`), `read out: ${spoken}`);
  await page.getByText(UI.desk_qr_check_hint).waitFor();

  // At least 40 mm on screen, square, whole inside the phone's width, with its quiet zone.
  const box = await img.boundingBox();
  assert.ok(box.width >= 40 * MM, `${(box.width / MM).toFixed(1)} mm wide`);
  assert.ok(Math.abs(box.width - box.height) < 1.5, 'square');
  assert.ok(box.x >= 0 && box.x + box.width <= 360, 'inside the screen');
  assertBlackOnWhite(png, await modulesOf(img), 'light theme');

  // « Masquer le code » hides it, and the focus goes back to the button.
  await page.getByRole('button', { name: UI.desk_qr_hide }).click();
  assert.equal(await img.isVisible(), false);
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.ok(await button.evaluate((el) => el === document.activeElement), 'focus on the button');
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
});

test('at 320 px with text at 150 %, the code still fills the width, 40 mm or more, and is read', async () => {
  const { page, context } = await openApp(browser, server.origin, { viewport: { width: 320, height: 640 } });
  await page.getByRole('button', { name: '150 %' }).click();
  await reachOutcome(page);
  await page.getByRole('button', { name: UI.desk_qr_button }).click();
  const img = page.getByRole('img', { name: UI.desk_qr_image });
  const box = await img.boundingBox();
  assert.ok(box.width >= 40 * MM && box.x >= 0 && box.x + box.width <= 320, `${box.x}–${box.x + box.width} px`);
  assert.ok(box.width >= 280, `as wide as the page allows: ${box.width} px`);
  assert.equal(readDeskCode((await readQr(img)).text).choices, expectedChoices(ANSWERS));
  await context.close();
});

test('the code hides when the page is hidden or left, and when the patient leaves the outcome page', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await reachOutcome(page);
  const button = page.getByRole('button', { name: UI.desk_qr_button });
  const img = page.getByRole('img', { name: UI.desk_qr_image });
  /** The page's visibility as the browser reports it when the phone is locked or another app shown. */
  const setHidden = (hidden) => page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
    Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, hidden);

  await button.click();
  await img.waitFor();
  await setHidden(false);
  assert.ok(await img.isVisible(), 'a change to visible keeps it');
  await setHidden(true);
  await img.waitFor({ state: 'hidden' });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await setHidden(false);
  assert.equal(await img.isVisible(), false, 'still hidden when the patient comes back');

  await button.click();
  await img.waitFor();
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await img.waitFor({ state: 'hidden' });

  await button.click();
  await img.waitFor();
  await page.getByRole('link', { name: UI.outcome_change }).click();
  await page.getByRole('heading', { level: 1, name: UI.check_title }).waitFor();
  assert.equal(await img.count(), 0, 'gone with the outcome page');
  await page.getByRole('button', { name: UI.check_continue }).click();
  await page.getByRole('heading', { level: 1, name: UI.outcome_title }).waitFor();
  assert.equal(await img.isVisible(), false, 'hidden when the patient comes back');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await context.close();
});

test('black on white in the dark theme and in forced colours, and still read', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await reachOutcome(page);
  await page.getByRole('button', { name: UI.desk_qr_button }).click();
  const img = page.getByRole('img', { name: UI.desk_qr_image });
  const light = (await readQr(img)).text;
  for (const [what, media] of [
    ['dark theme', { colorScheme: 'dark' }],
    ['forced colours, dark', { colorScheme: 'dark', forcedColors: 'active' }],
    ['forced colours, light', { colorScheme: 'light', forcedColors: 'active' }],
  ]) {
    await page.emulateMedia(media);
    // The page itself is dark there: the white is the code's own.
    if (media.colorScheme === 'dark' && !media.forcedColors) {
      const ground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.notEqual(ground, 'rgb(255, 255, 255)', 'a dark page');
    }
    const { text, png } = await readQr(img);
    assert.equal(text, light, `${what}: the same code`);
    assertBlackOnWhite(png, await modulesOf(img), what);
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  }
  await context.close();
});

test('the printed page carries the same QR code and check code, panel opened or not, at least 40 mm wide, on one page', async () => {
  const { page, context } = await openApp(browser, server.origin);
  await reachOutcome(page);
  const dir = mkdtempSync(join(tmpdir(), 'code-accueil-'));
  writeFileSync(join(dir, 'page.pdf'), await page.pdf({ format: 'A4', printBackground: false }));
  assert.match(execFileSync('pdfinfo', [join(dir, 'page.pdf')], { encoding: 'utf8' }), /Pages:\s+1\n/, 'one page');
  execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')]);
  const png = PNG.sync.read(readFileSync(join(dir, 'page.png')));
  const printed = jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: 'dontInvert' });
  assert.ok(printed, 'jsQR reads the code on the printed page');
  const code = readDeskCode(printed.data);
  assert.equal(code.choices, expectedChoices(ANSWERS));
  assert.deepEqual(code.texts, ['Kardégic 75']);
  // The module grid's width on paper (jsQR gives the finder patterns' centres, 3.5 modules in from the edges).
  const { topLeftFinderPattern: a, topRightFinderPattern: b } = printed.location;
  const modules = 17 + 4 * printed.version;
  const spanMm = (Math.hypot(b.x - a.x, b.y - a.y) * modules / (modules - 7)) / 150 * 25.4;
  const widthMm = spanMm * (modules + 8) / modules;
  assert.ok(widthMm >= 39.5, `${widthMm.toFixed(1)} mm on paper with its quiet zone (the modules ${spanMm.toFixed(1)} mm)`);
  const pdfText = execFileSync('pdftotext', ['-raw', join(dir, 'page.pdf'), '-'], { encoding: 'utf8' });
  assert.ok(pdfText.includes([...code.check].join(' ')), 'the check code printed beside it');

  await page.emulateMedia({ media: 'print' });
  const img = page.getByRole('img', { name: UI.desk_qr_image });
  const box = await img.boundingBox();
  assert.ok(box.width >= 40 * MM, `${(box.width / MM).toFixed(1)} mm wide on paper, quiet zone included`);
  await page.emulateMedia({ media: 'screen' });

  // The same code as on screen.
  await page.getByRole('button', { name: UI.desk_qr_button }).click();
  assert.equal((await readQr(img)).text, printed.data);
  await context.close();
});

test('at the kiosk the button is there too, and in English the code says the language and that it is not reviewed', async () => {
  const { page, context, requests } = await openApp(browser, server.origin, { query: '?kiosk' });
  await page.getByRole('button', { name: UI.welcome_button }).click();
  await reachOutcome(page);
  await page.getByRole('button', { name: UI.desk_qr_button }).click();
  const french = readDeskCode((await readQr(page.getByRole('img', { name: UI.desk_qr_image }))).text);
  assert.equal(french.language, 'FR1');

  await page.getByRole('navigation', { name: UI.language_label }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: en.ui.outcome_title }).waitFor();
  await page.getByRole('button', { name: en.ui.desk_qr_button }).click();
  const img = page.getByRole('img', { name: en.ui.desk_qr_image });
  const english = readDeskCode((await readQr(img)).text);
  assert.equal(english.language, 'EN0', 'English, not reviewed yet');
  assert.equal(english.choices, french.choices, 'the same answers');
  assert.deepEqual(english.texts, french.texts);
  assert.notEqual(english.check, french.check, 'another check code');
  await page.getByText(`${en.ui.desk_qr_check_label} ${[...english.check].join(' ')}`).waitFor();
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
});

test('a medicine text too long for the code: the panel says so plainly and offers the print (home); at the kiosk, this page', async () => {
  // As long as the field takes (200 characters): 200 bytes of UTF-8 or more, 320 Base32 characters,
  // past what a version 13 code holds with the rest of the answers (352 characters in all).
  const maxLength = fr.questionnaire.item.find((i) => i.type === 'string').maxLength;
  const long = 'Kardégic 75 le matin, Plavix 75 le soir, Xarelto 20 une fois par jour, Lovenox en piqûre depuis mon opération du genou. '.repeat(2).slice(0, maxLength);
  for (const kiosk of [false, true]) {
    const { page, context } = await openApp(browser, server.origin, { query: kiosk ? '?kiosk' : '' });
    if (kiosk) await page.getByRole('button', { name: UI.welcome_button }).click();
    await reachOutcome(page, { ...ANSWERS, 'anticoagulant-nom': long });
    await page.getByRole('button', { name: UI.desk_qr_button }).click();
    await page.getByText(kiosk ? UI.desk_qr_too_long_kiosk : UI.desk_qr_too_long).waitFor();
    assert.equal(await page.getByRole('img', { name: UI.desk_qr_image }).count(), 0, 'no code');
    const panel = page.locator(`#${await page.getByRole('button', { name: UI.desk_qr_button }).getAttribute('aria-controls')}`);
    assert.equal(await panel.getByRole('button', { name: UI.print_button }).count(), kiosk ? 0 : 1, 'the print offered at home only');
    await context.close();
  }
});
