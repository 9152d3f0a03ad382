// The download budget, checked on the release build (deterministic, unlike timings): the
// compressed size of every file a first visit loads, from index.html and what it references.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './harness.mjs';

/** The issue's target for a first visit, Brotli-compressed. */
const TARGET = 100 * 1024;
/**
 * What the build may not exceed today: the size measured when this test was written (218,061
 * bytes) plus about 6 %, raised once to 232 KiB when the medical wording review, the exploratory
 * defects and the first-seconds work brought it to 230,445 bytes (longer texts and eleven glossary
 * terms in two languages, the cannot-run message in index.html), then to 236 KiB at 240,097 bytes
 * (the first screen drawn by the app's own components, with its terms marked; the clinic settings
 * read at start and their check page; "Écouter" always shown), then lowered to 216 KiB when
 * Leptos's `erase_components` brought it to 219,643 bytes, then to 208 KiB when the content was
 * compiled in as code instead of JSON read at start (211,094 bytes), then to 200 KiB when the
 * release wasm was built on a pinned nightly with the standard library rebuilt for size (202,049
 * bytes; `release_env` in scripts/setup.sh: a build on stable is 9 KB over), then raised to 228 KiB
 * for issue 22 (the clinic settings read field by field and their check page told in words: +6 KB;
 * the navigation, character count, skip link and other fixes) and the second medical review
 * (issue 23: the sheet's notes, two more questions, longer hints, eight glossary terms and the new
 * outcome texts, in two languages, compiled in: +8.5 KB): 229,423 bytes in all; then raised by
 * what issue 24's QR hand-off added to it, 10,370 bytes in all (239,793, rounded up to the next
 * 256 bytes): the QR code drawn as SVG (the qrcodegen crate and `qr_svg`: about 5.1 KB of the
 * wasm), the desk code's encoder, the outcome page's panel and its texts in two languages, its CSS;
 * the desk's page and texts are in their own files (its own wasm, `content/desk.json`), which no
 * patient downloads.
 * Issue 25 (the state split: +1.6 KB; the content pipeline: −0.7 KB; the start script as a file:
 * −1 KB) and the release build's `-Zfmt-debug=none -Zlocation-detail=none` (−7.8 KB) brought it
 * down to about 234 KB (235,121 with the privacy page's list). Issue 26 (seven languages, each
 * fetched when chosen; index.html French only; the staff's check of the settings in the staff's
 * wasm; plural rules baked as data; the cannot-run message drawn only when pre-rendering) brought
 * it to 232,455: the ceiling is that figure, rounded up to the next 256 bytes.
 * The target is not reached (see ARCHITECTURE.md, "Download size"); this ceiling stops the size
 * from growing unnoticed. Lower it whenever the build gets smaller.
 */
const CEILING = 909 * 256;

/** The files a boot script imports. */
const importsOf = (boot) => [...readFileSync(join(DIST, boot), 'utf8').matchAll(/['"]\/([^'"]+\.(?:js|wasm))['"]/g)].map((m) => m[1]);
/** The reception desk's own files (`?accueil`): its boot script and what that imports. */
const isDeskBoot = (boot) => importsOf(boot).some((f) => f.startsWith('accueil-'));

/**
 * The files a patient's first visit loads on the page `page` (`index.html`, or a language's
 * `ar.html`): the page, what it links, the boot script its start script adds (the patients' one:
 * the desk's is added only at `?accueil`), and what it imports.
 */
