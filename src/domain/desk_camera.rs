//! What the reception desk's camera is doing, and why it cannot read (from what the camera script reports, `desk-camera/camera.js`), in the desk's words for its status line.

use super::ui_text::UiText;

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
    pub fn text(self, ui: &UiText) -> &str {
        match self {
            CameraStatus::Opening => &ui.desk_camera_starting,
            CameraStatus::Reading => &ui.desk_camera_aim,
            CameraStatus::Stopped => &ui.desk_camera_stopped,
            CameraStatus::Failed(error) => error.message(ui),
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
