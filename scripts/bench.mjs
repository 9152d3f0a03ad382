// Benchmark driver (see bench.sh): Lighthouse medians for the app and the static floor, then tap timing.
import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { CHROMIUM_FLAGS, CONTRACT, launchBrowser } from '../tests/e2e/harness.mjs';
import { typeOf } from './serving.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
// `--dist DIR`: another build (an earlier one, to compare); `--only lighthouse,taps,dead`: parts.
const DIST = arg('dist', join(ROOT, 'dist'));
const ONLY = arg('only', 'lighthouse,taps,dead').split(',');
const FLOOR = join(ROOT, 'target', 'bench', 'floor');
const RUNS = Number(arg('runs', 5));

/** The floor: the same sheet as plain static HTML with the same stylesheets, no script. */
function buildFloor() {
  mkdirSync(FLOOR, { recursive: true });
  const app = readFileSync(join(DIST, 'index.html'), 'utf8');
  const css = readdirSync(DIST).filter((f) => f.endsWith('.css'));
  for (const f of css) {
    const data = readFileSync(join(DIST, f));
    writeFileSync(join(FLOOR, f), data);
    writeFileSync(join(FLOOR, `${f}.br`), brotliCompressSync(data));
    writeFileSync(join(FLOOR, `${f}.gz`), gzipSync(data));
  }
  const firstScreen = new RegExp(`<div id="${CONTRACT.ids.firstScreen}">[\\s\\S]*?</footer>`).exec(app)[0].replace(/<noscript>[\s\S]*?<\/noscript>/, '');
  const html = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Fiche d’information sur la cimentoplastie."><title>Cimentoplastie</title>
${css.map((f) => `<link rel="stylesheet" href="/${f}">`).join('\n')}</head><body>${firstScreen}</div></body></html>`;
  writeFileSync(join(FLOOR, 'index.html'), html);
  writeFileSync(join(FLOOR, 'index.html.br'), brotliCompressSync(Buffer.from(html)));
  writeFileSync(join(FLOOR, 'index.html.gz'), gzipSync(Buffer.from(html)));
}

/** Serves a folder, with the .br or .gz copy when the browser accepts it. */
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = join(dir, path === '/' ? 'index.html' : path.slice(1));
    if (!file.startsWith(dir) || !existsSync(file)) { res.writeHead(404).end(); return; }
    const accepts = req.headers['accept-encoding'] ?? '';
    const headers = { 'content-type': typeOf(file), 'cache-control': 'no-cache' };
    let body = file;
    if (accepts.includes('br') && existsSync(`${file}.br`)) { body = `${file}.br`; headers['content-encoding'] = 'br'; }
    else if (accepts.includes('gzip') && existsSync(`${file}.gz`)) { body = `${file}.gz`; headers['content-encoding'] = 'gzip'; }
    res.writeHead(200, headers).end(readFileSync(body));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Asynchronous: the servers of this same process must keep answering while Lighthouse runs.
// `method`: 'simulate' (Lighthouse's default: the page loaded at full speed, then a slow phone
// simulated from that trace) or 'devtools' (the page really run at 4× CPU on a throttled network).
async function lighthouse(url, method) {
  const bin = join(ROOT, 'target', 'bench', 'node_modules', '.bin', 'lighthouse');
  const flags = ['--lang=fr-FR', '--accept-lang=fr-FR', ...CHROMIUM_FLAGS].join(' ');
  const { stdout: out } = await promisify(execFile)(bin, [url, '--output=json', '--quiet', `--chrome-flags=${flags}`, `--throttling-method=${method}`,
    '--only-categories=performance,accessibility,best-practices'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const r = JSON.parse(out);
  return {
    performance: r.categories.performance.score * 100,
    accessibility: r.categories.accessibility.score * 100,
    'best-practices': r.categories['best-practices'].score * 100,
    'FCP ms': r.audits['first-contentful-paint'].numericValue,
    'LCP ms': r.audits['largest-contentful-paint'].numericValue,
    'TBT ms': r.audits['total-blocking-time'].numericValue,
    CLS: r.audits['cumulative-layout-shift'].numericValue,
    'bytes': r.audits['total-byte-weight'].numericValue,
    // This machine's speed as Lighthouse measures it: its 4× is calibrated on a desktop of about
    // 1,000–1,500 to stand for a mid-range phone; a slower machine makes "4×" a slower phone.
    benchmarkIndex: r.environment.benchmarkIndex,
  };
}

async function tapTimes(url) {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = [];
  while (times.length < 50) {
    await page.goto(`${url}#/question/grossesse`);
    await page.getByRole('radio', { name: 'Non', exact: true }).waitFor();
    for (let q = 0; q < 4 && times.length < 50; q += 1) {
      times.push(await page.evaluate(() => new Promise((resolve) => {
        const heading = document.querySelector('main h1');
        const before = heading.textContent;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const now = document.querySelector('main h1');
          if (now && now.textContent !== before) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        document.querySelector('input[value="N"]').click();
        document.querySelector('form button[type="submit"]').click();
      })));
    }
  }
  await browser.close();
  return times;
}

