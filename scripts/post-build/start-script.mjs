// Step "start script": web/start.js with this build's values in place, as it goes inline into
// index.html. Each `CONTRACT.a.b` (the page's contract, from src/domain/contract.rs) and `BUILD.a`
// (this build's languages, texts and boot scripts) becomes its JSON value, a name the contract or
// the build lacks stops the build, and whole-line comments go (the file keeps them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const NAME = /\b(CONTRACT|BUILD)((?:\.[A-Za-z]+)+)/g;

/** `source` with every CONTRACT/BUILD name replaced by its value in `values` ({ CONTRACT, BUILD }). */
export function fillStartScript(source, values) {
  const filled = source.replace(NAME, (name, object, path) => {
    const value = path.slice(1).split('.').reduce((at, key) => (at !== null && typeof at === 'object' && Object.hasOwn(at, key) ? at[key] : undefined), values[object]);
    if (value === undefined) throw new Error(`web/start.js: ${name} is not known (src/domain/contract.rs, scripts/post-build.mjs)`);
    return JSON.stringify(value);
  });
  const kept = filled.split('\n').filter((line) => !/^\s*(\/\/|\/\* global )/.test(line));
  return `${kept.join('\n').trim()}\n`;
}

/** What the start script says while the app is not there yet, in each language (`ui.json`). */
export function earlyTexts(root, codes) {
  return Object.fromEntries(codes.map((code) => {
    const ui = JSON.parse(readFileSync(join(root, 'content', code, 'ui.json'), 'utf8'));
    return [code, {
      loading: ui.early_loading, clear: ui.early_clear, listen: ui.early_listen, failed: ui.early_failed,
      confirm: ui.clear_confirm_question, cleared: ui.cleared_notice, stop: ui.listen_stop,
      unavailable: ui.listen_unavailable, call: ui.clinic_call,
    }];
  }));
}

/** The id of the data block that gives the start script its page's texts. */
export const EARLY_TEXTS = 'app-early-texts';

/**
 * `html` (a page, its start script in place) with the texts the start script says in the page's
 * language, as a JSON data block just before it: a data block runs nothing, so the policy need not
 * allow it, and the start script stays one text on every page (one hash in the policy).
 */
export function withEarlyTexts(html, texts) {
  const json = JSON.stringify(texts).replace(/</g, '\\u003c');
  const block = `<script type="application/json" id="${EARLY_TEXTS}">${json}</script>`;
  const out = html.replace('    <script>', () => `    ${block}\n    <script>`);
  if (!out.includes(block)) throw new Error('index.html: the start script was not found, its texts were not added');
  return out;
}

/** `html` with the start script at the end of its <head>, the only script left in it. */
export function withStartScript(html, script) {
  if (/<script/.test(html)) throw new Error('index.html: a script other than the start script is left');
  return html.replace('</head>', `    <script>${script}</script>\n</head>`);
}
