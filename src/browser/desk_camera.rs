//! The reception desk's camera, the app's side: loads the camera script (`desk-camera/camera.js`, served as `/desk-camera.js`) when the desk starts the camera, and says how the reading ended.
//!
//! What the camera does is in that script, fetched only on the desk's press: asking for the camera,
//! its picture in a `<video>`, reading a QR code with the browser's `BarcodeDetector` where it
//! reads them, else with the decoder (`desk-camera/`, wasm) in a Web Worker, and stopping the
//! camera (every track) as soon as a code is read, when the page is hidden, on `stop` (« Arrêter la
//! caméra », or the page going), and on any error. Written in Rust with web-sys, the same was
//! 7 KB (Brotli) more in every patient's download. One camera at a time: `start` stops the last.
//! The errors' words are in `domain::desk_camera`; the button and the picture are
//! `components::desk_camera`.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::Element;

pub use crate::domain::desk_camera::CameraError;

/// The camera script, written into the build by `scripts/post-build.mjs` (never precached, named
/// in no page: nothing fetches it before the camera starts).
pub const CAMERA_SCRIPT: &str = "/desk-camera.js";
/// The global the camera script defines: `{ start(place, label, onEvent) → { stop() } }`.
const CAMERA_API: &str = "cimentoplastieDeskCamera";

/// What the camera tells the page: its picture shows, then how it ended (unless the page stopped it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CameraEvent {
    /// The camera's picture is on the page: the desk can show the code.
    Playing,
    /// A QR code was read: its text, whatever it is (the page checks it). The camera is stopped.
    Read(String),
    /// The page was hidden (another tab, the computer locked): the camera is stopped, not kept.
    Hidden,
    /// The camera, or the camera script or decoder, failed; the camera is stopped.
    Failed(CameraError),
}

/// The camera in use: the script's `stop` (once it started), and the function it tells.
struct Session {
    stop: Option<Function>,
    _on_event: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    /// The one camera reading; `None` once it ended or was stopped.
    static CAMERA: RefCell<Option<Session>> = const { RefCell::new(None) };
    /// Counts `start`s, so that a script that loads after a newer start or a stop starts nothing.
    static STARTS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Loads the camera script if needed, starts the camera with its picture in `place` (named
/// `label`, the desk's words), and reads until a QR code is found. `on_event` is told when the
/// picture shows, then once how the reading ended, the camera already stopped; it is not told
/// anything after `stop`. Call it on the desk's press: the browser may ask to allow the camera.
pub fn start(place: Element, label: String, mut on_event: impl FnMut(CameraEvent) + 'static) {
    stop();
    let this = STARTS.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    spawn_local(async move {
        let Some((api, start)) = camera_api().await else {
            if STARTS.with(|n| n.get()) == this {
                on_event(CameraEvent::Failed(CameraError::DecoderFailed));
            }
            return;
        };
        if STARTS.with(|n| n.get()) != this {
            return;
        }
        let on_event = Closure::<dyn FnMut(JsValue)>::new(move |said: JsValue| {
            let event = event(&said);
            if event != CameraEvent::Playing {
                // Ended: the session is let go (after this call, as wasm-bindgen drops a running closure).
                CAMERA.with(|camera| camera.borrow_mut().take());
            }
            on_event(event);
        });
        let handle = start.call3(&api, &place, &label.into(), on_event.as_ref());
        let stop = handle.ok().and_then(|h| field(&h, "stop").dyn_into().ok());
        CAMERA.with(|camera| *camera.borrow_mut() = Some(Session { stop, _on_event: on_event }));
    });
}

/// Stops the camera (every track), its picture, the reading and the decoder, if any runs; nothing
/// is told about it. Stopping twice does nothing.
pub fn stop() {
    STARTS.with(|n| n.set(n.get() + 1));
    let session = CAMERA.with(|camera| camera.borrow_mut().take());
    if let Some(stop) = session.as_ref().and_then(|s| s.stop.as_ref()) {
        let _ = stop.call0(&JsValue::UNDEFINED);
    }
}

/// The camera script's global and its `start`, the script loaded first if it is not yet.
async fn camera_api() -> Option<(JsValue, Function)> {
    let window = web_sys::window()?;
    if field(&window, CAMERA_API).is_undefined() {
        let document = window.document()?;
        let script = document.create_element("script").ok()?;
        script.set_attribute("src", CAMERA_SCRIPT).ok()?;
        let loaded = Promise::new(&mut |resolve, reject| {
            let _ = Reflect::set(&script, &"onload".into(), &resolve);
            let _ = Reflect::set(&script, &"onerror".into(), &reject);
        });
        document.head()?.append_child(&script).ok()?;
        JsFuture::from(loaded).await.ok()?;
    }
    let api = field(&window, CAMERA_API);
    let start = field(&api, "start").dyn_into().ok()?;
    Some((api, start))
}

/// What the camera script said: `{ playing }`, `{ text }`, `{ hidden }` or `{ error }`.
fn event(said: &JsValue) -> CameraEvent {
    if let Some(text) = field(said, "text").as_string() {
        CameraEvent::Read(text)
    } else if let Some(error) = field(said, "error").as_string() {
        CameraEvent::Failed(CameraError::from_name(&error))
    } else if field(said, "playing").is_truthy() {
        CameraEvent::Playing
    } else {
        CameraEvent::Hidden
    }
}

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &name.into()).unwrap_or_default()
}
