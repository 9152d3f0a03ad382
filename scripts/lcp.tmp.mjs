import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
const DIST = join(process.cwd(), 'dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = join(DIST, path === '/' ? 'index.html' : path.slice(1));
  if (!existsSync(file)) { res.writeHead(404).end(); return; }
  const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  let body = file;
  if ((req.headers['accept-encoding'] ?? '').includes('br') && existsSync(`${file}.br`)) { body = `${file}.br`; headers['content-encoding'] = 'br'; }
  res.writeHead(200, headers).end(readFileSync(body));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const flags = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const { stdout } = await promisify(execFile)('target/bench/node_modules/.bin/lighthouse', [url, '--output=json', '--quiet', `--chrome-flags=${flags}`, '--only-categories=performance'], { maxBuffer: 1 << 26, env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
const r = JSON.parse(stdout);
for (const k of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'total-byte-weight']) console.log(k, r.audits[k].numericValue);
console.log(JSON.stringify(r.audits['largest-contentful-paint-element']).slice(0, 3000)); console.log(JSON.stringify(r.audits['lcp-lazy-loaded']?.title));
console.log(JSON.stringify(r.audits['long-tasks']?.details?.items?.slice(0, 5)));
console.log(JSON.stringify(r.audits['network-requests'].details.items.map((i) => [i.url.slice(-40), i.transferSize, Math.round(i.networkEndTime)])));
server.close();