/**
 * The dead window: on a throttled phone, "Répondre au questionnaire" is tapped as soon as it is
 * painted; how long until the tap shows something (the status line or the next page), and until
 * the next page is there. Medians of `runs` fresh visits.
 */
async function deadWindow(url, { latency, kbps, cpu }, runs = 5) {
  const browser = await launchBrowser();
  const results = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: (kbps * 1000) / 8, uploadThroughput: (kbps * 1000) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(url, { waitUntil: 'commit' });
    const start = page.getByRole('link', { name: 'Répondre au questionnaire' });
    await start.waitFor();
    results.push(await page.evaluate((ids) => new Promise((resolve) => {
      const painted = performance.now();
      let feedback = null;
      const check = () => {
        const now = performance.now() - painted;
        const status = document.getElementById(ids.status);
        const next = [...document.querySelectorAll('main h1')].some((h) => h.textContent === 'Avant de commencer');
        if (feedback === null && (next || (status && status.textContent))) feedback = now;
        if (next && !document.getElementById(ids.firstScreen)) resolve({ painted, feedback, next: now });
        else requestAnimationFrame(check);
      };
      document.querySelector('.app-sheet__start').click();
      requestAnimationFrame(check);
    }), CONTRACT.ids));
    await context.close();
  }
  await browser.close();
  return {
    painted: median(results.map((r) => r.painted)),
    feedback: median(results.map((r) => r.feedback)),
    next: median(results.map((r) => r.next)),
  };
}

buildFloor();
const app = await serve(DIST);
const floor = await serve(FLOOR);
console.log(`build: ${DIST}`);
for (const method of ONLY.includes('lighthouse') ? ['simulate', 'devtools'] : []) {
  const results = { app: [], floor: [] };
  for (let i = 0; i < RUNS; i += 1) {
    results.app.push(await lighthouse(app.url, method));
    results.floor.push(await lighthouse(floor.url, method));
  }
  const keys = Object.keys(results.app[0]);
  console.log(`\nLighthouse 12.2.3, mobile, throttling ${method}, medians of ${RUNS} runs`);
  console.log(`${'metric'.padEnd(16)}${'app'.padStart(12)}${'floor'.padStart(12)}${'app/floor'.padStart(12)}`);
  for (const key of keys) {
    const a = median(results.app.map((r) => r[key]));
    const f = median(results.floor.map((r) => r[key]));
    const ratio = ['FCP ms', 'LCP ms'].includes(key) ? (a / f).toFixed(2) : '';
    const fmt = (v) => (key === 'CLS' ? v.toFixed(3) : Math.round(v).toString());
    console.log(`${key.padEnd(16)}${fmt(a).padStart(12)}${fmt(f).padStart(12)}${ratio.padStart(12)}`);
  }
  console.log(`TBT of each run (app): ${results.app.map((r) => Math.round(r['TBT ms'])).join(', ')}`);
}
if (ONLY.includes('taps')) {
  const taps = await tapTimes(app.url);
  const later = taps.filter((_, i) => i % 4 !== 0);
  console.log(`\ntap on an answer + Continuer → next question painted, 4× CPU throttling, ${taps.length} taps: median ${median(taps).toFixed(1)} ms (min ${Math.min(...taps).toFixed(1)}, max ${Math.max(...taps).toFixed(1)}); first tap of each visit ${median(taps.filter((_, i) => i % 4 === 0)).toFixed(1)} ms, the others ${median(later).toFixed(1)} ms`);
}
for (const [name, conditions] of ONLY.includes('dead') ? [
  ['slow 3G (400 kbit/s, 400 ms, CPU 4×)', { latency: 400, kbps: 400, cpu: 4 }],
  ['Lighthouse slow 4G (1.6 Mbit/s, 150 ms, CPU 4×)', { latency: 150, kbps: 1638, cpu: 4 }],
] : []) {
  const d = await deadWindow(app.url, conditions);
  console.log(`dead window, ${name}: start link painted at ${Math.round(d.painted)} ms; tap → feedback ${Math.round(d.feedback)} ms, → next page ${Math.round(d.next)} ms (medians of 5)`);
}
app.close();
floor.close();
