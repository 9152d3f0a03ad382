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
 * down to about 234 KB (234,061 bytes measured before the privacy page's list); the ceiling is
 * lowered to the measured figure with issue 27.
 * The target is not reached (see ARCHITECTURE.md, "Download size"); this ceiling stops the size
 * from growing unnoticed. Lower it whenever the build gets smaller.
 */
const CEILING = 937 * 256;

/** The files a boot script imports. */
const importsOf = (boot) => [...readFileSync(join(DIST, boot), 'utf8').matchAll(/['"]\/([^'"]+\.(?:js|wasm))['"]/g)].map((m) => m[1]);
/** The reception desk's own files (`?accueil`): its boot script and what that imports. */
const isDeskBoot = (boot) => importsOf(boot).some((f) => f.startsWith('accueil-'));

/**
 * The files a patient's first visit loads: index.html, what it links, the boot script its start
 * script adds (the patients' one: the desk's is added only at `?accueil`), and what it imports.
 */
function firstLoadFiles() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:href|src)="\/([^"#?]+)"|['"]\/(boot-[0-9a-f]+\.js)['"]/g)].map((m) => m[1] ?? m[2]);
  const boots = linked.filter((f) => /^boot-.*\.js$/.test(f));
  assert.equal(boots.filter(isDeskBoot).length, 1, 'index.html names the desk’s boot script (for ?accueil)');
  const boot = boots.filter((f) => !isDeskBoot(f));
  const imported = boot.flatMap(importsOf);
  return ['index.html', ...new Set([...linked.filter((f) => !boots.includes(f) || boot.includes(f)), ...imported])];
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
