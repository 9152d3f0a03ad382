// The reception desk's camera (« Lire avec la caméra »), in Chromium with a fake camera filming
// the patient's QR code: a screenshot of the outcome page's « Montrer mes réponses à l’accueil »,
// made into a .y4m video. Read by the decoder worker (desk-camera/, wasm), the browser's
// BarcodeDetector hidden; and by a BarcodeDetector (stood in for by jsQR), when the decoder is never
// fetched. The desk shows the same answers and check code, the camera is stopped after the read,
// on « Arrêter la caméra » and when the page is hidden; a refusal and a decoder that cannot load
// are said in words. The camera's files are fetched only on the desk's press, never on a patient's
// pages, nor kept by the service worker. The site is served with the deploy's security headers (its
// Content-Security-Policy, a Permissions-Policy that allows the camera).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import { DIST, startServer, launchBrowser, openApp, assertOnlyOwnStaticFiles, policyViolations, contentOf, deskText, focusReaches } from './harness.mjs';
import { securityHeaders } from '../../scripts/server-config.mjs';


const { ui, questionnaire } = contentOf('fr');
const deskUi = deskText();
const QUESTION = Object.fromEntries(questionnaire.item.map((i) => [i.linkId, i.text]));
/** The patient's answers (choice labels by linkId; a string for the medicine name). */
const ANSWERS = {
  grossesse: 'Non', anticoagulant: 'Oui', 'anticoagulant-nom': 'Kardégic 75', saignement: 'Non', plaquettes: 'Non',
  anesthesie: 'Je ne sais pas', 'allergie-methylmethacrylate': 'Non', 'position-ventre': 'Non',
};
/** The camera's files in the build: the script the desk's press loads, the worker, the decoder's glue and wasm. */
const CAMERA_FILE = /\/desk-camera[-.]/;
const DECODER_FILE = /\/desk-camera-(worker-)?[0-9a-f]+(_bg\.wasm|\.js)$/;
/**
 * The camera's files among `requests`, each once (a file the page asks for is also seen fetched by
 * the service worker, once it controls the page: it passes them through, keeping none).
 */
const cameraFiles = (requests) => [...new Set(requests.map((r) => new URL(r.url).pathname).filter((p) => CAMERA_FILE.test(p)))];
/** The fake camera's picture. */
const WIDTH = 640;
const HEIGHT = 480;

const plain = (text) => text.replace(/\s+/g, ' ').trim();
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tmp = mkdtempSync(join(tmpdir(), 'desk-camera-'));
/** The deploy's headers (scripts/server-config.mjs), but HSTS, which means nothing over plain HTTP. */
const headers = Object.fromEntries(securityHeaders(DIST).filter(([name]) => name !== 'Strict-Transport-Security'));

