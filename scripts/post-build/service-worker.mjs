// Step "service worker" (release builds): it precaches every file of the build but the desk's (its
// page and its camera: a patient's phone never downloads them, and a new desk alone makes no new
// version for patients to download); its version is the hash of their names.
import { contentHash } from './hash.mjs';

/** The files the service worker keeps, "/" first. */
export function precached(files, isDeskFile) {
  const kept = files.filter((f) => !f.endsWith('.gz') && !f.endsWith('.br') && f !== 'sw.js' && !isDeskFile(f)).sort();
  return ['/', ...kept.map((f) => `/${f}`)];
}

/** sw.js from its template (scripts/sw-template.js) and the files it keeps; `read(name)`, where
 * given, gives a file's content, which goes into the version too: a file under a fixed name (a
 * language's page, `lang-<code>.json`) changed alone still makes a new version. */
export function serviceWorker(template, files, read) {
  const names = files.slice(1).map((f) => f.slice(1));
  const version = contentHash(names.join('\n'), ...(read ? names.map(read) : []));
  for (const marker of ['__VERSION__', '__FILES__']) if (!template.includes(marker)) throw new Error(`sw-template.js: ${marker} is missing`);
  return template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(files));
}
