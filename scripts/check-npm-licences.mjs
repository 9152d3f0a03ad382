// Checks the licences of the npm packages used by the build and the tests (package-lock.json):
// each must be one a clinic may use; prints the list.
import { readFileSync } from 'node:fs';

const ALLOWED = new Set(['MIT', 'MIT-0', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', 'Zlib', 'MPL-2.0', 'BlueOak-1.0.0']);
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
let refused = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!path) continue;
  const name = path.replace(/^.*node_modules\//, '');
  // An older package states its licence in its own package.json only (`licenses`), not in the lock.
  const installed = () => { try { return JSON.parse(readFileSync(new URL(`../${path}/package.json`, import.meta.url), 'utf8')); } catch { return {}; } };
  const own = entry.license ? {} : installed();
  const licence = entry.license ?? own.license ?? own.licenses?.map((l) => l.type).join(' OR ') ?? 'UNKNOWN';
  // npm here records no download address for registry packages; a git, file or link source would show one.
  const resolved = entry.resolved ?? '';
  const fromRegistry = !entry.link && (resolved === '' || resolved.startsWith('https://registry.npmjs.org/'));
  const ok = licence.split(/\s+OR\s+|[()]/).some((l) => ALLOWED.has(l.trim())) && fromRegistry;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}@${entry.version}  ${licence}${fromRegistry ? '' : `  (source: ${resolved || 'unknown'})`}`);
  if (!ok) refused += 1;
}
if (refused) {
  console.error(`${refused} npm package(s) with a licence or source not allowed`);
  process.exit(1);
}
