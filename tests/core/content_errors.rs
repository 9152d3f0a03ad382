//! Broken content is refused with a message naming the file and the field.

use cimentoplastie::content::sources;
use cimentoplastie::domain::content::{
    CLINIC_FILE, QUESTIONNAIRE_FILE, SHEET_FILE, Sources, UI_FILE, load_from,
};
use serde_json::Value;

const EN_QUESTIONNAIRE: &str = "content/en/questionnaire.json";
const EN_SHEET: &str = "content/en/sheet.json";
const EN_UI: &str = "content/en/ui.json";
const EN_GLOSSARY: &str = "content/en/glossary.json";
const LANGUAGES: &str = "content/languages.json";

/// Applies `edit` to one of the shipped content files, loads them all, and returns the error messages.
fn errors_after(file: &str, edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut files = sources().files();
    let slot = files
        .iter_mut()
        .find(|(path, _)| path == file)
        .unwrap_or_else(|| panic!("{file} is not a content file"));
    let mut value: Value = serde_json::from_str(&slot.1).unwrap();
    edit(&mut value);
    slot.1 = value.to_string();
    match load_from(&Sources::from_files(&files)) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

fn check(file: &str, edit: impl FnOnce(&mut Value), expected: &str) {
    let errors = errors_after(file, edit);
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with(file) && e.contains(expected)),
        "expected an error in {file} containing {expected:?}, got {errors:?}"
    );
}

#[test]
fn duplicate_link_id() {
    check(
        QUESTIONNAIRE_FILE,
        |q| q["item"][1]["linkId"] = "grossesse".into(),
        "item[1].linkId: \"grossesse\" is used more than once",
    );
}

#[test]
fn enable_when_to_unknown_item() {
    check(
        QUESTIONNAIRE_FILE,
        |q| q["item"][2]["enableWhen"][0]["question"] = "inconnue".into(),
        "item[2].enableWhen[0].question: \"inconnue\" is not an earlier question",
    );
}

#[test]
fn enable_when_to_a_later_item() {
    check(
        QUESTIONNAIRE_FILE,
        |q| q["item"][2]["enableWhen"][0]["question"] = "anesthesie".into(),
        "item[2].enableWhen[0].question",
    );
}

#[test]
fn choice_without_options() {
    check(
        QUESTIONNAIRE_FILE,
        |q| q["item"][0]["answerOption"] = Value::Array(vec![]),
        "item[0].answerOption: a choice item needs at least one option",
    );
}

#[test]
fn contraindication_no_longer_covered() {
    check(
        QUESTIONNAIRE_FILE,
        |q| q["item"][0]["code"] = Value::Array(vec![]),
        "no item covers the contraindication \"grossesse\"",
    );
}

#[test]
fn missing_interface_sentence() {
    check(
        UI_FILE,
        |u| {
            u.as_object_mut().unwrap().remove("continue_button");
        },
        "missing field `continue_button`",
    );
}

#[test]
fn empty_sheet_paragraph() {
    check(
        SHEET_FILE,
        |s| s["sections"][1]["blocks"][0] = serde_json::json!({"paragraph": " "}),
        "sections[1].blocks[0]: is empty",
    );
}

#[test]
fn unknown_item_type() {
    check(
        QUESTIONNAIRE_FILE,
        |q| q["item"][0]["type"] = "decimal".into(),
        "unknown variant `decimal`",
    );
}

#[test]
fn missing_settings_field() {
    check(
        CLINIC_FILE,
        |c| {
            c.as_object_mut().unwrap().remove("phone");
        },
        "phone: is missing",
    );
}

#[test]
fn settings_phone_that_is_not_a_number() {
    check(
        CLINIC_FILE,
        |c| c["phone"] = "appelez-nous".into(),
        "phone: must be a phone number",
    );
}

#[test]
fn unchanged_content_has_no_error() {
    assert_eq!(errors_after(UI_FILE, |_| {}), Vec::<String>::new());
}

