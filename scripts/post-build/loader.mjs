// Step "loader": Trunk writes its wasm loader as an inline <script type="module">; it becomes the boot
// script, a file named by its hash (with Subresource Integrity) that the start script adds once the
// pre-rendered sheet is painted. Nothing of the app is fetched before that paint: the text a patient
// reads first never waits for it, and it stays the page's largest paint (the app draws the same
// elements at the same size). Trunk's preloads, and its static import of the glue, would start
// downloads before the first paint, so they go, and the glue is imported when the script runs.
const INLINE = /<script type="module">([\s\S]*?)<\/script>/;

/** { html, loader }: Trunk's loader taken out of `html`, with its preloads. */
export function takeLoader(html) {
  const found = INLINE.exec(html);
  if (!found) throw new Error('index.html: Trunk’s inline loader script was not found');
  const rest = html.replace(INLINE, '')
    .replace(/\s*<link rel="preload" [^>]*as="fetch" type="application\/wasm"[^>]*>/g, '')
    .replace(/\s*<link rel="modulepreload" [^>]*>/g, '');
  return { html: rest, loader: found[1] };
}

/** Any failure to load or start the WebAssembly (a 404, an interrupted download, a browser that
 * refuses it) is told to the start script by the event `failed`, which says so to the patient. */
const guarded = (code, failed) => `try {\n${code}\n} catch (error) {\n  dispatchEvent(new CustomEvent(${JSON.stringify(failed)}));\n}\n`;

/** The patients' boot script from Trunk's `loader`; release builds also register the service worker
 * that keeps the app working offline. */
export function appBoot(loader, { release, failed }) {
  const dynamic = loader.replace(/import init, \* as bindings from '([^']+)';/, (_, glue) => `const bindings = await import('${glue}');\nconst init = bindings.default;`);
  if (dynamic === loader) throw new Error('index.html: Trunk’s loader does not import the glue as expected');
  const boot = guarded(dynamic, failed);
  return release ? `${boot}\nif ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});\n` : boot;
}

/** The reception desk's boot script, for its renamed glue and wasm (`desk` step). */
export const deskBoot = ({ glue, wasm }, { failed }) => guarded(`  const bindings = await import('/${glue}');\n  await bindings.default({ module_or_path: '/${wasm}' });`, failed);
