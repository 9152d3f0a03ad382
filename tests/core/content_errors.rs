//! Broken content is refused with a message naming the file and the field: each check of the
//! content pipeline run on broken inputs, through the reader the build runs (`load_json`), and
//! the build's own check (`content_pipeline::build::check`) on a copy of `content/`.

use std::path::{Path, PathBuf};

use cimentoplastie::content::sources;
use content_pipeline::{CLINIC_FILE, LanguageFiles, Library, Sources, load_json};
use serde_json::Value;

const QUESTIONNAIRE_FILE: &str = "content/fr/questionnaire.json";
const SHEET_FILE: &str = "content/fr/sheet.json";
const UI_FILE: &str = "content/fr/ui.json";

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
    match load_json(&Sources::from_files(&files)) {
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

/// A change made to a JSON file.
type Edit = fn(&mut Value);

/// A translation supplies texts only: a rule, a code or a required flag changed in it is refused,
/// naming the file and the field, and the source's value.
#[test]
fn translated_questionnaire_changing_a_rule_is_refused_naming_the_field() {
    let cases: [(&str, Edit, &str); 8] = [
        (
            "required flag",
            |q| q["item"][0]["required"] = false.into(),
            "item[0].required: must be true, as in the source language",
        ),
        (
            "enableWhen's answer",
            |q| q["item"][2]["enableWhen"][0]["answerCoding"]["code"] = "N".into(),
            "item[2].enableWhen[0].answerCoding.code: must be \"Y\", as in the source language",
        ),
        (
            "enableWhen's question",
            |q| q["item"][2]["enableWhen"][0]["question"] = "grossesse".into(),
            "item[2].enableWhen[0].question: must be \"anticoagulant\"",
        ),
        (
            "enableWhen's operator",
            |q| q["item"][2]["enableWhen"][0]["operator"] = "!=".into(),
            "item[2].enableWhen[0].operator: must be \"=\"",
        ),
        (
            "enableWhen removed",
            |q| q["item"][2]["enableWhen"] = Value::Array(vec![]),
            "item[2].enableWhen.length: must be 2",
        ),
        (
            "answer code",
            |q| q["item"][0]["answerOption"][1]["valueCoding"]["code"] = "NO".into(),
            "item[0].answerOption[1].valueCoding.code: must be \"N\", as in the source language",
        ),
        (
            "contraindication code",
            |q| q["item"][0]["code"][0]["code"] = "autre".into(),
            "item[0].code: must be",
        ),
        (
            "maxLength",
            |q| {
                let items = q["item"].as_array_mut().unwrap();
                let free_text = items.iter_mut().find(|i| i["type"] == "string").unwrap();
                free_text["maxLength"] = 5000.into();
            },
            "item[2].maxLength: must be 200, as in the source language",
        ),
    ];
    for (what, edit, expected) in cases {
        let errors = errors_after(EN_QUESTIONNAIRE, edit);
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with(&format!("{EN_QUESTIONNAIRE}: {expected}"))),
            "{what}: expected {EN_QUESTIONNAIRE}: {expected:?}, got {errors:?}"
        );
    }
}

