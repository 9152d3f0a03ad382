//! The medical wording review: what the questions, hints and help texts must say (and never say), and French typography.

use cimentoplastie::domain::questionnaire::{HelpKind, Item};
use cimentoplastie::domain::ui_text::{character_count_text, date_time, download_file_name};
use serde_json::Value;

use crate::{json_strings, shipped_library};

/// The texts of a question's display children of one kind, joined.
fn help(item: &Item, kind: HelpKind) -> String {
    item.help(kind).map(|h| h.text.as_str()).collect::<Vec<_>>().join(" ")
}

#[test]
fn no_help_text_tells_the_patient_their_answer_is_a_contraindication() {
    // After "Oui", "… est une contre-indication" reads as "I cannot have it": the team decides.
    for language in &shipped_library().languages {
        let q = &language.content().questionnaire;
        for item in q.questions() {
            for kind in [HelpKind::Hint, HelpKind::Why] {
                let text = help(item, kind).to_lowercase();
                assert!(
                    !text.contains("contre-indication") && !text.contains("contraindication"),
                    "content/{}/questionnaire.json: {}: a help text gives a verdict: {text}",
                    language.info.code,
                    item.link_id
                );
            }
            if item.help(HelpKind::Why).next().is_some() {
                let why = help(item, HelpKind::Why).to_lowercase();
                assert!(
                    why.contains("l’équipe") || why.contains("the team"),
                    "content/{}/questionnaire.json: {}: the help must say the team needs to know and decides",
                    language.info.code,
                    item.link_id
                );
            }
        }
    }
}

#[test]
fn blood_thinners_name_both_families_with_generics_and_never_call_antiplatelets_anticoagulants() {
    let library = shipped_library();
    let words = [
        ("fr", "antiagrégants plaquettaires", "anticoagulants", "N’arrêtez aucun traitement"),
        ("en", "antiplatelet", "anticoagulants", "Do not stop any treatment"),
    ];
    for (code, antiplatelet, anticoagulant, do_not_stop) in words {
        let language = library.languages.iter().find(|l| l.info.code == code).unwrap();
        let item = language.content().questionnaire.question("anticoagulant").unwrap();
        // The hint is shown on the question page itself, not only behind "Pourquoi cette question ?".
        let hint = help(item, HelpKind::Hint).to_lowercase();
        let at = format!("content/{code}/questionnaire.json: anticoagulant hint");
        for family in [antiplatelet, anticoagulant] {
            assert!(hint.contains(family), "{at}: names the family {family:?}");
        }
        assert!(hint.contains(&do_not_stop.to_lowercase()), "{at}: says not to stop any treatment");
        let plavix = hint.find("plavix").expect("Plavix listed");
        let eliquis = hint.find("eliquis").expect("Eliquis listed");
        let families = (hint.find(antiplatelet).unwrap(), hint.find(anticoagulant).unwrap());
        assert!(families.0 < plavix && plavix < families.1, "{at}: Plavix is an antiplatelet");
        assert!(families.1 < eliquis, "{at}: Eliquis is an anticoagulant");
        for brand_and_generic in [
            "Plavix (clopidogrel)",
            "Eliquis (apixaban)",
            "Brilique (ticagr",
            "Efient (prasugrel)",
            "Duoplavin (clopidogrel",
            "Arixtra (fondaparinux)",
            "Calciparine",
            "Minisintrom",
            "Préviscan",
        ] {
            assert!(hint.contains(&brand_and_generic.to_lowercase()), "{at}: lists {brand_and_generic:?}");
        }
        let report = item.report().unwrap().to_lowercase();
        let antiplatelet_word = &antiplatelet[..11];
        assert!(
            report.contains("anticoagulant") && report.contains(antiplatelet_word),
            "content/{code}/questionnaire.json: anticoagulant report names both families: {report}"
        );
    }
}

#[test]
fn the_bleeding_question_asks_about_low_platelets_and_anaesthesia_about_allergy() {
    for language in &shipped_library().languages {
        let q = &language.content().questionnaire;
        let (platelets, allergic) = match language.info.code.as_str() {
            "fr" => ("plaquettes", "allergique"),
            _ => ("platelets", "allergic"),
        };
        let bleeding = q.question("saignement").unwrap();
        assert!(bleeding.text.contains(platelets), "{}: {}", language.info.code, bleeding.text);
        let anaesthesia = q.question("anesthesie").unwrap();
        assert!(anaesthesia.text.contains(allergic), "{}: {}", language.info.code, anaesthesia.text);
    }
}

