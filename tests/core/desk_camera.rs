//! The reception desk's camera: what the desk's status line says it is doing, and why it cannot read.

use cimentoplastie::domain::desk_camera::{CameraError, CameraStatus};
use cimentoplastie::domain::desk_status::{DeskStatus, status_text};

use crate::shipped_desk;

#[test]
fn each_failure_the_camera_script_reports_gets_its_own_advice() {
    use CameraError::*;
    for (name, error) in [
        ("NotAllowedError", Refused),
        ("SecurityError", Refused),
        ("NotFoundError", NoCamera),
        ("OverconstrainedError", NoCamera),
        ("NotReadableError", Busy),
        ("AbortError", Busy),
        ("lost", Lost),
        ("decoder", DecoderFailed),
        ("unavailable", Unavailable),
        ("TypeError", Unavailable),
        ("", Unavailable),
    ] {
        assert_eq!(CameraError::from_name(name), error, "{name}");
    }
}

#[test]
fn every_camera_error_has_its_own_plain_message() {
    use CameraError::*;
    let errors = [Unavailable, Refused, NoCamera, Busy, Lost, DecoderFailed];
    let desk = shipped_desk();
    let messages: Vec<&str> = errors.iter().map(|e| e.message(&desk)).collect();
    for (error, message) in errors.iter().zip(&messages) {
        assert!(message.len() > 20, "{error:?} has no real message");
    }
    let mut distinct = messages.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), errors.len(), "two errors share a message");
    // The refusal says how to allow the camera and names the button to press again.
    assert!(Refused.message(&desk).contains(&format!("«\u{a0}{}\u{a0}»", desk.camera_start)));
}

#[test]
fn the_status_line_says_what_the_camera_is_doing_in_its_own_words() {
    let desk = shipped_desk();
    let said = |camera| status_text(&desk, &DeskStatus::Camera(camera));
    assert!(said(CameraStatus::Opening).starts_with("Ouverture de la caméra"));
    assert!(said(CameraStatus::Reading).contains("code QR"), "says what to show the camera");
    assert_eq!(said(CameraStatus::Stopped), "Caméra arrêtée.");
    assert_eq!(said(CameraStatus::Failed(CameraError::Refused)), CameraError::Refused.message(&desk));
    let all = [CameraStatus::Opening, CameraStatus::Reading, CameraStatus::Stopped, CameraStatus::Failed(CameraError::Lost)];
    let mut texts: Vec<String> = all.iter().map(|&c| said(c)).collect();
    texts.sort();
    texts.dedup();
    assert_eq!(texts.len(), all.len(), "each status its own words");
}
