//! The staff's check page in words: each problem of the clinic settings file told for a receptionist, in the page's language (the field in words and by its name in the file, what is wrong, a right example, what patients see meanwhile).

use super::clinic_reading::{Expected, Fallback, Field, FieldPath, Problem, SiteProblem};
use super::plural::PluralRules;
use super::ui_text::{UiText, fill, fill_counted};

/// The fields a settings file may have, at the top and in a translation.
const TOP_FIELDS: &str =
    "name, phone, opening_hours, instructions, retention_days, translations, languages";
const TRANSLATION_FIELDS: &str = "name, opening_hours, instructions";
/// Right values with no words to translate, as written in the settings file.
const EXAMPLE_LINE: &str = r#""phone": "01 23 45 67 89","#;
const EXAMPLE_FILE: &str = r#"{ "name": "…", "phone": "…", "opening_hours": "…", "instructions": ["…"], "retention_days": 14, "translations": { … } }"#;
const EXAMPLE_PHONE: &str = r#""phone": "01 23 45 67 89""#;
const EXAMPLE_DAYS: &str = r#""retention_days": 14"#;
/// Each code once, from `content/languages.json`; those left out follow.
const EXAMPLE_LANGUAGES: &str = r#""languages": ["fr", "ar", "pt", "es", "en"]"#;
const EXAMPLE_TRANSLATIONS: &str =
    r#""translations": { "en": { "name": "…", "opening_hours": "…", "instructions": ["…"] } }"#;
const EXAMPLE_TRANSLATION: &str =
    r#""{code}": { "name": "…", "opening_hours": "…", "instructions": ["…"] }"#;

/// One problem, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemWords {
    /// The field in words, with its name in the file: "Durée de conservation des réponses
    /// (retention_days)"; empty for the whole file.
    pub field: String,
    /// What is wrong, and how to put it right.
    pub what: String,
    /// A right value, as written in the file.
    pub example: Option<String>,
    /// What patients see until it is fixed; `None` for the whole file (the page says it).
    pub meanwhile: Option<String>,
}

/// The app's languages as (code, name), the source language first: names a translation.
pub type LanguageNames<'a> = [(&'a str, &'a str)];

fn language_name<'a>(languages: &'a LanguageNames, code: &'a str) -> &'a str {
    languages
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code, |(_, name)| *name)
}

/// The field in words, followed by its name in the file: "Consigne pratique n° 1 (instructions[0])".
pub fn field_words(path: &FieldPath, ui: &UiText, languages: &LanguageNames) -> String {
    let own = match &path.field {
        Field::File => return String::new(),
        Field::Name => ui.settings_field_name.to_string(),
        Field::Phone => ui.settings_field_phone.to_string(),
        Field::OpeningHours => ui.settings_field_opening_hours.to_string(),
        Field::Instructions => ui.settings_field_instructions.to_string(),
        Field::Instruction(i) => fill(&ui.settings_field_instruction, &[("n", &(i + 1).to_string())]),
        Field::RetentionDays => ui.settings_field_retention_days.to_string(),
        Field::Translations => ui.settings_field_translations.to_string(),
        Field::Languages => ui.settings_field_languages.to_string(),
        Field::Translation => String::new(),
        Field::Unknown(_) => ui.settings_field_unknown.to_string(),
    };
    let words = match &path.language {
        None => own,
        Some(code) => {
            let language = language_name(languages, code);
            if own.is_empty() {
                fill(&ui.settings_field_translation, &[("language", language)])
            } else {
                let values = [("field", own.as_str()), ("language", language)];
                fill(&ui.settings_field_translated, &values)
            }
        }
    };
    format!("{words} ({})", path.key())
}

