// Step "desk renames": the reception desk's files, which Trunk builds beside the app under names
// without a hash, renamed by their content's hash. No page of a patient names them and the service
// worker does not precache them: a patient's phone never downloads the desk's code.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from './hash.mjs';

/** The fixed name of the desk camera's script (served `no-cache`: serving.mjs), which the app loads. */
export const DESK_CAMERA = 'desk-camera.js';

/** Writes `data` under a name made from `name(hash)`, removes the unhashed file, gives the new name. */
function rename(staging, from, data, to) {
  writeFileSync(join(staging, to), data);
  unlinkSync(join(staging, from));
  return to;
}

/** The desk's page (`?accueil`, `src/bin/accueil.rs`): its glue and wasm, named by their hash. */
export function renameDeskPage(staging) {
  const glue = readFileSync(join(staging, 'accueil.js'));
  const wasm = readFileSync(join(staging, 'accueil_bg.wasm'));
  const hash = contentHash(glue, wasm);
  return {
    glue: rename(staging, 'accueil.js', glue, `accueil-${hash}.js`),
    wasm: rename(staging, 'accueil_bg.wasm', wasm, `accueil-${hash}_bg.wasm`),
  };
}

/** `text` with each `'MARKER'` of `names` replaced by `'/name'` (each must be there). */
export function withNames(text, names, file) {
  return Object.entries(names).reduce((out, [marker, name]) => {
    if (!out.includes(`'${marker}'`)) throw new Error(`${file}: the marker ${marker} is missing`);
    return out.replace(`'${marker}'`, `'/${name}'`);
  }, text);
}

/**
 * The desk's camera (`desk-camera/`): Trunk builds its QR decoder (quircs) as a worker
 * (`desk-camera.js`, `desk-camera_bg.wasm`); they are named by their hash, as is
 * `desk-camera/worker.js`, the worker that loads them (all three cached a year);
 * `desk-camera/camera.js`, the page's side of the camera, which names the worker, is written under
 * the one fixed name the app knows (`/desk-camera.js`, `no-cache`). Only the reception page fetches
 * them, when the camera is started (src/desk_camera.rs).
 */
export function renameDeskCamera(staging, root) {
  const glue = readFileSync(join(staging, 'desk-camera.js'));
  const wasm = readFileSync(join(staging, 'desk-camera_bg.wasm'));
  const hash = contentHash(glue, wasm);
  const files = { glue: `desk-camera-${hash}.js`, wasm: `desk-camera-${hash}_bg.wasm` };
  writeFileSync(join(staging, files.glue), glue);
  rename(staging, 'desk-camera_bg.wasm', wasm, files.wasm);
  const source = (file) => readFileSync(join(root, 'desk-camera', file), 'utf8');
  const worker = withNames(source('worker.js'), { __GLUE__: files.glue, __WASM__: files.wasm }, 'desk-camera/worker.js');
  const workerName = `desk-camera-worker-${contentHash(worker)}.js`;
  writeFileSync(join(staging, workerName), worker);
  writeFileSync(join(staging, DESK_CAMERA), withNames(source('camera.js'), { __WORKER__: workerName }, 'desk-camera/camera.js'));
}

/** The desk's files (its page's and its camera's, `deskBoot` its boot script): never precached. */
export const isDeskFile = (file, deskBoot) => file === deskBoot || file.startsWith('accueil-') || file === DESK_CAMERA || file.startsWith('desk-camera-');
