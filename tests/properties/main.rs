//! Property tests: the stored-state decoder and the content loaders return a value or a typed
//! error for any input, never a panic. Each property prints how many cases it ran.
#![cfg(not(target_arch = "wasm32"))]

mod desk_code;

use cimentoplastie::content;
use cimentoplastie::domain::answers::{Answer, Answers};
use content_pipeline::{Sources, load_json};
use cimentoplastie::domain::flow::prune;
use cimentoplastie::domain::questionnaire::{ItemType, Questionnaire};
use cimentoplastie::domain::route::Route;
use cimentoplastie::domain::stored::{DecodeError, Saved, decode, encode, from_value};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::Value;

/// "Now" for the decoder: 2026-09-21, later than any generated session.
const NOW: f64 = 1_790_000_000_000.0;

/// Runs `test` on `cases` generated inputs and prints the count.
fn check<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&strategy, test)
        .unwrap_or_else(|e| panic!("property {name} failed: {e}"));
    println!("property {name}: {cases} cases passed");
}

fn questionnaire() -> Questionnaire {
    content::load()
        .expect("shipped content")
        .source()
        .questionnaire
        .clone()
}

/// Any JSON value, up to a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,40}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(
                "[a-z_]{0,12}|format|answers|route|questionnaire|choice|text",
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A valid session: any subset of answers allowed by the questionnaire, pruned as the app would.
fn any_session(q: &'static Questionnaire) -> impl Strategy<Value = Saved> {
    let per_question: Vec<_> = q
        .questions()
        .map(|item| {
            let id = item.link_id.clone();
            let answer: BoxedStrategy<Option<Answer>> = match item.kind {
                ItemType::Choice => {
                    let codes: Vec<String> = item
                        .answer_option
                        .iter()
                        .map(|o| o.value_coding.code.clone())
                        .collect();
                    prop::option::of(prop::sample::select(codes).prop_map(Answer::Choice)).boxed()
                }
                _ => prop::option::of(
                    "[^\u{0}]{1,200}"
                        .prop_filter("not blank", |t: &String| !t.trim().is_empty())
                        .prop_map(Answer::Text),
                )
                .boxed(),
            };
            answer.prop_map(move |a| (id.clone(), a))
        })
        .collect();
    (per_question, any::<u32>(), "[a-z/#-]{0,30}").prop_map(move |(pairs, time, route)| {
        let mut answers: Answers = pairs
            .into_iter()
            .filter_map(|(id, a)| a.map(|a| (id, a)))
            .collect();
        prune(q, &mut answers);
        Saved {
            answers,
            route: Route::parse(&route),
            saved_at_ms: f64::from(time),
        }
    })
}

#[test]
fn property_stored_decoder_never_panics() {
    let q: &'static Questionnaire = Box::leak(Box::new(questionnaire()));
    check(
        "random bytes",
        3000,
        prop::collection::vec(any::<u8>(), 0..512),
        |bytes| {
            let _ = decode(q, &String::from_utf8_lossy(&bytes), NOW);
            Ok(())
        },
    );
    check("JSON of any shape", 3000, any_json(), |value| {
        let _ = from_value(q, value, NOW);
        Ok(())
    });
    check(
        "any JSON inside a version 1 envelope",
        3000,
        (any_json(), any_json()),
        |(answers, route)| {
            let mut value: Value = serde_json::from_str(&encode(
                q,
                &Saved {
                    answers: Answers::new(),
                    route: Route::Sheet,
                    saved_at_ms: 0.0,
                },
            ))
            .unwrap();
            value["answers"] = answers;
            value["route"] = route;
            let _ = from_value(q, value, NOW);
            Ok(())
        },
    );
    check(
        "other format versions",
        1000,
        any::<u64>().prop_filter("not 1", |v| *v != 1),
        |version| {
            let result = decode(q, &format!("{{\"format\":{version}}}"), NOW);
            prop_assert_eq!(result, Err(DecodeError::UnknownFormat(version)));
            Ok(())
        },
    );
    check(
        "valid sessions read back after a truncation or whole",
        2000,
        (any_session(q), any::<prop::sample::Index>()),
        |(saved, cut)| {
            let text = encode(q, &saved);
            prop_assert_eq!(decode(q, &text, NOW), Ok(saved));
            let at = cut.index(text.len());
            if let Some(prefix) = text.get(..at) {
                prop_assert_eq!(decode(q, prefix, NOW), Err(DecodeError::Corrupt));
            }
            Ok(())
        },
    );
    check("huge strings", 20, 100_000usize..2_000_000, |size| {
        let mut value: Value = serde_json::from_str(&encode(
            q,
            &Saved {
                answers: Answers::new(),
                route: Route::Sheet,
                saved_at_ms: 0.0,
            },
        ))
        .unwrap();
        value["answers"] = serde_json::json!({ "anticoagulant": { "choice": "Y" }, "anticoagulant-nom": { "text": "x".repeat(size) } });
        value["route"] = Value::String("#/".repeat(size / 2));
        prop_assert_eq!(
            from_value(q, value, NOW),
            Err(DecodeError::InvalidAnswer("anticoagulant-nom".into()))
        );
        Ok(())
    });
    check("deep nesting", 20, 1_000usize..200_000, |depth| {
        let text = format!(
            "{{\"format\":1,\"answers\":{}{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        prop_assert_eq!(decode(q, &text, NOW), Err(DecodeError::Corrupt));
        Ok(())
    });
}

#[test]
fn property_address_parser_never_panics() {
    check("any address fragment", 3000, ".{0,80}", |text| {
        let route = Route::parse(&text);
        prop_assert_eq!(Route::parse(&route.to_fragment()), route);
        Ok(())
    });
}

/// Loads the shipped files with one of them replaced.
fn load_with(file: &str, text: &str) -> Result<(), Vec<String>> {
    let mut files = content::sources().files();
    if let Some(slot) = files.iter_mut().find(|(path, _)| path == file) {
        slot.1 = text.to_owned();
    }
    load_json(&Sources::from_files(&files))
        .map(|_| ())
        .map_err(|errors| errors.iter().map(|e| e.to_string()).collect())
}

/// True when `error` names `file`, or a file that depends on it: for a file of the source
/// language, the same file of another language (a translation that no longer matches the
/// changed source); for the list of languages, any content file.
fn names(error: &str, file: &str) -> bool {
    let name = file.rsplit('/').next().unwrap_or(file);
    error.starts_with(file)
        || (file == "content/languages.json" && error.starts_with("content/"))
        || (file.starts_with("content/fr/")
            && error.starts_with("content/")
            && error.split(':').next().is_some_and(|f| f.ends_with(name)))
}

/// A shipped file with one value somewhere replaced by any JSON, or one key removed.
fn mutated(shipped: &str) -> impl Strategy<Value = String> {
    let value: Value = serde_json::from_str(shipped).unwrap();
    (any::<prop::sample::Index>(), any_json(), any::<bool>()).prop_map(
        move |(index, replacement, remove)| {
            let mut value = value.clone();
            let mut paths = Vec::new();
            collect_paths(&value, String::new(), &mut paths);
            let path = &paths[index.index(paths.len())];
            if let Some(slot) = value.pointer_mut(path) {
                *slot = replacement;
            }
            if remove {
                if let Some((parent, key)) = path.rsplit_once('/') {
                    if let Some(Value::Object(map)) = value.pointer_mut(parent) {
                        map.remove(key);
                    }
                }
            }
            value.to_string()
        },
    )
}

fn collect_paths(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| collect_paths(v, format!("{at}/{k}"), out)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| collect_paths(v, format!("{at}/{i}"), out)),
        _ => {}
    }
}

