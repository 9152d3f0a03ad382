// A small W3C WebDriver client over HTTP (Node's fetch): enough to drive WebKitGTK (WebKitWebDriver),
// Firefox ESR (geckodriver) and Chromium (chromedriver) the same way, and to find elements as a
// patient does, by their computed role and accessible name.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on 127.0.0.1. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts a driver (`command` with `args`, its port given by `portArgs(port)`), ready for sessions. */
export async function startDriver(command, args, portArgs, env = {}) {
  const port = await freePort();
  const child = spawn(command, [...args, ...portArgs(port)], { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env: { ...process.env, ...env } });
  let log = '';
  child.stderr.on('data', (chunk) => { log = (log + chunk).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`${command} stopped: ${log}`);
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready !== false) break;
    } catch { /* not listening yet */ }
    if (attempt > 300) throw new Error(`${command} did not start: ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ } },
  };
}

class WebDriverError extends Error {}

async function call(base, method, path, body, timeout) {
  const response = await fetch(base + path, {
    method,
    signal: timeout ? AbortSignal.timeout(timeout) : undefined,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok || json.value?.error) {
    throw new WebDriverError(`${method} ${path}: ${json.value?.error} ${json.value?.message ?? ''}`.trim());
  }
  return json.value;
}

/** An element: a handle the session's commands take. */
export class Element {
  constructor(session, id) { this.session = session; this.id = id; }
  get ref() { return { [ELEMENT]: this.id }; }
  cmd(method, path, body) { return this.session.cmd(method, `/element/${this.id}${path}`, body); }
  click() { return this.cmd('POST', '/click', {}); }
  type(text) { return this.cmd('POST', '/value', { text }); }
  clear() { return this.cmd('POST', '/clear', {}); }
  text() { return this.cmd('GET', '/text'); }
  role() { return this.cmd('GET', '/computedrole'); }
  label() { return this.cmd('GET', '/computedlabel'); }
  attribute(name) { return this.cmd('GET', `/attribute/${name}`); }
  property(name) { return this.cmd('GET', `/property/${name}`); }
  selected() { return this.cmd('GET', '/selected'); }
  displayed() { return this.cmd('GET', '/displayed'); }
  rect() { return this.cmd('GET', '/rect'); }
  /** The element as the engine draws it: a PNG, base64. */
  screenshot() { return this.cmd('GET', '/screenshot'); }
}

/** Roles as the engines report them, and the elements that may have each (to narrow the search). */
const CANDIDATES = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  link: 'a[href], [role="link"]',
  radio: 'input[type="radio"], [role="radio"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  textbox: 'input:not([type]), input[type="text"], textarea, [role="textbox"]',
  alert: '[role="alert"]',
  status: '[role="status"]',
  dialog: 'dialog, [role="dialog"], [role="alertdialog"]',
  alertdialog: 'dialog, [role="alertdialog"]',
  region: 'section[aria-labelledby], section[aria-label], [role="region"]',
  navigation: 'nav, [role="navigation"]',
  group: 'fieldset, [role="group"]',
  main: 'main, [role="main"]',
  img: 'img, svg, [role="img"]',
};
/** What some engines call a role (WebKit names a few by their platform role). */
const SAME_ROLE = { img: ['img', 'image'], heading: ['heading'], dialog: ['dialog', 'alertdialog'], textbox: ['textbox'] };

const squash = (text) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

export class Session {
  constructor(driver, id, engine) { this.driver = driver; this.id = id; this.engine = engine; }

  /** A new session; a driver that has not opened it within 60 s is taken as stuck (the caller may start another). */
  static async start(driver, engine, capabilities) {
    const value = await call(driver.url, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } }, 60000);
    return new Session(driver, value.sessionId, engine);
  }

  cmd(method, path, body) { return call(this.driver.url, method, `/session/${this.id}${path}`, body); }
  end() { return call(this.driver.url, 'DELETE', `/session/${this.id}`).catch(() => {}); }
  go(url) { return this.cmd('POST', '/url', { url }); }
  url() { return this.cmd('GET', '/url'); }
  back() { return this.cmd('POST', '/back', {}); }
  refresh() { return this.cmd('POST', '/refresh', {}); }
  setWindow(width, height) { return this.cmd('POST', '/window/rect', { width, height }); }

  /** Runs `fn` (a function, or its body as text) in the page with `args`; elements come back as `Element`s. */
  async run(fn, ...args) {
    const script = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    return this.wrap(await this.cmd('POST', '/execute/sync', { script, args: args.map((a) => (a instanceof Element ? a.ref : a)) }));
  }

  async runAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1]; Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1))).then(done, (e) => done({ __error: String(e) }));`;
    const value = this.wrap(await this.cmd('POST', '/execute/async', { script, args }));
    if (value && value.__error) throw new Error(value.__error);
    return value;
  }

  wrap(value) {
    if (Array.isArray(value)) return value.map((v) => this.wrap(v));
    if (value && typeof value === 'object' && value[ELEMENT]) return new Element(this, value[ELEMENT]);
    return value;
  }

  /**
   * Every element the page shows with this role and accessible name (a string: exact, or a
   * RegExp); for roles named by their author only (alert, status), `{ text }` matches their text.
   */
  async allByRole(role, name, within, text) {
    const selector = CANDIDATES[role];
    if (!selector) throw new Error(`no candidates for role ${role}`);
    const candidates = await this.run((scope, css) => {
      const visible = (el) => (el.localName === 'dialog' ? el.open : el.getClientRects().length > 0);
      return [...(scope ?? document).querySelectorAll(css)].filter(visible);
    }, within ?? null, selector);
    const found = [];
    for (const element of candidates) {
      const actual = await element.role().catch(() => '');
      if (!(SAME_ROLE[role] ?? [role]).includes(actual)) continue;
      if (name !== undefined) {
        const label = squash(await element.label().catch(() => ''));
        const wanted = name instanceof RegExp ? name.test(label) : label === squash(name);
        if (!wanted) continue;
      }
      if (text !== undefined && !text.test(squash(await element.text().catch(() => '')))) continue;
      found.push(element);
    }
    return found;
  }

  /** The one element with this role and name, waiting for it to appear (up to `timeout` ms). */
  async byRole(role, name, { timeout = 15000, within, text } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      // The app replaces the pre-rendered page when it takes over: an element found just before
      // is then gone (Firefox reports it even for a script's own result). Look again.
      const found = await this.allByRole(role, name, within, text).catch((error) => {
        if (/stale element|no such element/i.test(error.message)) return [];
        throw error;
      });
      if (found.length > 0) return found[0];
      if (Date.now() > deadline) throw new Error(`${this.engine}: no ${role} named ${name}${text ? ` saying ${text}` : ''}; ${await this.whatIsShown(role)}`);
      await this.idle();
    }
  }

  /** What the page shows, for a failure's message: its address, its heading and the names of the elements of this role. */
  async whatIsShown(role) {
    const shown = await this.run(() => ({ at: location.href, h1: document.querySelector('h1')?.textContent ?? '(no h1)' })).catch((e) => ({ at: `? (${e.message})`, h1: '?' }));
    const names = [];
    for (const element of await this.allByRole(role, undefined).catch(() => [])) names.push(await element.label().catch((e) => `? (${e.message})`));
    return `shown: ${shown.at}, heading « ${shown.h1} », ${role}s: ${JSON.stringify(names)}`;
  }

  /** Waits until `fn` (run in the page) returns a true value, checking after each frame the page draws. */
  async until(fn, what, timeout = 15000, ...args) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.run(fn, ...args);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`${this.engine}: timed out waiting for ${what}`);
      await this.idle();
    }
  }

  /** One frame of the page, so that a wait loop gives the page time to work. */
  idle() {
    return this.runAsync(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }

  /** Keys sent to the element with focus (e.g. '\uE004' Tab). */
  /** Commands go to the page inside this iframe (`null`: back to the top page). */
  frame(element) { return this.cmd('POST', '/frame', { id: element ? element.ref : null }); }

  keys(text) {
    const actions = [...text].flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]);
    return this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }
}
