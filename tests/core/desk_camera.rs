//! The reception desk's camera: what the desk is told when the camera cannot read.

use cimentoplastie::domain::desk_camera::CameraError;

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
