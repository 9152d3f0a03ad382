// The download budget, checked on the release build (deterministic, unlike timings): the
// compressed size of every file a first visit loads, from index.html and what it references.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './harness.mjs';

/** The target for a first visit, Brotli-compressed. */
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
 * exactly what issue 24's QR hand-off added to it, 9,743 bytes (239,166 in all): the QR code drawn
 * as SVG (the qrcodegen crate and `qr_svg`: 5,131 bytes of the wasm), the desk code's encoder, the
 * outcome page's panel and its texts in two languages (4,217 bytes of the wasm), its CSS (403).
 * The target is not reached (see ARCHITECTURE.md, "Download size"); this ceiling stops the size
 * from growing unnoticed. Lower it whenever the build gets smaller.
 */
const CEILING = 228 * 1024 + 9_743;

/**
 * The files a first visit loads: index.html, what it links, the boot script its start script adds,
 * and what the boot script imports.
 */
function firstLoadFiles() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:href|src)="\/([^"#?]+)"|['"]\/(boot-[0-9a-f]+\.js)['"]/g)].map((m) => m[1] ?? m[2]);
  const boot = linked.filter((f) => /^boot-.*\.js$/.test(f));
  const imported = boot.flatMap((f) => [...readFileSync(join(DIST, f), 'utf8').matchAll(/['"]\/([^'"]+\.(?:js|wasm))['"]/g)].map((m) => m[1]));
  return ['index.html', ...new Set([...linked, ...imported])];
}

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
