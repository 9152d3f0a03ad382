//! The scanner that types: a code typed through the wrong layout, fast or slow, with Caps Lock, cut, and split into scans.

use cimentoplastie::domain::desk_code::{DecodeError, test_card_code};
use cimentoplastie::domain::scanner::{
    KeyStroke, MAX_SCAN_KEYS, Reading, SCAN_PAUSE_MS, ScanBuffer, ends_scan, read_scan, readings,
};

use super::desk_code::{typical, typical_code};
use super::keyboards::{Layout, strokes, typed, without_codes};
use super::shipped;

fn key(key: &str, code: &str, time_ms: f64) -> KeyStroke {
    KeyStroke {
        key: key.into(),
        code: code.into(),
        shift: false,
        time_ms,
    }
}

/// The keys without their final Enter.
fn scan_only(mut keys: Vec<KeyStroke>) -> Vec<KeyStroke> {
    assert_eq!(keys.pop().map(|k| k.key), Some("Enter".into()));
    keys
}

#[test]
fn the_typical_code_is_read_whatever_the_scanners_and_computers_layouts_fast_or_slow() {
    let q = shipped().questionnaire;
    let code = typical_code(&q);
    let cases = [
        (Layout::Qwerty, Layout::Qwerty, Reading::AsTyped),
        (Layout::Azerty, Layout::Azerty, Reading::AsTyped),
        (
            Layout::Qwerty,
            Layout::Azerty,
            Reading::QwertyScannerOnAzerty,
        ),
        (
            Layout::Azerty,
            Layout::Qwerty,
            Reading::AzertyScannerOnQwerty,
        ),
    ];
    for (scanner, computer, reading) in cases {
        for caps_lock in [false, true] {
            let events = typed(&code, scanner, computer, caps_lock);
            for ms in [5.0, 50.0] {
                for codes_known in [true, false] {
                    let keys = scan_only(strokes(&events, 1000.0, ms));
                    let keys = if codes_known {
                        keys
                    } else {
                        without_codes(&keys)
                    };
                    let what = format!(
                        "{scanner:?} scanner on {computer:?}, caps lock {caps_lock}, {ms} ms, codes {codes_known}"
                    );
                    let read = read_scan(&q, &keys);
                    let desk = read.result.unwrap_or_else(|e| panic!("{what}: {e:?}"));
                    assert_eq!(desk.answers, typical(), "{what}");
                    assert_eq!(read.reading, Some(reading), "{what}");
                    let speed = read.chars_per_second.unwrap();
                    assert!((speed - 1000.0 / ms).abs() < 0.01, "{what}: {speed}");
                }
            }
        }
    }
}

#[test]
fn a_qwerty_scanner_on_azerty_types_the_digit_row_and_swaps_letters() {
    let q = shipped().questionnaire;
    let code = typical_code(&q);
    let keys: String = typed(&code, Layout::Qwerty, Layout::Azerty, false)
        .iter()
        .map(|e| e.key.as_str())
        .collect();
    assert!(keys.starts_with("CI?&"), "{keys}");
    assert!(!keys.contains('1'), "{keys}");
    let keys: String = typed(&code, Layout::Azerty, Layout::Qwerty, false)
        .iter()
        .map(|e| e.key.as_str())
        .collect();
    assert!(keys.starts_with("CI:!"), "{keys}");
}

#[test]
fn the_issues_example_reads_back() {
    let keys: Vec<KeyStroke> = "HA&&é"
        .chars()
        .enumerate()
        .map(|(i, c)| key(&c.to_string(), "", i as f64 * 5.0))
        .collect();
    let read = readings(&keys);
    assert!(read.iter().any(|(_, text)| text == "HA112"), "{read:?}");
    assert_eq!(read[0], (Reading::AsTyped, "HA&&É".into()));
}

#[test]
fn readings_skip_keys_that_make_no_character_and_give_each_text_once() {
    let keys = vec![
        key("Shift", "ShiftLeft", 0.0),
        key("C", "KeyC", 1.0),
        key("CapsLock", "CapsLock", 2.0),
        key("8", "Digit8", 3.0),
        key("Enter", "Enter", 4.0),
    ];
    let read = readings(&keys);
    assert_eq!(read[0], (Reading::AsTyped, "C8".into()));
    let texts: Vec<&String> = read.iter().map(|(_, t)| t).collect();
    let mut unique = texts.clone();
    unique.dedup();
    assert_eq!(texts.len(), unique.len(), "{read:?}");
    assert_eq!(read.len(), 1, "every reading gives C8: {read:?}");
}

#[test]
fn a_scan_cut_in_the_middle_is_incomplete() {
    let q = shipped().questionnaire;
    let code = typical_code(&q);
    for (scanner, computer) in [
        (Layout::Qwerty, Layout::Azerty),
        (Layout::Azerty, Layout::Qwerty),
    ] {
        let keys = scan_only(strokes(&typed(&code, scanner, computer, false), 0.0, 5.0));
        for end in [5, 20, 40, 60, keys.len() - 1] {
            let read = read_scan(&q, &keys[..end]);
            assert_eq!(
                read.result,
                Err(DecodeError::Incomplete),
                "{scanner:?} on {computer:?}, {end} keys"
            );
        }
    }
}

