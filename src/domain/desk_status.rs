//! What the reception desk's status line says: ready, reading, what one scan turned out to be (a patient's answers, the test card, incomplete, not ours, another version), the idle warning, erased.

use super::desk_code::{DecodeError, DeskCode, decode};
use super::mode::WARNING_SECONDS;
use super::questionnaire::Questionnaire;
use super::scanner::{KeyStroke, Reading, readings};
use super::ui_text::{UiText, fill};

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
    /// Ours and whole, but a field does not fit this questionnaire.
    Invalid,
    /// The scanner's test card: how the scanner types (its layout against the computer's, its
    /// speed in characters per second when measurable, how it ends a code).
    TestCard { reading: Reading, chars_per_second: Option<u32>, end: ScanEnd },
    /// The answers shown will be erased in `seconds` without activity.
    IdleWarning { seconds: u32 },
    /// The answers were erased after the idle delay.
    ErasedIdle,
    /// The answers were erased ("Effacer / patient suivant").
    Erased,
}

/// The text of the test card's code, as the scanner should type it.
// TODO(codec): replace by `scanner::test_card_code()` once the codec branch is merged.
fn test_card_code() -> String {
    String::from("CIMTEST0AZQWM1234567890")
}

/// True for a key that types one character (not Shift, Enter, Caps Lock…).
pub fn is_character(key: &KeyStroke) -> bool {
    key.key.chars().count() == 1
}

/// How many characters one scan's keys typed.
pub fn character_count(keys: &[KeyStroke]) -> usize {
    keys.iter().filter(|k| is_character(k)).count()
}

/// The scanner's speed from its keys' own time stamps, in characters per second (rounded);
/// `None` when too few keys or no time between them.
pub fn chars_per_second(keys: &[KeyStroke]) -> Option<u32> {
    let mut times = keys.iter().filter(|k| is_character(k)).map(|k| k.time_ms);
    let first = times.next()?;
    let (count, last) = times.fold((0u32, first), |(n, _), t| (n + 1, t));
    let elapsed = last - first;
    (count > 0 && elapsed > 0.0).then(|| (f64::from(count) * 1000.0 / elapsed).round() as u32)
}

/// What one scan's keys are: the first reading (QWERTY, AZERTY…) that is a desk code for
/// `questionnaire` gives the answers; else the test card; else the most telling reason none is
/// (another version, then a field that does not fit, then incomplete, then not ours).
pub fn read_scan(
    questionnaire: &Questionnaire,
    keys: &[KeyStroke],
    end: ScanEnd,
) -> (DeskStatus, Option<DeskCode>) {
    let card = test_card_code();
    let mut worst: Option<DecodeError> = None;
    let rank = |e: &DecodeError| match e {
        DecodeError::UnknownQuestionnaire { .. } => 3,
        DecodeError::Invalid => 2,
        DecodeError::Incomplete => 1,
        DecodeError::NotOurs => 0,
    };
    for (reading, text) in readings(keys) {
        if text == card {
            let chars_per_second = chars_per_second(keys);
            return (DeskStatus::TestCard { reading, chars_per_second, end }, None);
        }
        match decode(questionnaire, &text) {
            Ok(code) => return decoded(Ok(code)),
            Err(e) => {
                if worst.as_ref().is_none_or(|w| rank(&e) > rank(w)) {
                    worst = Some(e);
                }
            }
        }
    }
    decoded(Err(worst.unwrap_or(DecodeError::NotOurs)))
}

/// What the status line says about one decoded text (a scan's, or the camera's), and the
/// answers to show if it is a patient's desk code.
pub fn decoded(result: Result<DeskCode, DecodeError>) -> (DeskStatus, Option<DeskCode>) {
    let status = match result {
        Ok(code) => return (DeskStatus::Read, Some(code)),
        Err(DecodeError::UnknownQuestionnaire { version }) => DeskStatus::OtherVersion(version),
        Err(DecodeError::Invalid) => DeskStatus::Invalid,
        Err(DecodeError::Incomplete) => DeskStatus::Incomplete,
        Err(DecodeError::NotOurs) => DeskStatus::NotOurs,
    };
    (status, None)
}

/// The status line's words.
pub fn status_text(ui: &UiText, status: &DeskStatus) -> String {
    match status {
        DeskStatus::Ready => ui.desk_ready.to_string(),
        DeskStatus::Reading => ui.desk_reading.to_string(),
        DeskStatus::Read => ui.desk_read.to_string(),
        DeskStatus::Incomplete => ui.desk_incomplete.to_string(),
        DeskStatus::NotOurs => ui.desk_not_ours.to_string(),
        DeskStatus::OtherVersion(version) => fill(&ui.desk_other_version, &[("version", version)]),
        DeskStatus::Invalid => ui.desk_invalid.to_string(),
        DeskStatus::TestCard { reading, chars_per_second, end } => {
            let layout = match reading {
                Reading::AsTyped => &ui.desk_test_as_typed,
                Reading::QwertyScannerOnAzerty => &ui.desk_test_qwerty_on_azerty,
                Reading::AzertyScannerOnQwerty => &ui.desk_test_azerty_on_qwerty,
            };
            let speed = chars_per_second
                .map(|cps| fill(&ui.desk_test_speed, &[("speed", &cps.to_string())]));
            let end = match end {
                ScanEnd::Enter => &ui.desk_test_end_enter,
                ScanEnd::Tab => &ui.desk_test_end_tab,
                ScanEnd::Pause => &ui.desk_test_end_pause,
            };
            [Some(ui.desk_test_works.to_string()), Some(layout.to_string()), speed, Some(end.to_string())]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ")
        }
        DeskStatus::IdleWarning { seconds } => {
            fill(&ui.desk_idle_warning, &[("seconds", &seconds.to_string())])
        }
        DeskStatus::ErasedIdle => {
            let minutes = ((DESK_IDLE_SECONDS + WARNING_SECONDS) / 60).to_string();
            let erased = fill(&ui.desk_idle_cleared, &[("minutes", &minutes)]);
            format!("{erased} {}", ui.desk_ready)
        }
        DeskStatus::Erased => format!("{} {}", ui.desk_cleared, ui.desk_ready),
    }
}
