// Service worker (release builds only), written by scripts/post-build.mjs with the build's file list.
// It keeps the app working offline after the first visit. It only ever fetches the app's own files
// from its own origin, and never sends anything anywhere.
const VERSION = '__VERSION__';
const CACHE = `cimentoplastie-${VERSION}`;
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('cimentoplastie-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: network first, so that a new release is picked up; the cached copy offline, that
    // language's page ("/ar.html") or the French one ("/", "/index.html", any other address).
    const page = url.pathname === '/' ? '/index.html' : url.pathname;
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match(page).then((hit) => hit ?? cache.match('/index.html')))),
    );
    return;
  }
  if (url.pathname === '/clinic.json') {
    // The centre's settings, which it may change at any time: network first, the cached copy offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) { const copy = response.clone(); caches.open(CACHE).then((cache) => cache.put('/clinic.json', copy)); }
          return response;
        })
        .catch(() => caches.open(CACHE).then((cache) => cache.match('/clinic.json'))),
    );
    return;
  }
  // Hashed files never change: the cache first.
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit ?? fetch(request))));
});
