// The policy step: the <meta> policy allows exactly the start script as shipped, by its hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { POLICY, policyFor, withPolicy } from '../../scripts/post-build/policy.mjs';

test('the policy allows the shipped start script by its hash, and nothing else inline', () => {
  const script = 'document.documentElement.lang = "fr";\n';
  const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  const html = withPolicy('<head>\n    <meta charset="utf-8">\n</head>', script);
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)[1];
  assert.match(policy, new RegExp(`script-src 'self' ${hash.replace(/[+/]/g, '\\$&')} 'wasm-unsafe-eval'`));
  assert.ok(!policyFor(`${script} `).includes(hash), 'one more byte, another hash');
  assert.match(POLICY, /default-src 'none'/);
  assert.doesNotMatch(POLICY, /unsafe-inline/);
  assert.ok(html.indexOf('charset') < html.indexOf('Content-Security-Policy'), 'after <meta charset>');
});

test('a page without <meta charset> stops the build', () => {
  assert.throws(() => withPolicy('<head></head>', 'x'), /<meta charset="utf-8"> not found/);
});
