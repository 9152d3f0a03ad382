// The reception desk's camera, on the page's side: the camera's picture in a <video> on the page, and
// the QR code read from it, with the browser's BarcodeDetector where it reads QR codes, else with
// the decoder (this crate's wasm) in a Web Worker. The app (src/desk_camera.rs) loads this script
// only when the desk presses « Lire avec la caméra », so that none of it is in the patients'
// download. scripts/post-build.mjs writes it into the build as /desk-camera.js, with the worker's
// hashed name in place of its marker. A classic script (no module): it defines one global.
'use strict';
(() => {
  const WORKER = '__WORKER__';
  /** The pause between two frames read, in milliseconds. */
  const PAUSE = 150;
  /**
   * The longer side of a frame sent to the decoder: a 1280 × 720 picture is read at 960 × 540 (a
   * QR code shown at arm's length keeps 4 pixels or more per module), a 640 × 480 one as it is.
   */
  const MAX_SIDE = 960;
  /** How often the decoder may fail on a frame (a new worker each time) before the desk is told. */
  const RETRIES = 3;
  /** The camera asked for: the one facing away on a tablet, a sharp picture if it has one. */
  const CONSTRAINTS = { audio: false, video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } } };

  /** The browser's detector where it reads QR codes (on Windows and Linux it may exist and read none). */
  const browserDetector = async () => {
    try {
      if (typeof BarcodeDetector !== 'function') return null;
      const formats = await BarcodeDetector.getSupportedFormats();
      return formats.includes('qr_code') ? new BarcodeDetector({ formats: ['qr_code'] }) : null;
    } catch (e) {
      return null;
    }
  };

  /**
   * Starts the camera, its picture in a <video> added to `place` (named `label`), and reads until a
   * QR code is found. Tells `onEvent` { playing: true } once the picture shows; then, unless
   * `stop()` is called first, once how it ended, the camera (every track) already stopped and its
   * picture removed: { text } (the code read, whatever it is: the app checks it), { hidden: true }
   * (the page was hidden: the camera is not kept), or { error } (a getUserMedia DOMException's
   * name, or 'unavailable', 'lost', 'decoder').
   */
  const start = (place, label, onEvent) => {
    let stopped = false;
    let stream = null;
    let worker = null;
    /** Ends the current wait (a pause, the decoder's answer) at once when stopped. */
    let wake = null;
    const video = document.createElement('video');
    video.setAttribute('aria-label', label);
    // Styled here, through the CSSOM (which the Content-Security-Policy allows): no rule for it in
    // the stylesheet every patient downloads. No wider than the page, black while it starts.
    Object.assign(video.style, { display: 'block', inlineSize: 'min(100%, 40rem)', blockSize: 'auto', marginBlockEnd: '1rem', background: '#000' });
    video.muted = true;
    video.playsInline = true;
    video.addEventListener('playing', () => { if (!stopped) onEvent({ playing: true }); }, { once: true });
    place.append(video);
    const onHidden = () => { if (document.hidden) end({ hidden: true }); };
    const stop = () => {
      if (stopped) return;
      stopped = true;
      if (stream) for (const track of stream.getTracks()) track.stop();
      video.srcObject = null;
      video.remove();
      if (worker) worker.terminate();
      document.removeEventListener('visibilitychange', onHidden);
      if (wake) wake();
    };
    const end = (result) => {
      if (stopped) return;
      stop();
      onEvent(result);
    };
    const wait = (begin) => new Promise((resolve, reject) => { wake = resolve; begin(resolve, reject); });

    const read = async () => {
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) throw 'unavailable';
      let media;
      try {
        media = await navigator.mediaDevices.getUserMedia(CONSTRAINTS);
      } catch (error) {
        throw (error && error.name) || 'unavailable';
      }
      if (stopped) {
        for (const track of media.getTracks()) track.stop();
        return undefined;
      }
      stream = media;
      video.srcObject = media;
      await video.play().catch(() => {});
      let detector = await browserDetector();
      const canvas = document.createElement('canvas');
      const context = canvas.getContext('2d', { willReadFrequently: true });
      let failures = 0;
      for (;;) {
        await wait((resolve) => setTimeout(resolve, PAUSE));
        if (stopped) return undefined;
        if (!media.active) throw 'lost';
        // HAVE_CURRENT_DATA: the video has a picture to read.
        if (video.readyState < 2 || !video.videoWidth || !video.videoHeight) continue;
        if (detector) {
          try {
            const codes = await detector.detect(video);
            if (codes.length > 0) return codes[0].rawValue;
          } catch (e) {
            // A detector that exists but fails: the decoder reads instead.
            detector = null;
          }
          continue;
        }
        const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
        const width = Math.max(1, Math.round(video.videoWidth * scale));
        const height = Math.max(1, Math.round(video.videoHeight * scale));
        if (canvas.width !== width || canvas.height !== height) {
          canvas.width = width;
          canvas.height = height;
        }
        context.drawImage(video, 0, 0, width, height);
        const frame = context.getImageData(0, 0, width, height);
        if (!worker) {
          try {
            worker = new Worker(WORKER);
          } catch (e) {
            throw 'decoder';
          }
        }
        const answer = await wait((resolve, reject) => {
          worker.onmessage = (event) => resolve(event.data);
          // The worker's script or the decoder's files could not load.
          worker.onerror = () => reject('decoder');
          worker.postMessage(frame, [frame.data.buffer]);
        });
        if (stopped) return undefined;
        if (typeof answer.text === 'string') return answer.text;
        if (answer.failed === 'decode' && ++failures <= RETRIES) {
          worker.terminate();
          worker = null;
        } else if (answer.failed) {
          throw 'decoder';
        }
      }
    };

    document.addEventListener('visibilitychange', onHidden);
    read().then(
      (text) => { if (typeof text === 'string') end({ text }); },
      (error) => end({ error: typeof error === 'string' ? error : 'decoder' }),
    );
    return { stop };
  };

  self.cimentoplastieDeskCamera = { start };
})();
