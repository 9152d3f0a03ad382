// The start script: inline in index.html's <head>, allowed by its hash in the Content-Security-Policy
// (a file would be one more round trip before the first paint). Written for old browsers too (no
// optional chaining, no `??`): on a browser too old for the app, it must still run to say so.
//
// Each language has its own pre-rendered page (`index.html` French, `ar.html`…, written by
// scripts/post-build.mjs with this same script). Before the body is drawn, it applies the patient's
// text size and goes to the page of the patient's language (the same choice as the app's: the
// language chosen on this device, unless in kiosk mode, else the browser's first language the app
// has; at a kiosk, French until a language is chosen on the welcome screen's grid) with
// `location.replace`, keeping the address's query and fragment, when the page shown is not it; so
// a patient never sees another language painted first, and nothing jumps when the app takes over.
// Then, once the sheet is on the screen, it adds the boot script and the manifest.
//
// `CONTRACT.…` names come from the page's contract (src/domain/contract.rs, the same names as the
// app's), `BUILD.…` from this build (its languages, pages, boot scripts): scripts/post-build.mjs
// (the `start-script` step) writes each in its place as a JSON value, and drops whole-line comments.
// The texts it says before the app is there are the page's own, in a JSON data block before it.
/* global CONTRACT, BUILD */
const codes = BUILD.codes;
const pages = BUILD.pages;
// The language of this page, as the build wrote it on <html>.
const pageLanguage = document.documentElement.lang;
let kiosk = /[?&]kiosk(?!=off)/.test(location.search);
// The reception desk's address: its page reads and writes nothing in the browser's storage, so
// neither does this script there (no patient's text size, language or answers).
const desk = /[?&]accueil(?:[=&]|$)/.test(location.search);
// The staff's pages (the desk, the check of the clinic settings) have their own wasm, which no
// patient's phone downloads.
const staff = desk || /[?&]verifier-reglages/.test(location.search);
// Another language's page: the same address there (its query, its fragment: the app's screen).
const goTo = (code) => location.replace(pages[code] + location.search + location.hash);
let leaving = false;
if (!desk) {
  let saved = '';
  try {
    const read = (key) => (localStorage.getItem(key) || '').replace(/"/g, '');
    const size = read(CONTRACT.keys.textSize);
    if (size === '125' || size === '150') document.documentElement.classList.add('app-text-' + size);
    kiosk = kiosk || localStorage.getItem(CONTRACT.keys.mode) !== null;
    saved = kiosk ? '' : read(CONTRACT.keys.language);
  } catch (e) {}
  try {
    const preferred = kiosk ? [] : (navigator.languages || []).map((tag) => tag.split(/[-_]/)[0].toLowerCase());
    const language = [saved].concat(preferred).find((code) => codes.includes(code)) || codes[0];
    if (language !== pageLanguage && pages[language]) {
      // Nothing of this page is painted meanwhile (`hidden` on <html>: the browser's own rule, no
      // style the policy would refuse); shown again should the other page not come.
      leaving = true;
      document.documentElement.hidden = true;
      goTo(language);
      setTimeout(() => { leaving = false; document.documentElement.hidden = false; }, 5000);
    }
  } catch (e) {}
}
// Until the app has taken over, the pre-rendered page answers every tap: the text size and the
// language at once (stored as the app stores them), "Répondre au questionnaire" is a link whose
// address the app opens when it starts, "Effacer mes réponses" is carried out then; meanwhile a
// status line says what is coming. If the app cannot run here, a message says so.
let early = {};
try { early = JSON.parse(document.getElementById(BUILD.earlyTexts).textContent); } catch (e) {}
const privacyTemplate = 'template[' + CONTRACT.attributes.template + '="' + CONTRACT.templates.privacy + '"]';
const daysField = '[' + CONTRACT.attributes.days + ']';
// The published number of days in its plural form, from the forms the page gives (`data-days`),
// chosen by the browser's CLDR rules for the page's language; the built-in text if it cannot be.
const fillDays = (span, days) => {
  try {
    const forms = JSON.parse(span.getAttribute(CONTRACT.attributes.days));
    const form = forms[new Intl.PluralRules(pageLanguage).select(days)] || forms.other;
    if (typeof form === 'string') span.textContent = form.replace('#', String(days));
  } catch (e) {}
};
const root = document.documentElement;
const first = () => document.getElementById(CONTRACT.ids.firstScreen);
// The status line is fixed at the bottom of the screen: the page gets room below, so that it never
// hides the end of the page or a focused control.
const say = (key) => {
  const status = document.getElementById(CONTRACT.ids.status);
  if (!status) return;
  status.textContent = early[key];
  root.classList.add(CONTRACT.classes.waiting);
};
let started = false;
let failed = false;
// The tap to carry out once the app is there: finds the same control in what the app drew.
let pending = null;
addEventListener(CONTRACT.events.started, () => { started = true; });
const copies = () => first().querySelectorAll('.' + CONTRACT.classes.prerender);
const shownCopy = () => first().querySelector('.' + CONTRACT.classes.prerender);
// Where the app cannot run, the pointer at the top of the page leads to the message (in the
// middle of the page, where "Répondre au questionnaire" was), in the language shown.
const pointTo = () => {
  const pointer = document.querySelector('#' + CONTRACT.ids.failedPointer + ' a');
  if (!pointer || !failed) return;
  pointer.textContent = early.failed;
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
  const digits = phone.replace(/[\s.-]/g, '');
  const real = /^(0[1-9]\d{8}|\+33[1-9]\d{8}|1\d{1,2}|3\d{3})$/.test(digits);
  const days = settings.retention_days;
  for (const copy of copies()) {
    const list = copy.querySelector('.app-cannot-run .app-list');
    const known = list && list.querySelector('[' + CONTRACT.attributes.call + ']');
    if (known) known.remove();
    if (list && real) {
      const item = document.createElement('li');
      item.setAttribute(CONTRACT.attributes.call, '');
      const link = document.createElement('a');
      link.className = 'app-link';
      link.href = 'tel:' + digits;
      // The number in its own <bdi dir="ltr">, as the app draws it: "01 23 45 67 89" in Arabic too.
      const [before, after] = early.call.split('{phone}');
      const number = document.createElement('bdi');
      number.dir = 'ltr';
      number.textContent = phone.replace(/ /g, '\u00a0');
      link.append(before, number, after || '');
      item.append(link);
      list.append(item);
    }
    if (typeof days === 'number' && days >= 1 && days % 1 === 0) {
      for (const template of copy.querySelectorAll(privacyTemplate)) {
        for (const span of template.content.querySelectorAll(daysField)) fillDays(span, days);
      }
    }
  }
};
const fail = () => {
  const page = first();
  if (failed || started || !page) return;
  failed = true;
  // No status line fixed over the page any more: the pointer at the top, and the message.
  root.classList.remove(CONTRACT.classes.waiting);
  root.classList.add(CONTRACT.classes.failed);
  const status = document.getElementById(CONTRACT.ids.status);
  if (status) status.textContent = '';
  let stored = false;
  if (!desk) try { stored = localStorage.getItem(CONTRACT.keys.answers) !== null; } catch (e) {}
  for (const copy of copies()) {
    const template = copy.querySelector('template[' + CONTRACT.attributes.template + '="' + (kiosk ? CONTRACT.templates.kiosk : CONTRACT.templates.home) + '"]');
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
  const pointer = document.getElementById(CONTRACT.ids.failedPointer);
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
    const text = part.textContent.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
    if (text) parts.push(/[.?!:;]$/.test(text) ? text : text + '.');
  }
  return parts.join(' ');
};
const listen = (button) => {
  const wasReading = reading && reading.button === button;
  if (reading) { stopReading(); speechSynthesis.cancel(); }
  if (wasReading) return;
  const code = pageLanguage;
  const voices = speechSynthesis.getVoices().filter((voice) => voice.localService && voice.lang.split(/[-_]/)[0].toLowerCase() === code);
  const voice = voices.filter((v) => v.default)[0] || voices[0];
  const note = button.parentNode.querySelector('.app-listen__note');
  if (note) while (note.firstChild) note.firstChild.remove();
  if (!voice) {
    if (note) {
      const said = document.createElement('span');
      said.className = 'app-listen__unavailable';
      said.textContent = early.unavailable;
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
  button.append(icon, early.stop);
  speechSynthesis.speak(utterance);
};
// The privacy note where the app cannot run: shown under its link, the focus on its heading.
const showPrivacy = (link) => {
  const footer = link.parentNode;
  let note = footer.querySelector('.app-privacy-early');
  if (!note) {
    note = document.createElement('section');
    note.className = 'app-privacy-early';
    note.append(link.closest('.' + CONTRACT.classes.prerender).querySelector(privacyTemplate).content.cloneNode(true));
    link.after(note);
  }
  note.querySelector('h2').focus();
};
addEventListener(CONTRACT.events.failed, fail);
// A medical term shows its definition on a tap, and on Enter or Space; Escape hides it, as in the app.
const toggleTerm = (term) => term.setAttribute('aria-expanded', String(term.getAttribute('aria-expanded') !== 'true'));
document.addEventListener('keydown', (event) => {
  const term = event.target.closest && event.target.closest('.app-term__button');
  if (!first() || !term) return;
  if (event.key === 'Escape') {
    term.setAttribute('aria-expanded', 'false');
    term.setAttribute(CONTRACT.attributes.closed, '');
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
      if (percent === 100) localStorage.removeItem(CONTRACT.keys.textSize);
      else localStorage.setItem(CONTRACT.keys.textSize, JSON.stringify(String(percent)));
    } catch (e) {}
    for (const button of page.querySelectorAll('.app-text-size__button')) button.setAttribute('aria-pressed', String(parseInt(button.textContent, 10) === percent));
  } else if (target.matches('.app-language__button')) {
    // Another language: at home, its page (the choice kept, as the app keeps it); at a kiosk,
    // chosen in the app once it is there (nothing about a patient is stored at a kiosk).
    const code = target.getAttribute('lang');
    if (code === pageLanguage) return;
    if (reading) { stopReading(); speechSynthesis.cancel(); }
    if (kiosk || desk) {
      // The kiosk's grid (its button holds the name in a `lang` span), or a switch in the page.
      pending = () => {
        const found = document.querySelector('main .app-language-grid__name[lang="' + code + '"], main .app-language__button[lang="' + code + '"]');
        return found && found.closest('button');
      };
      say('loading');
      return;
    }
    try { localStorage.setItem(CONTRACT.keys.language, JSON.stringify(code)); } catch (e) {}
    if (pages[code]) goTo(code);
  } else if (target.closest('.app-clear') && failed) {
    // The app will not come: the answers an earlier visit left are erased here, the keys the app erases.
    if (confirm(early.confirm)) {
      if (!desk) try {
        for (const key of CONTRACT.clear) localStorage.removeItem(key);
      } catch (e) {}
      // Said where the button was (nothing is left to erase), the focus on it.
      for (const copy of copies()) {
        const place = copy.querySelector('.app-clear');
        if (!place) continue;
        while (place.firstChild) place.firstChild.remove();
        const done = document.createElement('p');
        done.className = 'app-body';
        done.setAttribute('tabindex', '-1');
        done.textContent = early.cleared;
        place.append(done);
      }
      shownCopy().querySelector('.app-clear p').focus();
    }
  } else if (target.closest('#' + CONTRACT.ids.failedPointer)) {
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
    const index = Array.prototype.indexOf.call(target.closest('.' + CONTRACT.classes.prerender).querySelectorAll('.app-listen'), target);
    pending = () => document.querySelectorAll('main .app-listen')[index];
    say('listen');
  } else if (target.matches('[' + CONTRACT.attributes.action + '="' + CONTRACT.templates.reload + '"]')) {
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
  for (const button of document.querySelectorAll('#' + CONTRACT.ids.firstScreen + ' .app-text-size__button')) button.setAttribute('aria-pressed', String(parseInt(button.textContent, 10) === size));
  if (typeof WebAssembly !== 'object') fail();
  else if (opening()) say('loading');
  // When the app has taken over, a tap on "Effacer mes réponses" or "Écouter" made before is carried out.
  new MutationObserver((changes, observer) => {
    if (first()) return;
    observer.disconnect();
    root.classList.remove(CONTRACT.classes.waiting);
    const control = pending && pending();
    if (control) control.click();
  }).observe(document.body, { childList: true });
});
let loading = false;
const loadApp = () => {
  if (loading || leaving || typeof WebAssembly !== 'object') return;
  loading = true;
  // The staff's addresses load the staff's own wasm instead of the patients' app.
  const boot = document.createElement('script');
  boot.type = 'module';
  boot.src = staff ? BUILD.deskBoot : BUILD.appBoot;
  boot.integrity = staff ? BUILD.deskIntegrity : BUILD.appIntegrity;
  boot.crossOrigin = 'anonymous';
  boot.onerror = fail;
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = BUILD.manifest;
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
