//! Every translation (`content/<code>/`, listed in `content/languages.json`, with the clinic's texts of `content/clinic.json`) read and checked with every check of the build: each error names file and field.

use std::path::Path;

use cimentoplastie::content::ContentError;
use content_pipeline::{CLINIC_FILE, LANGUAGE_FILES, Sources, language_file, load_json};

/// Every content file: the list of languages, the clinic settings, each language's four files.
fn all_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &str| std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    let list = read(content_pipeline::LANGUAGES_FILE);
    let codes: Vec<String> = serde_json::from_str::<serde_json::Value>(&list).unwrap()["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap().to_owned())
        .collect();
    let mut files = vec![
        ("content/languages.json".to_owned(), list),
        (CLINIC_FILE.to_owned(), read(CLINIC_FILE)),
    ];
    for code in &codes {
        for name in LANGUAGE_FILES {
            let path = language_file(code, name);
            files.push((path.clone(), read(&path)));
        }
    }
    files
}

fn errors_after(change: impl FnOnce(&mut Vec<(String, String)>)) -> Vec<ContentError> {
    let mut files = all_files();
    change(&mut files);
    match load_json(&Sources::from_files(&files)) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

fn edit(files: &mut [(String, String)], path: &str, change: impl FnOnce(&mut serde_json::Value)) {
    let (_, text) = files.iter_mut().find(|(p, _)| p == path).unwrap_or_else(|| panic!("{path}"));
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    change(&mut value);
    *text = serde_json::to_string(&value).unwrap();
}

#[test]
fn every_translation_passes_every_check_of_the_build() {
    let errors = errors_after(|_| {});
    assert!(
        errors.is_empty(),
        "{}",
        errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn romanian_with_a_cedilla_is_refused_naming_file_and_field() {
    let errors = errors_after(|files| {
        edit(files, "content/ro/ui.json", |ui| ui["clear_answers"] = "Ştergeţi răspunsurile".into())
    });
    let said: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        said.iter().any(|e| e.starts_with("content/ro/ui.json: clear_answers: ") && e.contains("write \"ț\"")),
        "{said:?}"
    );
}

#[test]
fn a_plural_missing_a_category_of_its_language_is_refused_naming_file_and_field() {
    let errors = errors_after(|files| {
        edit(files, "content/ru/ui.json", |ui| {
            ui["retention_notice"] = "Удалено через {days, plural, one {# день} other {# дней}}.".into()
        })
    });
    let said: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        said.iter().any(|e| e.starts_with("content/ru/ui.json: retention_notice: ") && e.contains("one few many other")),
        "{said:?}"
    );
}

#[test]
fn a_placeholder_renamed_or_dropped_in_a_translation_is_refused() {
    let errors = errors_after(|files| {
        edit(files, "content/ar/ui.json", |ui| ui["progress"] = "السؤال {number} من {total}".into());
        edit(files, "content/tr/ui.json", |ui| ui["document_title"] = "Sementoplasti".into());
    });
    let said: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(said.iter().any(|e| e.starts_with("content/ar/ui.json: progress: uses {number} {total}; the source language uses {n} {total}")), "{said:?}");
    assert!(said.iter().any(|e| e.starts_with("content/tr/ui.json: document_title: uses {}")), "{said:?}");
}

#[test]
fn a_translation_that_changes_a_rule_is_refused_in_any_language() {
    let errors = errors_after(|files| {
        edit(files, "content/uk/questionnaire.json", |q| q["item"][0]["required"] = false.into())
    });
    assert!(
        errors.iter().any(|e| e.file == "content/uk/questionnaire.json" && e.field.contains("required")),
        "{errors:?}"
    );
}

#[test]
fn the_list_of_languages_names_its_wrong_fields() {
    let errors = errors_after(|files| {
        edit(files, "content/languages.json", |l| {
            l["languages"][2]["name_fr"] = " ".into();
            l["languages"][3]["plural"]["one"] = "i == 1".into();
            l["languages"][0]["review"] = serde_json::json!({ "by": "Dr X", "date": "2027-01-15" });
            l["languages"][4]["review"] = serde_json::json!({ "by": "", "date": "15/01/2027" });
        })
    });
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    for field in [
        "languages[2].name_fr",
        "languages[3].plural.one",
        "languages[0].review",
        "languages[4].review.by",
        "languages[4].review.date",
    ] {
        assert!(fields.contains(&field), "{field} not named: {errors:?}");
    }
}
