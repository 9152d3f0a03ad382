// Trunk post-build hook: the page's first screen and loading, under a strict Content-Security-Policy.
// Trunk writes its wasm loader as an inline <script type="module">; this moves it to a hashed file
// (with Subresource Integrity) that a small inline start script, allowed by its hash, adds once the
// pre-rendered sheet is painted; the policy goes into index.html as a <meta http-equiv>.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
if (!staging) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const trunkLoader = inline.exec(html);
if (!trunkLoader) throw new Error('index.html: Trunk’s inline loader script was not found');
// Nothing of the app is fetched before the pre-rendered sheet is painted: the text a patient reads
// first never waits for it, and it stays the page's largest paint (the app draws the same elements
// at the same size). Trunk's preloads, and its static import of the glue, would start downloads
// before the first paint; the boot script is added by the start script below once it is painted.
html = html.replace(/\s*<link rel="preload" [^>]*as="fetch" type="application\/wasm"[^>]*>/g, '');
html = html.replace(/\s*<link rel="modulepreload" [^>]*>/g, '');
const loader = trunkLoader[1].replace(/import init, \* as bindings from '([^']+)';/, (_, glue) => `const bindings = await import('${glue}');\nconst init = bindings.default;`);
if (loader === trunkLoader[1]) throw new Error('index.html: Trunk’s loader does not import the glue as expected');
// Release builds register the service worker that keeps the app working offline.
// Any failure to load or start the WebAssembly (a 404, an interrupted download, a browser that
// refuses it) is told to the start script, which says so to the patient.
const guarded = `try {\n${loader}\n} catch (error) {\n  dispatchEvent(new CustomEvent('cimentoplastie-echec'));\n}\n`;
const boot = release
  ? `${guarded}\nif ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});\n`
  : guarded;
