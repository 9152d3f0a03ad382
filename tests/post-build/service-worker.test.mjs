// The service-worker step: what it keeps for offline use, and its version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { precached, serviceWorker } from '../../scripts/post-build/service-worker.mjs';
import { isDeskFile } from '../../scripts/post-build/desk.mjs';
import { ROOT } from './contract.mjs';

const build = ['index.html', 'app-1.css', 'boot-a.js', 'boot-desk.js', 'cimentoplastie-1.js', 'cimentoplastie-1_bg.wasm', 'accueil-2.js',
  'accueil-2_bg.wasm', 'desk-camera.js', 'desk-camera-3.js', 'desk-camera-worker-4.js', 'sw.js', 'index.html.br', 'app-1.css.gz', 'clinic.json'];
const isDesk = (f) => isDeskFile(f, 'boot-desk.js');

test('it keeps every file of the build but the desk’s, the compressed copies and itself', () => {
  assert.deepEqual(precached(build, isDesk), ['/', '/app-1.css', '/boot-a.js', '/cimentoplastie-1.js', '/cimentoplastie-1_bg.wasm', '/clinic.json', '/index.html']);
});

test('its version changes with the files it keeps, not with the desk’s', () => {
  const template = readFileSync(join(ROOT, 'scripts', 'sw-template.js'), 'utf8');
  const worker = serviceWorker(template, precached(build, isDesk));
  assert.doesNotThrow(() => new vm.Script(worker));
  assert.ok(worker.includes('"/cimentoplastie-1_bg.wasm"'));
  const version = (files) => /const VERSION = '([0-9a-f]{16})'/.exec(serviceWorker(template, precached(files, isDesk)))[1];
  assert.equal(version(build), version([...build, 'accueil-9.js', 'desk-camera-9.js']));
  assert.notEqual(version(build), version([...build.filter((f) => f !== 'app-1.css'), 'app-2.css']));
  assert.throws(() => serviceWorker('const FILES = __FILES__;', []), /__VERSION__ is missing/);
  // A file under a fixed name (a language's page) changed alone: a new version all the same.
  const withContent = (text) => /const VERSION = '([0-9a-f]{16})'/.exec(serviceWorker(template, precached(build, isDesk), (f) => (f === 'index.html' ? text : f)))[1];
  assert.notEqual(withContent('<p>a</p>'), withContent('<p>b</p>'));
});
