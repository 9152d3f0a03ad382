//! The reception desk's camera: its picture in a `<video>`, and the patient's QR code read from it, by the browser's `BarcodeDetector` where it reads QR codes, else by the decoder worker (`desk-camera/`), fetched only then.
//!
//! Nothing happens until `start` (the desk's press on « Lire avec la caméra »): then the camera
//! is asked for, its picture shown, and a frame read every `PAUSE_MS`. The camera stops (every
//! track) as soon as a code is read, when the page is hidden, on `CameraSession::stop` (« Arrêter
//! la caméra »), when the session is dropped, and on any error (`Ended`). The rules (which
//! reader, the frame's size, the errors' messages) are in `domain::desk_camera`; the button and
//! the picture on the page are `components::desk_camera`.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use js_sys::{Array, Function, JSON, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream, MediaStreamTrack, Worker};

pub use crate::domain::desk_camera::CameraError;
use crate::domain::desk_camera::{Reader, choose_reader, frame_size};

/// The decoder's worker, written into the build by `scripts/post-build.mjs` (never precached,
/// named in no page: nothing fetches it before the camera starts).
pub const DECODER_WORKER: &str = "/desk-camera-worker.js";
/// The pause between two frames read, in milliseconds.
const PAUSE_MS: i32 = 150;
/// How often the decoder may fail on a frame (a new worker each time) before the desk is told.
const DECODER_RETRIES: u32 = 3;
/// The camera asked for: the one facing away on a tablet, a sharp picture if it has one.
const CONSTRAINTS: &str =
    r#"{"audio":false,"video":{"facingMode":"environment","width":{"ideal":1280},"height":{"ideal":720}}}"#;

/// How a reading ended, when the page did not stop it itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    /// A QR code was read: its text, whatever it is (the page checks it).
    Read(String),
    /// The page was hidden (another tab, the computer locked): the camera is not kept.
    Hidden,
    /// The camera or the decoder failed; the desk is told why.
    Failed(CameraError),
}

/// A camera reading in progress; dropping it stops the camera.
pub struct CameraSession {
    session: Rc<Session>,
}

impl CameraSession {
    /// Stops the camera (every track), the reading and the decoder; `on_end` is not called.
    /// Stopping twice does nothing.
    pub fn stop(&self) {
        self.session.asked_to_stop.set(true);
        self.session.stop();
    }
}

impl Drop for CameraSession {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Starts the camera, shows its picture in `video`, and reads until a QR code is found. When
/// the reading ends by itself (a code read, the page hidden, a failure), the camera is already
/// stopped when `on_end` is called, once. Call it on the desk's press: the browser may ask the
/// person to allow the camera.
pub fn start(video: HtmlVideoElement, on_end: impl FnOnce(Ended) + 'static) -> CameraSession {
    let session = Rc::new(Session {
        video,
        stopped: Cell::new(false),
        asked_to_stop: Cell::new(false),
        stream: RefCell::new(None),
        worker: RefCell::new(None),
        wake: RefCell::new(None),
        on_hidden: RefCell::new(None),
    });
    session.stop_when_hidden(Rc::downgrade(&session));
    let running = session.clone();
    spawn_local(async move {
        let result = running.read().await;
        running.stop();
        if running.asked_to_stop.get() {
            return;
        }
        on_end(match result {
            Ok(Some(text)) => Ended::Read(text),
            Ok(None) => Ended::Hidden,
            Err(error) => Ended::Failed(error),
        });
    });
    CameraSession { session }
}

/// The state of one reading, shared by the reading task and the page's handle.
struct Session {
    video: HtmlVideoElement,
    stopped: Cell<bool>,
    /// Stopped by the page (`CameraSession::stop`, or dropped): it is not told.
    asked_to_stop: Cell<bool>,
    stream: RefCell<Option<MediaStream>>,
    worker: RefCell<Option<Worker>>,
    /// Settles the promise the reading awaits (a pause, the decoder's answer): a stop ends it at once.
    wake: RefCell<Option<Function>>,
    on_hidden: RefCell<Option<Closure<dyn FnMut()>>>,
}

impl Session {
    fn stop(&self) {
        if self.stopped.replace(true) {
            return;
        }
        if let Some(stream) = self.stream.take() {
            stop_tracks(&stream);
        }
        self.video.set_src_object(None);
        if let Some(worker) = self.worker.take() {
            worker.terminate();
        }
        if let (Some(listener), Some(document)) = (self.on_hidden.take(), document()) {
            let _ = document.remove_event_listener_with_callback("visibilitychange", listener.as_ref().unchecked_ref());
        }
        if let Some(wake) = self.wake.take() {
            let _ = wake.call0(&JsValue::UNDEFINED);
        }
    }

