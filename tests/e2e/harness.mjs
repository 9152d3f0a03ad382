// Test harness: serves the release build (dist/) on 127.0.0.1, starts Debian's Chromium through
// playwright-core, and records every request a page makes.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { typeOf } from '../../scripts/serving.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
/** The page's contract (src/domain/contract.rs), as the last build wrote it (scripts/post-build.mjs):
 * stored keys, what "clear" erases, the ids, classes, attributes and events of the page. */
export const CONTRACT = JSON.parse(readFileSync(join(ROOT, 'target', 'contract.json'), 'utf8'));
export const STORAGE_KEY = CONTRACT.keys.answers;

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  'tablet landscape': { width: 1024, height: 768 },
  'tablet portrait': { width: 800, height: 1280 },
};

/** Chromium's flags for this closed network, one list for every test and the benchmark: the one
 * wasm-bindgen-test-runner reads for the in-browser tests (webdriver.json). */
export const CHROMIUM_FLAGS = JSON.parse(readFileSync(join(ROOT, 'webdriver.json'), 'utf8'))['goog:chromeOptions'].args;

/** The files of the build, as URL paths ("/index.html", "/cimentoplastie-….wasm"). */
export async function distFiles(dist = DIST) {
  const files = await readdir(dist, { recursive: true, withFileTypes: true });
  return files.filter((f) => f.isFile()).map((f) => '/' + join(f.parentPath ?? f.path, f.name).slice(dist.length + 1));
}

/**
 * A static server for a build folder (dist/ by default), on a free port of 127.0.0.1.
 * options.headers: headers every file is sent with (the deploy's security headers, say).
 */
export async function startServer(dist = DIST, options = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = path === '/' ? '/index.html' : path;
    try {
      if (file.includes('..')) throw new Error('outside dist');
      const body = await readFile(join(dist, file));
      response.writeHead(200, { 'content-type': typeOf(file), ...options.headers });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, dist, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Debian's Chromium, headless, with the flags this closed network needs; options.args adds more (a fake camera). */
export async function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
  });
}

/**
 * Opens the app in a fresh context (its own empty storage).
 * options.viewport: one of VIEWPORTS; options.stored: text put in localStorage before the app starts;
 * options.storage: 'blocked' (localStorage throws) or 'full' (every write throws).
 * options.query: a query string for the address ("?kiosk"); options.clock: true for a controlled clock.
 * options.init: scripts run in every page before its own ({ path }, or [function, argument]).
 * options.locale: the browser's language (default 'fr-FR'); options.voices: language tags of the
 * speech voices the browser offers (a stubbed speechSynthesis that records what is spoken; a tag
 * ending in "+réseau" is a voice that sends the text to a server).
 * Returns { page, context, requests, errors } where requests lists { url, method, afterStart } and
 * errors the page's uncaught errors.
 */
export async function openApp(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: options.viewport ?? VIEWPORTS.phone, locale: options.locale ?? 'fr-FR' });
  const requests = [];
  let started = false;
  context.on('request', (request) => requests.push({ url: request.url(), method: request.method(), afterStart: started }));
  if (options.stored !== undefined) {
    await context.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    }, [STORAGE_KEY, options.stored]);
  }
  if (options.storage === 'blocked') {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
  }
  if (options.storage === 'full') {
    await context.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
    });
  }
  // Every Content-Security-Policy violation the page reports, in window.policyViolations.
  await context.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.policyViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
  // The wasm instance, to read its memory size (Trunk's loader announces it).
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (event) => { window.appWasm = event.detail.wasm; });
  });
  if (options.voices) await context.addInitScript(speechStub, { tags: options.voices });
  // options.init: more scripts run in the page before its own ({ path } or [function, argument]).
  for (const script of options.init ?? []) await (Array.isArray(script) ? context.addInitScript(...script) : context.addInitScript(script));
  if (options.clock) await context.clock.install();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(origin + '/' + (options.query ?? '') + (options.hash ?? ''));
  await appStarted(page);
  started = true;
  return { page, context, requests, errors };
}

/**
 * Checks the privacy promise on what a page requested: nothing to another origin, and after
 * the app started nothing but the build's own static files, never with a query string.
 */
export async function assertOnlyOwnStaticFiles(requests, origin, assert, dist = DIST) {
  const own = new Set(await distFiles(dist));
  assert.ok(requests.length > 0, 'no request was recorded');
  for (const { url, method, afterStart } of requests) {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') continue;
    assert.equal(parsed.origin, origin, `request to another origin: ${url}`);
    assert.equal(method, 'GET', `non-GET request: ${method} ${url}`);
    if (afterStart) {
      const path = parsed.pathname === '/' ? '/index.html' : parsed.pathname;
      assert.ok(own.has(path), `request after start for something not in the build: ${url}`);
      assert.equal(parsed.search, '', `request after start carries a query string: ${url}`);
    }
  }
}