#[test]
fn the_pregnancy_question_says_on_its_page_how_to_answer_when_it_does_not_apply() {
    for language in &shipped_library().languages {
        let item = language.content().questionnaire.question("grossesse").unwrap();
        let hint = help(item, HelpKind::Hint);
        let (no, unknown) = {
            let labels: Vec<&str> = item.answer_option.iter().map(|o| o.value_coding.display.as_str()).collect();
            (labels[1].to_owned(), labels[2].to_owned())
        };
        assert!(
            hint.contains(&no) && hint.contains(&unknown),
            "content/{}/questionnaire.json: grossesse hint must say when to answer {no:?} and {unknown:?}: {hint}",
            language.info.code
        );
    }
}

#[test]
fn the_team_checks_are_statements_about_a_vertebra() {
    for language in &shipped_library().languages {
        let q = &language.content().questionnaire;
        for item in q.item.iter().filter(|i| i.link_id.starts_with("verification-")) {
            assert!(
                !item.text.contains('?'),
                "content/{}/questionnaire.json: {}: the team checks are not questions: {}",
                language.info.code,
                item.link_id,
                item.text
            );
            let lower = item.text.to_lowercase();
            assert!(
                lower.contains("vertèbre") || lower.contains("vertebra"),
                "{}: {}",
                language.info.code,
                item.link_id
            );
        }
    }
}

#[test]
fn dates_cannot_be_misread_and_times_do_not_split() {
    let library = shipped_library();
    let text = |code: &str| {
        let ui = &library.languages.iter().find(|l| l.info.code == code).unwrap().content().ui;
        date_time(ui, 2026, 3, 4, 9, 5)
    };
    assert_eq!(text("en"), ("4\u{a0}March\u{a0}2026".into(), "9:05".into()));
    assert_eq!(text("fr"), ("4\u{a0}mars\u{a0}2026".into(), "9\u{a0}h\u{a0}05".into()));
}

#[test]
fn the_downloaded_file_is_named_with_the_answers_date() {
    let library = shipped_library();
    let ui = |code: &str| library.languages.iter().find(|l| l.info.code == code).unwrap().content().ui.clone();
    assert_eq!(download_file_name(&ui("fr"), 2026, 11, 29), "reponses-cimentoplastie-2026-11-29.json");
    assert_eq!(download_file_name(&ui("en"), 2027, 3, 4), "cementoplasty-answers-2027-03-04.json");
}

#[test]
fn the_character_count_says_how_many_of_how_many_and_how_many_too_many() {
    let library = shipped_library();
    let ui = |code: &str| library.languages.iter().find(|l| l.info.code == code).unwrap().content().ui.clone();
    assert_eq!(character_count_text(&ui("fr"), 12, 200), "Caractères\u{202f}: 12 sur 200");
    assert_eq!(character_count_text(&ui("fr"), 200, 200), "Caractères\u{202f}: 200 sur 200");
    assert_eq!(character_count_text(&ui("fr"), 203, 200), "Caractères\u{202f}: 203 sur 200 (3 de trop)");
    assert_eq!(character_count_text(&ui("en"), 203, 200), "Characters: 203 of 200 (3 too many)");
}

#[test]
fn french_punctuation_never_wraps_alone_to_the_start_of_a_line() {
    // French puts a space before ? : ; ! and inside « »: it must be a no-break space, or the
    // punctuation can start a line on its own.
    let root = env!("CARGO_MANIFEST_DIR");
    let files = [
        "content/fr/ui.json",
        "content/fr/questionnaire.json",
        "content/fr/sheet.json",
        "content/fr/glossary.json",
        "content/clinic.json",
    ];
    let mut wrong = Vec::new();
    for file in files {
        let value: Value =
            serde_json::from_str(&std::fs::read_to_string(format!("{root}/{file}")).unwrap()).unwrap();
        let mut texts = Vec::new();
        json_strings(&value, String::new(), &mut texts);
        for (field, text) in texts {
            let chars: Vec<char> = text.chars().collect();
            let bad = chars.windows(2).any(|w| {
                (w[0] == ' ' && matches!(w[1], '?' | ':' | ';' | '!' | '»' | '%'))
                    || (w[0] == '«' && w[1] == ' ')
            });
            if bad {
                wrong.push(format!("{file}: {}: {text:?}", field.trim_start_matches('.')));
            }
        }
    }
    assert!(wrong.is_empty(), "an ordinary space before ? : ; ! » % (use U+202F):\n{}", wrong.join("\n"));
}
