// Step "first screen": the sheet as real HTML, so that text shows before the WebAssembly arrives:
// drawn at build time by the app's own components (the `prerender` crate, Leptos's `ssr` feature),
// one page per language: `index.html` in the source language (French), `<code>.html` for each other
// (its own `lang`, `dir` and title), the start script going to the patient's. The app removes it and
// draws the same markup. With the same clinic settings as the app (`CLINIC_SETTINGS`).
// The same run writes the page's contract (src/domain/contract.rs) as JSON.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Runs `prerender`: { pages, contract }, `pages` one per language ({ code, dir, title, html }, the
 * source language first), the contract also left at `contractPath` for the tests, each
 * translation's bundle (`lang-<code>.json`, checked) written into `bundleFolder` (the app fetches
 * it when the language is chosen).
 * A native program, built on the default toolchain: the release build's nightly and its rebuilt
 * standard library (`release_env` in scripts/setup.sh) are for the wasm only.
 */
export function prerender(root, contractPath, bundleFolder) {
  const env = { ...process.env };
  for (const name of ['RUSTUP_TOOLCHAIN', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_UNSTABLE_BUILD_STD_FEATURES']) delete env[name];
  const json = execFileSync('cargo', ['run', '--quiet', '--package', 'prerender', '--', contractPath, bundleFolder], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024, env,
  });
  const contract = JSON.parse(readFileSync(contractPath, 'utf8'));
  const pages = JSON.parse(json);
  if (!Array.isArray(pages) || pages.length === 0 || !pages.every((p) => p.html.includes(`class="${contract.classes.prerender}"`))) {
    throw new Error('prerender: no first screen was printed');
  }
  return { pages, contract };
}

/** The file of a language's page: `index.html` for the source language (the first), else `<code>.html`. */
export const pageFile = (code, index) => (index === 0 ? 'index.html' : `${code}.html`);

/** The address of a language's page ("/", "/ar.html"), which the start script goes to. */
export const pageAddress = (code, index) => (index === 0 ? '/' : `/${code}.html`);

/** `html` (index.html as the steps made it) as the page of `page` ({ code, dir, title }): its
 * `<html lang dir>` and its title. */
export function withLanguage(html, { code, dir, title }) {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const out = html
    .replace(/<html lang="[^"]*" dir="[^"]*">/, `<html lang="${code}" dir="${dir}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escaped}</title>`);
  if (!out.includes(`<html lang="${code}" dir="${dir}">`)) throw new Error('index.html: <html lang dir> not found');
  return out;
}

/** The page before the app: a pointer to the "cannot run" message (hidden), the copies, the status
 * line, and a word for a browser without JavaScript. */
export function firstScreen(prerendered, { ids }) {
  return `<div id="${ids.firstScreen}">
<p id="${ids.failedPointer}" class="app-early-failed" hidden><a class="app-link" href="#${ids.cannotRun}"></a></p>
${prerendered.trim()}
<p id="${ids.status}" class="app-early-status" role="status"></p>
<noscript><p class="app-width app-body">Cette page a besoin de JavaScript pour le questionnaire. Activez-le dans les réglages de votre navigateur, ou demandez la fiche papier au centre d’imagerie.</p></noscript>
</div>`;
}

/** `html` with the first screen in place of index.html's <main> placeholder. */
export function withFirstScreen(html, screen, { ids }) {
  const placeholder = new RegExp(`<main id="${ids.firstScreen}"[\\s\\S]*?</main>`);
  if (!placeholder.test(html)) throw new Error(`index.html: the <main id="${ids.firstScreen}"> placeholder was not found`);
  return html.replace(placeholder, () => screen);
}
