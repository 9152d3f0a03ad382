//! Every language says everything: the translations are complete, and the language a patient gets.

use cimentoplastie::domain::language::choose_language;
use serde_json::Value;

use crate::{json_strings, shipped_library};

/// Interface sentences that are the same in French and English.
const SAME_IN_BOTH: [&str; 2] = ["date_format", "settings_check_minutes"];

/// Sentences of one translation rightly the same as the French: the file name in Latin letters
/// (an Arabic name would not survive every device's file system and e-mail), the word
/// "Cimentoplastie" and the month "mai" in Romanian, the staff's example of a French centre's name.
const SAME_IN_A_TRANSLATION: [(&str, &str); 5] = [
    ("ar", "download_file_name"),
    ("ro", "document_title"),
    ("ro", "month_names[4]"),
    ("uk", "settings_example_name"),
    ("ru", "settings_example_name"),
];

#[test]
fn every_interface_sentence_is_translated() {
    let library = shipped_library();
    let source = &library.languages[0];
    let read = |code: &str| -> Value {
        let path = format!("{}/content/{code}/ui.json", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
    };
    let (mut french, mut untranslated) = (Vec::new(), Vec::new());
    json_strings(&read(&source.info.code), String::new(), &mut french);
    for language in &library.languages[1..] {
        let mut translated = Vec::new();
        json_strings(&read(&language.info.code), String::new(), &mut translated);
        assert_eq!(
            french.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            translated.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            "content/{}/ui.json must have the same sentences as the source",
            language.info.code
        );
        for ((field, fr), (_, other)) in french.iter().zip(&translated) {
            let field_name = field.trim_start_matches('.');
            let same_here = SAME_IN_A_TRANSLATION.contains(&(language.info.code.as_str(), field_name));
            if fr == other && !SAME_IN_BOTH.contains(&field_name) && !same_here {
                untranslated.push(format!(
                    "content/{}/ui.json: {field}: {other:?}",
                    language.info.code
                ));
            }
        }
    }
    assert!(untranslated.is_empty(), "not translated: {untranslated:#?}");
}

#[test]
fn every_question_sheet_text_and_definition_is_translated() {
    let library = shipped_library();
    let source = library.source();
    for language in &library.languages[1..] {
        let content = language.content();
        let code = &language.info.code;
        let pairs = source.sheet.texts().into_iter().zip(content.sheet.texts());
        let mut untranslated: Vec<String> = pairs
            .filter(|(a, b)| a == b)
            .map(|(a, _)| format!("content/{code}/sheet.json: {a:?}"))
            .collect();
        fn texts(items: &[cimentoplastie::domain::questionnaire::Item], out: &mut Vec<String>) {
            for item in items {
                out.push(item.text.clone());
                out.extend(
                    item.answer_option
                        .iter()
                        .map(|o| o.value_coding.display.clone()),
                );
                out.extend(item.report().map(str::to_owned));
                texts(&item.item, out);
            }
        }
        let (mut a, mut b) = (Vec::new(), Vec::new());
        texts(&source.questionnaire.item, &mut a);
        texts(&content.questionnaire.item, &mut b);
        assert_eq!(a.len(), b.len());
        untranslated.extend(
            a.iter()
                .zip(&b)
                .filter(|(x, y)| x == y)
                .map(|(x, _)| format!("content/{code}/questionnaire.json: {x:?}")),
        );
        untranslated.extend(
            source
                .glossary
                .terms
                .iter()
                .zip(&content.glossary.terms)
                .filter(|(x, y)| x.definition == y.definition)
                .map(|(x, _)| format!("content/{code}/glossary.json: {}", x.id)),
        );
        assert!(untranslated.is_empty(), "not translated: {untranslated:#?}");
        assert_eq!(content.questionnaire.url, source.questionnaire.url);
        assert_eq!(content.questionnaire.version, source.questionnaire.version);
    }
}

/// Each language shows the clinic's texts in that language (its `translations`), the phone
/// number the same: tried on filled-in settings, not on the shipped placeholder.
#[test]
fn the_clinic_speaks_every_language() {
    let mut files = cimentoplastie::content::sources().files();
    let clinic = &mut files[1].1;
    let mut value: Value = serde_json::from_str(clinic).unwrap();
    value["phone"] = "01 23 45 67 89".into();
    value["opening_hours"] = "de 8 h à 18 h".into();
    value["translations"]["en"]["opening_hours"] = "8 am to 6 pm".into();
    *clinic = value.to_string();
    let library = content_pipeline::load_json(&content_pipeline::Sources::from_files(&files))
        .expect("filled-in settings");
    let french = &library.languages[0].content().clinic;
    let english = &library.languages[1].content().clinic;
    assert_eq!(french.shown_hours(), Some("de 8 h à 18 h"));
    assert_eq!(english.shown_hours(), Some("8 am to 6 pm"));
    assert_eq!(english.shown_phone(), Some("01 23 45 67 89"));
    assert_eq!(english.instructions.len(), french.instructions.len());
    assert_ne!(english.instructions, french.instructions);
}

fn tags(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|t| (*t).to_owned()).collect()
}

#[test]
fn first_visit_follows_the_browser_then_the_choice_is_kept() {
    let available = ["fr", "en"];
    assert_eq!(
        choose_language(None, &tags(&["en-GB", "fr"]), &available),
        1
    );
    assert_eq!(
        choose_language(None, &tags(&["de-DE", "fr-CA"]), &available),
        0
    );
    assert_eq!(
        choose_language(None, &tags(&["de", "EN-us"]), &available),
        1
    );
    // Nothing the app has: French, the source.
    assert_eq!(choose_language(None, &tags(&["de", "it"]), &available), 0);
    assert_eq!(choose_language(None, &[], &available), 0);
    // A choice made on this device wins over the browser.
    assert_eq!(choose_language(Some("fr"), &tags(&["en"]), &available), 0);
    // A language the app no longer has is ignored.
    assert_eq!(choose_language(Some("de"), &tags(&["en"]), &available), 1);
}