/// The same change in the texts alone is accepted: a translation may say anything.
#[test]
fn translated_questionnaire_changing_only_texts_is_accepted() {
    let errors = errors_after(EN_QUESTIONNAIRE, |q| {
        q["title"] = "Another title".into();
        q["item"][0]["text"] = "Another question?".into();
        q["item"][0]["answerOption"][1]["valueCoding"]["display"] = "Nope".into();
    });
    assert_eq!(errors, Vec::<String>::new());
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
                .push(serde_json::json!({"code": "de", "name": "Deutsch", "name_fr": "allemand", "dir": "ltr", "plural": {"one": "i = 1 and v = 0"}, "review": null}))
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
    let checked = load_json(&sources()).expect("shipped content passes every check");
    let app = cimentoplastie::content::load().expect("the app reads it");
    // Only the source language is compiled in; every other one comes from its bundle.
    let loaded: Vec<bool> = app.languages.iter().map(|l| l.is_loaded()).collect();
    assert_eq!(loaded[0], true);
    assert!(loaded[1..].iter().all(|l| !l), "{loaded:?}");
    let bundles = cimentoplastie::content::bundles().expect("every bundle is written");
    assert_eq!(bundles.len(), app.languages.len() - 1);
    for (language, (name, json)) in app.languages[1..].iter().zip(&bundles) {
        assert_eq!(name, &format!("lang-{}.json", language.info.code));
        language
            .load(json.as_bytes(), cimentoplastie::content::VERSION, app.source())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    assert_eq!(app, checked);
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
    let checked = load_json(&sources()).expect("the shipped content");
    let broken = Sources::from_files(files);
    let list = serde_json::from_str(broken.languages).expect("the list of languages");
    let clinic = checked.source().clinic.clone();
    let texts = broken
        .texts
        .iter()
        .map(|t| Box::new(*t) as Box<dyn LanguageFiles>)
        .collect();
    let library =
        Library::checked(list, &clinic, texts).expect("the English files are not read at start");
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

/// A copy of `content/` in a fresh directory, with `edit` applied to one file (by its path).
fn content_copy(name: &str, edit: impl FnOnce(&Path)) -> PathBuf {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    let root = std::env::temp_dir().join(format!("content-check-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        &root.join("content"),
    );
    edit(&root);
    root
}

/// Changes one JSON file of a copy of `content/`.
fn edit_json(root: &Path, file: &str, edit: impl FnOnce(&mut Value)) {
    let path = root.join(file);
    let mut value: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    edit(&mut value);
    std::fs::write(path, value.to_string()).unwrap();
}

/// What `build.rs` runs, on a copy of `content/`: the errors, as the build prints them.
fn build_errors(root: &Path) -> Vec<String> {
    let result = content_pipeline::build::check(root, CLINIC_FILE);
    std::fs::remove_dir_all(root).unwrap();
    match result {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_build_refuses_a_translation_that_changes_a_rule_naming_the_file_and_field() {
    let root = content_copy("rule", |root| {
        edit_json(root, EN_QUESTIONNAIRE, |q| {
            q["item"][2]["enableWhen"][0]["answerCoding"]["code"] = "N".into();
            q["item"][0]["answerOption"][0]["valueCoding"]["code"] = "oui".into();
            q["item"][1]["required"] = false.into();
        })
    });
    let errors = build_errors(&root);
    for expected in [
        "content/en/questionnaire.json: item[2].enableWhen[0].answerCoding.code: must be \"Y\"",
        "content/en/questionnaire.json: item[0].answerOption[0].valueCoding.code: must be \"Y\"",
        "content/en/questionnaire.json: item[1].required: must be true",
    ] {
        assert!(
            errors.iter().any(|e| e.starts_with(expected)),
            "{expected:?} not in {errors:?}"
        );
    }
}

#[test]
fn the_build_checks_every_language_listed_not_only_english() {
    // A third language whose questionnaire drops a follow-up's condition: refused, by name.
    let root = content_copy("third", |root| {
        let (en, de) = (root.join("content/en"), root.join("content/de"));
        std::fs::create_dir_all(&de).unwrap();
        for file in [
            "questionnaire.json",
            "sheet.json",
            "ui.json",
            "glossary.json",
        ] {
            std::fs::copy(en.join(file), de.join(file)).unwrap();
        }
        edit_json(root, "content/languages.json", |l| {
            l["languages"]
                .as_array_mut()
                .unwrap()
                .push(serde_json::json!({"code": "de", "name": "Deutsch", "name_fr": "allemand", "dir": "ltr", "plural": {"one": "i = 1 and v = 0"}, "review": null}))
        });
        edit_json(root, "content/de/questionnaire.json", |q| {
            q["language"] = "de".into();
            q["item"][2]["enableWhen"] = Value::Array(vec![]);
        });
        edit_json(root, "content/clinic.json", |c| {
            c["translations"]["de"] = c["translations"]["en"].clone()
        });
        edit_json(root, "content/desk.json", |d| {
            d["language_names"]
                .as_array_mut()
                .unwrap()
                .push(serde_json::json!(["de", "allemand"]))
        });
    });
    let errors = build_errors(&root);
    assert_eq!(
        errors,
        [
            "content/de/questionnaire.json: item[2].enableWhen.length: must be 2, as in the source language"
        ]
    );
}

/// A language is only files: a third one (here a copy of English) passes the build's check, and
/// the code generated for the app lists it (to fetch when chosen: only the source language is
/// compiled in), without a change in Rust.
#[test]
fn a_third_language_is_only_files() {
    let root = content_copy("files", |root| {
        let (en, it) = (root.join("content/en"), root.join("content/it"));
        std::fs::create_dir_all(&it).unwrap();
        for file in [
            "questionnaire.json",
            "sheet.json",
            "ui.json",
            "glossary.json",
        ] {
            std::fs::copy(en.join(file), it.join(file)).unwrap();
        }
        edit_json(root, "content/languages.json", |l| {
            l["languages"]
                .as_array_mut()
                .unwrap()
                .push(serde_json::json!({"code": "it", "name": "Italiano", "name_fr": "italien", "dir": "ltr", "plural": {"one": "i = 1 and v = 0"}, "review": null}))
        });
        edit_json(root, "content/it/questionnaire.json", |q| {
            q["language"] = "it".into()
        });
        edit_json(root, "content/clinic.json", |c| {
            c["translations"]["it"] = c["translations"]["en"].clone()
        });
        edit_json(root, "content/desk.json", |d| {
            d["language_names"]
                .as_array_mut()
                .unwrap()
                .push(serde_json::json!(["it", "italien"]))
        });
    });
    let checked = content_pipeline::build::check(&root, CLINIC_FILE);
    std::fs::remove_dir_all(&root).unwrap();
    let checked = checked.unwrap_or_else(|errors| panic!("{errors:?}"));
    assert!(checked.compiled.contains("code: \"it\".into()"));
    assert!(!checked.compiled.contains("/// The files of `content/it/`."));
    assert!(checked.compiled.contains("/// The files of `content/fr/`.\npub struct Language0;"));
    assert!(checked.compiled.contains("vec![Box::new(Language0)]"));
    assert!(checked.sources.contains("content/it/ui.json"));
}

#[test]
fn the_build_names_a_listed_language_whose_files_are_missing() {
    let root = content_copy("missing", |root| {
        edit_json(root, "content/languages.json", |l| {
            l["languages"]
                .as_array_mut()
                .unwrap()
                .push(serde_json::json!({"code": "de", "name": "Deutsch", "name_fr": "allemand", "dir": "ltr", "plural": {"one": "i = 1 and v = 0"}, "review": null}))
        });
    });
    let errors = build_errors(&root);
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("content/de/questionnaire.json: : cannot be read")),
        "{errors:?}"
    );
}