/**
 * Waits until the app has taken over from the sheet pre-rendered in index.html (which shows the
 * same headings before any script runs): after a load or reload, what follows is the app's doing.
 */
export async function appStarted(page) {
  await page.waitForFunction((id) => !document.getElementById(id), CONTRACT.ids.firstScreen);
}

/** The app's localStorage entries, as an object. */
export async function storedEntries(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/** The Content-Security-Policy violations the page reported so far. */
export async function policyViolations(page) {
  return page.evaluate(() => window.policyViolations);
}

/**
 * Runs in the page: a speechSynthesis with the given voices that speaks nothing but records each
 * utterance in window.spoken ({ text, lang }) and counts cancellations in window.speechCancelled;
 * window.finishSpeaking() ends the current utterance as a real voice would.
 */
/**
 * Runs in the page: a stubbed speechSynthesis offering voices for `tags` that records what it
 * speaks. With `late`, it has no voice until `window.announceVoices()`, which then fires
 * "voiceschanged", as Chrome does when its voices load a moment after the page.
 */
export function speechStub({ tags, late = false }) {
  // A tag ending in "+réseau" is a voice that speaks through a server (localService false).
  const voices = tags.map((tag, i) => {
    const lang = tag.replace('+réseau', '');
    return { lang, name: `Voix ${tag}`, voiceURI: tag, default: i === 0, localService: !tag.endsWith('+réseau') };
  });
  let announced = !late;
  const listeners = [];
  window.spoken = [];
  window.speechCancelled = 0;
  let current = null;
  const end = () => { const u = current; current = null; u?.onend?.(new Event('end')); };
  const synthesis = {
    getVoices: () => (announced ? voices : []),
    speak(u) { current = u; window.spoken.push({ text: u.text, lang: u.lang }); },
    cancel() { window.speechCancelled += 1; end(); },
    pause() {}, resume() {},
    addEventListener(type, listener) { if (type === 'voiceschanged') listeners.push(listener); },
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.onend = null; } };
  window.finishSpeaking = end;
  window.announceVoices = () => { announced = true; for (const listener of listeners) listener(new Event('voiceschanged')); };
}

/** Each question's text by linkId, in the language of `code`. */
export function questionTexts(code = 'fr') {
  return Object.fromEntries(contentOf(code).questionnaire.item.filter((i) => i.type !== 'display').map((i) => [i.linkId, i.text]));
}

/** The content files of a language, as the app reads them: { ui, sheet, questionnaire, glossary }. */
export function contentOf(code) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', code);
  const read = (name) => JSON.parse(readFileSync(join(root, name), 'utf8'));
  const languages = JSON.parse(readFileSync(join(root, '..', 'languages.json'), 'utf8')).languages;
  return {
    ui: read('ui.json'), sheet: read('sheet.json'), questionnaire: read('questionnaire.json'), glossary: read('glossary.json'),
    info: languages.find((l) => l.code === code),
  };
}

/** The reception desk's texts (`content/desk.json`, French only), as its page reads them. */
export function deskText() {
  return JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', 'desk.json'), 'utf8'));
}

/**
 * Waits until the focus is on the element whose text is `text` (the app moves it in the frame after
 * it draws the screen); fails saying where the focus is.
 */
export async function focusReaches(page, text, what) {
  const squash = (t) => t.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const wanted = squash(text);
  await page.waitForFunction((w) => ((document.activeElement && document.activeElement.textContent) || '').replace(/[\s\u00a0\u202f]+/g, ' ').trim() === w, wanted, { timeout: 10000 })
    .catch(() => {});
  const actual = squash(await page.evaluate(() => document.activeElement.textContent));
  if (actual !== wanted) throw new Error(`${what}: the focus is on « ${actual.slice(0, 80)} », not « ${wanted} »`);
}

/** Answers stored as the app stores them (format 1, the French questionnaire), saved a minute ago, on `route`. */
export function storedSession(answers, route) {
  const { questionnaire } = contentOf('fr');
  return JSON.stringify({
    format: 1, questionnaire: questionnaire.url, questionnaire_version: questionnaire.version,
    saved_at_ms: Date.now() - 60_000, route, answers,
  });
}

/** « Non » to every question asked of everyone (the follow-up comes only after « Oui » or « Je ne sais pas »). */
export const ALL_NO = Object.fromEntries(contentOf('fr').questionnaire.item.filter((i) => i.type === 'choice').map((i) => [i.linkId, { choice: 'N' }]));

/** Whether the first characters of `locator`'s text are drawn to the left of its last ones. */
export const readsLeftToRight = (locator) => locator.evaluate((el) => {
  const text = el.firstChild;
  const box = (from, to) => { const r = document.createRange(); r.setStart(text, from); r.setEnd(text, to); return r.getBoundingClientRect(); };
  return box(0, 2).left < box(text.length - 2, text.length).left;
});
