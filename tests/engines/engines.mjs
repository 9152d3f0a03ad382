// The three engines patients use, each driven by its own WebDriver: WebKitGTK (Safari's engine, for
// iPhone and iPad), Firefox ESR, Chromium (Chrome, Edge, Samsung Internet); and the test server
// they load the release build from, which records every request and can play a broken network.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, DIST } from '../e2e/harness.mjs';
import { typeOf } from '../../scripts/serving.mjs';
import { startDriver, Session } from './webdriver.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * Each engine: how to start its driver, the capabilities of a session, and what it stands for.
 * Each browser shows French first: Firefox and Chromium by their language preference; WebKitGTK
 * takes its language from the system locale (it says "en-US" for a locale not installed), so it
 * runs under C.UTF-8, which it reports as "C", and the app falls back to its first language.
 */
export const ENGINES = {
  webkit: {
    standsFor: 'Safari on iPhone and iPad',
    needs: ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run', MINIBROWSER],
    driver: () => startDriver('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver'], (port) => [`--port=${port}`], { LANG: 'C.UTF-8', LANGUAGE: '', LC_ALL: '' }),
    capabilities: () => ({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } }),
  },
  firefox: {
    standsFor: 'Firefox',
    needs: ['/usr/bin/firefox-esr', `${process.env.HOME}/.cargo/bin/geckodriver`],
    driver: () => startDriver(`${process.env.HOME}/.cargo/bin/geckodriver`, ['--log', 'fatal'], (port) => ['--port', String(port), '--websocket-port', String(port + 1 > 65535 ? port - 1 : port + 1)]),
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr', args: ['-headless'],
        prefs: { 'intl.accept_languages': 'fr-FR, fr', 'browser.shell.checkDefaultBrowser': false, 'app.update.enabled': false },
      },
    }),
  },
  chromium: {
    standsFor: 'Chrome, Edge and Samsung Internet',
    needs: ['/usr/bin/chromium', '/usr/bin/chromedriver'],
    driver: () => startDriver('/usr/bin/chromedriver', [], (port) => [`--port=${port}`]),
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: [...CHROMIUM_FLAGS, '--lang=fr-FR', '--window-size=1280,1024', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'chromium-'))}`],
        prefs: { 'intl.accept_languages': 'fr-FR,fr' },
      },
    }),
  },
};

/** The engines asked for (ENGINES=webkit,firefox), else all three; each must be installed. */
export function enginesToRun() {
  const names = (process.env.ENGINES ?? 'webkit,firefox,chromium').split(',').filter(Boolean);
  for (const name of names) {
    const engine = ENGINES[name];
    if (!engine) throw new Error(`unknown engine ${name}`);
    const missing = engine.needs.filter((path) => !existsSync(path));
    if (missing.length > 0) throw new Error(`${name}: not installed (${missing.join(', ')}); run scripts/setup.sh`);
  }
  return names;
}


/**
 * Serves dist/ on 127.0.0.1 and records each request ({ method, path, query, body }). Test set-ups:
 * - `/essai/<name>/`: the page with the script `/essai/<name>.js` (from `scripts`) run before the
 *   start script, as a test's init script (allowed by the policy: same origin);
 * - `/essai/inline/`: the page with an injected inline script, which the policy must refuse;
 * - `/essai/telephone/`: the app in a 360 × 740 px frame, a phone's screen in any engine (a
 *   browser window cannot always be made that narrow); `?largeur=320` for the narrowest phones;
 * - `server.wasm`: 'hold' (until `server.release()`), '404', or undefined (served);
 * - `server.offline`: every connection is cut, as with no network.
 */
export async function startEngineServer(scripts = {}) {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const requests = [];
  const state = { wasm: undefined, offline: false };
  let release;
  let held = new Promise((resolve) => { release = resolve; });
  const server = createServer(async (request, response) => {
    if (state.offline) { request.socket.destroy(); return; }
    const url = new URL(request.url, 'http://x');
    let body = '';
    for await (const chunk of request) body += chunk;
    requests.push({ method: request.method, path: url.pathname, query: url.search, body });
    const send = (status, type, data) => { response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }); response.end(data); };
    if (url.pathname === '/essai/telephone/') {
      const width = url.searchParams.get('largeur') === '320' ? 320 : 360;
      send(200, typeOf('.html'), `<!doctype html><meta charset="utf-8"><title>Téléphone</title><body style="margin:0"><iframe src="/" title="app" width="${width}" height="740" style="border:0"></iframe>`);
      return;
    }
    const test = /^\/essai\/([a-z-]+)\/$/.exec(url.pathname);
    if (test) {
      const extra = test[1] === 'inline' ? '<script>window.injected = true;</script>' : `<script src="/essai/${test[1]}.js"></script>`;
      send(200, typeOf('.html'), index.replace('<script>', `${extra}\n<script>`));
      return;
    }
    const script = /^\/essai\/([a-z-]+)\.js$/.exec(url.pathname);
    if (script && scripts[script[1]]) { send(200, typeOf('.js'), `(${scripts[script[1]]})();`); return; }
    const file = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
    if (file.endsWith('.wasm')) {
      if (state.wasm === '404') { send(404, 'text/plain', 'not found'); return; }
      if (state.wasm === 'hold') await held;
    }
    try {
      if (file.includes('..')) throw new Error('outside dist');
      send(200, typeOf(file), await readFile(join(DIST, file)));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sockets = new Set();
  server.on('connection', (socket) => { sockets.add(socket); socket.on('close', () => sockets.delete(socket)); });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    get wasm() { return state.wasm; },
    set wasm(value) { state.wasm = value; if (value === 'hold') held = new Promise((resolve) => { release = resolve; }); },
    get offline() { return state.offline; },
    set offline(value) { state.offline = value; if (value) for (const socket of sockets) socket.destroy(); },
    release: () => release(),
    close: () => { for (const socket of sockets) socket.destroy(); return new Promise((resolve) => server.close(resolve)); },
  };
}

/** A new browser session on `engine` (empty storage), its window at `width` × `height` (CSS pixels). */
export async function openSession(name, driver, { width = 1280, height = 1024 } = {}) {
  const session = await Session.start(driver, name, ENGINES[name].capabilities());
  await session.setWindow(width, height).catch(() => {});
  return session;
}
