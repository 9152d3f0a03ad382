//! A handheld scanner that types like a keyboard: its key events, split into scans and read through QWERTY and AZERTY, whichever gives a valid desk code.
//!
//! A scanner sends, for each character, the key that makes it on the layout it is set to; the
//! computer turns that key into a character with its own layout. `event.code` names the physical
//! key (after its place on QWERTY: `KeyA`, `Digit1`), `event.key` the character the computer made.
//! A QWERTY scanner on an AZERTY computer types `A` as `KeyA`, which AZERTY makes `Q`, and `1` as
//! `Digit1`, which AZERTY makes `&`. So each scan is read several ways (`readings`), most likely
//! first, and the first that decodes wins (`read_scan`); the checksum makes a wrong reading fail.
//!
//! The set-up test card (`desk_code::test_card_code`: `CIMT`, every character `0–9A–Z`, its
//! checksum) goes through every key a layout can change; read with `read_scan`, it gives
//! `Err(DecodeError::TestCard)` with the reading that worked (which layout the scanner types
//! in, compared with the computer's) and the typing speed.

use super::desk_code::{self, DecodeError, DeskCode, MAX_CODE_LEN};
use super::questionnaire::Questionnaire;

pub use super::desk_code::test_card_code;

/// One `keydown` as the browser gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyStroke {
    /// `event.key`: the character the computer's layout made (`&`, `q`, `Enter`, `Shift`…).
    pub key: String,
    /// `event.code`: the physical key (`Digit1`, `KeyA`…); empty or `Unidentified` when unknown.
    pub code: String,
    /// `event.shiftKey`.
    pub shift: bool,
    /// `event.timeStamp`, in milliseconds.
    pub time_ms: f64,
}

/// The pause after which a scan is over, when no Enter or Tab ends it (ms between two keys).
pub const SCAN_PAUSE_MS: f64 = 300.0;

/// The most keys one scan keeps (a character and its Shift, twice over): later keys are dropped,
/// so the scan reads as `Incomplete` rather than growing without bound.
pub const MAX_SCAN_KEYS: usize = 4 * MAX_CODE_LEN;

/// How the scanner's keys were read into the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The characters as typed: scanner and computer agree.
    AsTyped,
    /// A QWERTY scanner on an AZERTY computer (keys read as QWERTY).
    QwertyScannerOnAzerty,
    /// An AZERTY scanner on a QWERTY computer (keys read as AZERTY).
    AzertyScannerOnQwerty,
    /// Letters as typed, but digits typed without Shift on an AZERTY computer (`&é"'(-è_çà` read
    /// as `1234567890`): the issue's `HA112` arriving as `HA&&é`, when only `event.key` is known.
    DigitsWithoutShift,
}

/// Every reading of one scan's keys, most likely first, each string once (a later reading giving
/// the same text as an earlier one is left out); the caller keeps the first that decodes. Keys
/// that make no character (Shift, Enter, CapsLock…) are skipped; letters come out as capitals.
/// No reading at all when no key makes a character.
pub fn readings(keys: &[KeyStroke]) -> Vec<(Reading, String)> {
    let typed: Vec<&KeyStroke> = keys.iter().filter(|k| makes_character(k)).collect();
    if typed.is_empty() {
        return Vec::new();
    }
    let read = |one: fn(&KeyStroke) -> Option<char>| -> String {
        typed.iter().filter_map(|k| one(k)).collect()
    };
    let all = [
        (Reading::AsTyped, read(as_typed)),
        (Reading::QwertyScannerOnAzerty, read(qwerty_on_azerty)),
        (Reading::AzertyScannerOnQwerty, read(azerty_on_qwerty)),
        (Reading::DigitsWithoutShift, read(digits_without_shift)),
    ];
    let mut out: Vec<(Reading, String)> = Vec::with_capacity(all.len());
    for (reading, text) in all {
        if !out.iter().any(|(_, seen)| *seen == text) {
            out.push((reading, text));
        }
    }
    out
}

/// True when this key ends a scan (Enter or Tab), or comes after a pause long enough to start a
/// new one (`SCAN_PAUSE_MS` or more after `previous`, by the events' own time stamps). Enter and
/// Tab belong to no scan; after a pause, `key` is the first key of the next scan.
pub fn ends_scan(previous: Option<&KeyStroke>, key: &KeyStroke) -> bool {
    is_end_key(key) || previous.is_some_and(|p| key.time_ms - p.time_ms >= SCAN_PAUSE_MS)
}

