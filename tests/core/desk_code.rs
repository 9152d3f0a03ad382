//! The desk code: round trip over every answer set, corrupted and cut codes refused plainly, the golden fixture.

use std::collections::{BTreeSet, HashMap};

use cimentoplastie::domain::answers::{Answer, Answers};
use cimentoplastie::domain::desk_code::{
    DecodeError, EncodeError, MAX_CODE_LEN, QR_Q_ALPHANUMERIC_CAPACITY, Written, check_code,
    code_len, decode, encode, max_text_bytes, qr_version, test_card_code, text_fits,
};
use cimentoplastie::domain::flow;
use cimentoplastie::domain::questionnaire::{ItemType, Questionnaire};
use serde_json::{Value, json};

use super::keyboards::{Layout, typed};
use super::{answers, shipped};

pub const WRITTEN: Written = Written {
    year: 2026,
    month: 3,
    day: 14,
    hour: 9,
    minute: 26,
};

const C32: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const ALPHABET: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const MEDICINES: &str = "Kardégic, Eliquis";

/// The typical patient: on an anticoagulant, whose names they typed; every other answer "Non".
pub fn typical() -> Answers {
    answers(&[
        ("grossesse", "N"),
        ("anticoagulant", "Y"),
        ("anticoagulant-nom", "text:Kardégic, Eliquis"),
        ("saignement", "N"),
        ("plaquettes", "N"),
        ("anesthesie", "N"),
        ("allergie-methylmethacrylate", "N"),
        ("position-ventre", "N"),
    ])
}

pub fn typical_code(q: &Questionnaire) -> String {
    encode(q, &typical(), WRITTEN, "fr", true).expect("the typical code")
}

fn all_unknown(q: &Questionnaire) -> Answers {
    q.questions()
        .filter(|i| i.kind == ItemType::Choice)
        .map(|i| (i.link_id.clone(), Answer::Choice("asked-unknown".into())))
        .collect()
}

/// The answers, with every question shown and not answered answered "Non": a finished
/// questionnaire, the only kind that has a code.
fn completed(q: &Questionnaire, mut a: Answers) -> Answers {
    for item in q.questions().filter(|i| i.kind == ItemType::Choice) {
        if !a.contains_key(&item.link_id) && flow::is_enabled(q, item, &a) {
            a.insert(item.link_id.clone(), Answer::Choice("N".into()));
        }
    }
    a
}

/// On an anticoagulant ("Oui"), every other answer "Non", no medicine named (it is optional).
fn on_anticoagulant(q: &Questionnaire) -> Answers {
    completed(q, answers(&[("anticoagulant", "Y")]))
}

fn with_text(mut a: Answers, text: &str) -> Answers {
    a.insert("anticoagulant-nom".into(), Answer::Text(text.into()));
    a
}

/// The text made of `unit` repeated as often as fits in `bytes` bytes.
fn repeated(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len())
}

