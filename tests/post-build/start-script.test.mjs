// The start script (web/start.js): read as JavaScript, then filled with the build's values as it is
// shipped inline (the `start script` step).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { fillStartScript, earlyTexts, withStartScript } from '../../scripts/post-build/start-script.mjs';
import { CONTRACT, ROOT } from './contract.mjs';

const source = readFileSync(join(ROOT, 'web', 'start.js'), 'utf8');
const BUILD = {
  codes: ['fr', 'en'], directions: { fr: 'ltr', en: 'ltr' }, early: earlyTexts(ROOT, ['fr', 'en']),
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
