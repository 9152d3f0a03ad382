// The desk-renames step: the desk's files named by their content's hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renameDeskPage, withNames, isDeskFile } from '../../scripts/post-build/desk.mjs';

test('the desk’s glue and wasm are named by the hash of both', () => {
  const name = (glue, wasm) => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-'));
    writeFileSync(join(dir, 'accueil.js'), glue);
    writeFileSync(join(dir, 'accueil_bg.wasm'), wasm);
    const files = renameDeskPage(dir);
    assert.deepEqual(readdirSync(dir).sort(), [files.glue, files.wasm].sort(), 'the unhashed names are gone');
    assert.equal(readFileSync(join(dir, files.wasm), 'utf8'), wasm);
    return files;
  };
  const first = name('glue', 'wasm');
  assert.match(first.glue, /^accueil-[0-9a-f]{16}\.js$/);
  assert.equal(first.wasm, first.glue.replace(/\.js$/, '_bg.wasm'));
  assert.notEqual(name('glue', 'wasm 2').glue, first.glue, 'a new wasm, a new name');
});

test('markers are replaced by the files’ names, and a missing one stops the build', () => {
  assert.equal(withNames("importScripts('__GLUE__'); load('__WASM__');", { __GLUE__: 'g-1.js', __WASM__: 'w-1.wasm' }, 'worker.js'),
    "importScripts('/g-1.js'); load('/w-1.wasm');");
  assert.throws(() => withNames('nothing', { __WORKER__: 'w.js' }, 'desk-camera/camera.js'), /desk-camera\/camera\.js: the marker __WORKER__ is missing/);
  assert.ok(isDeskFile('accueil-1.js', 'boot-d.js') && isDeskFile('boot-d.js', 'boot-d.js') && isDeskFile('desk-camera.js', 'boot-d.js'));
  assert.ok(!isDeskFile('boot-a.js', 'boot-d.js'));
});