#[test]
fn a_url_typed_by_a_scanner_is_not_ours() {
    let q = shipped().questionnaire;
    let keys: Vec<KeyStroke> = "https://example.com"
        .chars()
        .enumerate()
        .map(|(i, c)| key(&c.to_string(), "", i as f64 * 5.0))
        .collect();
    let read = read_scan(&q, &keys);
    assert_eq!(read.result, Err(DecodeError::NotOurs));
    assert_eq!(read.reading, Some(Reading::AsTyped));
    let nothing = read_scan(&q, &[key("Shift", "ShiftLeft", 0.0)]);
    assert_eq!(
        (nothing.reading, nothing.result),
        (None, Err(DecodeError::NotOurs))
    );
}

#[test]
fn the_test_card_tells_the_layout_and_the_speed() {
    let q = shipped().questionnaire;
    let card = test_card_code();
    let cases = [
        (Layout::Qwerty, Layout::Qwerty, Reading::AsTyped),
        (
            Layout::Qwerty,
            Layout::Azerty,
            Reading::QwertyScannerOnAzerty,
        ),
        (
            Layout::Azerty,
            Layout::Qwerty,
            Reading::AzertyScannerOnQwerty,
        ),
    ];
    for (scanner, computer, reading) in cases {
        for ms in [5.0, 50.0] {
            let keys = scan_only(strokes(&typed(&card, scanner, computer, false), 0.0, ms));
            let read = read_scan(&q, &keys);
            assert_eq!(
                read.result,
                Err(DecodeError::TestCard),
                "{scanner:?} on {computer:?}"
            );
            assert_eq!(read.reading, Some(reading), "{scanner:?} on {computer:?}");
            assert_eq!(read.chars_per_second.map(f64::round), Some(1000.0 / ms));
        }
    }
}

#[test]
fn enter_tab_and_a_pause_end_a_scan() {
    let a = key("A", "KeyA", 0.0);
    assert!(ends_scan(Some(&a), &key("Enter", "Enter", 1.0)));
    assert!(ends_scan(None, &key("Tab", "Tab", 1.0)));
    assert!(ends_scan(Some(&a), &key("B", "KeyB", SCAN_PAUSE_MS)));
    assert!(!ends_scan(Some(&a), &key("B", "KeyB", SCAN_PAUSE_MS - 1.0)));
    assert!(!ends_scan(None, &key("B", "KeyB", 1.0)));
}

#[test]
fn the_buffer_hands_back_each_scan() {
    let q = shipped().questionnaire;
    let code = typical_code(&q);
    let events = typed(&code, Layout::Qwerty, Layout::Azerty, false);

    // Enter ends a scan; Enter alone ends nothing.
    let mut buffer = ScanBuffer::new();
    assert_eq!(buffer.push(key("Enter", "Enter", 0.0)), None);
    let mut finished = Vec::new();
    for k in strokes(&events, 10.0, 5.0) {
        finished.extend(buffer.push(k));
    }
    assert_eq!(finished.len(), 1);
    assert_eq!(finished[0].len(), code.len());
    assert_eq!(
        read_scan(&q, &finished[0]).result.unwrap().answers,
        typical()
    );
    assert!(buffer.is_empty());

    // Tab ends it too.
    let mut keys = scan_only(strokes(&events, 0.0, 5.0));
    keys.push(key("Tab", "Tab", 1000.0));
    let scans: Vec<_> = keys.into_iter().filter_map(|k| buffer.push(k)).collect();
    assert_eq!(scans.len(), 1);

    // Two codes with no Enter, a pause between: the second key after the pause starts a new
    // scan, and the page's timer ends the last one.
    let first = scan_only(strokes(&events, 0.0, 5.0));
    let second = scan_only(strokes(&events, 2000.0, 50.0));
    let mut scans: Vec<Vec<KeyStroke>> = first
        .into_iter()
        .chain(second)
        .filter_map(|k| buffer.push(k))
        .collect();
    assert_eq!(scans.len(), 1);
    let last_key = 2000.0 + 50.0 * (code.len() - 1) as f64;
    assert_eq!(
        buffer.finish_if_paused(last_key + SCAN_PAUSE_MS - 1.0),
        None
    );
    scans.extend(buffer.finish_if_paused(last_key + SCAN_PAUSE_MS));
    assert_eq!(scans.len(), 2);
    for scan in &scans {
        assert_eq!(read_scan(&q, scan).result.unwrap().answers, typical());
    }
    assert_eq!(buffer.finish_if_paused(1e9), None);

    // A lone Shift is no scan.
    assert_eq!(buffer.push(key("Shift", "ShiftLeft", 0.0)), None);
    assert_eq!(buffer.push(key("Enter", "Enter", 1.0)), None);

    // clear forgets the scan under way.
    buffer.push(key("C", "KeyC", 0.0));
    buffer.clear();
    assert_eq!(buffer.push(key("Enter", "Enter", 1.0)), None);
}

#[test]
fn the_buffer_keeps_a_bounded_number_of_keys() {
    let q = shipped().questionnaire;
    let mut buffer = ScanBuffer::new();
    for i in 0..100_000 {
        assert!(
            buffer.push(key("A", "KeyA", f64::from(i))).is_none(),
            "key {i}"
        );
    }
    let scan = buffer.push(key("Enter", "Enter", 1e6)).unwrap();
    assert_eq!(scan.len(), MAX_SCAN_KEYS);
    assert_eq!(read_scan(&q, &scan).result, Err(DecodeError::NotOurs));
}
