//! The stored format: round trip, and a typed error for anything else, never a panic.

use cimentoplastie::domain::route::Route;
use cimentoplastie::domain::stored::{DecodeError, Saved, decode, encode};

use super::{answers, shipped};

/// "Now" for these tests: a little after `saved()` was written.
const NOW: f64 = 1_790_000_500_000.0;

fn saved() -> Saved {
    Saved {
        answers: answers(&[
            ("grossesse", "N"),
            ("anticoagulant", "Y"),
            ("anticoagulant-nom", "text:<b>Kardégic</b> \"75\""),
        ]),
        route: Route::Question {
            link_id: "saignement".into(),
            from_check: false,
        },
        saved_at_ms: 1_790_000_000_000.0,
    }
}

#[test]
fn a_session_reads_back_as_written() {
    let q = shipped().questionnaire;
    assert_eq!(decode(&q, &encode(&q, &saved()), NOW), Ok(saved()));
}

#[test]
fn the_stored_text_names_format_and_questionnaire_version() {
    let q = shipped().questionnaire;
    let value: serde_json::Value = serde_json::from_str(&encode(&q, &saved())).unwrap();
    assert_eq!(value["format"], 1);
    assert_eq!(value["questionnaire"], q.url.as_str());
    assert_eq!(value["questionnaire_version"], q.version.as_str());
}

/// (stored text, expected error)
#[test]
fn bad_stored_data_gives_a_typed_error() {
    let q = shipped().questionnaire;
    let good: serde_json::Value = serde_json::from_str(&encode(&q, &saved())).unwrap();
    let with = |key: &str, value: serde_json::Value| {
        let mut v = good.clone();
        v[key] = value;
        v.to_string()
    };
    let cases: Vec<(String, DecodeError)> = vec![
        ("".into(), DecodeError::Corrupt),
        ("{".into(), DecodeError::Corrupt),
        ("null".into(), DecodeError::Corrupt),
        ("[1,2]".into(), DecodeError::Corrupt),
        ("{\"format\":\"1\"}".into(), DecodeError::Corrupt),
        ("{\"format\":1}".into(), DecodeError::Corrupt),
        (with("format", 2.into()), DecodeError::UnknownFormat(2)),
        (
            with("questionnaire_version", "0.9".into()),
            DecodeError::OtherQuestionnaire {
                url: q.url.clone(),
                version: "0.9".into(),
            },
        ),
        (
            with(
                "answers",
                serde_json::json!({"grossesse": {"choice": "peut-être"}}),
            ),
            DecodeError::InvalidAnswer("grossesse".into()),
        ),
        (
            with("answers", serde_json::json!({"inconnue": {"choice": "Y"}})),
            DecodeError::InvalidAnswer("inconnue".into()),
        ),
        (
            with("answers", serde_json::json!({"grossesse": {"text": "oui"}})),
            DecodeError::InvalidAnswer("grossesse".into()),
        ),
        (
            with("answers", serde_json::json!({"grossesse": 3})),
            DecodeError::Corrupt,
        ),
        (with("extra", 1.into()), DecodeError::Corrupt),
        // Times that cannot be: they would show "01/01/3000" or "00/01/0", and never expire.
        (with("saved_at_ms", 32_503_680_000_000.0.into()), DecodeError::ImpossibleTime),
        (with("saved_at_ms", 1e308.into()), DecodeError::ImpossibleTime),
        (with("saved_at_ms", (-1.0).into()), DecodeError::ImpossibleTime),
        (with("saved_at_ms", (NOW + 2.0 * 86_400_000.0).into()), DecodeError::ImpossibleTime),
    ];
    for (text, expected) in cases {
        assert_eq!(decode(&q, &text, NOW), Err(expected), "{text}");
    }
}

#[test]
fn a_stored_follow_up_whose_question_changed_is_dropped() {
    let q = shipped().questionnaire;
    let mut value: serde_json::Value = serde_json::from_str(&encode(&q, &saved())).unwrap();
    value["answers"]["anticoagulant"] = serde_json::json!({"choice": "N"});
    let decoded = decode(&q, &value.to_string(), NOW).unwrap();
    assert_eq!(
        decoded.answers,
        answers(&[("grossesse", "N"), ("anticoagulant", "N")])
    );
}
