//! The desk code and the scanner: any answers read back, and any scanned text or key events
//! give a result or a plain error, never a panic or another patient's answers.

use cimentoplastie::domain::answers::{Answer, Answers};
use cimentoplastie::domain::desk_code::{
    DecodeError, EncodeError, MAX_CODE_LEN, Written, check_code, code_len, decode, encode,
};
use cimentoplastie::domain::flow;
use cimentoplastie::domain::questionnaire::{ItemType, Questionnaire};
use cimentoplastie::domain::scanner::{KeyStroke, MAX_SCAN_KEYS, ScanBuffer, read_scan, readings};
use proptest::prelude::*;

use super::{any_session, check, questionnaire};

fn any_written() -> impl Strategy<Value = Written> {
    (0u16..=9999, 1u8..=12, 1u8..=28, 0u8..24, 0u8..60).prop_map(
        |(year, month, day, hour, minute)| Written {
            year,
            month,
            day,
            hour,
            minute,
        },
    )
}

/// Any finished answers (every question shown answered, the optional text typed or not, in any
/// script, short or long): any answers, each question left unanswered then given an option.
fn any_finished(q: &'static Questionnaire) -> impl Strategy<Value = Answers> {
    let choices = q.questions().filter(|i| i.kind == ItemType::Choice).count();
    (
        any_session(q),
        prop::collection::vec(any::<prop::sample::Index>(), choices),
    )
        .prop_map(move |(saved, picks)| {
            let mut answers = saved.answers;
            let items = q.questions().filter(|i| i.kind == ItemType::Choice);
            for (item, pick) in items.zip(picks) {
                if !answers.contains_key(&item.link_id) {
                    let option = pick.get(&item.answer_option);
                    answers.insert(
                        item.link_id.clone(),
                        Answer::Choice(option.value_coding.code.clone()),
                    );
                }
            }
            flow::prune(q, &mut answers);
            answers
        })
}

/// Any valid desk code, made from any finished answers.
fn any_code(q: &'static Questionnaire) -> impl Strategy<Value = String> {
    (any_finished(q), any_written(), "[a-z]{2}", any::<bool>()).prop_filter_map(
        "fits a QR code",
        move |(answers, written, language, reviewed)| {
            encode(q, &answers, written, &language, reviewed).ok()
        },
    )
}

#[test]
fn property_desk_codes_read_back_and_too_long_means_too_long() {
    let q: &'static Questionnaire = Box::leak(Box::new(questionnaire()));
    check(
        "any finished answers, date, language",
        3000,
        (any_finished(q), any_written(), "[a-zA-Z]{2}", any::<bool>()),
        |(answers, written, language, reviewed)| {
            prop_assert!(flow::is_complete(q, &answers));
            match encode(q, &answers, written, &language, reviewed) {
                Ok(code) => {
                    prop_assert!(code.len() <= MAX_CODE_LEN);
                    prop_assert_eq!(code.len(), code_len(q, &answers));
                    let read = decode(q, &code).expect("reads back");
                    prop_assert_eq!(&read.answers, &answers);
                    prop_assert_eq!(read.written, written);
                    prop_assert_eq!(read.language, language.to_lowercase());
                    prop_assert_eq!(read.reviewed, reviewed);
                    prop_assert_eq!(read.check_code.as_str(), check_code(&code));
                }
                Err(EncodeError::TooLong) => {
                    let texts: usize = answers
                        .values()
                        .map(|a| match a {
                            Answer::Text(t) => t.len(),
                            Answer::Choice(_) => 0,
                        })
                        .sum();
                    prop_assert!(code_len(q, &answers) > MAX_CODE_LEN, "{} bytes", texts);
                }
                Err(other) => prop_assert!(false, "{:?}", other),
            }
            Ok(())
        },
    );
}

/// Unfinished answers have no code (the core tests check every combination at the desk: a code
/// the encoder would have made for them, forged, is `Invalid`).
#[test]
fn property_unfinished_answers_have_no_desk_code() {
    let q: &'static Questionnaire = Box::leak(Box::new(questionnaire()));
    check(
        "any answers, finished or not",
        3000,
        (any_session(q), any_written()),
        |(saved, written)| {
            let answers = saved.answers;
            let encoded = encode(q, &answers, written, "fr", true);
            if code_len(q, &answers) > MAX_CODE_LEN {
                // A text too long is said first: the patient can shorten it.
                prop_assert_eq!(encoded, Err(EncodeError::TooLong));
            } else if flow::is_complete(q, &answers) {
                prop_assert!(encoded.is_ok());
            } else {
                prop_assert_eq!(encoded, Err(EncodeError::Incomplete));
            }
            Ok(())
        },
    );
    check(
        "finished answers, one question shown taken away",
        2000,
        (any_finished(q), any_written(), any::<prop::sample::Index>()),
        |(answers, written, at)| {
            let shown = flow::shown_questions(q, &answers);
            let required: Vec<_> = shown.iter().filter(|i| i.required).collect();
            let mut fewer = answers.clone();
            fewer.remove(&required[at.index(required.len())].link_id);
            flow::prune(q, &mut fewer);
            if code_len(q, &fewer) <= MAX_CODE_LEN {
                prop_assert_eq!(
                    encode(q, &fewer, written, "fr", true),
                    Err(EncodeError::Incomplete)
                );
            }
            Ok(())
        },
    );
}

