// The loader step: Trunk's inline loader becomes the boot script, which imports the glue only when
// it runs and says when the WebAssembly fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { takeLoader, appBoot, deskBoot } from '../../scripts/post-build/loader.mjs';

// What Trunk 0.21 writes.
const TRUNK = `<head>
<link rel="preload" href="/app_bg.wasm" crossorigin="anonymous" integrity="sha384-w" as="fetch" type="application/wasm">
<link rel="modulepreload" href="/app.js" crossorigin="anonymous" integrity="sha384-j">
<script type="module">
import init, * as bindings from '/app.js';
const wasm = await init({ module_or_path: '/app_bg.wasm' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>
</head>`;

const isModule = (text) => {
  const file = join(mkdtempSync(join(tmpdir(), 'boot-')), 'boot.mjs');
  writeFileSync(file, text);
  execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
  return true;
};

test('the loader leaves the page with its preloads: nothing is fetched before the first paint', () => {
  const { html, loader } = takeLoader(TRUNK);
  assert.doesNotMatch(html, /<script|preload/);
  assert.match(loader, /import init/);
  assert.throws(() => takeLoader('<head></head>'), /inline loader script was not found/);
});

test('the boot script imports the glue when it runs, tells a failure, and registers the service worker in release', () => {
  const { loader } = takeLoader(TRUNK);
  const boot = appBoot(loader, { release: false, failed: 'app-failed-event' });
  assert.match(boot, /const bindings = await import\('\/app\.js'\);\nconst init = bindings\.default;/);
  assert.doesNotMatch(boot, /^import /m);
  assert.match(boot, /catch \(error\) \{\n {2}dispatchEvent\(new CustomEvent\("app-failed-event"\)\);/);
  assert.doesNotMatch(boot, /serviceWorker/);
  assert.match(appBoot(loader, { release: true, failed: 'x' }), /navigator\.serviceWorker\.register\('\/sw\.js'\)/);
  assert.ok(isModule(boot));
  assert.throws(() => appBoot('import init from "/app.js";', { release: false, failed: 'x' }), /does not import the glue as expected/);
});

test('the desk’s boot script loads its own glue and wasm', () => {
  const boot = deskBoot({ glue: 'accueil-1.js', wasm: 'accueil-1_bg.wasm' }, { failed: 'x' });
  assert.match(boot, /import\('\/accueil-1\.js'\)/);
  assert.match(boot, /module_or_path: '\/accueil-1_bg\.wasm'/);
  assert.ok(isModule(boot));
});
