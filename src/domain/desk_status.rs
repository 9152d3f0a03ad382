//! What the reception desk's status line says: ready, reading, what one scan turned out to be (a patient's answers, the test card, incomplete, not ours, another version), the idle warning, erased.

use super::desk_camera::CameraStatus;
use super::desk_code::{DecodeError, DeskCode};
use super::mode::WARNING_SECONDS;
use super::questionnaire::Questionnaire;
use super::scanner::{KeyStroke, Reading, read_scan};
use super::desk_text::DeskText;
use super::ui_text::fill;

/// Fewer characters than this in one burst are a stray key press, not a scan: the page ignores them.
pub const MIN_SCAN_CHARS: usize = 4;

/// The answers shown at the desk are erased after this long without a key or a click: the idle
/// warning comes `WARNING_SECONDS` before (the inactivity phases of `domain::mode`).
pub const DESK_IDLE_SECONDS: u32 = 180 - WARNING_SECONDS;

/// How a scan ended: the scanner's Enter or Tab, or a pause after its last key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanEnd {
    Enter,
    Tab,
    Pause,
}

/// What the status line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskStatus {
    /// Waiting for a scan.
    Ready,
    /// The page does not have the keyboard: a scan would be typed elsewhere (the address bar…).
    NoKeyboard,
    /// Keys are coming in.
    Reading,
    /// A patient's answers were read: they are shown.
    Read,
    /// Ours, but cut short or misread.
    Incomplete,
    /// Another code (a URL, a product barcode…).
    NotOurs,
    /// Ours, from a questionnaire version this build does not know.
    OtherVersion(String),
    /// Ours, in a newer format than this build reads (the page needs updating).
    NewerFormat,
    /// Ours and whole, but a field does not fit this questionnaire.
    Invalid,
    /// The scanner's test card: how the scanner types (its layout against the computer's, its
    /// speed in characters per second when measurable, how it ends a code).
    TestCard {
        reading: Reading,
        chars_per_second: Option<u32>,
        end: ScanEnd,
    },
    /// The test card, read by other means than keys (the camera).
    TestCardRead,
    /// The answers shown will be erased in `seconds` without activity.
    IdleWarning { seconds: u32 },
    /// The camera (« Lire avec la caméra »): opening, reading, stopped, or why it cannot read.
    Camera(CameraStatus),
    /// The answers were erased after the idle delay.
    ErasedIdle,
    /// The answers were erased ("Effacer / patient suivant").
    Erased,
}

/// True for a key that types one character (not Shift, Enter, Caps Lock…).
pub fn is_character(key: &KeyStroke) -> bool {
    key.key.chars().count() == 1
}

/// How many characters one scan's keys typed.
pub fn character_count(keys: &[KeyStroke]) -> usize {
    keys.iter().filter(|k| is_character(k)).count()
}

/// What one finished scan is (`scanner::read_scan`: the first reading that decodes, else the
/// most telling reason none does), and the answers to show if it is a patient's desk code.
pub fn scan_status(
    questionnaire: &Questionnaire,
    keys: &[KeyStroke],
    end: ScanEnd,
) -> (DeskStatus, Option<DeskCode>) {
    let read = read_scan(questionnaire, keys);
    if read.result == Err(DecodeError::TestCard) {
        let status = DeskStatus::TestCard {
            reading: read.reading.unwrap_or(Reading::AsTyped),
            chars_per_second: read.chars_per_second.map(|cps| cps.round() as u32),
            end,
        };
        return (status, None);
    }
    decoded(read.result)
}

/// What the status line says about one decoded text (a scan's, or the camera's), and the
/// answers to show if it is a patient's desk code.
pub fn decoded(result: Result<DeskCode, DecodeError>) -> (DeskStatus, Option<DeskCode>) {
    let status = match result {
        Ok(code) => return (DeskStatus::Read, Some(code)),
        Err(DecodeError::UnknownQuestionnaire { version }) => DeskStatus::OtherVersion(version),
        Err(DecodeError::UnknownFormat) => DeskStatus::NewerFormat,
        Err(DecodeError::Invalid) => DeskStatus::Invalid,
        Err(DecodeError::Incomplete) => DeskStatus::Incomplete,
        Err(DecodeError::NotOurs) => DeskStatus::NotOurs,
        // The camera's path: the card read whole, with no keys to tell how a scanner types.
        Err(DecodeError::TestCard) => DeskStatus::TestCardRead,
    };
    (status, None)
}

/// The status line's words.
pub fn status_text(desk: &DeskText, status: &DeskStatus) -> String {
    match status {
        DeskStatus::Ready => desk.ready.to_string(),
        DeskStatus::NoKeyboard => desk.no_keyboard.to_string(),
        DeskStatus::Reading => desk.reading.to_string(),
        DeskStatus::Read => desk.read.to_string(),
        DeskStatus::Incomplete => desk.incomplete.to_string(),
        DeskStatus::NotOurs => desk.not_ours.to_string(),
        DeskStatus::OtherVersion(version) => fill(&desk.other_version, &[("version", version)]),
        DeskStatus::NewerFormat => desk.newer_format.to_string(),
        DeskStatus::Invalid => desk.invalid.to_string(),
        DeskStatus::TestCard {
            reading,
            chars_per_second,
            end,
        } => {
            let layout = match reading {
                Reading::AsTyped => &desk.test_as_typed,
                Reading::QwertyScannerOnAzerty => &desk.test_qwerty_on_azerty,
                Reading::AzertyScannerOnQwerty => &desk.test_azerty_on_qwerty,
                Reading::DigitsWithoutShift => &desk.test_digits_without_shift,
            };
            let speed = chars_per_second
                .map(|cps| fill(&desk.test_speed, &[("speed", &cps.to_string())]));
            let end = match end {
                ScanEnd::Enter => &desk.test_end_enter,
                ScanEnd::Tab => &desk.test_end_tab,
                ScanEnd::Pause => &desk.test_end_pause,
            };
            [
                Some(desk.test_works.to_string()),
                Some(layout.to_string()),
                speed,
                Some(end.to_string()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
        }
        DeskStatus::TestCardRead => desk.test_card_read.to_string(),
        DeskStatus::Camera(camera) => camera.text(desk).to_string(),
        DeskStatus::IdleWarning { seconds } => {
            fill(&desk.idle_warning, &[("seconds", &seconds.to_string())])
        }
        DeskStatus::ErasedIdle => {
            let minutes = ((DESK_IDLE_SECONDS + WARNING_SECONDS) / 60).to_string();
            let erased = fill(&desk.idle_cleared, &[("minutes", &minutes)]);
            format!("{erased} {}", desk.ready)
        }
        DeskStatus::Erased => format!("{} {}", desk.cleared, desk.ready),
    }
}