#[test]
fn property_desk_code_decoder_never_panics_nor_reads_a_changed_code() {
    let q: &'static Questionnaire = Box::leak(Box::new(questionnaire()));
    check(
        "any text",
        3000,
        prop::collection::vec(any::<char>(), 0..400),
        |chars| {
            let _ = decode(q, &chars.into_iter().collect::<String>());
            Ok(())
        },
    );
    check(
        "any bytes",
        3000,
        prop::collection::vec(any::<u8>(), 0..600),
        |bytes| {
            let _ = decode(q, &String::from_utf8_lossy(&bytes));
            Ok(())
        },
    );
    check(
        "our prefix, then anything",
        5000,
        "(CIM1|cim1|CIMT)[0-9A-Za-z]{0,400}",
        |text| {
            let result = decode(q, &text);
            prop_assert!(result.is_err(), "{} read as {:?}", text, result);
            Ok(())
        },
    );
    check(
        "a code with one character changed, removed, added or two swapped",
        3000,
        (
            any_code(q),
            any::<prop::sample::Index>(),
            0u8..4,
            "[0-9A-Z]",
        ),
        |(code, at, how, c)| {
            let i = at.index(code.len());
            let mut changed = code.clone();
            match how {
                0 => changed.replace_range(i..=i, &c),
                1 => {
                    changed.remove(i);
                }
                2 => changed.insert_str(i, &c),
                _ if i + 1 < code.len() => {
                    let mut bytes = changed.into_bytes();
                    bytes.swap(i, i + 1);
                    changed = String::from_utf8(bytes).unwrap();
                }
                _ => {}
            }
            let result = decode(q, &changed);
            if changed == code {
                prop_assert!(result.is_ok());
            } else {
                prop_assert!(
                    matches!(
                        result,
                        Err(DecodeError::Incomplete
                            | DecodeError::NotOurs
                            | DecodeError::UnknownFormat)
                    ),
                    "{} changed to {} read as {:?}",
                    code,
                    changed,
                    result
                );
            }
            Ok(())
        },
    );
    check(
        "a code cut anywhere",
        2000,
        (any_code(q), any::<prop::sample::Index>()),
        |(code, at)| {
            let end = at.index(code.len());
            prop_assert_eq!(
                decode(q, &code[..end]),
                if end == 0 {
                    Err(DecodeError::NotOurs)
                } else {
                    Err(DecodeError::Incomplete)
                }
            );
            Ok(())
        },
    );
}

fn any_key() -> impl Strategy<Value = KeyStroke> {
    let named = [
        "Enter",
        "Tab",
        "Shift",
        "CapsLock",
        "Dead",
        "Unidentified",
        "",
        "&",
        "é",
        "?",
        ":",
        "ç",
        "💊",
        "Backspace",
    ];
    let codes = [
        "KeyA",
        "KeyQ",
        "KeyM",
        "Digit1",
        "Numpad0",
        "Semicolon",
        "Comma",
        "",
        "Key",
        "KeyÉ",
    ];
    (
        prop_oneof![
            any::<char>().prop_map(|c| c.to_string()),
            prop::sample::select(named.to_vec()).prop_map(str::to_owned),
            prop::collection::vec(any::<char>(), 0..4).prop_map(|c| c.into_iter().collect()),
        ],
        prop_oneof![
            prop::sample::select(codes.to_vec()).prop_map(str::to_owned),
            prop::collection::vec(any::<char>(), 0..8).prop_map(|c| c.into_iter().collect()),
        ],
        any::<bool>(),
        prop_oneof![any::<f64>(), 0.0f64..1e6],
    )
        .prop_map(|(key, code, shift, time_ms)| KeyStroke {
            key,
            code,
            shift,
            time_ms,
        })
}

#[test]
fn property_scanner_never_panics_and_keeps_scans_bounded() {
    let q: &'static Questionnaire = Box::leak(Box::new(questionnaire()));
    check(
        "any key events",
        1000,
        prop::collection::vec(any_key(), 0..120),
        |keys| {
            let read = readings(&keys);
            prop_assert!(read.len() <= 4);
            let scan = read_scan(q, &keys);
            if let Some(speed) = scan.chars_per_second {
                prop_assert!(speed.is_finite() && speed > 0.0, "{}", speed);
            }
            let mut buffer = ScanBuffer::new();
            for key in keys {
                if let Some(scan) = buffer.push(key) {
                    prop_assert!(!scan.is_empty() && scan.len() <= MAX_SCAN_KEYS);
                    let _ = read_scan(q, &scan);
                }
            }
            let _ = buffer.finish_if_paused(f64::MAX);
            Ok(())
        },
    );
}