let server;
let browser;
let camera;
let patient;
before(async () => {
  server = await startServer(DIST, { headers });
  browser = await launchBrowser();
  patient = await showPatientsCode();
  const y4m = join(tmp, 'code.y4m');
  writeFileSync(y4m, y4mOf(patient.png));
  camera = await launchBrowser({
    args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${y4m}`],
  });
});
after(async () => {
  await camera?.close();
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A patient answers, opens « Montrer mes réponses à l’accueil »: the QR code's screenshot and the check code shown. */
async function showPatientsCode() {
  const { page, context, requests } = await openApp(browser, server.origin);
  await page.getByRole('link', { name: ui.sheet_start_button }).click();
  await page.getByRole('button', { name: ui.start_button }).click();
  for (const item of questionnaire.item.filter((i) => i.type !== 'display')) {
    const choice = ANSWERS[item.linkId];
    await page.getByRole('heading', { level: 1, name: item.text }).waitFor();
    if (item.type === 'string') await page.getByRole('textbox', { name: item.text }).fill(choice);
    else await page.getByRole('radio', { name: choice, exact: true }).check();
    await page.getByRole('button', { name: ui.continue_button }).click();
  }
  await page.getByRole('button', { name: ui.check_continue }).click();
  await page.getByRole('button', { name: ui.desk_qr_button }).click();
  const png = PNG.sync.read(await page.getByRole('img', { name: ui.desk_qr_image }).screenshot());
  const checkLine = await page.getByText(new RegExp(`^${escape(ui.desk_qr_check_label)}`)).innerText();
  // Shown spaced (« M C C V »), then for screen readers one by one.
  const check = checkLine.slice(ui.desk_qr_check_label.length).split('\n')[0].replace(/\s+/g, '');
  assert.match(check, /^[0-9A-Z]{4}$/, `the check code on the patient's screen: ${checkLine}`);
  // A patient's pages never ask for the camera's files.
  assert.deepEqual(cameraFiles(requests), []);
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
  return { png, check };
}

/**
 * A short YUV4MPEG2 video (what Chromium's fake camera plays, in a loop) of the screenshot on a
 * white 640 × 480 picture, centred: one header line, then frames of Y, U and V planes (4:2:0).
 */
function y4mOf(png) {
  const y = Buffer.alloc(WIDTH * HEIGHT, 255);
  const u = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const v = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  assert.ok(png.width <= WIDTH && png.height <= HEIGHT, `the code fits the picture: ${png.width}×${png.height}`);
  const left = Math.floor((WIDTH - png.width) / 2);
  const top = Math.floor((HEIGHT - png.height) / 2);
  for (let row = 0; row < png.height; row += 1) {
    for (let col = 0; col < png.width; col += 1) {
      const i = (row * png.width + col) * 4;
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      const [x, yy] = [left + col, top + row];
      // Full-range BT.601 (C420jpeg), chroma from the top-left pixel of each 2 × 2 block.
      y[yy * WIDTH + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      if (x % 2 === 0 && yy % 2 === 0) {
        const c = (yy / 2) * (WIDTH / 2) + x / 2;
        u[c] = Math.max(0, Math.min(255, Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)));
        v[c] = Math.max(0, Math.min(255, Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b)));
      }
    }
  }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, u, v]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F30:1 Ip A1:1 C420jpeg\n`), ...Array(10).fill(frame)]);
}

/** Runs in the page: keeps every camera stream the page gets (window.cameraStreams), to see it stopped. */
function recordStreams() {
  window.cameraStreams = [];
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await getUserMedia(constraints);
    window.cameraStreams.push(stream);
    return stream;
  };
}

/** Runs in the page: no BarcodeDetector, as on Windows, Linux, Firefox and Safari. */
function withoutBarcodeDetector() {
  delete window.BarcodeDetector;
}

/**
 * Runs in the page: a BarcodeDetector that reads QR codes, as Chrome's on Android and macOS, here
 * with jsQR (loaded before it); `finds` false makes one that never finds any.
 */
function jsQrBarcodeDetector(finds) {
  window.BarcodeDetector = class {
    static async getSupportedFormats() { return ['qr_code', 'ean_13']; }
    constructor(options) { window.detectorFormats = options.formats; }
    async detect(video) {
      const canvas = document.createElement('canvas');
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      const context = canvas.getContext('2d');
      context.drawImage(video, 0, 0);
      const found = window.jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
      return found && finds ? [{ format: 'qr_code', rawValue: found.data }] : [];
    }
  };
}

/** Opens the desk's page with the fake camera; `init`: scripts run before the page's own. */
async function openDesk(init, origin = server.origin) {
  const opened = await openApp(camera, origin, { query: '?accueil', viewport: { width: 1280, height: 900 }, init: [[recordStreams], ...init] });
  await opened.page.getByRole('heading', { level: 1, name: plain(deskUi.title) }).waitFor();
  return opened;
}

/** Waits until the status line says `text`. */
async function statusSays(page, text) {
  const said = new RegExp(`^\\s*${escape(plain(text)).replace(/ /g, '\\s+')}\\s*$`);
  try {
    await page.getByRole('status').filter({ hasText: said }).waitFor({ timeout: 20_000 });
  } catch {
    assert.fail(`the status line does not say « ${text} »: ${await page.getByRole('status').allInnerTexts()}`);
  }
}

/** The camera's streams: how many the page got, and whether every track of each is stopped. */
const streams = (page) => page.evaluate(() => ({
  count: window.cameraStreams.length,
  stopped: window.cameraStreams.every((s) => s.getTracks().every((t) => t.readyState === 'ended')),
}));
const picture = (page) => page.getByLabel(deskUi.camera_preview);
const startButton = (page) => page.getByRole('button', { name: deskUi.camera_start, exact: true });
const stopButton = (page) => page.getByRole('button', { name: deskUi.camera_stop, exact: true });

/** The answer cell of the row of `question` in the desk's table of answers, as text. */
const answerText = async (page, question) => plain(await page.getByRole('row')
  .filter({ has: page.getByRole('rowheader', { name: question, exact: true }) }).getByRole('cell').textContent());

/** The desk shows the patient's answers, in French, with the check code the patient's screen showed. */
async function assertSameAnswers(page) {
  await page.getByRole('heading', { level: 2, name: deskUi.answers_title }).waitFor();
  await statusSays(page, deskUi.read);
  await page.getByText(deskUi.check.replace('{code}', patient.check), { exact: true }).waitFor();
  assert.equal(await answerText(page, QUESTION['anticoagulant-nom']), 'Kardégic 75');
  assert.equal(await answerText(page, QUESTION.anticoagulant), `Oui ${ui.outcome_flag_marker}`);
  assert.match(await answerText(page, QUESTION.anesthesie), /^Je ne sais pas/);
  for (const id of ['grossesse', 'saignement', 'plaquettes', 'allergie-methylmethacrylate', 'position-ventre']) {
    assert.equal(await answerText(page, QUESTION[id]), 'Non', id);
  }
}

/** The camera is off: its stream stopped (every track), its picture gone, the button back. */
async function assertCameraStopped(page, count = 1) {
  await startButton(page).waitFor();
  assert.deepEqual(await streams(page), { count, stopped: true }, 'every track of the camera stopped');
  assert.equal(await picture(page).count(), 0, 'the camera’s picture is gone');
}

test('without BarcodeDetector: « Lire avec la caméra » reads the patient’s QR code with the decoder, fetched only then; the same answers; the camera stopped', async () => {
  const { page, context, requests, errors } = await openDesk([[withoutBarcodeDetector]]);
  const hasDetector = await page.evaluate(() => 'BarcodeDetector' in window);
  assert.equal(hasDetector, false);
  // Nothing of the camera before the press.
  assert.deepEqual(cameraFiles(requests), [], 'no camera file before the press');
  assert.equal(await picture(page).count(), 0);
  const before = requests.length;
  const started = Date.now();
  await startButton(page).click();
  await assertSameAnswers(page);
  const took = Date.now() - started;
  await assertCameraStopped(page);
  await focusReaches(page, deskUi.answers_title, 'the focus on the answers');
  // On paper, the answers without the camera's button.
  const printed = plain(execFileSync('pdftotext', ['-raw', '-', '-'], { input: await page.pdf({ format: 'A4' }), encoding: 'utf8' }));
  assert.ok(printed.includes('Kardégic 75') && !printed.includes(plain(deskUi.camera_start)), 'printed: the answers, not the camera');

  const fetched = cameraFiles(requests.slice(before));
  assert.ok(fetched.includes('/desk-camera.js'), `the camera script: ${fetched}`);
  assert.ok(fetched.some((p) => /^\/desk-camera-worker-[0-9a-f]+\.js$/.test(p)), `the decoder's worker: ${fetched}`);
  assert.ok(fetched.some((p) => /^\/desk-camera-[0-9a-f]+_bg\.wasm$/.test(p)), `the decoder's wasm: ${fetched}`);
  console.log(`read by the decoder worker ${took} ms after the press; fetched then: ${fetched.join(', ')}`);
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  assert.deepEqual(await policyViolations(page), [], 'nothing refused by the Content-Security-Policy');
  assert.deepEqual(errors, []);

  // The decoder's time for one 640 × 480 frame of this picture (RGBA, as the camera script sends it).
  const worker = fetched.find((p) => p.startsWith('/desk-camera-worker-'));
  const times = await page.evaluate(async ([worker, width, height]) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    const decoder = new Worker(worker);
    const ask = (frame) => new Promise((resolve) => { decoder.onmessage = (e) => resolve(e.data); decoder.postMessage(frame); });
    const stream = await navigator.mediaDevices.getUserMedia({ video: { width, height } });
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = stream;
    await video.play();
    context.drawImage(video, 0, 0, width, height);
    for (const track of stream.getTracks()) track.stop();
    const frame = context.getImageData(0, 0, width, height);
    const result = [];
    for (let i = 0; i < 8; i += 1) {
      const t0 = performance.now();
      const answer = await ask(frame);
      result.push({ ms: performance.now() - t0, read: typeof answer.text === 'string' });
    }
    decoder.terminate();
    return result;
  }, [worker, WIDTH, HEIGHT]);
  assert.ok(times.every((t) => t.read), 'every frame read');
  const warm = times.slice(1).map((t) => t.ms).sort((a, b) => a - b);
  console.log(`decoding one ${WIDTH}×${HEIGHT} frame in the worker: first ${times[0].ms.toFixed(1)} ms (with the wasm's start), then median ${warm[Math.floor(warm.length / 2)].toFixed(1)} ms`);
  await context.close();
});

