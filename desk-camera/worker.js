// The reception desk's QR decoder in a Web Worker (a classic one: module workers came late to
// Firefox and Safari), so that decoding a frame never holds up the page. scripts/post-build.mjs
// writes it into the build as `desk-camera-worker-<hash>.js`, with the names of the decoder's glue
// and wasm (Trunk's `data-type="worker"` build of this crate) in place of the two markers.
// Each message is a camera frame (an ImageData); each answer is { text } (the QR code's text, or
// null when the frame holds none that reads) or { failed: 'load' | 'decode' }.
importScripts('__GLUE__');
const ready = wasm_bindgen({ module_or_path: '__WASM__' });
onmessage = ({ data }) => {
  ready.then(() => {
    let text;
    try {
      text = wasm_bindgen.decode(data.width, data.height, data.data);
    } catch (error) {
      // A trap in the decoder: this instance may be broken; the page starts a new worker.
      postMessage({ failed: 'decode' });
      return;
    }
    postMessage({ text: text === undefined ? null : text });
  }, () => postMessage({ failed: 'load' }));
};