    /// A hidden page (another tab, the computer locked) does not keep the camera.
    fn stop_when_hidden(&self, session: Weak<Session>) {
        let Some(document) = document() else { return };
        let listener = Closure::<dyn FnMut()>::new(move || {
            if let (Some(session), Some(document)) = (session.upgrade(), self::document())
                && document.hidden()
            {
                session.stop();
            }
        });
        let _ = document.add_event_listener_with_callback("visibilitychange", listener.as_ref().unchecked_ref());
        *self.on_hidden.borrow_mut() = Some(listener);
    }

    /// The camera's picture, then frames read until a code is found (`Ok(Some)`), the reading is
    /// stopped (`Ok(None)`), or something fails.
    async fn read(&self) -> Result<Option<String>, CameraError> {
        let stream = self.open_camera().await?;
        if self.stopped.get() {
            stop_tracks(&stream);
            return Ok(None);
        }
        *self.stream.borrow_mut() = Some(stream.clone());
        self.video.set_muted(true);
        let _ = self.video.set_attribute("playsinline", "");
        self.video.set_src_object(Some(&stream));
        if let Ok(playing) = self.video.play() {
            let _ = JsFuture::from(playing).await;
        }
        let mut detector = browser_detector().await;
        let canvas = Frames::new().ok_or(CameraError::DecoderFailed)?;
        let mut failures = 0;
        loop {
            self.pause().await;
            if self.stopped.get() {
                return Ok(None);
            }
            if !stream.active() {
                return Err(CameraError::Lost);
            }
            // HAVE_CURRENT_DATA: the video has a picture to read.
            if self.video.ready_state() < 2 {
                continue;
            }
            if let Some(found) = &detector {
                match detect(found, &self.video).await {
                    Ok(Some(text)) => return Ok(Some(text)),
                    Ok(None) => {}
                    // A detector that exists but fails: our decoder reads instead.
                    Err(()) => detector = None,
                }
                continue;
            }
            let Some(frame) = canvas.grab(&self.video) else { continue };
            match self.decode(&frame).await? {
                Decoded::Text(text) => return Ok(Some(text)),
                Decoded::Nothing => {}
                Decoded::Crashed => {
                    failures += 1;
                    if failures > DECODER_RETRIES {
                        return Err(CameraError::DecoderFailed);
                    }
                    if let Some(worker) = self.worker.take() {
                        worker.terminate();
                    }
                }
            }
        }
    }

    /// The camera's stream, asked for now (the browser may ask the person first).
    async fn open_camera(&self) -> Result<MediaStream, CameraError> {
        let devices = web_sys::window()
            .and_then(|w| w.navigator().media_devices().ok())
            .filter(|d| !JsValue::from(d).is_undefined())
            .ok_or(CameraError::Unavailable)?;
        let constraints = JSON::parse(CONSTRAINTS).map_err(|_| CameraError::Unavailable)?;
        let asked = devices
            .get_user_media_with_constraints(constraints.unchecked_ref())
            .map_err(|e| CameraError::from_media_error(&error_name(&e)))?;
        match JsFuture::from(asked).await {
            Ok(stream) => Ok(stream.unchecked_into()),
            Err(e) => Err(CameraError::from_media_error(&error_name(&e))),
        }
    }

    /// One frame read by the decoder worker, started on the first frame.
    async fn decode(&self, frame: &JsValue) -> Result<Decoded, CameraError> {
        let worker = match self.worker.borrow().clone() {
            Some(worker) => worker,
            None => Worker::new(DECODER_WORKER).map_err(|_| CameraError::DecoderFailed)?,
        };
        *self.worker.borrow_mut() = Some(worker.clone());
        let answer = self
            .wait(|resolve, reject| {
                worker.set_onmessage(Some(resolve));
                // The worker's script or the decoder's files could not load.
                worker.set_onerror(Some(reject));
                if worker.post_message(frame).is_err() {
                    let _ = reject.call0(&JsValue::UNDEFINED);
                }
            })
            .await
            .map_err(|_| CameraError::DecoderFailed)?;
        if self.stopped.get() {
            return Ok(Decoded::Nothing);
        }
        let data = Reflect::get(&answer, &"data".into()).unwrap_or_default();
        if let Some(text) = Reflect::get(&data, &"text".into()).ok().and_then(|t| t.as_string()) {
            return Ok(Decoded::Text(text));
        }
        match Reflect::get(&data, &"failed".into()).ok().and_then(|f| f.as_string()).as_deref() {
            Some("decode") => Ok(Decoded::Crashed),
            Some(_) => Err(CameraError::DecoderFailed),
            None => Ok(Decoded::Nothing),
        }
    }

