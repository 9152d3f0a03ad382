//! The reception desk's camera: what the desk's status line says it is doing, and why it cannot read.

use cimentoplastie::domain::desk_camera::{CameraError, CameraStatus};
use cimentoplastie::domain::desk_status::{DeskStatus, status_text};

use crate::shipped_library;

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
fn every_camera_error_has_its_own_plain_message_in_every_language() {
    use CameraError::*;
    let errors = [Unavailable, Refused, NoCamera, Busy, Lost, DecoderFailed];
    for language in &shipped_library().languages {
        let ui = &language.content().ui;
        let messages: Vec<&str> = errors.iter().map(|e| e.message(ui)).collect();
        for (error, message) in errors.iter().zip(&messages) {
            assert!(message.len() > 20, "{}: {error:?} has no real message", language.info.code);
        }
        let mut distinct = messages.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), errors.len(), "{}: two errors share a message", language.info.code);
    }
    // The refusal says how to allow the camera and names the button to press again.
    let fr = &shipped_library().languages[0];
    let ui = &fr.content().ui;
    assert!(Refused.message(ui).contains(&format!("«\u{a0}{}\u{a0}»", ui.desk_camera_start)));
}

#[test]
fn the_status_line_says_what_the_camera_is_doing_in_its_own_words() {
    let library = shipped_library();
    let ui = &library.languages[0].content().ui;
    let said = |camera| status_text(ui, &DeskStatus::Camera(camera));
    assert!(said(CameraStatus::Opening).starts_with("Ouverture de la caméra"));
    assert!(said(CameraStatus::Reading).contains("code QR"), "says what to show the camera");
    assert_eq!(said(CameraStatus::Stopped), "Caméra arrêtée.");
    assert_eq!(said(CameraStatus::Failed(CameraError::Refused)), CameraError::Refused.message(ui));
    let all = [CameraStatus::Opening, CameraStatus::Reading, CameraStatus::Stopped, CameraStatus::Failed(CameraError::Lost)];
    let mut texts: Vec<String> = all.iter().map(|&c| said(c)).collect();
    texts.sort();
    texts.dedup();
    assert_eq!(texts.len(), all.len(), "each status its own words");
}
