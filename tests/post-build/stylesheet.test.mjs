// The stylesheet step: the component families' stylesheets as one, in order; and the hooks the stylesheets name are the contract's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinStylesheets } from '../../scripts/post-build/stylesheet.mjs';
import { CONTRACT, ROOT } from './contract.mjs';

test('the stylesheets become one link, in their order, named by hash with its integrity', () => {
  const html = '<head>\n    <link rel="stylesheet" href="/tokens-0123456789abcdef.css" integrity="x">\n    <link rel="stylesheet" href="/base-fedcba9876543210.css">\n</head>';
  const files = { 'tokens-0123456789abcdef.css': ':root { --a: 1; }', 'base-fedcba9876543210.css': 'body { margin: 0; }' };
  const joined = joinStylesheets(html, (name) => files[name], '\n/* extra */\n');
  assert.equal(joined.css, '/* tokens.css */\n:root { --a: 1; }\n/* base.css */\nbody { margin: 0; }\n/* extra */\n');
  const links = [...joined.html.matchAll(/<link [^>]+>/g)].map((m) => m[0]);
  assert.equal(links.length, 1);
  assert.equal(links[0], `<link rel="stylesheet" href="/${joined.name}" integrity="sha384-${createHash('sha384').update(joined.css).digest('base64')}">`);
  assert.match(joined.name, /^app-[0-9a-f]{16}\.css$/);
  assert.throws(() => joinStylesheets('<head></head>', () => '', ''), /no stylesheet found/);
});

test('the stylesheets name the hooks by the contract’s names', () => {
  const layout = readFileSync(join(ROOT, 'style', 'layout.css'), 'utf8');
  const reading = readFileSync(join(ROOT, 'style', 'reading.css'), 'utf8');
  for (const selector of [`.${CONTRACT.classes.starting} body > :not(#${CONTRACT.ids.firstScreen})`, `.${CONTRACT.classes.waiting} body`,
    `.${CONTRACT.classes.failed} .app-early-status`]) {
    assert.ok(layout.includes(selector), `layout.css: ${selector}`);
  }
  assert.ok(reading.includes(`:not([${CONTRACT.attributes.closed}])`), 'reading.css: a term closed with Escape');
});