const bootName = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, bootName), boot);
// The reception desk's page (`?accueil`) has its own wasm (`src/bin/accueil.rs`), which Trunk builds
// beside the app under names without a hash. They are renamed by their content's hash, and the desk
// gets its own boot script, which the start script loads in place of the app's at that address. The
// service worker does not precache them: a patient's phone never downloads the desk's code.
const deskGlue = readFileSync(join(staging, 'accueil.js'), 'utf8');
const deskWasm = readFileSync(join(staging, 'accueil_bg.wasm'));
const deskHash = createHash('sha256').update(deskGlue).update(deskWasm).digest('hex').slice(0, 16);
const deskFiles = { glue: `accueil-${deskHash}.js`, wasm: `accueil-${deskHash}_bg.wasm` };
writeFileSync(join(staging, deskFiles.glue), deskGlue);
writeFileSync(join(staging, deskFiles.wasm), deskWasm);
unlinkSync(join(staging, 'accueil.js'));
unlinkSync(join(staging, 'accueil_bg.wasm'));
const deskBoot = `try {\n  const bindings = await import('/${deskFiles.glue}');\n  await bindings.default({ module_or_path: '/${deskFiles.wasm}' });\n} catch (error) {\n  dispatchEvent(new CustomEvent('cimentoplastie-echec'));\n}\n`;
const deskBootName = `boot-${createHash('sha256').update(deskBoot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, deskBootName), deskBoot);
/** The desk's files: only `?accueil` loads them. */
const isDesk = (file) => file.startsWith('accueil-') || file === deskBootName;
html = html.replace(inline, '');
// The manifest (to install the app on a phone's home screen) is linked at the same moment: Chrome
// fetches it as soon as it is linked, which would compete with the first paint.
const manifestLink = /\s*<link rel="manifest" href="([^"]+)">/;
const manifestHref = manifestLink.exec(html)?.[1];
if (!manifestHref) throw new Error('index.html: <link rel="manifest"> not found');
html = html.replace(manifestLink, '');
// The start script, inline in <head> (allowed by its hash in the policy: a file would be one more
// round trip before the first paint). It applies the patient's text size and language before the
// first paint, so that the pre-rendered sheet shows at the patient's size and in the patient's
// language (the same choice as the app's: the language chosen on this device, unless in kiosk
// mode, else the browser's first language the app has), so nothing jumps when the app takes over;
// the app keeps both up to date. Then, once the sheet is on the screen, it adds the boot script
// and the manifest.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { languages } = JSON.parse(readFileSync(join(root, 'content/languages.json'), 'utf8'));
const codes = languages.map((l) => l.code);
const sri = (text) => 'sha384-' + createHash('sha384').update(text).digest('base64');
// What the start script says while the app is not there yet, in each language.
const earlyTexts = Object.fromEntries(codes.map((code) => {
  const ui = JSON.parse(readFileSync(join(root, 'content', code, 'ui.json'), 'utf8'));
  return [code, {
    loading: ui.early_loading, clear: ui.early_clear, listen: ui.early_listen, failed: ui.early_failed,
    confirm: ui.clear_confirm_question, cleared: ui.cleared_notice, stop: ui.listen_stop,
    unavailable: ui.listen_unavailable, call: ui.clinic_call,
  }];
}));
const startScript = `const codes = ${JSON.stringify(codes)};
const directions = ${JSON.stringify(Object.fromEntries(languages.map((l) => [l.code, l.dir])))};
let kiosk = /[?&]kiosk(?!=off)/.test(location.search);
// The reception desk's address: its page reads and writes nothing in the browser's storage, so
// neither does this script there (no patient's text size, language or answers).
const desk = /[?&]accueil(?:[=&]|$)/.test(location.search);
if (!desk) try {
  const read = (key) => (localStorage.getItem(key) || '').replace(/"/g, '');
  const size = read('cimentoplastie.taille-texte');
  if (size === '125' || size === '150') document.documentElement.classList.add('app-text-' + size);
  kiosk = kiosk || localStorage.getItem('cimentoplastie.appareil') !== null;
  const saved = kiosk ? '' : read('cimentoplastie.langue');
  const preferred = (navigator.languages || []).map((tag) => tag.split(/[-_]/)[0].toLowerCase());
  const language = [saved, ...preferred].find((code) => codes.includes(code)) || codes[0];
  document.documentElement.dir = directions[language];
  if (language !== codes[0]) {
    document.documentElement.lang = language;
    document.documentElement.setAttribute('data-langue', language);
  }
} catch (e) {}
// Written for old browsers too (no optional chaining): on a browser too old for the app, this
// script must still run to say so.
// Until the app has taken over, the pre-rendered page answers every tap: the text size and the
// language at once (stored as the app stores them), "Répondre au questionnaire" is a link whose
// address the app opens when it starts, "Effacer mes réponses" is carried out then; meanwhile a
// status line says what is coming. If the app cannot run here, a message says so.
const early = ${JSON.stringify(earlyTexts)};
const root = document.documentElement;
const first = () => document.getElementById('chargement');
const shown = () => root.getAttribute('data-langue') || codes[0];
// The status line is fixed at the bottom of the screen: the page gets room below, so that it never
// hides the end of the page or a focused control.
const say = (key) => {
  const status = document.getElementById('attente');
  if (!status) return;
  status.textContent = early[shown()][key];
  root.classList.add('app-attente');
};
let started = false;
let failed = false;
// The tap to carry out once the app is there: finds the same control in what the app drew.
let pending = null;
addEventListener('TrunkApplicationStarted', () => { started = true; });
const copies = () => first().querySelectorAll('.app-prerender');
const shownCopy = () => first().querySelector('.app-prerender[lang="' + shown() + '"]');
// Where the app cannot run, the pointer at the top of the page leads to the message (in the
// middle of the page, where "Répondre au questionnaire" was), in the language shown.
const pointTo = () => {
  const pointer = document.querySelector('#echec a');
  if (!pointer || !failed) return;
  pointer.textContent = early[shown()].failed;
  pointer.setAttribute('href', '#' + shownCopy().querySelector('.app-cannot-run').id);
};
// The centre's phone number, from the settings published beside the app (its own origin; the
// same file the app reads): shown in the message unless it is still the shipped placeholder.
// A short French number (15, 112, 3237) or ten digits, as 0X… or +33 X….
const showClinic = (text) => {
  let settings;
  try { settings = JSON.parse(text); } catch (e) { return; }
  if (!settings || typeof settings !== 'object') return;
  const phone = typeof settings.phone === 'string' ? settings.phone.trim() : '';
  const digits = phone.replace(/[\\s.-]/g, '');
  const real = /^(0[1-9]\\d{8}|\\+33[1-9]\\d{8}|1\\d{1,2}|3\\d{3})$/.test(digits);
  const days = settings.retention_days;
  for (const copy of copies()) {
    const list = copy.querySelector('.app-cannot-run .app-list');
    const known = list && list.querySelector('[data-appel]');
    if (known) known.remove();
    if (list && real) {
      const item = document.createElement('li');
      item.setAttribute('data-appel', '');
      const link = document.createElement('a');
      link.className = 'app-link';
      link.href = 'tel:' + digits;
      link.textContent = early[copy.getAttribute('lang')].call.replace('{phone}', phone.replace(/ /g, '\u00a0'));
      item.append(link);
      list.append(item);
    }
    if (typeof days === 'number' && days >= 1 && days % 1 === 0) {
      for (const template of copy.querySelectorAll('template[data-pour="vie-privee"]')) {
        for (const span of template.content.querySelectorAll('[data-jours]')) span.textContent = String(days);
      }
      for (const span of copy.querySelectorAll('.app-privacy-early [data-jours]')) span.textContent = String(days);
    }
  }
};
const fail = () => {
  const page = first();
  if (failed || started || !page) return;
  failed = true;
  // No status line fixed over the page any more: the pointer at the top, and the message.
  root.classList.remove('app-attente');
  root.classList.add('app-echec');
  const status = document.getElementById('attente');
  if (status) status.textContent = '';
  let stored = false;
  if (!desk) try { stored = localStorage.getItem('cimentoplastie.reponses') !== null; } catch (e) {}
  for (const copy of copies()) {
    const template = copy.querySelector('template[data-pour="' + (kiosk ? 'borne' : 'maison') + '"]');
    const alert = copy.querySelector('.app-cannot-run');
    if (template && alert) alert.append(template.content.cloneNode(true));
    const start = copy.querySelector('.app-sheet__start');
    if (start) start.setAttribute('hidden', '');
    // Only what works here stays: "Effacer mes réponses" if an earlier visit left answers, the
    // privacy note at home (a kiosk's message is for the staff), "Écouter" where the browser speaks.
    for (const clear of copy.querySelectorAll('.app-clear')) if (!stored) clear.setAttribute('hidden', '');
    for (const link of copy.querySelectorAll('.app-footer__link')) if (kiosk) link.setAttribute('hidden', '');
    if (!window.speechSynthesis || !window.SpeechSynthesisUtterance) {
      for (const slot of copy.querySelectorAll('.app-listen-slot')) slot.setAttribute('hidden', '');
    }
  }
  const pointer = document.getElementById('echec');
  if (pointer) pointer.removeAttribute('hidden');
  pointTo();
  try {
    const request = new XMLHttpRequest();
    request.open('GET', '/clinic.json');
    request.onload = () => { if (request.status === 200) showClinic(request.responseText); };
    request.send();
  } catch (e) {}
};
// "Écouter" where the app cannot run: the part is read by the browser's own voice, as the app
// does (a voice of the language shown that speaks on the device, the default one first).
let reading = null;
const stopReading = () => {
  if (!reading) return;
  const button = reading.button;
  while (button.firstChild) button.firstChild.remove();
  button.append.apply(button, reading.content);
  reading = null;
};
const sectionText = (section) => {
  const copy = section.cloneNode(true);
  for (const extra of copy.querySelectorAll('.app-listen-slot, .app-term__definition')) extra.remove();
  const parts = [];
  for (const part of copy.querySelectorAll('h2, p, li')) {
    const text = part.textContent.replace(/\\u00ad/g, '').replace(/\\s+/g, ' ').trim();
    if (text) parts.push(/[.?!:;]$/.test(text) ? text : text + '.');
  }
  return parts.join(' ');
};
const listen = (button) => {
  const wasReading = reading && reading.button === button;
  if (reading) { stopReading(); speechSynthesis.cancel(); }
  if (wasReading) return;
  const code = shown();
  const voices = speechSynthesis.getVoices().filter((voice) => voice.localService && voice.lang.split(/[-_]/)[0].toLowerCase() === code);
  const voice = voices.filter((v) => v.default)[0] || voices[0];
  const note = button.parentNode.querySelector('.app-listen__note');
  if (note) while (note.firstChild) note.firstChild.remove();
  if (!voice) {
    if (note) {
      const said = document.createElement('span');
      said.className = 'app-listen__unavailable';
      said.textContent = early[code].unavailable;
      note.append(said);
    }
    return;
  }
  const utterance = new SpeechSynthesisUtterance(sectionText(button.closest('section')));
  utterance.lang = voice.lang;
  utterance.voice = voice;
  utterance.rate = 0.9;
  utterance.onend = utterance.onerror = () => { if (reading && reading.button === button) stopReading(); };
  reading = { button: button, content: Array.prototype.slice.call(button.childNodes) };
  const icon = document.createElement('span');
  icon.className = 'app-listen__icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '■';
  while (button.firstChild) button.firstChild.remove();
  button.append(icon, early[code].stop);
  speechSynthesis.speak(utterance);
};
// The privacy note where the app cannot run: shown under its link, the focus on its heading.
const showPrivacy = (link) => {
  const footer = link.parentNode;
  let note = footer.querySelector('.app-privacy-early');
  if (!note) {
    note = document.createElement('section');
    note.className = 'app-privacy-early';
    note.append(link.closest('.app-prerender').querySelector('template[data-pour="vie-privee"]').content.cloneNode(true));
    link.after(note);
  }
  note.querySelector('h2').focus();
};
addEventListener('cimentoplastie-echec', fail);
// A medical term shows its definition on a tap, and on Enter or Space; Escape hides it, as in the app.
const toggleTerm = (term) => term.setAttribute('aria-expanded', String(term.getAttribute('aria-expanded') !== 'true'));
document.addEventListener('keydown', (event) => {
  const term = event.target.closest && event.target.closest('.app-term__button');
  if (!first() || !term) return;
  if (event.key === 'Escape') {
    term.setAttribute('aria-expanded', 'false');
    term.setAttribute('data-ferme', '');
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    toggleTerm(term);
  }
});
document.addEventListener('click', (event) => {
  const page = first();
  const term = event.target.closest && event.target.closest('.app-term__button');
  if (page && term) toggleTerm(term);
  const target = event.target.closest && event.target.closest('button, a');
  if (!page || !target || !page.contains(target)) return;
  if (target.matches('.app-text-size__button')) {
    const percent = parseInt(target.textContent, 10);
    root.classList.remove('app-text-125', 'app-text-150');
    if (percent !== 100) root.classList.add('app-text-' + percent);
    if (!desk) try {
      if (percent === 100) localStorage.removeItem('cimentoplastie.taille-texte');
      else localStorage.setItem('cimentoplastie.taille-texte', JSON.stringify(String(percent)));
    } catch (e) {}
    for (const button of page.querySelectorAll('.app-text-size__button')) button.setAttribute('aria-pressed', String(parseInt(button.textContent, 10) === percent));
  } else if (target.matches('.app-language__button')) {
    if (reading) { stopReading(); speechSynthesis.cancel(); }
    const code = target.getAttribute('lang');
    if (code === codes[0]) root.removeAttribute('data-langue'); else root.setAttribute('data-langue', code);
    root.lang = code;
    root.dir = directions[code];
    if (!kiosk && !desk) try { localStorage.setItem('cimentoplastie.langue', JSON.stringify(code)); } catch (e) {}
    const other = page.querySelector('.app-prerender[lang="' + code + '"] .app-language__button');
    if (other) other.focus();
    pointTo();
  } else if (target.closest('.app-clear') && failed) {
    // The app will not come: the answers an earlier visit left are erased here, as the app would.
    if (confirm(early[shown()].confirm)) {
      if (!desk) try {
        for (const key of Object.keys(localStorage)) if (key.indexOf('cimentoplastie.') === 0 && key !== 'cimentoplastie.appareil') localStorage.removeItem(key);
      } catch (e) {}
      // Said where the button was (nothing is left to erase), the focus on it.
      for (const copy of copies()) {
        const place = copy.querySelector('.app-clear');
        if (!place) continue;
        while (place.firstChild) place.firstChild.remove();
        const done = document.createElement('p');
        done.className = 'app-body';
        done.setAttribute('tabindex', '-1');
        done.textContent = early[copy.getAttribute('lang')].cleared;
        place.append(done);
      }
      shownCopy().querySelector('.app-clear p').focus();
    }
  } else if (target.closest('#echec')) {
    // The pointer to the message: the focus goes there (the address is left as it is).
    event.preventDefault();
    const message = shownCopy().querySelector('.app-cannot-run');
    message.focus({ preventScroll: true });
    message.scrollIntoView();
  } else if (target.matches('.app-header__title') && failed) {
    // The title leads to the sheet's start, as in the app.
    event.preventDefault();
    shownCopy().querySelector('h1').focus();
    scrollTo(0, 0);
  } else if (target.matches('.app-footer__link') && failed) {
    event.preventDefault();
    showPrivacy(target);
  } else if (target.matches('.app-listen') && failed) {
    listen(target);
  } else if (target.closest('.app-clear')) {
    pending = () => document.querySelector('.app-clear button');
    say('clear');
  } else if (target.matches('.app-listen') && !failed) {
    // "Écouter" on the n-th part of the sheet: the same part is read once the app is there.
    const index = Array.prototype.indexOf.call(target.closest('.app-prerender').querySelectorAll('.app-listen'), target);
    pending = () => document.querySelectorAll('main .app-listen')[index];
    say('listen');
  } else if (target.matches('[data-action="recharger"]')) {
    location.reload();
  }
});
// An address of the app's own ("#/questionnaire") is opened once the app is there; an in-page
// link (the skip links, "#contenu") only moves within the sheet.
const opening = () => location.hash.length > 2 && location.hash.indexOf('#/') === 0;
addEventListener('hashchange', () => { if (first() && !failed && opening()) say('loading'); });
document.addEventListener('DOMContentLoaded', () => {
  // The text size buttons say which size is on (the patient's, from an earlier visit).
  const size = root.classList.contains('app-text-150') ? 150 : root.classList.contains('app-text-125') ? 125 : 100;
  for (const button of document.querySelectorAll('#chargement .app-text-size__button')) button.setAttribute('aria-pressed', String(parseInt(button.textContent, 10) === size));
  if (typeof WebAssembly !== 'object') fail();
  else if (opening()) say('loading');
  // When the app has taken over, a tap on "Effacer mes réponses" or "Écouter" made before is carried out.
  new MutationObserver((changes, observer) => {
    if (first()) return;
    observer.disconnect();
    root.classList.remove('app-attente');
    const control = pending && pending();
    if (control) control.click();
  }).observe(document.body, { childList: true });
});
let loading = false;
const loadApp = () => {
  if (loading || typeof WebAssembly !== 'object') return;
  loading = true;
  // The reception desk's address loads the desk's own wasm instead of the patients' app.
  const boot = document.createElement('script');
  boot.type = 'module';
  boot.src = desk ? '/${deskBootName}' : '/${bootName}';
  boot.integrity = desk ? '${sri(deskBoot)}' : '${sri(boot)}';
  boot.crossOrigin = 'anonymous';
  boot.onerror = fail;
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = '${manifestHref}';
  document.head.append(boot, manifest);
};
// Once the first paint is on the screen (its timing entry comes when it is shown); a browser that
// does not report it (or a page opened in a background tab) loads the app a little after "load".
try {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(loadApp);
  }).observe({ type: 'paint', buffered: true });
} catch (e) {}
addEventListener('load', () => setTimeout(loadApp, 2000));
// The app has not started long after its WebAssembly arrived (measured from the end of the
// download, so that a slow connection never counts): it will not.
try {
  new PerformanceObserver((list) => {
    if (list.getEntries().some((entry) => entry.name.endsWith('.wasm'))) setTimeout(fail, 30000);
  }).observe({ type: 'resource', buffered: true });
} catch (e) {}
`;
const startScriptHash = `'sha256-${createHash('sha256').update(startScript).digest('base64')}'`;
// Which pre-rendered language shows, by the choice above (a stylesheet: the policy allows no inline style).
const languageCss = languages.slice(1).map(({ code }) => `html[data-langue="${code}"] .app-prerender[lang="${code}"] { display: block; }\n`
  + `html[data-langue="${code}"] .app-prerender:not([lang="${code}"]) { display: none; }\n`).join('');
// One stylesheet instead of one per component: every stylesheet blocks the first paint, and a
// phone fetches only about six files at a time over HTTP/1.1. Same order as in index.html.
const stylesheet = /\s*<link rel="stylesheet" href="\/([^"]+\.css)"[^>]*>/g;
const parts = [...html.matchAll(stylesheet)].map((m) => m[1]);
if (parts.length === 0) throw new Error('index.html: no stylesheet found');
const css = parts.map((name) => `/* ${name.replace(/-[0-9a-f]{16}\.css$/, '.css')} */\n${readFileSync(join(staging, name), 'utf8')}`).join('\n')
  + `\n/* languages */\n${languageCss}`;
for (const name of parts) unlinkSync(join(staging, name));
const cssName = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(staging, cssName), css);
let firstLink = true;
html = html.replace(stylesheet, () => {
  if (!firstLink) return '';
  firstLink = false;
  return `\n    <link rel="stylesheet" href="/${cssName}" integrity="${sri(css)}">`;
});
if (/<script/.test(html)) throw new Error('index.html: a script other than the start script is left');
html = html.replace('</head>', `    <script>${startScript}</script>\n</head>`);
if (/\sstyle=/.test(html)) throw new Error('index.html: an inline style attribute is left');

// The first screen (the sheet) as real HTML, so that text shows before the WebAssembly arrives:
// drawn at build time by the app's own components (the `prerender` crate, Leptos's `ssr` feature),
// one copy per language, the first shown unless the start script picked another. The app removes
// it and draws the same markup. With the same clinic settings as the app (`CLINIC_SETTINGS`).
// A native program, built on the default toolchain: the release build's nightly and its rebuilt
// standard library (`release_env` in scripts/setup.sh) are for the wasm only.
const nativeEnv = { ...process.env };
for (const name of ['RUSTUP_TOOLCHAIN', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_UNSTABLE_BUILD_STD_FEATURES']) delete nativeEnv[name];
const prerendered = execFileSync('cargo', ['run', '--quiet', '--package', 'prerender'], {
  cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024, env: nativeEnv,
});
if (!prerendered.includes('class="app-prerender"')) throw new Error('prerender: no first screen was printed');
const firstScreens = `<div id="chargement">
<p id="echec" class="app-early-failed" hidden><a class="app-link" href="#impossible"></a></p>
${prerendered.trim()}
<p id="attente" class="app-early-status" role="status"></p>
<noscript><p class="app-width app-body">Cette page a besoin de JavaScript pour le questionnaire. Activez-le dans les réglages de votre navigateur, ou demandez la fiche papier au centre d’imagerie.</p></noscript>
</div>`;
const placeholder = /<main id="chargement"[\s\S]*?<\/main>/;
if (!placeholder.test(html)) throw new Error('index.html: the <main id="chargement"> placeholder was not found');
html = html.replace(placeholder, firstScreens);

const policy = POLICY.replace("script-src 'self'", `script-src 'self' ${startScriptHash}`);
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta charset="utf-8">/, (charset) => `${charset}\n    ${meta}`);
if (!html.includes(meta)) throw new Error('index.html: <meta charset="utf-8"> not found, the policy was not added');
writeFileSync(indexPath, html);

// The reception desk's camera (`desk-camera/`): Trunk builds its QR decoder (quircs) as a worker,
// beside the app, under names without a hash (`desk-camera.js`, `desk-camera_bg.wasm`). They are
// renamed by their content's hash, as is `desk-camera/worker.js`, the worker that loads them (all
// three cached a year); `desk-camera/camera.js`, the page's side of the camera, which names the
// worker, is written under the one fixed name the app knows (`/desk-camera.js`, served `no-cache`:
// see scripts/server-config.mjs). Nothing in index.html names them and the service worker does not
// precache them: only the reception page fetches them, when the camera is started (src/desk_camera.rs).
const DESK_CAMERA = 'desk-camera.js';
const contentHash = (...parts) => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest('hex').slice(0, 16);
const decoderGlue = readFileSync(join(staging, 'desk-camera.js'));
const decoderWasm = readFileSync(join(staging, 'desk-camera_bg.wasm'));
const decoderHash = contentHash(decoderGlue, decoderWasm);
const decoderFiles = { glue: `desk-camera-${decoderHash}.js`, wasm: `desk-camera-${decoderHash}_bg.wasm` };
writeFileSync(join(staging, decoderFiles.glue), decoderGlue);
writeFileSync(join(staging, decoderFiles.wasm), decoderWasm);
unlinkSync(join(staging, 'desk-camera_bg.wasm'));
/** A file of `desk-camera/` with its markers replaced (each must be there). */
const withNames = (file, names) => Object.entries(names).reduce((text, [marker, name]) => {
  if (!text.includes(`'${marker}'`)) throw new Error(`desk-camera/${file}: the marker ${marker} is missing`);
  return text.replace(`'${marker}'`, `'/${name}'`);
}, readFileSync(join(root, 'desk-camera', file), 'utf8'));
const decoderWorker = withNames('worker.js', { __GLUE__: decoderFiles.glue, __WASM__: decoderFiles.wasm });
const decoderWorkerName = `desk-camera-worker-${contentHash(decoderWorker)}.js`;
writeFileSync(join(staging, decoderWorkerName), decoderWorker);
writeFileSync(join(staging, DESK_CAMERA), withNames('camera.js', { __WORKER__: decoderWorkerName }));
/** The reception desk's camera files: the patients' first visit never loads them, and they are not precached. */
const isDeskCamera = (file) => file === DESK_CAMERA || file.startsWith('desk-camera-');

// The centre's settings beside the app (CLINIC_SETTINGS, else content/clinic.json, checked by
// build.rs): the app reads them at start, so a centre edits them without a rebuild.
writeFileSync(join(staging, 'clinic.json'), readFileSync(resolve(root, process.env.CLINIC_SETTINGS ?? 'content/clinic.json')));

if (release) {
  // The service worker precaches every file of the build but the desk's (its page and its camera:
  // a patient's phone never downloads them, and a new desk alone makes no new version for patients
  // to download); its version is the hash of their names.
  const files = readdirSync(staging).filter((f) => !f.endsWith('.gz') && !f.endsWith('.br') && f !== 'sw.js' && !isDesk(f) && !isDeskCamera(f)).sort();
  const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
  const template = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'sw-template.js'), 'utf8');
  const list = JSON.stringify(['/', ...files.map((f) => `/${f}`)]);
  writeFileSync(join(staging, 'sw.js'), template.replace('__VERSION__', version).replace('__FILES__', list));

  // A Brotli and a gzip copy beside every text and wasm file, for any static server; not the
  // centre's settings, which the centre edits (a server would go on sending the stale copy).
  for (const file of readdirSync(staging)) {
    if (!/\.(html|js|css|wasm|webmanifest|json|svg)$/.test(file) || file === 'clinic.json') continue;
    const data = readFileSync(join(staging, file));
    writeFileSync(join(staging, `${file}.gz`), gzipSync(data, { level: 9 }));
    writeFileSync(join(staging, `${file}.br`), brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}
