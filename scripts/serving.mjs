// How the site is served, written once: the type of each kind of file, which files get a Brotli and
// a gzip copy, the cache rule by file name, and the security headers. Read by the server
// configurations (server-config.mjs), the post-deploy check (check-deployment.mjs, shipped beside
// it in the release archive: Node alone, no other file), the test servers and the benchmark.

/** The type of each kind of file the build holds, by extension. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The type without its charset (what a server's type table takes). */
export const bareType = (extension) => TYPES[extension].split(';')[0];

/** The type of a file by its name ("app-….css"), `application/octet-stream` for any other. */
export function typeOf(file) {
  const extension = /\.[a-z]+$/.exec(file)?.[0];
  return TYPES[extension] ?? 'application/octet-stream';
}

/** Text types a server marks with `charset=utf-8`. */
export const CHARSET_TYPES = ['.css', '.js', '.json', '.webmanifest'].map(bareType);

/** Extensions of the files that get a Brotli and a gzip copy at build time (not the PNG icons). */
export const COMPRESSED = ['.html', '.js', '.css', '.wasm', '.webmanifest', '.json', '.svg'];

/** Files whose name holds a hash of their content: cached for a year. (Trunk writes its hash in
 * hexadecimal without leading zeros: 16 digits or fewer.) */
export const HASHED = /-[0-9a-f]{12,16}(?:_bg)?\.(?:js|css|wasm)$/;
/** Files that must be asked for again at each visit (a new release, or the centre's settings; the
 * reception desk's camera script, which names the decoder's hashed files). */
export const ALWAYS_FRESH = ['index.html', 'sw.js', 'manifest.webmanifest', 'clinic.json', 'desk-camera.js'];
/** Each translation's bundle (`lang-<code>.json`, the language's four files in one, which the app
 * fetches when the language is chosen): a fixed name the app knows, asked for again at each visit as
 * the page is, so that a new release's app never gets an old release's texts. */
export const LANGUAGE_BUNDLE = /^lang-[a-z]{2,3}\.json$/;
export const CACHE = {
  hashed: 'public, max-age=31536000, immutable',
  fresh: 'no-cache',
  other: 'public, max-age=86400',
};

/** The pages of a build's files: `index.html` (French) and each other language's (`ar.html`…). */
export const pagesIn = (files) => files.filter((f) => /^[a-z]+\.html$/.test(f));
/** Every file of a build (its names) asked for again at each visit: ALWAYS_FRESH, every page and
 * every language's file (`lang-<code>.json`, fixed names). */
export const freshIn = (files) => [...new Set([...ALWAYS_FRESH, ...pagesIn(files), ...files.filter((f) => LANGUAGE_BUNDLE.test(f))])];

/** The cache rule of a file by its name ("/" is the page; every language's page is fresh). */
export function cacheOf(file) {
  const name = file.replace(/^\//, '') || 'index.html';
  if (ALWAYS_FRESH.includes(name) || LANGUAGE_BUNDLE.test(name) || pagesIn([name]).length === 1) return CACHE.fresh;
  return HASHED.test(name) ? CACHE.hashed : CACHE.other;
}

/** The headers every response carries, error pages included, for a page whose policy is `policy`
 * (the <meta> policy of the build, with what only a header can carry). */
export function headersFor(policy) {
  return [
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['Content-Security-Policy', `${policy}; frame-ancestors 'none'`],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    // Full screen for the kiosk's own page, the camera for the reception page's QR reading
    // (asked for only when the desk presses « Lire avec la caméra »); nothing else the app does not use.
    ['Permissions-Policy', 'fullscreen=(self), camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ];
}

/** What the post-deploy check accepts for each security header (a server may add to some). */
export const REQUIRED_HEADERS = {
  'strict-transport-security': /max-age=\d{7,}/,
  'content-security-policy': /default-src 'none'.*frame-ancestors 'none'/,
  'referrer-policy': /^no-referrer$/,
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^DENY$/i,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-resource-policy': /^same-origin$/,
  // Full screen for the kiosk, the camera for the reception page (« Lire avec la caméra »).
  'permissions-policy': /^(?=.*fullscreen=\(self\))(?=.*camera=\(self\))/,
};

/** The page's policy as its <meta http-equiv> gives it (the build's, with its start script's hash). */
export function metaPolicy(html) {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
}
