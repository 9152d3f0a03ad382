//! Broken content is refused with a message naming the file and the field.

use cimentoplastie::domain::content::{
    CLINIC_FILE, QUESTIONNAIRE_FILE, SHEET_FILE, Sources, UI_FILE, load_from,
};
use serde_json::Value;

const QUESTIONNAIRE: &str = include_str!("../../content/questionnaire.json");
const SHEET: &str = include_str!("../../content/fr/sheet.json");
const UI: &str = include_str!("../../content/fr/ui.json");
const CLINIC: &str = include_str!("../../content/clinic.json");

/// Applies `edit` to one of the four files, loads, and returns the error messages.
fn errors_after(file: &str, edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut texts = [
        QUESTIONNAIRE.to_owned(),
        SHEET.to_owned(),
        UI.to_owned(),
        CLINIC.to_owned(),
    ];
    let index = [QUESTIONNAIRE_FILE, SHEET_FILE, UI_FILE, CLINIC_FILE]
        .iter()
        .position(|f| *f == file)
        .unwrap();
    let mut value: Value = serde_json::from_str(&texts[index]).unwrap();
    edit(&mut value);
    texts[index] = value.to_string();
    let sources = Sources {
        questionnaire: &texts[0],
        sheet: &texts[1],
        ui: &texts[2],
        clinic: &texts[3],
        clinic_file: CLINIC_FILE,
    };
    match load_from(&sources) {
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
        "missing field `phone`",
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
