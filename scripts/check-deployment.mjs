// Checks a published Cimentoplastie site, after every deploy: `node scripts/check-deployment.mjs https://host/`
// (add --insecure for a test certificate). Needs nothing but Node, and serving.mjs beside it (the
// headers and types the site must send). Prints pass or fail for each point in plain words, and
// exits with 1 if any fails.
import { createHash } from 'node:crypto';
import { request as https } from 'node:https';
import { request as http } from 'node:http';
import { REQUIRED_HEADERS as REQUIRED, TYPES } from './serving.mjs';


/** One GET: { status, headers, body } (the body as sent: compressed if the server chose to). */
export function get(url, { encoding = 'identity', insecure = false } = {}) {
  return new Promise((resolve, reject) => {
    const send = url.startsWith('https:') ? https : http;
    const req = send(url, { headers: { 'accept-encoding': encoding }, rejectUnauthorized: !insecure }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Every check on the site at `base`: [{ ok, what }]. */
export async function checkDeployment(base, { insecure = false } = {}) {
  const at = (path) => new URL(path, base).href;
  const fetchOne = (path, encoding) => get(at(path), { encoding, insecure });
  const results = [];
  const check = (ok, what) => results.push({ ok: Boolean(ok), what });

  const page = await fetchOne('/');
  check(page.status === 200, `the page answers (${page.status})`);
  const html = page.body.toString('utf8');
  // The stale-hash trap: the policy header must allow this build's start script.
  const inline = /<script>([\s\S]*?)<\/script>/.exec(html);
  const policy = page.headers['content-security-policy'] ?? '';
  const hash = inline ? `'sha256-${createHash('sha256').update(inline[1]).digest('base64')}'` : null;
  check(hash && policy.includes(hash), hash
    ? `the policy header allows this build's start script (${hash})`
    : 'the page has its start script');
  const css = /href="(\/app-[0-9a-f]{16}\.css)"/.exec(html)?.[1];
  // The start script names two boot scripts: the staff's (at `?accueil` and `?verifier-reglages`), then the patients'.
  const boot = /boot\.src = staff \? "\/boot-[0-9a-f]{16}\.js" : "(\/boot-[0-9a-f]{16}\.js)"/.exec(html)?.[1];
  check(css && boot, 'the page names its stylesheet and boot script');
  if (!css || !boot) return results;
  const bootScript = (await fetchOne(boot)).body.toString('utf8');
  const glue = /import\('(\/[^']+\.js)'\)/.exec(bootScript)?.[1];
  const wasm = /module_or_path: '(\/[^']+\.wasm)'/.exec(bootScript)?.[1] ?? (glue && glue.replace(/\.js$/, '_bg.wasm'));

  const samples = { 'the page': '/', 'a file named by its content': css, 'the service worker': '/sw.js', 'a missing page (404)': `/verification-${Date.now()}` };
  for (const [what, path] of Object.entries(samples)) {
    const response = await fetchOne(path);
    const missing = Object.entries(REQUIRED).filter(([name, value]) => !value.test(response.headers[name] ?? '')).map(([name]) => name);
    check(missing.length === 0, `${what}: every security header${missing.length ? ` (missing or wrong: ${missing.join(', ')})` : ''}`);
  }
  for (const [encoding, name] of [['br', 'Brotli'], ['gzip', 'gzip']]) {
    for (const path of ['/', css]) {
      const response = await fetchOne(path, encoding);
      check(response.headers['content-encoding'] === encoding && /accept-encoding/i.test(response.headers.vary ?? ''),
        `${name} served for ${path}, with Vary: Accept-Encoding (${response.headers['content-encoding'] ?? 'none'})`);
    }
  }
  if (wasm) {
    const response = await fetchOne(wasm, 'br');
    check(response.status === 200 && (response.headers['content-type'] ?? '').startsWith(TYPES['.wasm']),
      `the WebAssembly is served as application/wasm (${response.headers['content-type']})`);
    check(/max-age=31536000/.test(response.headers['cache-control'] ?? '') && /immutable/.test(response.headers['cache-control'] ?? ''),
      `the WebAssembly is cached for a year (${response.headers['cache-control']})`);
  } else {
    check(false, 'the boot script names the WebAssembly');
  }
  const cssCache = (await fetchOne(css)).headers['cache-control'] ?? '';
  check(/max-age=31536000/.test(cssCache) && /immutable/.test(cssCache), `files named by their content are cached for a year (${cssCache})`);
  for (const path of ['/', '/sw.js', '/manifest.webmanifest']) {
    const cache = (await fetchOne(path)).headers['cache-control'] ?? '';
    check(/no-cache/.test(cache), `${path} is checked again at each visit (${cache})`);
  }
  // Every language's page (the start script names them: `const pages = {"fr":"/","ar":"/ar.html",…}`):
  // served as HTML, checked at each visit, with the same start script as the page (the header's hash).
  let pages = {};
  try { pages = JSON.parse(/const pages = (\{[^}]*\});/.exec(inline?.[1] ?? '')?.[1] ?? '{}'); } catch { /* checked below */ }
  const others = Object.values(pages).filter((path) => path !== '/');
  check(others.length > 0, `the start script names each language's page (${Object.keys(pages).join(', ') || 'none'})`);
  for (const path of others) {
    const response = await fetchOne(path);
    const body = response.body.toString('utf8');
    const same = /<script>([\s\S]*?)<\/script>/.exec(body)?.[1] === inline?.[1];
    check(response.status === 200 && (response.headers['content-type'] ?? '').startsWith('text/html') && same
      && /no-cache/.test(response.headers['cache-control'] ?? ''),
      `${path}: served as HTML (${response.status}), checked at each visit, with the page's start script`);
  }
  const settings = await fetchOne('/clinic.json');
  if (settings.status === 404) {
    results.push({ ok: true, what: 'no clinic.json on the site: the settings built into the app are used' });
  } else {
    let valid = false;
    try {
      // Decoded strictly: a file saved in Latin-1 shows as "m�dicale" (the app refuses it).
      const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(settings.body));
      valid = typeof value.name === 'string' && typeof value.phone === 'string' && Array.isArray(value.instructions);
    } catch { /* not UTF-8, or not JSON */ }
    check(settings.status === 200 && valid, 'clinic.json is readable (UTF-8 JSON), with a name, a phone and instructions; ?verifier-reglages tells any mistake');
  }
  return results;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const args = process.argv.slice(2);
  const base = args.find((a) => !a.startsWith('--'));
  if (!base) {
    console.error('usage: node scripts/check-deployment.mjs https://host/ [--insecure]');
    process.exit(2);
  }
  const results = await checkDeployment(base, { insecure: args.includes('--insecure') });
  for (const { ok, what } of results) console.log(`${ok ? 'OK     ' : 'ÉCHEC  '} ${what}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(failed ? `${failed} point(s) to fix.` : 'Everything checked is in place.');
  process.exit(failed ? 1 : 0);
}