fn is_end_key(key: &KeyStroke) -> bool {
    matches!(key.key.as_str(), "Enter" | "Tab")
}

/// The keys of the scan under way, given one at a time; hands back each finished scan.
#[derive(Debug, Clone, Default)]
pub struct ScanBuffer {
    keys: Vec<KeyStroke>,
    /// The last key given, kept or not: pauses are measured from it.
    last: Option<KeyStroke>,
}

impl ScanBuffer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a key. Returns the scan it finished, if any: on Enter or Tab, the keys before it; on a
    /// key after a pause, the keys before the pause (this key then starts the next scan). A scan
    /// with no character (a lone Shift) is dropped, not returned.
    pub fn push(&mut self, key: KeyStroke) -> Option<Vec<KeyStroke>> {
        if is_end_key(&key) {
            return self.take();
        }
        let finished = if ends_scan(self.last.as_ref(), &key) {
            self.take()
        } else {
            None
        };
        if self.keys.len() < MAX_SCAN_KEYS {
            self.keys.push(key.clone());
        }
        self.last = Some(key);
        finished
    }

    /// The scan under way, if its last key is `SCAN_PAUSE_MS` or more before `now_ms` (on the
    /// clock of `event.timeStamp`: `performance.now()`); the page calls this from a timer, since
    /// a scanner set to send no Enter ends a scan with nothing but silence.
    pub fn finish_if_paused(&mut self, now_ms: f64) -> Option<Vec<KeyStroke>> {
        let last = self.last.as_ref()?;
        if now_ms - last.time_ms >= SCAN_PAUSE_MS {
            self.take()
        } else {
            None
        }
    }

    /// True when no key of a scan is waiting.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Forgets the keys of the scan under way.
    pub fn clear(&mut self) {
        self.keys.clear();
        self.last = None;
    }

    fn take(&mut self) -> Option<Vec<KeyStroke>> {
        self.last = None;
        let keys = std::mem::take(&mut self.keys);
        keys.iter().any(makes_character).then_some(keys)
    }
}

/// A finished scan, read.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanRead {
    /// The reading that gave `result`: the one that decoded (a desk code or the test card), else
    /// the one whose error says most (`Invalid`, `UnknownQuestionnaire` or `UnknownFormat` before
    /// `Incomplete` before `NotOurs`). `None` when the scan made no character.
    pub reading: Option<Reading>,
    /// The desk code, or why not; the test card is `Err(DecodeError::TestCard)`.
    pub result: Result<DeskCode, DecodeError>,
    /// How fast the scanner typed: characters per second from the first character's time stamp
    /// to the last's (`None` with fewer than two characters, or no time between them).
    pub chars_per_second: Option<f64>,
}

/// Reads a finished scan against the questionnaire: each reading in turn, the first that decodes.
pub fn read_scan(questionnaire: &Questionnaire, keys: &[KeyStroke]) -> ScanRead {
    let mut best: Option<(Reading, Result<DeskCode, DecodeError>)> = None;
    for (reading, text) in readings(keys) {
        let result = desk_code::decode(questionnaire, &text);
        let better = best.as_ref().is_none_or(|(_, b)| rank(&result) > rank(b));
        if better {
            best = Some((reading, result));
        }
        if best.as_ref().is_some_and(|(_, b)| rank(b) == 4) {
            break;
        }
    }
    let (reading, result) = match best {
        Some((reading, result)) => (Some(reading), result),
        None => (None, Err(DecodeError::NotOurs)),
    };
    ScanRead {
        reading,
        result,
        chars_per_second: chars_per_second(keys),
    }
}

/// How much a result says: a code or the test card, then errors from the most specific.
fn rank(result: &Result<DeskCode, DecodeError>) -> u8 {
    match result {
        Ok(_) | Err(DecodeError::TestCard) => 4,
        Err(
            DecodeError::Invalid
            | DecodeError::UnknownQuestionnaire { .. }
            | DecodeError::UnknownFormat,
        ) => 3,
        Err(DecodeError::Incomplete) => 2,
        Err(DecodeError::NotOurs) => 1,
    }
}

