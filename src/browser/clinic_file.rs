//! Fetches a file published beside the app, from its own origin (the service worker keeps a copy offline): the clinic settings (`/clinic.json`), a language's bundle.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the settings file is, on the app's own origin.
const ADDRESS: &str = "/clinic.json";
/// A file that has not come after this long is treated as missing: it never holds a patient up.
const PATIENCE: Duration = Duration::from_secs(5);

/// Asks for the settings file and calls `done` once: with its bytes as sent (read as they are:
/// the check decodes them strictly, so that a file not saved as UTF-8 is named, never shown
/// with "�"), or `None` if it is missing, the request fails, or it takes longer than `PATIENCE`.
pub fn fetch(done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    fetch_file(ADDRESS, PATIENCE, done);
}

/// Asks for the file at `address` (on the app's own origin) and calls `done` once: with its bytes,
/// or `None` if it is missing, the request fails, or it takes longer than `patience`.
pub fn fetch_file(
    address: &str,
    patience: Duration,
    done: impl FnOnce(Option<Vec<u8>>) + 'static,
) {
    let address = address.to_owned();
    let done: Rc<RefCell<Option<Box<dyn FnOnce(Option<Vec<u8>>)>>>> =
        Rc::new(RefCell::new(Some(Box::new(done))));
    let finish = move |text: Option<Vec<u8>>| {
        let callback = done.borrow_mut().take();
        if let Some(callback) = callback {
            callback(text);
        }
    };
    let on_time = finish.clone();
    leptos::prelude::set_timeout(move || on_time(None), patience);
    wasm_bindgen_futures::spawn_local(async move { finish(bytes(&address).await) });
}

async fn bytes(address: &str) -> Option<Vec<u8>> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(address))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
