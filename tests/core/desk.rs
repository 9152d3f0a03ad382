//! The reception desk: what it shows from a desk code (in French, whatever the patient's language), what its status line says after a scan, the FHIR file's date.

use cimentoplastie::domain::desk_code::{DecodeError, DeskCode, Written, test_card_code};
use cimentoplastie::domain::desk_status::{
    DESK_IDLE_SECONDS, DeskStatus, ScanEnd, decoded, scan_status, status_text,
};
use cimentoplastie::domain::desk_text::{check_desk_text, read_desk_text};
use cimentoplastie::domain::desk_view::{authored, desk_view, language_line};
use cimentoplastie::domain::mode::WARNING_SECONDS;
use cimentoplastie::domain::scanner::{KeyStroke, Reading};

use super::{answers, shipped, shipped_desk, shipped_library};

const NNBSP: char = '\u{202f}';

/// A desk code as decoded: answered in `language` on 4 March 2026 at 9:05.
fn code(language: &str, reviewed: bool, given: &[(&str, &str)]) -> DeskCode {
    DeskCode {
        questionnaire_version: "1.2.0".into(),
        written: Written {
            year: 2026,
            month: 3,
            day: 4,
            hour: 9,
            minute: 5,
        },
        language: language.into(),
        reviewed,
        answers: answers(given),
        check_code: "K7Q2".into(),
    }
}

/// Answers with one "Oui" (a blood thinner, its name typed in English), one "Je ne sais pas".
fn flagged() -> Vec<(&'static str, &'static str)> {
    vec![
        ("grossesse", "asked-unknown"),
        ("anticoagulant", "Y"),
        ("anticoagulant-nom", "text:Eliquis twice a day"),
        ("saignement", "N"),
        ("plaquettes", "N"),
        ("anesthesie", "N"),
        ("allergie-methylmethacrylate", "N"),
        ("position-ventre", "N"),
    ]
}

#[test]
fn an_english_patients_answers_show_in_french_with_the_points_to_report_first() {
    let source = shipped();
    let view = desk_view(
        &code("en", true, &flagged()),
        &source.questionnaire,
        &source.ui,
        &shipped_desk(),
    );
    assert_eq!(
        view.language,
        "Réponses données en anglais. Cette traduction a été relue."
    );
    assert_eq!(
        view.completed,
        "Réponses du 4\u{a0}mars\u{a0}2026 à 9\u{a0}h\u{a0}05 – questionnaire version 1.2.0"
    );
    assert_eq!(view.check_code, "K7Q2");
    let reported: Vec<&str> = view.to_report.iter().map(|f| f.link_id.as_str()).collect();
    assert_eq!(reported, ["anticoagulant"]);
    assert_eq!(view.to_report[0].answer, "Oui", "the option's French label");
    assert_eq!(
        view.to_report[0].details[0].1, "Eliquis twice a day",
        "text typed stays as typed"
    );
    let go_over: Vec<&str> = view.to_go_over.iter().map(|f| f.link_id.as_str()).collect();
    assert_eq!(go_over, ["grossesse"]);
    // The table as printed: the flagged questions (and the follow-up) first, every answer in French.
    let q = &source.questionnaire;
    assert_eq!(view.rows[0].question, q.question("grossesse").unwrap().text);
    assert_eq!(view.rows[0].answer.as_deref(), Some("Je ne sais pas"));
    assert!(view.rows[0].flagged && view.rows[0].unknown);
    assert_eq!(
        view.rows[1].question,
        q.question("anticoagulant").unwrap().text
    );
    assert!(view.rows[1].flagged && !view.rows[1].unknown);
    assert_eq!(view.rows[2].answer.as_deref(), Some("Eliquis twice a day"));
    assert_eq!(view.rows.len(), 8);
    assert!(
        view.rows[3..]
            .iter()
            .all(|r| r.answer.as_deref() == Some("Non") && !r.flagged)
    );
    assert_eq!(
        view.team_checks,
        q.team_checks().map(|i| i.text.clone()).collect::<Vec<_>>()
    );
    assert!(!view.team_checks.is_empty());
    assert_eq!(view.file_name, "reponses-cimentoplastie-2026-03-04.json");
}

