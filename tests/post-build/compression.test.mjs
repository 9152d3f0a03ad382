// The compression step: which files get a Brotli and a gzip copy, and that each copy gives the file back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compress, compressible } from '../../scripts/post-build/compression.mjs';

test('text and wasm files get copies; icons and the centre’s settings (edited after the build) do not', () => {
  for (const file of ['index.html', 'boot-1.js', 'app-1.css', 'app_bg.wasm', 'manifest.webmanifest', 'sw.js', 'x.svg']) assert.ok(compressible(file), file);
  for (const file of ['icon-192.png', 'clinic.json', 'index.html.br', 'app-1.css.gz']) assert.ok(!compressible(file), file);
});

test('each copy gives back the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compression-'));
  const page = '<p>Fiche d’information</p>\n'.repeat(50);
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'icon-192.png'), Buffer.from([1, 2, 3]));
  compress(dir);
  assert.deepEqual(readdirSync(dir).sort(), ['icon-192.png', 'index.html', 'index.html.br', 'index.html.gz']);
  assert.equal(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString(), page);
  assert.equal(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString(), page);
});
