//! What the reception desk's camera is doing, and why it cannot read (from what the camera script reports, `desk-camera/camera.js`), in the desk's words for its status line.

use super::desk_text::DeskText;

/// What the camera is doing, as the desk's status line says it (`DeskStatus::Camera`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraStatus {
    /// Asked for: the browser may be asking the person to allow it.
    Opening,
    /// Its picture is shown and read.
    Reading,
    /// Stopped before it read a code: by the desk, or because the page was hidden.
    Stopped,
    Failed(CameraError),
}

impl CameraStatus {
    /// What the status line says.
    pub fn text(self, desk: &DeskText) -> &str {
        match self {
            CameraStatus::Opening => &desk.camera_starting,
            CameraStatus::Reading => &desk.camera_aim,
            CameraStatus::Stopped => &desk.camera_stopped,
            CameraStatus::Failed(error) => error.message(desk),
        }
    }
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
    /// The camera script or the decoder could not be loaded (no network, a missing file), or the
    /// decoder failed again and again.
    DecoderFailed,
}

impl CameraError {
    /// The error the camera script reports: `unavailable` (no `getUserMedia`), `lost`, `decoder`,
    /// or the name of the `DOMException` a failed `getUserMedia` gave.
    pub fn from_name(name: &str) -> CameraError {
        match name {
            "lost" => CameraError::Lost,
            "decoder" => CameraError::DecoderFailed,
            "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => CameraError::Refused,
            "NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError" => CameraError::NoCamera,
            "NotReadableError" | "AbortError" | "TrackStartError" => CameraError::Busy,
            _ => CameraError::Unavailable,
        }
    }

    /// What the desk reads.
    pub fn message(self, desk: &DeskText) -> &str {
        match self {
            CameraError::Unavailable => &desk.camera_error_unavailable,
            CameraError::Refused => &desk.camera_error_refused,
            CameraError::NoCamera => &desk.camera_error_no_camera,
            CameraError::Busy => &desk.camera_error_busy,
            CameraError::Lost => &desk.camera_error_lost,
            CameraError::DecoderFailed => &desk.camera_error_decoder,
        }
    }
}
