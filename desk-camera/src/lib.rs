//! The reception desk's QR decoder: one camera frame (RGBA or grey pixels) → the text of the QR code in it.
//!
//! Built by Trunk as a separate wasm (`index.html`, `data-type="worker"`) and run in a Web Worker
//! (`worker.js`), so that neither the patients' download nor the desk page's responsiveness pay
//! for it. The app's `src/desk_camera.rs` starts the worker only when the camera is asked for.

use wasm_bindgen::prelude::wasm_bindgen;

/// The largest frame taken, in pixels (4096 × 4096): a bigger one is refused, not decoded.
pub const MAX_PIXELS: usize = 4096 * 4096;

/// The text of the first QR code found in a `width` × `height` frame, or `None` (no code, one
/// that does not read, or pixels that do not make that frame). `pixels` holds either one grey
/// byte per pixel, or four (RGBA, as a canvas's `ImageData` gives them), row by row.
#[wasm_bindgen]
pub fn decode(width: u32, height: u32, pixels: &[u8]) -> Option<String> {
    let grey = grey_frame(width as usize, height as usize, pixels)?;
    let mut decoder = quircs::Quirc::default();
    let codes = decoder.identify(width as usize, height as usize, &grey);
    codes
        .filter_map(|code| code.ok()?.decode().ok())
        .find_map(|data| String::from_utf8(data.payload).ok())
}

/// The frame as one grey byte per pixel: the pixels themselves if they are grey already, else
/// each RGBA pixel's luma (ITU-R BT.601, in integers; transparency ignored). `None` when the
/// pixels' length matches neither, or the frame is empty or too large.
pub fn grey_frame(
    width: usize,
    height: usize,
    pixels: &[u8],
) -> Option<std::borrow::Cow<'_, [u8]>> {
    let count = width.checked_mul(height)?;
    if count == 0 || count > MAX_PIXELS {
        return None;
    }
    if pixels.len() == count {
        return Some(std::borrow::Cow::Borrowed(pixels));
    }
    if pixels.len() != count.checked_mul(4)? {
        return None;
    }
    let grey = pixels
        .chunks_exact(4)
        .map(|p| {
            ((299 * u32::from(p[0]) + 587 * u32::from(p[1]) + 114 * u32::from(p[2]) + 500) / 1000)
                as u8
        })
        .collect();
    Some(std::borrow::Cow::Owned(grey))
}
