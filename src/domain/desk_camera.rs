//! The reception desk's camera, its plain rules: who reads the frames (the browser or our decoder), how large a frame is sampled, and what went wrong, in the desk's words.

use super::ui_text::UiText;

/// What reads the QR codes in the camera's picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// The browser's own `BarcodeDetector` (Chrome on Android, macOS, ChromeOS): nothing to fetch.
    Browser,
    /// The app's decoder (`desk-camera/`) in a Web Worker, fetched when the camera starts.
    Decoder,
}

/// The browser's reader where it has one that reads QR codes (`BarcodeDetector` exists and its
/// `getSupportedFormats()` lists `qr_code`: on Windows and Linux it may exist and read nothing),
/// else our decoder.
pub fn choose_reader(has_detector: bool, formats: &[String]) -> Reader {
    if has_detector && formats.iter().any(|format| format == "qr_code") {
        Reader::Browser
    } else {
        Reader::Decoder
    }
}

/// The longer side of a frame sent to the decoder, in pixels: a 1280 × 720 picture is read at
/// 960 × 540 (a QR code shown at arm's length still has 4 pixels or more per module), a 640 × 480
/// one as it is.
pub const MAX_SIDE: u32 = 960;

/// The size of the frame sampled from a `width` × `height` picture: the same proportions, scaled
/// down to `MAX_SIDE` at most; `None` while the video has no picture yet (a side of 0).
pub fn frame_size(width: u32, height: u32) -> Option<(u32, u32)> {
    if width == 0 || height == 0 {
        return None;
    }
    let longer = width.max(height);
    if longer <= MAX_SIDE {
        return Some((width, height));
    }
    let scale = |side: u32| ((u64::from(side) * u64::from(MAX_SIDE) + u64::from(longer) / 2) / u64::from(longer)).max(1) as u32;
    Some((scale(width), scale(height)))
}

/// Why the camera cannot read, each said in plain words at the desk (`message`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraError {
    /// The browser gives no camera to this page (an old browser, or a page not served over HTTPS).
    Unavailable,
    /// The person, the browser's settings or the site's policy refused the camera.
    Refused,
    /// No camera is plugged in, or none that fits.
    NoCamera,
    /// The camera is there but does not start (another application holds it).
    Busy,
    /// The camera stopped while reading (unplugged).
    Lost,
    /// The decoder could not be loaded (no network, a missing file), or failed again and again.
    DecoderFailed,
}

impl CameraError {
    /// The error for a failed `getUserMedia`, from its `DOMException`'s name.
    pub fn from_media_error(name: &str) -> CameraError {
        match name {
            "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => CameraError::Refused,
            "NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError" => CameraError::NoCamera,
            "NotReadableError" | "AbortError" | "TrackStartError" => CameraError::Busy,
            _ => CameraError::Unavailable,
        }
    }

    /// What the desk reads.
    pub fn message(self, ui: &UiText) -> &str {
        match self {
            CameraError::Unavailable => &ui.desk_camera_error_unavailable,
            CameraError::Refused => &ui.desk_camera_error_refused,
            CameraError::NoCamera => &ui.desk_camera_error_no_camera,
            CameraError::Busy => &ui.desk_camera_error_busy,
            CameraError::Lost => &ui.desk_camera_error_lost,
            CameraError::DecoderFailed => &ui.desk_camera_error_decoder,
        }
    }
}
