// The first-screen step: the pre-rendered copies put in index.html's placeholder, with the start
// script's places named by the contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstScreen, withFirstScreen, withLanguage, pageFile, pageAddress } from '../../scripts/post-build/first-screen.mjs';
import { CONTRACT, ROOT } from './contract.mjs';

const { ids } = CONTRACT;

test('the first screen holds the copies, the pointer to the message and the status line, by the contract’s ids', () => {
  const screen = firstScreen('<div class="app-prerender" lang="fr">Fiche $& $1</div>\n', CONTRACT);
  assert.match(screen, new RegExp(`^<div id="${ids.firstScreen}">`));
  assert.ok(screen.includes(`<p id="${ids.failedPointer}" class="app-early-failed" hidden><a class="app-link" href="#${ids.cannotRun}"></a></p>`));
  assert.ok(screen.includes(`<p id="${ids.status}" class="app-early-status" role="status"></p>`));
  assert.ok(screen.includes('<noscript>'));
  const page = withFirstScreen(`<body>\n<main id="${ids.firstScreen}" class="x"><p>Chargement…</p></main>\n</body>`, screen, CONTRACT);
  assert.equal(page, `<body>\n${screen}\n</body>`, 'put in as it is (no $& read as a pattern)');
});

test('index.html has the placeholder the step replaces', () => {
  const index = readFileSync(join(ROOT, 'index.html'), 'utf8');
  assert.doesNotThrow(() => withFirstScreen(index, firstScreen('', CONTRACT), CONTRACT));
  assert.throws(() => withFirstScreen('<body><main id="ailleurs"></main></body>', '', CONTRACT), /placeholder was not found/);
});

test('each language’s page: its file, its address, its lang, dir and title', () => {
  assert.deepEqual([pageFile('fr', 0), pageFile('ar', 2)], ['index.html', 'ar.html']);
  assert.deepEqual([pageAddress('fr', 0), pageAddress('ar', 2)], ['/', '/ar.html']);
  const index = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const page = withLanguage(index, { code: 'ar', dir: 'rtl', title: 'حقن <الإسمنت> & – Cimentoplastie' });
  assert.ok(page.includes('<html lang="ar" dir="rtl">'));
  assert.ok(page.includes('<title>حقن &lt;الإسمنت> &amp; – Cimentoplastie</title>'));
  assert.throws(() => withLanguage('<html>', { code: 'ar', dir: 'rtl', title: '' }), /lang dir/);
});
