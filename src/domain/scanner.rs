//! A handheld scanner that types like a keyboard: its key events, split into scans and read through QWERTY and AZERTY, whichever gives a valid desk code.

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

/// How the scanner's keys were read into the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The characters as typed: scanner and computer agree.
    AsTyped,
    /// A QWERTY scanner on an AZERTY computer (keys read as QWERTY).
    QwertyScannerOnAzerty,
    /// An AZERTY scanner on a QWERTY computer (keys read as AZERTY).
    AzertyScannerOnQwerty,
}

/// Every reading of one scan's keys, most likely first; the caller keeps the first that decodes.
pub fn readings(keys: &[KeyStroke]) -> Vec<(Reading, String)> {
    let _ = keys;
    todo!()
}

/// True when this key ends a scan (Enter or Tab), or comes after a pause long enough to start a new one.
pub fn ends_scan(previous: Option<&KeyStroke>, key: &KeyStroke) -> bool {
    let _ = (previous, key);
    todo!()
}
