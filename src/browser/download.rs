//! Saves a file made on the device (a Blob and a download link): no request leaves the browser.

use wasm_bindgen::JsCast;

/// Offers `text` as a file named `file_name` of type `mime`.
pub fn save_file(file_name: &str, mime: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Released once the browser has taken the file.
    leptos::prelude::request_animation_frame(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    Ok(())
}