/// A problem in words (see `ProblemWords`).
pub fn problem_words(
    problem: &SiteProblem,
    ui: &UiText,
    languages: &LanguageNames,
    rules: &PluralRules,
) -> ProblemWords {
    let value = problem.value.as_deref().unwrap_or_default();
    let with_value = |template: &str| fill(template, &[("value", value)]);
    let path = &problem.field;
    let what = match &problem.problem {
        Problem::NotUtf8 { line } => {
            fill(&ui.settings_problem_not_utf8, &[("line", &line.to_string())])
        }
        Problem::NotJson { line, .. } => {
            fill(&ui.settings_problem_not_json, &[("line", &line.to_string())])
        }
        Problem::NotBlock => ui.settings_problem_not_block.to_string(),
        Problem::Unknown => {
            let known = if path.language.is_some() { TRANSLATION_FIELDS } else { TOP_FIELDS };
            fill(&ui.settings_problem_unknown, &[("known", known)])
        }
        Problem::UnknownLanguage => {
            // A translation is into another language than the source; the order lists them all.
            let skip = usize::from(path.field != Field::Languages);
            let codes: Vec<&str> = languages.iter().skip(skip).map(|(code, _)| *code).collect();
            fill(&ui.settings_problem_unknown_language, &[("codes", &codes.join(", "))])
        }
        Problem::Missing if path.field == Field::Translation => {
            ui.settings_problem_missing_translation.to_string()
        }
        Problem::Missing => ui.settings_problem_missing.to_string(),
        Problem::WrongType(Expected::Text) => with_value(&ui.settings_problem_text),
        Problem::WrongType(Expected::WholeNumber) => with_value(&ui.settings_problem_number),
        Problem::WrongType(Expected::TextList) => with_value(&ui.settings_problem_list),
        Problem::WrongType(Expected::Block) => with_value(&ui.settings_problem_block),
        Problem::Empty => ui.settings_problem_empty.to_string(),
        Problem::NotAPhone => with_value(&ui.settings_problem_phone),
        Problem::OutOfRange => with_value(&ui.settings_problem_range),
        Problem::LineCount { expected, found } => fill(
            &ui.settings_problem_line_count,
            &[("expected", &expected.to_string()), ("found", &found.to_string())],
        ),
    };
    let example = match (&problem.problem, &path.field) {
        (Problem::NotUtf8 { .. } | Problem::Unknown | Problem::UnknownLanguage, _) => None,
        (Problem::NotJson { .. }, _) => Some(EXAMPLE_LINE.to_owned()),
        (Problem::NotBlock, _) => Some(EXAMPLE_FILE.to_owned()),
        (_, Field::Name) => Some(ui.settings_example_name.to_string()),
        (_, Field::Phone) => Some(EXAMPLE_PHONE.to_owned()),
        (_, Field::OpeningHours) => Some(ui.settings_example_opening_hours.to_string()),
        (_, Field::Instructions) => Some(ui.settings_example_instructions.to_string()),
        (_, Field::Instruction(_)) => Some(ui.settings_example_instruction.to_string()),
        (_, Field::RetentionDays) => Some(EXAMPLE_DAYS.to_owned()),
        (_, Field::Translations) => Some(EXAMPLE_TRANSLATIONS.to_owned()),
        (_, Field::Languages) => Some(EXAMPLE_LANGUAGES.to_owned()),
        (_, Field::Translation) => {
            let code = path.language.as_deref().unwrap_or_default();
            Some(EXAMPLE_TRANSLATION.replace("{code}", code))
        }
        (_, Field::File | Field::Unknown(_)) => None,
    };
    let meanwhile = match problem.fallback {
        Fallback::Generic => None,
        Fallback::Ignored => Some(ui.settings_fallback_ignored.to_string()),
        Fallback::NotShown => Some(ui.settings_fallback_not_shown.to_string()),
        Fallback::SourceText => {
            // Every translation when `translations` itself is wrong: named one by one.
            let code = path.language.as_deref();
            let names: Vec<&str> = languages
                .iter()
                .skip(1)
                .filter(|(c, _)| code.is_none_or(|code| code == *c))
                .map(|(_, name)| *name)
                .collect();
            let language = names.join(", ");
            Some(fill(&ui.settings_fallback_source, &[("language", &language)]))
        }
        Fallback::BuiltIn(days) => Some(fill_counted(
            &ui.settings_fallback_built_in,
            &[("days", &days.to_string())],
            rules,
        )),
    };
    ProblemWords {
        field: field_words(path, ui, languages),
        what,
        example,
        meanwhile,
    }
}

/// An inactivity delay in words: "90 secondes", "2 minutes" (whole minutes from 2 on).
pub fn delay_words(seconds: u32, ui: &UiText, rules: &PluralRules) -> String {
    if seconds >= 120 && seconds.is_multiple_of(60) {
        fill_counted(&ui.settings_check_minutes, &[("n", &(seconds / 60).to_string())], rules)
    } else {
        fill_counted(&ui.settings_check_seconds, &[("n", &seconds.to_string())], rules)
    }
}
