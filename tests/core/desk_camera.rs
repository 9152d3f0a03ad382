//! The reception desk's camera: which reader reads, the frame's size, and what the desk is told when the camera cannot read.

use cimentoplastie::domain::desk_camera::{CameraError, MAX_SIDE, Reader, choose_reader, frame_size};

use crate::shipped_library;

fn formats(list: &[&str]) -> Vec<String> {
    list.iter().map(|f| (*f).to_owned()).collect()
}

#[test]
fn the_browser_reads_only_where_its_detector_lists_qr_codes() {
    assert_eq!(choose_reader(true, &formats(&["ean_13", "qr_code"])), Reader::Browser);
    // Chrome on Linux and Windows may have the detector and no format at all.
    assert_eq!(choose_reader(true, &formats(&[])), Reader::Decoder);
    assert_eq!(choose_reader(true, &formats(&["ean_13", "code_128"])), Reader::Decoder);
    assert_eq!(choose_reader(false, &formats(&["qr_code"])), Reader::Decoder);
}

#[test]
fn a_frame_keeps_its_proportions_and_is_never_larger_than_the_decoder_takes() {
    assert_eq!(frame_size(640, 480), Some((640, 480)));
    assert_eq!(frame_size(1280, 720), Some((960, 540)));
    assert_eq!(frame_size(1920, 1080), Some((960, 540)));
    // A tablet held upright.
    assert_eq!(frame_size(1080, 1920), Some((540, 960)));
    assert_eq!(frame_size(MAX_SIDE, 10), Some((MAX_SIDE, 10)));
    // A sliver never becomes zero pixels high.
    assert_eq!(frame_size(100_000, 1), Some((960, 1)));
    assert_eq!(frame_size(u32::MAX, u32::MAX), Some((960, 960)));
    // No picture yet.
    assert_eq!(frame_size(0, 480), None);
    assert_eq!(frame_size(640, 0), None);
}

#[test]
fn each_refusal_of_the_browser_gets_its_own_advice() {
    use CameraError::*;
    for (name, error) in [
        ("NotAllowedError", Refused),
        ("SecurityError", Refused),
        ("NotFoundError", NoCamera),
        ("OverconstrainedError", NoCamera),
        ("NotReadableError", Busy),
        ("AbortError", Busy),
        ("TypeError", Unavailable),
        ("", Unavailable),
    ] {
        assert_eq!(CameraError::from_media_error(name), error, "{name}");
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