function firstLoadFiles(page = 'index.html') {
  const html = readFileSync(join(DIST, page), 'utf8');
  const linked = [...html.matchAll(/(?:href|src)="\/([^"#?]+)"|['"]\/(boot-[0-9a-f]+\.js)['"]/g)].map((m) => m[1] ?? m[2]);
  const boots = linked.filter((f) => /^boot-.*\.js$/.test(f));
  assert.equal(boots.filter(isDeskBoot).length, 1, 'index.html names the desk’s boot script (for ?accueil)');
  const boot = boots.filter((f) => !isDeskBoot(f));
  const imported = boot.flatMap(importsOf);
  return [page, ...new Set([...linked.filter((f) => !boots.includes(f) || boot.includes(f)), ...imported])];
}

/** Brotli size of a file of the build (the file itself where there is no `.br`). */
const compressedSize = (f) => statSync([`${f}.br`, f].map((c) => join(DIST, c)).find((c) => { try { return statSync(c).isFile(); } catch { return false; } })).size;

test('the reception desk’s code (its wasm, scanner, decoder) is in none of the files a patient’s phone downloads, nor in what the service worker keeps', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const boots = [...html.matchAll(/['"]\/(boot-[0-9a-f]+\.js)['"]/g)].map((m) => m[1]);
  const desk = boots.filter(isDeskBoot).flatMap((b) => [b, ...importsOf(b)]);
  assert.ok(desk.some((f) => f.endsWith('.wasm')), 'the desk has its own wasm');
  const patient = firstLoadFiles();
  assert.deepEqual(desk.filter((f) => patient.includes(f)), []);
  const precached = readFileSync(join(DIST, 'sw.js'), 'utf8');
  assert.deepEqual(desk.filter((f) => precached.includes(`/${f}`)), [], 'the service worker precaches none of the desk’s files');
  console.log(`the desk's own files, Brotli: ${desk.map((f) => `${f} ${compressedSize(f)}`).join(', ')}`);
});

/** A first visit's files, their Brotli sizes and the total, printed. */
function measure(what, files) {
  let total = 0;
  const rows = files.map((f) => {
    const size = compressedSize(f);
    total += size;
    return `${String(size).padStart(8)}  ${f}${existing(`${f}.br`) ? ' (br)' : ''}`;
  });
  console.log(`${what}, Brotli where the build has it:\n${rows.join('\n')}\n${String(total).padStart(8)}  total`);
  return total;
}
const existing = (f) => { try { return statSync(join(DIST, f)).isFile(); } catch { return false; } };

/**
 * A French browser's first visit before the seven languages landed: main at the end of issue 25
 * (index.html with the sheet in French and in English, 13,478 bytes Brotli; 235,121 in all,
 * measured by this test). Issue 26 asks that it not grow at all: the banner, the kiosk's grid,
 * « Voir en français », plurals and loading a language cost wasm, which index.html in French only,
 * the staff's check of the settings moved to the staff's wasm and the plural rules baked as data
 * won back.
 */
const FRENCH_BEFORE = 235_121;
/** index.html then, Brotli: the sheet in French and in English. */
const INDEX_BEFORE = 13_478;

test('index.html holds the French sheet only, and is no heavier than when it held French and English', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.deepEqual([...html.matchAll(/class="app-prerender" lang="([a-z]+)"/g)].map((m) => m[1]), ['fr']);
  const size = compressedSize('index.html');
  console.log(`index.html, Brotli: ${size} bytes (before: ${INDEX_BEFORE})`);
  assert.ok(size <= INDEX_BEFORE, `index.html is ${size} bytes compressed, more than ${INDEX_BEFORE}`);
});

test('a French browser’s first visit holds no other language: index.html French only, no language file, under the ceiling', () => {
  const files = firstLoadFiles('index.html');
  const total = measure('first visit of a French browser (index.html)', files);
  assert.ok(!files.some((f) => /^lang-|^[a-z]{2,3}\.html$/.test(f) && f !== 'index.html'), `no other language's file: ${files}`);
  console.log(`a French first visit: ${total - FRENCH_BEFORE} bytes against before the languages (${FRENCH_BEFORE})`);
  assert.ok(total <= FRENCH_BEFORE, `a French first visit downloads ${total} bytes compressed, more than before the languages (${FRENCH_BEFORE})`);
});

test('an Arabic browser’s first visit: index.html, whose start script goes at once to ar.html, and what ar.html loads', () => {
  // The French page is counted whole (the start script in its <head> leaves it before its body is
  // drawn, but its bytes may have arrived); the stylesheet and scripts are the same files.
  const files = [...new Set(['index.html', ...firstLoadFiles('ar.html'), ...(existing('lang-ar.json') ? ['lang-ar.json'] : [])])];
  const total = measure('first visit of an Arabic browser (index.html, then ar.html)', files);
  assert.ok(files.includes('ar.html') && files.some((f) => f.endsWith('.wasm')));
  // What an Arabic browser downloads beyond a French one: its page and its language's file, no more.
  const french = firstLoadFiles('index.html').reduce((sum, f) => sum + compressedSize(f), 0);
  const extra = ['ar.html', 'lang-ar.json'].filter(existing).reduce((sum, f) => sum + compressedSize(f), 0);
  console.log(`an Arabic first visit: ${total - french} bytes more than a French one`);
  assert.equal(total - french, extra, 'an Arabic visit adds only ar.html and lang-ar.json to a French one');
});

test('first visit: the compressed download stays under its ceiling, and how far it is from the 100 KB target', () => {
  const files = firstLoadFiles();
  assert.ok(files.some((f) => f.endsWith('.wasm')), 'the wasm is counted');
  assert.ok(files.some((f) => f.endsWith('.css')), 'the stylesheets are counted');
  let total = 0;
  const rows = files.map((f) => {
    const compressed = [`${f}.br`, f].map((c) => join(DIST, c)).find((c) => { try { return statSync(c).isFile(); } catch { return false; } });
    const size = statSync(compressed).size;
    total += size;
    return `${String(size).padStart(8)}  ${f}${compressed.endsWith('.br') ? ' (br)' : ''}`;
  });
  console.log(`first visit, Brotli where the build has it:\n${rows.join('\n')}\n${String(total).padStart(8)}  total (target ${TARGET}, ceiling ${CEILING}; ${(total / TARGET).toFixed(2)}× the target)`);
  assert.ok(total <= CEILING, `first visit downloads ${total} bytes compressed, above the ceiling of ${CEILING}`);
});