/// Characters per second between the first and the last key that made a character.
pub fn chars_per_second(keys: &[KeyStroke]) -> Option<f64> {
    let mut typed = keys.iter().filter(|k| makes_character(k));
    let first = typed.next()?;
    let (count, last) = typed.fold((1usize, first), |(n, _), k| (n + 1, k));
    let seconds = (last.time_ms - first.time_ms) / 1000.0;
    let speed = (count - 1) as f64 / seconds;
    (count >= 2 && seconds > 0.0 && speed.is_finite()).then_some(speed)
}

/// True for a key that makes a character: one character in `key`, or a key the layout did not
/// name (`Dead`, `Unidentified`) that a physical `code` may still read.
fn makes_character(key: &KeyStroke) -> bool {
    let mut chars = key.key.chars();
    match (chars.next(), chars.next()) {
        (Some(_), None) => true,
        _ => matches!(key.key.as_str(), "Dead" | "Unidentified"),
    }
}

/// The key's one character, upper case (Caps Lock), if it has one.
fn typed_char(key: &KeyStroke) -> Option<char> {
    let mut chars = key.key.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    c.to_uppercase().next()
}

fn as_typed(key: &KeyStroke) -> Option<char> {
    typed_char(key)
}

/// The character of a physical key on either layout, if it is a letter or digit key: letters
/// from `KeyX`, digits from `DigitN` and `NumpadN` (whatever Shift: the code has only capitals
/// and digits).
fn from_code(code: &str) -> Option<char> {
    let (rest, wanted): (&str, fn(&char) -> bool) = match code.strip_prefix("Key") {
        Some(rest) => (rest, char::is_ascii_uppercase),
        None => (
            code.strip_prefix("Digit")
                .or_else(|| code.strip_prefix("Numpad"))?,
            char::is_ascii_digit,
        ),
    };
    let mut chars = rest.chars();
    let c = chars.next()?;
    (chars.next().is_none() && wanted(&c)).then_some(c)
}

/// The digit on the AZERTY digit-row key that makes this character without Shift.
fn azerty_digit(c: char) -> Option<char> {
    let index = "&É\"'(-È_ÇÀ".chars().position(|d| d == c)?;
    Some(char::from(b"1234567890"[index]))
}

/// A QWERTY scanner on an AZERTY computer: the physical key read as QWERTY; without a code,
/// the AZERTY character taken back to its key's QWERTY one.
fn qwerty_on_azerty(key: &KeyStroke) -> Option<char> {
    match key.code.as_str() {
        "Semicolon" => return Some(';'),
        "Comma" => return Some(','),
        code => {
            if let Some(c) = from_code(code) {
                return Some(c);
            }
        }
    }
    let c = typed_char(key)?;
    Some(azerty_digit(c).unwrap_or(match c {
        'A' => 'Q',
        'Q' => 'A',
        'Z' => 'W',
        'W' => 'Z',
        ',' | '?' => 'M',
        'M' => ';',
        other => other,
    }))
}

/// An AZERTY scanner on a QWERTY computer: the physical key read as AZERTY; without a code,
/// the QWERTY character taken back to its key's AZERTY one.
fn azerty_on_qwerty(key: &KeyStroke) -> Option<char> {
    let swapped = |c: char| match c {
        'A' => 'Q',
        'Q' => 'A',
        'Z' => 'W',
        'W' => 'Z',
        other => other,
    };
    match key.code.as_str() {
        "Semicolon" => return Some('M'),
        "KeyM" => return Some(','),
        code => {
            if let Some(c) = from_code(code) {
                return Some(swapped(c));
            }
        }
    }
    let c = typed_char(key)?;
    let shifted_digit = "!@#$%^&*()".chars().position(|d| d == c);
    Some(match (shifted_digit, c) {
        (Some(index), _) => char::from(b"1234567890"[index]),
        (None, ':' | ';') => 'M',
        (None, 'M') => ',',
        (None, other) => swapped(other),
    })
}

/// Letters as typed, the AZERTY digit row's unshifted characters as their digits.
fn digits_without_shift(key: &KeyStroke) -> Option<char> {
    let c = typed_char(key)?;
    Some(azerty_digit(c).unwrap_or(c))
}