/// CRC-32 (IEEE), table-driven: written apart from the app's bit-by-bit one.
fn crc32(bytes: &[u8]) -> u32 {
    let table: Vec<u32> = (0..256u32)
        .map(|n| {
            (0..8).fold(n, |c, _| {
                if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                }
            })
        })
        .collect();
    !bytes.iter().fold(!0u32, |c, b| {
        table[((c ^ u32::from(*b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// A code with this body and its right checksum: a forged code, whole but made by hand.
fn forge(body: &str) -> String {
    let crc = crc32(body.as_bytes());
    let check: String = [15, 10, 5, 0]
        .iter()
        .map(|s| C32.as_bytes()[((crc >> s) & 31) as usize] as char)
        .collect();
    format!("{body}{check}")
}

/// The body (checksum left out) of a code.
fn body(code: &str) -> &str {
    &code[..code.len() - 4]
}

/// Every combination of choice answers of the questionnaire (each option or no answer per
/// question), pruned as the app does.
fn every_choice_combination(q: &Questionnaire) -> Vec<Answers> {
    let items: Vec<_> = q
        .questions()
        .filter(|i| i.kind == ItemType::Choice)
        .collect();
    let mut all = vec![Answers::new()];
    for item in items {
        let mut next = Vec::new();
        for a in &all {
            next.push(a.clone());
            for option in &item.answer_option {
                let mut with = a.clone();
                with.insert(
                    item.link_id.clone(),
                    Answer::Choice(option.value_coding.code.clone()),
                );
                next.push(with);
            }
        }
        all = next;
    }
    all
}

/// The answers with the medicine text added when its question is shown.
fn with_shown_text(q: &Questionnaire, a: &Answers, text: &str) -> Answers {
    let mut a = a.clone();
    flow::set_answer(
        q,
        &mut a,
        "anticoagulant-nom",
        Some(Answer::Text(text.into())),
    );
    a
}

/// A code for answers that are not finished, as the encoder would write it without its check:
/// the code of the answers completed with "Non", those choices set back to `0` (no answer).
fn forge_incomplete(q: &Questionnaire, a: &Answers) -> String {
    let code = encode(q, &completed(q, a.clone()), WRITTEN, "fr", true).unwrap();
    let mut body = body(&code).to_owned();
    let choices = q.questions().filter(|i| i.kind == ItemType::Choice);
    for (i, item) in choices.enumerate() {
        if !a.contains_key(&item.link_id) {
            // CIM1, questionnaire (4), version (3), written (12), language (3), count (1).
            body.replace_range(27 + i..28 + i, "0");
        }
    }
    forge(&body)
}

#[test]
fn every_finished_combination_of_answers_reads_back_the_same_with_a_four_character_check_code() {
    let q = shipped().questionnaire;
    let combinations = every_choice_combination(&q);
    assert_eq!(combinations.len(), 4usize.pow(7));
    let mut longest = 0;
    let mut with_text_shown = 0;
    let mut finished = 0;
    for choices in &combinations {
        if !flow::is_complete(&q, choices) {
            continue;
        }
        finished += 1;
        for text in [None, Some(MEDICINES)] {
            let a = match text {
                Some(text) => with_shown_text(&q, choices, text),
                None => choices.clone(),
            };
            with_text_shown += usize::from(a.contains_key("anticoagulant-nom"));
            let code = encode(&q, &a, WRITTEN, "fr", true).expect("encodes");
            assert_eq!(code.len(), code_len(&q, &a), "code_len for {a:?}");
            longest = longest.max(code.len());
            let read = decode(&q, &code).unwrap_or_else(|e| panic!("{code} for {a:?}: {e:?}"));
            assert_eq!(read.answers, a, "{code}");
            assert_eq!(read.written, WRITTEN);
            assert_eq!(read.language, "fr");
            assert!(read.reviewed);
            assert_eq!(read.questionnaire_version, "1.2.0");
            assert_eq!(read.check_code, check_code(&code));
            assert_eq!(read.check_code.len(), 4);
            assert!(read.check_code.chars().all(|c| C32.contains(c)), "{code}");
            assert!(code.chars().all(|c| ALPHABET.contains(c)), "{code}");
            assert!(code.starts_with("CIM1"));
        }
    }
    assert_eq!(finished, 3usize.pow(7), "every question answered with one of 3 options");
    assert_eq!(
        with_text_shown,
        2 * 3usize.pow(6),
        "the text was shown with anticoagulant Oui or Je ne sais pas"
    );
    assert_eq!(
        longest, 70,
        "the longest code with the typical medicine names"
    );
    assert_eq!(qr_version(longest), Some(5));
}

/// Every combination with at least one question unanswered (with the medicine names when their
/// question is shown): the encoder refuses it, and the code it would have made, forged with a
/// right checksum, is invalid at the desk, never read as « rien de particulier à signaler ».
#[test]
fn every_unfinished_combination_is_refused_by_the_encoder_and_invalid_at_the_desk() {
    let q = shipped().questionnaire;
    let mut unfinished = 0;
    for choices in &every_choice_combination(&q) {
        if flow::is_complete(&q, choices) {
            continue;
        }
        unfinished += 1;
        for a in [choices.clone(), with_shown_text(&q, choices, MEDICINES)] {
            assert_eq!(
                encode(&q, &a, WRITTEN, "fr", true),
                Err(EncodeError::Incomplete),
                "{a:?}"
            );
        }
        let forged = forge_incomplete(&q, choices);
        assert_eq!(
            decode(&q, &forged),
            Err(DecodeError::Invalid),
            "{forged} for {choices:?}"
        );
    }
    assert_eq!(unfinished, 4usize.pow(7) - 3usize.pow(7));
}

#[test]
fn a_code_with_no_answer_at_all_is_invalid_at_the_desk() {
    let q = shipped().questionnaire;
    assert_eq!(
        encode(&q, &Answers::new(), WRITTEN, "fr", true),
        Err(EncodeError::Incomplete)
    );
    // The prefix, questionnaire and version of a real code; then the date, French reviewed,
    // 7 choice items all `0` (no answer), 1 text item, empty; the checksum right.
    let typical = typical_code(&q);
    let head = &typical[..11];
    let code = forge(&format!("{head}202603140926FR170000000100"));
    assert_eq!(decode(&q, &code), Err(DecodeError::Invalid), "{code}");
    // The same with every choice `2` ("Non"): read, so the code above is refused for its
    // missing answers alone.
    let all_no = forge(&format!("{head}202603140926FR172222222100"));
    assert_eq!(decode(&q, &all_no).unwrap().answers, answers(&super::all_no()));
}

#[test]
fn a_blank_medicine_name_is_no_answer_and_reads_back_as_none() {
    let q = shipped().questionnaire;
    let none = on_anticoagulant(&q);
    let code = encode(&q, &none, WRITTEN, "fr", true).unwrap();
    for blank in [" ", "   ", "\n", "\t \u{a0}"] {
        let blank_code = encode(&q, &with_text(none.clone(), blank), WRITTEN, "fr", true);
        assert_eq!(blank_code.as_ref(), Ok(&code), "{blank:?}");
    }
    assert_eq!(decode(&q, &code).unwrap().answers, none);
}

/// For every finished combination of answers (with the medicine names when their question is shown),
/// each answer changed to another option, alone: the check code changes. (An answer that shows
/// or hides the medicine text changes more than one character, and is left out.)
#[test]
fn a_changed_answer_changes_the_check_code() {
    let q = shipped().questionnaire;
    let mut combinations = every_choice_combination(&q);
    combinations.retain(|a| flow::is_complete(&q, a));
    let codes: HashMap<String, String> = combinations
        .iter()
        .map(|choices| {
            let code = encode(
                &q,
                &with_shown_text(&q, choices, MEDICINES),
                WRITTEN,
                "fr",
                true,
            );
            (format!("{choices:?}"), code.unwrap())
        })
        .collect();
    let mut compared = 0;
    for choices in &combinations {
        let code = &codes[&format!("{choices:?}")];
        for item in q.questions().filter(|i| i.kind == ItemType::Choice) {
            for option in &item.answer_option {
                let new = Answer::Choice(option.value_coding.code.clone());
                if choices.get(&item.link_id) == Some(&new) {
                    continue;
                }
                let mut changed = choices.clone();
                changed.insert(item.link_id.clone(), new);
                let other = &codes[&format!("{changed:?}")];
                if other.len() != code.len() {
                    continue;
                }
                assert_ne!(check_code(other), check_code(code), "{code} / {other}");
                compared += 1;
            }
        }
    }
    // 3^7 answer sets, 7 questions, 2 other options each; for the anticoagulant question only
    // Oui and Je ne sais pas to each other (the medicine names stay).
    assert_eq!(
        compared,
        3usize.pow(7) * 6 * 2 + 2 * 3usize.pow(6),
        "pairs compared"
    );
}

#[test]
fn the_check_code_changes_with_the_medicine_text_the_date_and_the_language() {
    let q = shipped().questionnaire;
    let code = typical_code(&q);
    let other_text = encode(
        &q,
        &with_text(typical(), "Kardégic, Eliquiz"),
        WRITTEN,
        "fr",
        true,
    );
    let later = Written {
        minute: 27,
        ..WRITTEN
    };
    let others = [
        other_text.unwrap(),
        encode(&q, &typical(), later, "fr", true).unwrap(),
        encode(&q, &typical(), WRITTEN, "en", true).unwrap(),
        encode(&q, &typical(), WRITTEN, "fr", false).unwrap(),
    ];
    for other in others {
        assert_ne!(check_code(&other), check_code(&code), "{other}");
    }
}

#[test]
fn the_medicine_text_at_its_cap_reads_back_in_any_script_and_one_byte_more_is_too_long() {
    let q = shipped().questionnaire;
    let cap = max_text_bytes(&q);
    assert_eq!(cap, 194);
    let base = on_anticoagulant(&q);
    for unit in ["a", "é", "ب", "💊", "Kardégic 75 mg, إليكويس 💊 "] {
        let text = repeated(unit, cap);
        let room = cap - text.len();
        let text = format!("{text}{}", "x".repeat(room));
        assert_eq!(text.len(), cap);
        let a = with_text(base.clone(), &text);
        assert!(text_fits(&q, &base, "anticoagulant-nom", &text));
        let code = encode(&q, &a, WRITTEN, "ar", false).expect("fits");
        assert_eq!(code.len(), MAX_CODE_LEN, "{unit}: the cap fills the code");
        assert_eq!(qr_version(code.len()), Some(13));
        let read = decode(&q, &code).expect("reads back");
        assert_eq!(read.answers, a);
        assert_eq!(read.language, "ar");
        assert!(!read.reviewed);

        let over = format!("{text}x");
        assert!(!text_fits(&q, &base, "anticoagulant-nom", &over));
        assert_eq!(
            encode(&q, &with_text(base.clone(), &over), WRITTEN, "fr", true),
            Err(EncodeError::TooLong)
        );
    }
}

#[test]
fn a_text_over_its_questions_length_is_too_long_even_when_the_code_would_hold_it() {
    let mut q = shipped().questionnaire;
    for item in q
        .item
        .iter_mut()
        .filter(|i| i.link_id == "anticoagulant-nom")
    {
        item.max_length = Some(5);
    }
    let a = with_text(on_anticoagulant(&q), "Eliquis");
    assert_eq!(
        encode(&q, &a, WRITTEN, "fr", true),
        Err(EncodeError::TooLong)
    );
    let a = with_text(on_anticoagulant(&q), "Élixé");
    let code = encode(&q, &a, WRITTEN, "fr", true).expect("5 characters fit");
    assert_eq!(decode(&q, &code).unwrap().answers, a);
}

#[test]
fn an_answer_to_a_hidden_question_is_not_carried() {
    let q = shipped().questionnaire;
    let no = answers(&super::all_no());
    let hidden = with_text(no.clone(), "Kardégic");
    let code = encode(&q, &hidden, WRITTEN, "fr", true).unwrap();
    assert_eq!(decode(&q, &code).unwrap().answers, no);
    assert_eq!(code, encode(&q, &no, WRITTEN, "fr", true).unwrap());
}

#[test]
fn a_bad_language_or_date_is_refused_when_encoding() {
    let q = shipped().questionnaire;
    for language in ["", "f", "fra", "f1", "é", "fr-FR"] {
        assert_eq!(
            encode(&q, &typical(), WRITTEN, language, true),
            Err(EncodeError::BadLanguage),
            "{language:?}"
        );
    }
    for written in [
        Written {
            month: 0,
            ..WRITTEN
        },
        Written {
            month: 13,
            ..WRITTEN
        },
        Written { day: 0, ..WRITTEN },
        Written {
            month: 2,
            day: 29,
            year: 2026,
            ..WRITTEN
        },
        Written {
            month: 4,
            day: 31,
            ..WRITTEN
        },
        Written {
            hour: 24,
            ..WRITTEN
        },
        Written {
            minute: 60,
            ..WRITTEN
        },
        Written {
            year: 10_000,
            ..WRITTEN
        },
    ] {
        assert_eq!(
            encode(&q, &typical(), written, "fr", true),
            Err(EncodeError::BadDate),
            "{written:?}"
        );
    }
    let leap = Written {
        month: 2,
        day: 29,
        year: 2028,
        ..WRITTEN
    };
    let code = encode(&q, &typical(), leap, "fr", true).unwrap();
    assert_eq!(decode(&q, &code).unwrap().written, leap);
}

#[test]
fn a_questionnaire_the_format_cannot_carry_is_refused_when_encoding() {
    let mut q = shipped().questionnaire;
    for version in ["1.2", "1.2.0.1", "1.36.0", "a.b.c", "1..0", "1.2.-0"] {
        q.version = version.into();
        assert_eq!(
            encode(&q, &typical(), WRITTEN, "fr", true),
            Err(EncodeError::UnsupportedQuestionnaire),
            "{version}"
        );
    }
    q.version = "35.0.9".into();
    let code = encode(&q, &typical(), WRITTEN, "fr", true).unwrap();
    assert_eq!(decode(&q, &code).unwrap().questionnaire_version, "35.0.9");
}

#[test]
fn each_character_changed_is_refused_never_read_as_other_answers() {
    let q = shipped().questionnaire;
    let codes = [
        typical_code(&q),
        encode(&q, &all_unknown(&q), WRITTEN, "en", false).unwrap(),
        encode(&q, &answers(&super::all_no()), WRITTEN, "fr", true).unwrap(),
    ];
    let mut tried = 0;
    for code in &codes {
        for i in 0..code.len() {
            for c in ALPHABET.chars() {
                let mut bytes = code.clone().into_bytes();
                if bytes[i] == c as u8 {
                    continue;
                }
                bytes[i] = c as u8;
                let changed = String::from_utf8(bytes).unwrap();
                let read = decode(&q, &changed);
                assert!(read.is_err(), "{changed} read as {read:?}");
                tried += 1;
            }
        }
    }
    assert!(tried > 5000);
}

#[test]
fn every_cut_code_is_refused_as_incomplete() {
    let q = shipped().questionnaire;
    for code in [
        typical_code(&q),
        encode(&q, &all_unknown(&q), WRITTEN, "en", false).unwrap(),
        test_card_code(),
    ] {
        for end in 1..code.len() {
            assert_eq!(
                decode(&q, &code[..end]),
                Err(DecodeError::Incomplete),
                "{}",
                &code[..end]
            );
        }
    }
    assert_eq!(decode(&q, ""), Err(DecodeError::NotOurs));
}

#[test]
fn what_is_not_ours_says_so() {
    let q = shipped().questionnaire;
    for text in [
        "https://example.com",
        "HTTPS://EXAMPLE.COM/CIM1",
        "3401597405237",
        "CIMENTOPLASTIE",
        "CIA1",
        "WIFI:S:accueil;T:WPA;P:secret;;",
        "é",
        "\u{0}\u{0}\u{0}\u{0}",
    ] {
        assert_eq!(decode(&q, text), Err(DecodeError::NotOurs), "{text:?}");
    }
}

#[test]
fn a_code_of_a_newer_format_is_an_unknown_format() {
    let q = shipped().questionnaire;
    let code = typical_code(&q).replacen("CIM1", "CIM2", 1);
    assert_eq!(decode(&q, &code), Err(DecodeError::UnknownFormat));
    assert_eq!(
        decode(&q, &forge(body(&code))),
        Err(DecodeError::UnknownFormat)
    );
    assert_eq!(decode(&q, "cim9"), Err(DecodeError::UnknownFormat));
}

#[test]
fn another_version_or_questionnaire_is_named_by_its_version() {
    let q = shipped().questionnaire;
    let mut newer = q.clone();
    newer.version = "1.3.0".into();
    let code = encode(&newer, &typical(), WRITTEN, "fr", true).unwrap();
    assert_eq!(
        decode(&q, &code),
        Err(DecodeError::UnknownQuestionnaire {
            version: "1.3.0".into()
        })
    );
    let mut other = q.clone();
    other.url = "https://fiches-patients.example/fhir/Questionnaire/vertebroplastie".into();
    let code = encode(&other, &typical(), WRITTEN, "fr", true).unwrap();
    assert_eq!(
        decode(&q, &code),
        Err(DecodeError::UnknownQuestionnaire {
            version: "1.2.0".into()
        })
    );
    newer.version = "10.20.35".into();
    let code = encode(&newer, &typical(), WRITTEN, "fr", true).unwrap();
    assert_eq!(
        decode(&q, &code),
        Err(DecodeError::UnknownQuestionnaire {
            version: "10.20.35".into()
        })
    );
}

#[test]
fn a_scanners_spaces_line_ends_and_caps_lock_are_forgiven() {
    let q = shipped().questionnaire;
    let code = typical_code(&q);
    for scanned in [
        format!("{code}\r\n"),
        format!("\t {code} \n"),
        code.to_lowercase(),
        format!("{}\r", code.to_lowercase()),
    ] {
        assert_eq!(
            decode(&q, &scanned).unwrap().answers,
            typical(),
            "{scanned:?}"
        );
    }
    assert_eq!(
        decode(&q, &format!("{code} x")),
        Err(DecodeError::Incomplete)
    );
}

#[test]
fn anything_longer_than_the_largest_code_is_refused_without_reading_it() {
    let q = shipped().questionnaire;
    let code = typical_code(&q);
    let long = format!("{code}{}", "0".repeat(10_000_000));
    assert_eq!(decode(&q, &long), Err(DecodeError::Incomplete));
    assert_eq!(
        decode(&q, &"A".repeat(10_000_000)),
        Err(DecodeError::NotOurs)
    );
    let twice = format!("{code}{code}{code}{code}{code}{code}");
    assert!(twice.len() > MAX_CODE_LEN);
    assert_eq!(decode(&q, &twice), Err(DecodeError::Incomplete));
    assert_eq!(
        decode(&q, &format!("{code}{code}")),
        Err(DecodeError::Incomplete)
    );
}

#[test]
fn a_whole_code_whose_fields_do_not_fit_the_questionnaire_is_invalid() {
    let q = shipped().questionnaire;
    let code = typical_code(&q);
    let body = body(&code).to_owned();
    // CIM1 + questionnaire (4) + version (3) = 11; written 11..23; language 23..26;
    // choices 26..34; texts from 34.
    assert_eq!(&body[11..23], "202603140926");
    assert_eq!(&body[23..26], "FR1");
    assert_eq!(&body[26..34], "72122222");
    let at = |range: std::ops::Range<usize>, with: &str| {
        let mut b = body.clone();
        b.replace_range(range, with);
        b
    };
    let forged = [
        ("month 13", at(15..17, "13")),
        ("day 0", at(17..19, "00")),
        ("30 February", at(15..19, "0230")),
        ("hour 24", at(19..21, "24")),
        ("minute 60", at(21..23, "60")),
        ("a letter in the year", at(11..12, "X")),
        ("a digit in the language", at(23..24, "1")),
        ("reviewed 2", at(25..26, "2")),
        ("7 choice items said 8", at(26..27, "8")),
        ("an option that does not exist", at(27..28, "4")),
        ("grossesse not answered", at(27..28, "0")),
        ("position-ventre not answered", at(33..34, "0")),
        (
            "the medicine text with anticoagulant Non (hidden)",
            at(28..29, "2"),
        ),
        ("1 text item said 2", at(34..35, "2")),
        ("a text longer than what follows", at(35..37, "ZZ")),
        (
            "a Base32 length no byte count gives",
            at(35..body.len(), "03ABC"),
        ),
        ("a character outside Crockford Base32", at(37..38, "U")),
        ("something after the texts", format!("{body}0")),
        ("the texts cut", body[..body.len() - 1].to_owned()),
    ];
    for (what, forged) in forged {
        assert_eq!(
            decode(&q, &forge(&forged)),
            Err(DecodeError::Invalid),
            "{what}: {forged}"
        );
    }
    // The typical text is 29 characters; 18 bytes = 144 bits, so its last character carries one
    // padding bit: it must be zero.
    let text_end = body.len();
    let last = body.as_bytes()[text_end - 1] as char;
    let value = C32.find(last).unwrap();
    let padded = C32.as_bytes()[value | 1] as char;
    assert_ne!(padded, last, "the padding bit of {body} is already set");
    assert_eq!(
        decode(&q, &forge(&at(text_end - 1..text_end, &padded.to_string()))),
        Err(DecodeError::Invalid),
        "padding bits set"
    );
}

#[test]
fn a_forged_text_that_is_not_utf8_or_is_blank_is_invalid() {
    let q = shipped().questionnaire;
    let code = encode(&q, &on_anticoagulant(&q), WRITTEN, "fr", true).unwrap();
    let body = body(&code);
    assert!(body.ends_with("00"), "{body}: no text");
    let head = &body[..body.len() - 2];
    let base32 = |bytes: &[u8]| {
        let mut bits = String::new();
        for b in bytes {
            bits.push_str(&format!("{b:08b}"));
        }
        while !bits.len().is_multiple_of(5) {
            bits.push('0');
        }
        let chars: String = bits
            .as_bytes()
            .chunks(5)
            .map(|c| {
                C32.as_bytes()[usize::from_str_radix(std::str::from_utf8(c).unwrap(), 2).unwrap()]
                    as char
            })
            .collect();
        let len = chars.len();
        format!(
            "{}{}{chars}",
            ALPHABET.as_bytes()[len / 36] as char,
            ALPHABET.as_bytes()[len % 36] as char
        )
    };
    let fine = forge(&format!("{head}{}", base32("Eliquis".as_bytes())));
    assert_eq!(
        decode(&q, &fine).unwrap().answers,
        with_text(on_anticoagulant(&q), "Eliquis")
    );
    for bytes in [&[0xC3, 0x28][..], &[0xFF], &[0xE2, 0x82], b"   ", b"\n"] {
        let forged = forge(&format!("{head}{}", base32(bytes)));
        assert_eq!(decode(&q, &forged), Err(DecodeError::Invalid), "{bytes:?}");
    }
}

#[test]
fn the_test_card_is_read_as_the_test_card() {
    let q = shipped().questionnaire;
    let card = test_card_code();
    assert_eq!(card.len(), 44);
    assert!(card.starts_with(&format!("CIMT{ALPHABET}")));
    assert_eq!(decode(&q, &card), Err(DecodeError::TestCard));
    assert_eq!(
        decode(&q, &format!("{}\r\n", card.to_lowercase())),
        Err(DecodeError::TestCard)
    );
    let mut wrong = card.clone().into_bytes();
    wrong[10] = b'Q';
    assert_eq!(
        decode(&q, std::str::from_utf8(&wrong).unwrap()),
        Err(DecodeError::Incomplete)
    );
    assert_eq!(decode(&q, "CIMX"), Err(DecodeError::NotOurs));
}

/// QR alphanumeric capacity at level Q, computed from the standard's codeword counts (as
/// qrcodegen does), apart from the app's table.
#[test]
fn the_capacity_table_is_the_qr_standards_for_level_q() {
    let ecc_per_block = [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24];
    let blocks = [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12];
    for version in 1..=13usize {
        let mut modules = (16 * version + 128) * version + 64;
        if version >= 2 {
            let align = version / 7 + 2;
            modules -= (25 * align - 10) * align - 55;
            if version >= 7 {
                modules -= 36;
            }
        }
        let data = modules / 8 - ecc_per_block[version - 1] * blocks[version - 1];
        let bits = data * 8 - 4 - if version < 10 { 9 } else { 11 };
        let capacity = bits / 11 * 2 + usize::from(bits % 11 >= 6);
        assert_eq!(
            QR_Q_ALPHANUMERIC_CAPACITY[version - 1],
            capacity,
            "version {version}"
        );
        assert_eq!(qr_version(capacity), Some(version as u8));
        assert_eq!(
            qr_version(capacity + 1),
            (version < 13).then_some(version as u8 + 1)
        );
    }
    assert_eq!(MAX_CODE_LEN, 352);
}

#[test]
fn check_code_never_panics_on_any_text() {
    assert_eq!(check_code("CIM1ABCD"), "ABCD");
    assert_eq!(check_code("AB"), "AB");
    assert_eq!(check_code("ABCé"), "BCé");
    assert_eq!(check_code("💊a"), "");
}

/// The examples the desk's end-to-end tests replay: `tests/e2e/fixtures/desk-codes.json`.
fn fixture() -> Value {
    let q = shipped().questionnaire;
    let choices_json = |a: &Answers| {
        let map: serde_json::Map<String, Value> = a
            .iter()
            .filter_map(|(id, answer)| match answer {
                Answer::Choice(code) => Some((id.clone(), json!(code))),
                Answer::Text(_) => None,
            })
            .collect();
        Value::Object(map)
    };
    let texts_json = |a: &Answers| {
        let map: serde_json::Map<String, Value> = a
            .iter()
            .filter_map(|(id, answer)| match answer {
                Answer::Text(text) => Some((id.clone(), json!(text))),
                Answer::Choice(_) => None,
            })
            .collect();
        Value::Object(map)
    };
    let keys = |code: &str, scanner: Layout, computer: Layout| {
        let mut events: Vec<Value> = typed(code, scanner, computer, false)
            .into_iter()
            .map(|e| json!({ "key": e.key, "code": e.code, "shift": e.shift }))
            .collect();
        events.push(json!({ "key": "Enter", "code": "Enter", "shift": false }));
        Value::Array(events)
    };
    let written = |w: Written| {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            w.year, w.month, w.day, w.hour, w.minute
        )
    };
    let example = |a: &Answers, language: &str, reviewed: bool, with_keys: bool| {
        let code = encode(&q, a, WRITTEN, language, reviewed).unwrap();
        let mut value = json!({
            "code": code,
            "check_code": check_code(&code),
            "qr_version": qr_version(code.len()),
            "language": language,
            "reviewed": reviewed,
            "written": written(WRITTEN),
            "choices": choices_json(a),
            "texts": texts_json(a),
        });
        if with_keys {
            value["keys_qwerty_scanner_on_azerty"] = keys(&code, Layout::Qwerty, Layout::Azerty);
            value["keys_azerty_scanner_on_qwerty"] = keys(&code, Layout::Azerty, Layout::Qwerty);
        }
        value
    };
    let card = test_card_code();
    json!({
        "about": "Desk codes for the reception page's tests, written by tests/core/desk_code.rs: rerun it with UPDATE_FIXTURES=1 cargo test --test core desk_code to rewrite this file. choices: linkId to the option's code; texts: linkId to the text typed; keys_*: the keydown events (event.key, event.code, event.shiftKey) a scanner set to one layout sends to a computer set to the other, Enter last.",
        "questionnaire_version": q.version,
        "codes": {
            "typical": example(&typical(), "fr", true, true),
            "all_unknown": example(&all_unknown(&q), "fr", true, false),
            "accents_emoji_arabic": example(
                &with_text(
                    answers(&[
                        ("grossesse", "N"),
                        ("anticoagulant", "asked-unknown"),
                        ("saignement", "Y"),
                        ("plaquettes", "N"),
                        ("anesthesie", "asked-unknown"),
                        ("allergie-methylmethacrylate", "N"),
                        ("position-ventre", "Y"),
                    ]),
                    "Kardégic 75 mg, إليكويس 💊",
                ),
                "en", false, false,
            ),
        },
        "test_card": {
            "code": card,
            "keys_qwerty_scanner_on_azerty": keys(&card, Layout::Qwerty, Layout::Azerty),
            "keys_azerty_scanner_on_qwerty": keys(&card, Layout::Azerty, Layout::Qwerty),
        },
    })
}

/// Pretty JSON, two spaces, with each key event (an object of plain values in an array) on
/// one line: the file stays short enough to read.
fn pretty(value: &Value, indent: usize, out: &mut String) {
    let pad = "  ".repeat(indent + 1);
    let close = "  ".repeat(indent);
    let flat = |v: &Value| match v {
        Value::Object(map) => map.values().all(|v| !v.is_object() && !v.is_array()),
        _ => !v.is_array(),
    };
    match value {
        Value::Array(items) if !items.is_empty() && items.iter().all(flat) => {
            out.push_str("[\n");
            let lines: Vec<String> = items
                .iter()
                .map(|v| format!("{pad}{}", serde_json::to_string(v).unwrap()))
                .collect();
            out.push_str(&lines.join(",\n"));
            out.push_str(&format!("\n{close}]"));
        }
        Value::Object(map) if !map.is_empty() => {
            out.push_str("{\n");
            let mut first = true;
            for (k, v) in map {
                if !first {
                    out.push_str(",\n");
                }
                first = false;
                out.push_str(&format!("{pad}{}: ", serde_json::to_string(k).unwrap()));
                pretty(v, indent + 1, out);
            }
            out.push_str(&format!("\n{close}}}"));
        }
        other => out.push_str(&serde_json::to_string(other).unwrap()),
    }
}

#[test]
fn the_desk_codes_fixture_is_what_the_code_makes() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/e2e/fixtures/desk-codes.json"
    );
    let mut expected = String::new();
    pretty(&fixture(), 0, &mut expected);
    expected.push('\n');
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &expected).expect("writes the fixture");
        return;
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected,
        "{path} differs from what the desk code makes now; if the change is meant, rewrite it \
         with: UPDATE_FIXTURES=1 cargo test --test core desk_code"
    );
    // The file reads back: every example decodes to its answers.
    let q = shipped().questionnaire;
    let file: Value = serde_json::from_str(&actual).unwrap();
    let names: BTreeSet<&str> = file["codes"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        names,
        BTreeSet::from(["accents_emoji_arabic", "all_unknown", "typical"])
    );
    for (name, example) in file["codes"].as_object().unwrap() {
        let read = decode(&q, example["code"].as_str().unwrap()).unwrap();
        assert!(flow::is_complete(&q, &read.answers), "{name}: every question answered");
        assert_eq!(
            read.check_code,
            example["check_code"].as_str().unwrap(),
            "{name}"
        );
        let count = |field: &str| example[field].as_object().unwrap().len();
        assert_eq!(
            read.answers.len(),
            count("choices") + count("texts"),
            "{name}"
        );
    }
}
