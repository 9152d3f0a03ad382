// The start script (web/start.js): read as JavaScript, then filled with the build's values as it is
// shipped inline (the `start script` step).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { fillStartScript, earlyTexts, withStartScript, withEarlyTexts, EARLY_TEXTS } from '../../scripts/post-build/start-script.mjs';
import { CONTRACT, ROOT } from './contract.mjs';

const source = readFileSync(join(ROOT, 'web', 'start.js'), 'utf8');
const BUILD = {
  codes: ['fr', 'en', 'ar'], pages: { fr: '/', en: '/en.html', ar: '/ar.html' }, earlyTexts: EARLY_TEXTS,
  appBoot: '/boot-0123456789abcdef.js', appIntegrity: 'sha384-app', deskBoot: '/boot-fedcba9876543210.js', deskIntegrity: 'sha384-desk',
  manifest: '/manifest.webmanifest',
};

test('web/start.js is JavaScript (node --check)', () => {
  assert.doesNotThrow(() => execFileSync(process.execPath, ['--check', join(ROOT, 'web', 'start.js')], { stdio: 'pipe' }));
});

test('filled, it is a script for old browsers too, with every name in place and no comment left', () => {
  const shipped = fillStartScript(source, { CONTRACT, BUILD });
  assert.doesNotThrow(() => new vm.Script(shipped), 'the shipped text parses');
  assert.doesNotMatch(shipped, /\b(CONTRACT|BUILD)\./, 'a name left unfilled');
  assert.doesNotMatch(shipped, /^\s*\/\//m, 'a whole-line comment left');
  // Optional chaining and `??` would stop the script on a browser too old for the app, where it
  // must still say so.
  assert.doesNotMatch(shipped.replace(/\/[^/\n]+\/[gimsuy]*/g, ''), /\?\.|\?\?/);
  assert.ok(shipped.includes(`localStorage.getItem(${JSON.stringify(CONTRACT.keys.mode)})`));
  assert.ok(shipped.includes(`for (const key of ${JSON.stringify(CONTRACT.clear)}) localStorage.removeItem(key);`), 'clear erases the contract’s keys');
  assert.ok(shipped.includes('"/boot-0123456789abcdef.js"') && shipped.includes('"sha384-desk"'));
});

test('a name the contract lacks stops the build, named', () => {
  assert.throws(() => fillStartScript('const a = CONTRACT.ids.nowhere;', { CONTRACT, BUILD }), /CONTRACT\.ids\.nowhere is not known/);
  assert.throws(() => fillStartScript('const a = BUILD.missing;', { CONTRACT, BUILD }), /BUILD\.missing is not known/);
  assert.throws(() => fillStartScript('const a = CONTRACT.keys.answers.length;', { CONTRACT, BUILD }), /is not known/);
});

test('the start script goes at the end of <head>, and no other script may be left', () => {
  assert.equal(withStartScript('<head>\n</head>', 'go();'), '<head>\n    <script>go();</script>\n</head>');
  assert.throws(() => withStartScript('<head><script src="/x.js"></script></head>', 'go();'), /a script other than the start script/);
});

test('each page gets its own texts as a JSON data block before the start script (run by nothing: the policy need not allow it)', () => {
  const [fr, ar] = ['fr', 'ar'].map((code) => earlyTexts(ROOT, ['fr', 'ar'])[code]);
  const page = withStartScript('<head>\n</head>', 'go();');
  const html = withEarlyTexts(page, { ...ar, loading: '</script><b>' });
  const block = new RegExp(`<script type="application/json" id="${EARLY_TEXTS}">(.*)</script>\n    <script>go\\(\\);</script>`).exec(html);
  assert.ok(block, html);
  assert.equal(JSON.parse(block[1]).loading, '</script><b>', 'read back as written');
  assert.ok(!block[1].includes('</'), 'no end tag inside the block');
  assert.notEqual(fr.loading, ar.loading, 'the texts are the page’s language’s');
  assert.throws(() => withEarlyTexts('<head></head>', fr), /start script was not found/);
});

test('the start script goes to the page of the patient’s language before the body, keeping the address; stays on its own', () => {
  const shipped = fillStartScript(source, { CONTRACT, BUILD });
  const run = ({ lang, stored = {}, languages = [], search = '', hash = '' }) => {
    const replaced = [];
    const root = { lang, hidden: false, classList: { add() {}, remove() {}, contains: () => false }, getAttribute: () => null, setAttribute() {} };
    const context = {
      document: { documentElement: root, getElementById: () => null, addEventListener() {}, querySelector: () => null, querySelectorAll: () => [] },
      location: { search, hash, replace: (to) => replaced.push(to) },
      localStorage: { getItem: (key) => (key in stored ? stored[key] : null) },
      navigator: { languages },
      addEventListener() {}, setTimeout() {}, PerformanceObserver: class { observe() {} }, WebAssembly: {}, JSON,
    };
    vm.runInNewContext(shipped, context);
    return { replaced, hidden: root.hidden };
  };
  assert.deepEqual(run({ lang: 'fr', languages: ['ar-MA', 'fr'], search: '?x=1', hash: '#/questionnaire' }), { replaced: ['/ar.html?x=1#/questionnaire'], hidden: true });
  assert.deepEqual(run({ lang: 'ar', languages: ['ar'] }), { replaced: [], hidden: false });
  assert.deepEqual(run({ lang: 'fr', languages: ['de-DE'] }), { replaced: [], hidden: false }, 'a language the app lacks: French');
  assert.deepEqual(run({ lang: 'ar', languages: ['ar'], stored: { [CONTRACT.keys.language]: '"en"' } }).replaced, ['/en.html'], 'the choice made on this device first');
  assert.deepEqual(run({ lang: 'ar', languages: ['ar'], search: '?kiosk' }).replaced, ['/?kiosk'], 'a kiosk starts in French');
  assert.deepEqual(run({ lang: 'ar', languages: ['ar'], stored: { [CONTRACT.keys.mode]: '{}' } }).replaced, ['/'], 'a tablet kept as a kiosk too');
  assert.deepEqual(run({ lang: 'en', languages: ['ar'], search: '?accueil' }).replaced, [], 'the reception desk’s page is left alone');
});