    async fn pause(&self) {
        let _ = self
            .wait(|resolve, _| {
                if let Some(window) = web_sys::window() {
                    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(resolve, PAUSE_MS);
                }
            })
            .await;
    }

    /// Awaits a promise that `begin` settles (given its resolve and reject), or that `stop` resolves.
    async fn wait(&self, begin: impl FnOnce(&Function, &Function)) -> Result<JsValue, JsValue> {
        let mut begin = Some(begin);
        let promise = Promise::new(&mut |resolve: Function, reject: Function| {
            if let Some(begin) = begin.take() {
                begin(&resolve, &reject);
            }
            *self.wake.borrow_mut() = Some(resolve);
        });
        let result = JsFuture::from(promise).await;
        self.wake.take();
        result
    }
}

/// What the decoder made of one frame.
enum Decoded {
    Text(String),
    Nothing,
    /// The decoder failed on it (its worker is replaced).
    Crashed,
}

/// Frames taken from the video into a canvas, at `frame_size`.
struct Frames {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
}

impl Frames {
    fn new() -> Option<Frames> {
        let canvas: HtmlCanvasElement = document()?.create_element("canvas").ok()?.unchecked_into();
        // Read back at every frame: the browser keeps it in memory rather than on the GPU.
        let options = JSON::parse(r#"{"willReadFrequently":true}"#).ok()?;
        let context = canvas.get_context_with_context_options("2d", &options).ok()??.unchecked_into();
        Some(Frames { canvas, context })
    }

    /// The video's current picture as an `ImageData` (RGBA), which the worker receives as it is.
    fn grab(&self, video: &HtmlVideoElement) -> Option<JsValue> {
        let (width, height) = frame_size(video.video_width(), video.video_height())?;
        if self.canvas.width() != width || self.canvas.height() != height {
            self.canvas.set_width(width);
            self.canvas.set_height(height);
        }
        let (w, h) = (f64::from(width), f64::from(height));
        self.context.draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w, h).ok()?;
        self.context.get_image_data(0.0, 0.0, w, h).ok().map(JsValue::from)
    }
}

/// The browser's `BarcodeDetector` for QR codes, where it has one that reads them.
async fn browser_detector() -> Option<JsValue> {
    let window = web_sys::window()?;
    let class: Function = Reflect::get(&window, &"BarcodeDetector".into()).ok()?.dyn_into().ok()?;
    let supported: Function = Reflect::get(&class, &"getSupportedFormats".into()).ok()?.dyn_into().ok()?;
    let formats = JsFuture::from(Promise::resolve(&supported.call0(&class).ok()?)).await.ok()?;
    let formats: Vec<String> = Array::from(&formats).iter().filter_map(|f| f.as_string()).collect();
    if choose_reader(true, &formats) != Reader::Browser {
        return None;
    }
    let options = JSON::parse(r#"{"formats":["qr_code"]}"#).ok()?;
    Reflect::construct(&class, &Array::of1(&options)).ok()
}

/// The first QR code the browser's detector finds in the video's picture; `Err` if it fails.
async fn detect(detector: &JsValue, video: &HtmlVideoElement) -> Result<Option<String>, ()> {
    let detect: Function = Reflect::get(detector, &"detect".into()).map_err(|_| ())?.dyn_into().map_err(|_| ())?;
    let found = detect.call1(detector, video).map_err(|_| ())?;
    let found = JsFuture::from(Promise::resolve(&found)).await.map_err(|_| ())?;
    Ok(Array::from(&found).iter().find_map(|code| Reflect::get(&code, &"rawValue".into()).ok()?.as_string()))
}

fn stop_tracks(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        track.unchecked_into::<MediaStreamTrack>().stop();
    }
}

/// The name of a `DOMException` (`NotAllowedError`…), or "".
fn error_name(error: &JsValue) -> String {
    Reflect::get(error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default()
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}
