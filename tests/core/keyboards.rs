//! How a scanner's keys reach the browser, for the tests: the keys a scanner set to one layout
//! presses, and what a computer set to another makes of them. Written apart from
//! `domain::scanner`, from the layouts themselves, so that the tests do not repeat its tables.

use cimentoplastie::domain::scanner::KeyStroke;

/// A keyboard layout, of the scanner or of the computer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Qwerty,
    Azerty,
}

/// A key event without its time: `event.key`, `event.code`, `event.shiftKey`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyEvent {
    pub key: String,
    pub code: String,
    pub shift: bool,
}

/// The keys that make 0–9, A–Z and the punctuation around them: (code, QWERTY unshifted,
/// QWERTY shifted, AZERTY unshifted, AZERTY shifted), from the US and French (France) layouts.
fn keys() -> Vec<(String, [char; 4])> {
    let mut keys: Vec<(String, [char; 4])> = [
        ("Digit1", ['1', '!', '&', '1']),
        ("Digit2", ['2', '@', 'é', '2']),
        ("Digit3", ['3', '#', '"', '3']),
        ("Digit4", ['4', '$', '\'', '4']),
        ("Digit5", ['5', '%', '(', '5']),
        ("Digit6", ['6', '^', '-', '6']),
        ("Digit7", ['7', '&', 'è', '7']),
        ("Digit8", ['8', '*', '_', '8']),
        ("Digit9", ['9', '(', 'ç', '9']),
        ("Digit0", ['0', ')', 'à', '0']),
        ("KeyQ", ['q', 'Q', 'a', 'A']),
        ("KeyW", ['w', 'W', 'z', 'Z']),
        ("KeyA", ['a', 'A', 'q', 'Q']),
        ("KeyZ", ['z', 'Z', 'w', 'W']),
        ("KeyM", ['m', 'M', ',', '?']),
        ("Semicolon", [';', ':', 'm', 'M']),
        ("Comma", [',', '<', ';', '.']),
    ]
    .into_iter()
    .map(|(code, chars)| (code.to_owned(), chars))
    .collect();
    for c in "BCDEFGHIJKLNOPRSTUVXY".chars() {
        let lower = c.to_ascii_lowercase();
        keys.push((format!("Key{c}"), [lower, c, lower, c]));
    }
    keys
}

/// The key events a scanner set to `scanner` sends for `text` (digits and capitals), as a
/// computer set to `computer` reports them; with `caps_lock` on the computer, letters come out
/// in the other case (Shift with Caps Lock makes lower case).
pub fn typed(text: &str, scanner: Layout, computer: Layout, caps_lock: bool) -> Vec<KeyEvent> {
    let column = |layout: Layout, shift: bool| match (layout, shift) {
        (Layout::Qwerty, false) => 0,
        (Layout::Qwerty, true) => 1,
        (Layout::Azerty, false) => 2,
        (Layout::Azerty, true) => 3,
    };
    let keys = keys();
    text.chars()
        .map(|c| {
            let (code, shift) = [false, true]
                .into_iter()
                .find_map(|shift| {
                    keys.iter()
                        .find(|(_, chars)| chars[column(scanner, shift)] == c)
                        .map(|(code, _)| (code.clone(), shift))
                })
                .unwrap_or_else(|| panic!("no key makes {c:?} on {scanner:?}"));
            let chars = &keys.iter().find(|(k, _)| *k == code).unwrap().1;
            let mut key = chars[column(computer, shift)];
            if caps_lock && key.is_ascii_alphabetic() {
                key = if key.is_ascii_uppercase() {
                    key.to_ascii_lowercase()
                } else {
                    key.to_ascii_uppercase()
                };
            }
            KeyEvent {
                key: key.to_string(),
                code,
                shift,
            }
        })
        .collect()
}

/// Those events as key strokes, `ms` apart from `start_ms`, then Enter.
pub fn strokes(events: &[KeyEvent], start_ms: f64, ms: f64) -> Vec<KeyStroke> {
    let mut out: Vec<KeyStroke> = events
        .iter()
        .enumerate()
        .map(|(i, e)| KeyStroke {
            key: e.key.clone(),
            code: e.code.clone(),
            shift: e.shift,
            time_ms: start_ms + ms * i as f64,
        })
        .collect();
    out.push(KeyStroke {
        key: "Enter".into(),
        code: "Enter".into(),
        shift: false,
        time_ms: start_ms + ms * events.len() as f64,
    });
    out
}

/// The same strokes with the physical key unknown (`code` empty), as some browsers and remote
/// desktops give it.
pub fn without_codes(strokes: &[KeyStroke]) -> Vec<KeyStroke> {
    strokes
        .iter()
        .map(|k| KeyStroke {
            code: String::new(),
            ..k.clone()
        })
        .collect()
}