test('with a BarcodeDetector that reads QR codes: the same answers, and the decoder is never fetched', async () => {
  const { page, context, requests, errors } = await openDesk([{ path: 'node_modules/jsqr/dist/jsQR.js' }, [jsQrBarcodeDetector, true]]);
  await startButton(page).click();
  await assertSameAnswers(page);
  await assertCameraStopped(page);
  assert.deepEqual(await page.evaluate(() => window.detectorFormats), ['qr_code']);
  const fetched = cameraFiles(requests);
  assert.deepEqual(fetched, ['/desk-camera.js'], 'the camera script only: no worker, no wasm');
  assert.deepEqual(await policyViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('« Arrêter la caméra » and a hidden page stop the camera, every track, and the page says so', async () => {
  const { page, context } = await openDesk([{ path: 'node_modules/jsqr/dist/jsQR.js' }, [jsQrBarcodeDetector, false]]);
  await startButton(page).click();
  await statusSays(page, deskUi.camera_aim);
  await picture(page).waitFor();
  assert.equal(await picture(page).evaluate((video) => video.srcObject.active), true, 'the camera runs while it reads');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], 'axe, the camera reading');
  await stopButton(page).click();
  await statusSays(page, deskUi.camera_stopped);
  await assertCameraStopped(page, 1);

  // Again, then the page hidden (another tab, the computer locked).
  await startButton(page).click();
  await statusSays(page, deskUi.camera_aim);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await statusSays(page, deskUi.camera_stopped);
  await assertCameraStopped(page, 2);
  await context.close();
});

test('the camera refused, and a decoder that cannot load, are said in words; the camera is stopped', async () => {
  const refused = await openDesk([[() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  }]]);
  await startButton(refused.page).click();
  await statusSays(refused.page, deskUi.camera_error_refused);
  await startButton(refused.page).waitFor();
  await refused.context.close();

  // A site whose decoder wasm is missing (a copy of the build without it).
  const site = join(tmp, 'site');
  cpSync(DIST, site, { recursive: true });
  for (const file of readdirSync(site).filter((f) => /^desk-camera-[0-9a-f]+_bg\.wasm/.test(f))) rmSync(join(site, file));
  const broken = await startServer(site, { headers });
  try {
    const { page, context } = await openDesk([[withoutBarcodeDetector]], broken.origin);
    await startButton(page).click();
    await statusSays(page, deskUi.camera_error_decoder);
    await assertCameraStopped(page);
    await context.close();
  } finally {
    await broken.close();
  }
});

test('the service worker keeps none of the camera’s files, and index.html names none', () => {
  const files = readdirSync(DIST).filter((f) => CAMERA_FILE.test(`/${f}`) && !/\.(br|gz)$/.test(f));
  assert.ok(files.includes('desk-camera.js') && files.some((f) => f.endsWith('_bg.wasm')), `the camera's files are built: ${files}`);
  const precached = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const file of files) {
    assert.ok(!precached.includes(`/${file}`), `sw.js precaches ${file}`);
    assert.ok(!html.includes(file), `index.html names ${file}`);
  }
  assert.ok(DECODER_FILE.test(`/${files.find((f) => f.endsWith('_bg.wasm'))}`));
});