#[test]
fn property_content_loaders_never_panic_and_name_the_file() {
    // Each case reads and checks every language (nine): the list, the settings and the source
    // language's files get the most cases; a translation's files, read by the same code, fewer.
    let source = format!("content/{}/", content::sources().texts[0].code);
    for (file, shipped) in content::sources().files() {
        let file = file.as_str();
        let translation = file.starts_with("content/") && file.matches('/').count() == 2 && !file.starts_with(&source);
        let (random, changed) = if translation { (20, 30) } else { (150, 250) };
        check(&format!("{file}: random text"), random, ".{0,300}", |text| {
            let errors = load_with(file, &text).expect_err("random text is not valid content");
            prop_assert!(errors.iter().all(|e| names(e, file)), "{:?}", errors);
            Ok(())
        });
        check(
            &format!("{file}: one value changed or removed"),
            changed,
            mutated(&shipped),
            |text| {
                if let Err(errors) = load_with(file, &text) {
                    prop_assert!(
                        !errors.is_empty()
                            && errors.iter().all(|e| names(e, file))
                            && (file != "content/languages.json"
                                || errors.iter().any(|e| e.contains(file))),
                        "{:?}",
                        errors
                    );
                }
                Ok(())
            },
        );
    }
}

#[test]
fn property_published_settings_keep_every_right_field_and_say_each_problem_in_words() {
    use cimentoplastie::domain::clinic_reading::read_bytes;
    use cimentoplastie::domain::settings_report::problem_words;
    let library = content::load_every_language().expect("shipped content");
    let languages: Vec<(&str, &str)> =
        library.languages.iter().map(|l| (l.info.code.as_str(), l.info.name.as_str())).collect();
    let codes: Vec<&str> = languages.iter().map(|(code, _)| *code).collect();
    let filled = r#"{"name": "Centre d’imagerie des Tilleuls", "phone": "01 23 45 67 89",
        "opening_hours": "de 8 h à 18 h", "instructions": ["Venez à jeun.", "Apportez vos examens."],
        "retention_days": 7, "translations": {"en": {"name": "Tilleuls imaging centre",
        "opening_hours": "8 am to 6 pm", "instructions": ["Do not eat.", "Bring your scans."]}}}"#;
    let said_in_words = |bytes: &[u8]| {
        let reading = read_bytes(bytes, &codes, 14);
        for language in &library.languages {
            for problem in &reading.problems {
                let words = problem_words(problem, &language.content().ui, &languages, &language.info.plural_rules());
                let all = format!("{} {} {:?} {:?}", words.field, words.what, words.example, words.meanwhile);
                prop_assert!(!words.what.is_empty(), "{problem:?}");
                prop_assert!(
                    !["{value}", "{line}", "{known}", "{codes}", "{language}", "{n}", "{days}", "{field}"]
                        .iter()
                        .any(|hole| all.contains(hole)),
                    "{all}"
                );
            }
        }
        Ok(reading)
    };
    check("clinic.json: any bytes", 1000, prop::collection::vec(any::<u8>(), 0..200), |bytes| {
        said_in_words(&bytes).map(|_| ())
    });
    check("clinic.json: one value changed or removed", 1500, mutated(filled), |text| {
        let reading = said_in_words(text.as_bytes())?;
        let value: Value = serde_json::from_str(&text).unwrap();
        if value.pointer("/phone") == Some(&Value::from("01 23 45 67 89")) {
            prop_assert_eq!(reading.settings.phone.as_str(), "01 23 45 67 89", "the phone is kept: {}", text);
        }
        if value.pointer("/name") == Some(&Value::from("Centre d’imagerie des Tilleuls")) {
            prop_assert_eq!(reading.settings.name.as_str(), "Centre d’imagerie des Tilleuls");
        }
        Ok(())
    });
}