#[test]
fn missing_english_sentence() {
    check(
        EN_UI,
        |u| {
            u.as_object_mut().unwrap().remove("idle_keep");
        },
        "missing field `idle_keep`",
    );
}

#[test]
fn translated_questionnaire_with_another_rule() {
    check(
        EN_QUESTIONNAIRE,
        |q| q["item"][0]["required"] = false.into(),
        "item[0]: type, required, maxLength, enableWhen, codes or answer options differ from the source language",
    );
}

#[test]
fn translated_questionnaire_with_another_link_id() {
    check(
        EN_QUESTIONNAIRE,
        |q| q["item"][1]["linkId"] = "anticoagulants".into(),
        "item[1].linkId: must be \"anticoagulant\"",
    );
}

#[test]
fn translated_questionnaire_with_a_missing_text() {
    check(
        EN_QUESTIONNAIRE,
        |q| q["item"][0]["item"][0]["text"] = "".into(),
        "item[0].item[0].text: is empty",
    );
}

#[test]
fn translated_sheet_with_a_missing_paragraph() {
    check(
        EN_SHEET,
        |s| {
            s["sections"][1]["blocks"].as_array_mut().unwrap().pop();
        },
        "sections[1].blocks: has 3 blocks, the source language has 4",
    );
}

#[test]
fn translated_glossary_missing_a_term() {
    check(
        EN_GLOSSARY,
        |g| {
            g["terms"].as_array_mut().unwrap().remove(3);
        },
        "terms: must define the same terms",
    );
}

#[test]
fn clinic_texts_missing_in_english() {
    check(
        CLINIC_FILE,
        |c| {
            c.as_object_mut().unwrap().remove("translations");
        },
        "translations.en: is missing",
    );
}

#[test]
fn clinic_instructions_missing_a_line_in_english() {
    check(
        CLINIC_FILE,
        |c| {
            c["translations"]["en"]["instructions"]
                .as_array_mut()
                .unwrap()
                .pop();
        },
        "translations.en.instructions: must have as many lines",
    );
}

#[test]
fn language_listed_without_its_files() {
    check(
        LANGUAGES,
        |l| {
            l["languages"]
                .as_array_mut()
                .unwrap()
                .push(serde_json::json!({"code": "de", "name": "Deutsch", "dir": "ltr"}))
        },
        "the files of this language are missing",
    );
}

#[test]
fn language_with_a_bad_direction() {
    check(
        LANGUAGES,
        |l| l["languages"][1]["dir"] = "rtl-ish".into(),
        "languages[1].dir",
    );
}

#[test]
fn translated_questionnaire_in_the_wrong_language() {
    check(
        EN_QUESTIONNAIRE,
        |q| q["language"] = "fr".into(),
        "language: must be \"en\"",
    );
}

#[test]
fn the_app_reads_exactly_what_the_build_checked() {
    let checked = load_from(&sources()).expect("shipped content passes every check");
    assert_eq!(
        cimentoplastie::content::load().expect("the app reads it"),
        checked
    );
}

/// The app reads only the language it shows (less work on a phone at start); the others are read
/// when first shown, and a file the build checked but that no longer reads names itself then.
#[test]
fn the_app_reads_a_language_only_when_it_is_shown() {
    let mut files = sources().files();
    let slot = files
        .iter_mut()
        .find(|(path, _)| path == EN_SHEET)
        .expect("the English sheet is a content file");
    slot.1 = "{ broken".to_owned();
    let files: &'static [(String, String)] = Box::leak(files.into_boxed_slice());
    let library = cimentoplastie::domain::content::read_checked(&Sources::from_files(files))
        .expect("the English files are not read at start");
    assert_eq!(
        library.languages[0].content().sheet.title,
        "La cimentoplastie"
    );
    let english = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        library.languages[1].content().sheet.title.clone()
    }));
    let message = english
        .expect_err("the broken English sheet is read when English is shown")
        .downcast::<String>()
        .expect("a message");
    assert!(message.starts_with(EN_SHEET), "{message}");
}