#[test]
fn the_language_line_says_whether_a_translation_was_reviewed_and_never_for_french() {
    let desk = shipped_desk();
    assert_eq!(
        language_line(&desk, "fr", "fr", true),
        "Réponses données en français."
    );
    assert_eq!(
        language_line(&desk, "fr", "en", false),
        format!(
            "Réponses données en anglais. Cette traduction n’a pas encore été relue{NNBSP}: en cas de doute, vérifiez la réponse avec le patient."
        )
    );
    // A language this build does not know (a newer build's): said by its code, not invented.
    assert_eq!(
        language_line(&desk, "fr", "de", true),
        "Réponses données dans une langue que cette application ne connaît pas (code DE)."
    );
    // Each language patients can choose is named in French for the desk.
    assert_eq!(
        language_line(&desk, "fr", "ar", false),
        format!(
            "Réponses données en arabe. Cette traduction n’a pas encore été relue{NNBSP}: en cas de doute, vérifiez la réponse avec le patient."
        )
    );
}

#[test]
fn every_language_of_the_app_has_a_french_name_for_the_desk() {
    let library = shipped_library();
    let desk = shipped_desk();
    for other in library.codes() {
        assert!(
            desk.language_names.iter().any(|(code, _)| code == other),
            "content/desk.json: language_names has no name for {other:?}"
        );
    }
    // The build's check says so, naming the file and the field.
    let errors = check_desk_text(&desk, &["fr", "en", "de"]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!((errors[0].file.as_str(), errors[0].field.as_str()), ("content/desk.json", "language_names"));
    assert!(errors[0].message.contains("\"de\""), "{}", errors[0]);
}

#[test]
fn a_desk_file_with_an_unknown_or_a_missing_field_names_the_file_and_the_field() {
    let shipped: serde_json::Value =
        serde_json::from_str(include_str!("../../content/desk.json")).unwrap();
    // A field the page does not know (a typo, or a key left from ui.json).
    let mut typo = shipped.clone();
    typo["titel"] = "Accueil".into();
    let error = read_desk_text(&typo.to_string()).unwrap_err();
    assert_eq!((error.file.as_str(), error.field.as_str()), ("content/desk.json", "titel"));
    assert!(error.to_string().starts_with("content/desk.json: titel: "), "{error}");
    // A text the page needs, missing.
    let mut missing = shipped.clone();
    missing.as_object_mut().unwrap().remove("ready");
    let error = read_desk_text(&missing.to_string()).unwrap_err();
    assert_eq!((error.file.as_str(), error.field.as_str()), ("content/desk.json", "ready"));
    assert_eq!(error.to_string(), "content/desk.json: ready: is missing");
    // A pair that is not a pair, and an empty name.
    let mut pair = shipped.clone();
    pair["language_names"][1] = serde_json::json!(["en"]);
    let error = read_desk_text(&pair.to_string()).unwrap_err();
    assert_eq!(error.file, "content/desk.json");
    let mut empty = shipped;
    empty["language_names"][1] = serde_json::json!(["en", " "]);
    let desk = read_desk_text(&empty.to_string()).unwrap();
    let errors = check_desk_text(&desk, &["fr"]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, "language_names[1]");
}

/// The desk's page shows the texts compiled in by the build: the same as the file's.
#[test]
fn the_desk_reads_exactly_the_texts_of_its_file() {
    let file = read_desk_text(include_str!("../../content/desk.json")).expect("the shipped file");
    assert_eq!(cimentoplastie::content::desk_text(), Ok(file));
}

#[test]
fn nothing_flagged_says_so() {
    let source = shipped();
    let view = desk_view(
        &code("fr", true, &super::all_no()),
        &source.questionnaire,
        &source.ui,
        &shipped_desk(),
    );
    assert!(view.to_report.is_empty() && view.to_go_over.is_empty());
    assert!(view.rows.iter().all(|r| !r.flagged));
}

#[test]
fn the_fhir_date_is_the_answers_local_time_with_its_offset() {
    let written = Written {
        year: 2026,
        month: 3,
        day: 4,
        hour: 9,
        minute: 5,
    };
    assert_eq!(authored(written, 60), "2026-03-04T09:05:00+01:00");
    assert_eq!(authored(written, 120), "2026-03-04T09:05:00+02:00");
    assert_eq!(authored(written, 0), "2026-03-04T09:05:00+00:00");
    assert_eq!(authored(written, -330), "2026-03-04T09:05:00-05:30");
}

#[test]
fn each_scan_outcome_is_said_in_plain_french() {
    let desk = shipped_desk();
    let said = |status: DeskStatus| status_text(&desk, &status);
    assert_eq!(
        said(DeskStatus::Ready),
        "Prêt. Scannez le code du patient avec le lecteur."
    );
    assert_eq!(
        said(DeskStatus::Incomplete),
        "Le code n’a été lu qu’en partie. Scannez-le à nouveau, sans bouger."
    );
    assert_eq!(
        said(DeskStatus::NotOurs),
        "Ce code n’est pas un code de réponses de cette application."
    );
    assert_eq!(
        said(DeskStatus::OtherVersion("1.3.0".into())),
        "Ces réponses viennent d’une autre version du questionnaire (1.3.0). Demandez au patient de vous montrer son écran ou la page imprimée."
    );
    assert!(said(DeskStatus::Erased).starts_with("Réponses effacées. Prêt."));
    assert_eq!(DESK_IDLE_SECONDS + WARNING_SECONDS, 180);
    assert!(
        said(DeskStatus::ErasedIdle)
            .starts_with("Réponses effacées après 3\u{a0}minutes sans activité. Prêt.")
    );
    assert!(said(DeskStatus::IdleWarning { seconds: 30 }).contains("dans 30\u{a0}secondes"));
}

#[test]
fn each_decode_error_has_its_status_and_only_a_read_shows_answers() {
    let read = code("fr", true, &super::all_no());
    assert_eq!(decoded(Ok(read.clone())), (DeskStatus::Read, Some(read)));
    assert_eq!(
        decoded(Err(DecodeError::NotOurs)),
        (DeskStatus::NotOurs, None)
    );
    assert_eq!(
        decoded(Err(DecodeError::Incomplete)),
        (DeskStatus::Incomplete, None)
    );
    assert_eq!(
        decoded(Err(DecodeError::Invalid)),
        (DeskStatus::Invalid, None)
    );
    assert_eq!(
        decoded(Err(DecodeError::UnknownQuestionnaire {
            version: "2.0.0".into()
        })),
        (DeskStatus::OtherVersion("2.0.0".into()), None)
    );
    assert_eq!(
        decoded(Err(DecodeError::UnknownFormat)),
        (DeskStatus::NewerFormat, None)
    );
    assert_eq!(
        decoded(Err(DecodeError::TestCard)),
        (DeskStatus::TestCardRead, None)
    );
}

#[test]
fn the_test_card_says_the_scanner_works_its_layout_speed_and_end_key() {
    let desk = shipped_desk();
    let card = |reading, end| {
        status_text(
            &desk,
            &DeskStatus::TestCard {
                reading,
                chars_per_second: Some(180),
                end,
            },
        )
    };
    assert_eq!(
        card(Reading::QwertyScannerOnAzerty, ScanEnd::Enter),
        format!(
            "Le lecteur fonctionne. Il tape en QWERTY sur un ordinateur AZERTY{NNBSP}: cela marche, rien à changer. Vitesse{NNBSP}: 180\u{a0}caractères par seconde. Il termine chaque code par la touche Entrée."
        )
    );
    assert!(
        card(Reading::AzertyScannerOnQwerty, ScanEnd::Tab)
            .contains("Il tape en AZERTY sur un ordinateur QWERTY")
    );
    assert!(
        card(Reading::AzertyScannerOnQwerty, ScanEnd::Tab).ends_with("par la touche Tabulation.")
    );
    assert!(
        card(Reading::AsTyped, ScanEnd::Pause)
            .contains("même disposition de clavier que l’ordinateur")
    );
    assert!(card(Reading::AsTyped, ScanEnd::Pause).contains("ajouter Entrée"));
    let unmeasured = DeskStatus::TestCard {
        reading: Reading::AsTyped,
        chars_per_second: None,
        end: ScanEnd::Enter,
    };
    assert!(!status_text(&desk, &unmeasured).contains("Vitesse"));
}

/// The keys of a fixture's scan (`tests/e2e/fixtures/desk-codes.json`), `gap_ms` apart.
fn fixture_keys(path: &[&str], gap_ms: f64) -> Vec<KeyStroke> {
    let text = include_str!("../e2e/fixtures/desk-codes.json");
    let mut value: &serde_json::Value = &serde_json::from_str(text).unwrap();
    for step in path {
        value = &value[*step];
    }
    value
        .as_array()
        .unwrap_or_else(|| panic!("no keys at {path:?}"))
        .iter()
        .enumerate()
        .map(|(i, k)| KeyStroke {
            key: k["key"].as_str().unwrap().into(),
            code: k["code"].as_str().unwrap().into(),
            shift: k["shift"].as_bool().unwrap(),
            time_ms: 1000.0 + gap_ms * i as f64,
        })
        .collect()
}

/// Keys typing `text` as is (scanner and computer on the same layout).
fn typed(text: &str, gap_ms: f64) -> Vec<KeyStroke> {
    text.chars()
        .enumerate()
        .map(|(i, c)| KeyStroke {
            key: c.to_string(),
            code: if c.is_ascii_digit() {
                format!("Digit{c}")
            } else {
                format!("Key{c}")
            },
            shift: c.is_ascii_uppercase(),
            time_ms: 1000.0 + gap_ms * i as f64,
        })
        .collect()
}

#[test]
fn a_scan_of_the_test_card_says_how_the_scanner_types_and_how_fast() {
    let q = shipped().questionnaire;
    let card = test_card_code();
    let (status, code) = scan_status(&q, &typed(&card, 5.0), ScanEnd::Enter);
    assert_eq!(code, None, "the card holds no answers");
    assert_eq!(
        status,
        DeskStatus::TestCard {
            reading: Reading::AsTyped,
            chars_per_second: Some(200),
            end: ScanEnd::Enter
        }
    );
    let keys = fixture_keys(&["test_card", "keys_azerty_scanner_on_qwerty"], 50.0);
    let keys: Vec<KeyStroke> = keys.into_iter().filter(|k| k.key != "Enter").collect();
    match scan_status(&q, &keys, ScanEnd::Pause).0 {
        DeskStatus::TestCard { reading, end, .. } => {
            assert_eq!(
                (reading, end),
                (Reading::AzertyScannerOnQwerty, ScanEnd::Pause)
            );
        }
        other => panic!("not the test card: {other:?}"),
    }
}

#[test]
fn a_scan_of_a_patients_code_shows_its_answers_and_a_cut_or_foreign_one_says_why() {
    let q = shipped().questionnaire;
    let keys = fixture_keys(&["codes", "typical", "keys_qwerty_scanner_on_azerty"], 5.0);
    let (status, code) = scan_status(&q, &keys, ScanEnd::Enter);
    assert_eq!(status, DeskStatus::Read);
    let code = code.unwrap();
    assert_eq!(code.check_code, "RDR6");
    assert_eq!(
        code.answers.get("anticoagulant"),
        Some(&cimentoplastie::domain::answers::Answer::Choice("Y".into()))
    );
    let half = &keys[..keys.len() / 2];
    assert_eq!(
        scan_status(&q, half, ScanEnd::Pause),
        (DeskStatus::Incomplete, None)
    );
    let url = typed("HTTPS://EXAMPLE.ORG/", 5.0);
    assert_eq!(
        scan_status(&q, &url, ScanEnd::Enter),
        (DeskStatus::NotOurs, None)
    );
}
