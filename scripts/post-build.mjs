// Trunk post-build hook: the page's first screen and loading, under a strict Content-Security-Policy,
// in small named steps (scripts/post-build/, each tested alone in tests/post-build/): the loader
// made a boot script, the desk's files renamed, the first screen and the page's contract (from
// `prerender`), one stylesheet, the start script (web/start.js) inline, the policy allowing it; one
// page per language (`index.html` French, `<code>.html` each other, the same start script and
// policy); in release builds the service worker and the compressed copies.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash, sri } from './post-build/hash.mjs';
import { takeLoader, appBoot, deskBoot } from './post-build/loader.mjs';
import { renameDeskPage, renameDeskCamera, isDeskFile } from './post-build/desk.mjs';
import { prerender, firstScreen, withFirstScreen, withLanguage, pageFile, pageAddress } from './post-build/first-screen.mjs';
import { oneStylesheet } from './post-build/stylesheet.mjs';
import { fillStartScript, earlyTexts, withStartScript, withEarlyTexts, EARLY_TEXTS } from './post-build/start-script.mjs';
import { withPolicy } from './post-build/policy.mjs';
import { precached, serviceWorker } from './post-build/service-worker.mjs';
import { compress } from './post-build/compression.mjs';

export { POLICY } from './post-build/policy.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
if (!staging) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const indexPath = join(staging, 'index.html');
/** Writes a file of the build named by its hash; gives its name. */
const hashed = (prefix, text) => {
  const name = `${prefix}-${contentHash(text)}.js`;
  writeFileSync(join(staging, name), text);
  return name;
};

// The first screen in every language, and the page's contract (its names, shared with the app and
// the tests: left at target/contract.json); each translation's bundle (`lang-<code>.json`) written
// beside the app, which fetches it when the language is chosen.
mkdirSync(join(root, 'target'), { recursive: true });
const { pages, contract } = prerender(root, join(root, 'target', 'contract.json'), staging);

// The loader as boot scripts: the patients', and the reception desk's (its own wasm, loaded by the
// start script in place of the app's at `?accueil`).
let { html, loader } = takeLoader(readFileSync(indexPath, 'utf8'));
const failed = contract.events.failed;
const boot = appBoot(loader, { release, failed });
const bootName = hashed('boot', boot);
const desk = deskBoot(renameDeskPage(staging), { failed });
const deskBootName = hashed('boot', desk);
renameDeskCamera(staging, root);

// The manifest (to install the app on a phone's home screen) is linked by the start script with the
// boot script: Chrome fetches it as soon as it is linked, which would compete with the first paint.
const manifestLink = /\s*<link rel="manifest" href="([^"]+)">/;
const manifest = manifestLink.exec(html)?.[1];
if (!manifest) throw new Error('index.html: <link rel="manifest"> not found');
html = html.replace(manifestLink, '');

const { languages } = JSON.parse(readFileSync(join(root, 'content/languages.json'), 'utf8'));
const codes = languages.map((l) => l.code);
if (pages.map((p) => p.code).join() !== codes.join()) throw new Error('prerender: its pages are not content/languages.json’s languages');
const early = earlyTexts(root, codes);
html = oneStylesheet(staging, html);
const startScript = fillStartScript(readFileSync(join(root, 'web', 'start.js'), 'utf8'), {
  CONTRACT: contract,
  BUILD: {
    codes,
    pages: Object.fromEntries(codes.map((code, index) => [code, pageAddress(code, index)])),
    earlyTexts: EARLY_TEXTS,
    appBoot: `/${bootName}`,
    appIntegrity: sri(boot),
    deskBoot: `/${deskBootName}`,
    deskIntegrity: sri(desk),
    manifest,
  },
});
html = withStartScript(html, startScript);
if (/\sstyle=/.test(html)) throw new Error('index.html: an inline style attribute is left');
html = withPolicy(html, startScript);
// One page per language: the same start script and policy, its own texts, lang, dir, title and sheet.
pages.forEach((page, index) => {
  let out = withLanguage(html, page);
  out = withEarlyTexts(out, early[page.code]);
  out = withFirstScreen(out, firstScreen(page.html, contract), contract);
  writeFileSync(join(staging, pageFile(page.code, index)), out);
});

// The centre's settings beside the app (CLINIC_SETTINGS, else content/clinic.json, checked by
// build.rs): the app reads them at start, so a centre edits them without a rebuild.
writeFileSync(join(staging, 'clinic.json'), readFileSync(resolve(root, process.env.CLINIC_SETTINGS ?? 'content/clinic.json')));

if (release) {
  const template = readFileSync(join(root, 'scripts', 'sw-template.js'), 'utf8');
  writeFileSync(join(staging, 'sw.js'), serviceWorker(template, precached(readdirSync(staging), (f) => isDeskFile(f, deskBootName)), (f) => readFileSync(join(staging, f))));
  compress(staging);
}
