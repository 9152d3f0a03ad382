//! The content pipeline: the content files' types, each with its checks beside it, the one JSON reader (build, tests, tools), the one reader of checked content (the app), and the typed code generation that compiles the content into the app. Used by `build.rs` as a build dependency and by the app.

pub mod bake;
pub mod build;
pub mod bundle;
pub mod clinic;
pub mod clinic_reading;
pub mod codegen;
pub mod desk_text;
pub mod error;
pub mod file;
pub mod glossary;
pub mod json;
pub mod language;
pub mod library;
pub mod plural;
pub mod questionnaire;
pub mod sheet;
pub mod ui_text;

pub use error::ContentError;
pub use file::{ContentFile, language_file};
pub use json::{LanguageSources, Sources, load_json, read_files};
pub use library::{Content, Language, LanguageFiles, Library};

/// The list of languages; the first is the source language and the default.
pub const LANGUAGES_FILE: &str = "content/languages.json";
/// The default clinic settings; a build may use another file (`CLINIC_SETTINGS`).
pub const CLINIC_FILE: &str = "content/clinic.json";
/// The files every language has, in `content/<code>/`, in the order of `LanguageSources`.
pub const LANGUAGE_FILES: [&str; 4] = [
    <questionnaire::Questionnaire as ContentFile>::NAME,
    <sheet::Sheet as ContentFile>::NAME,
    <ui_text::UiText as ContentFile>::NAME,
    <glossary::Glossary as ContentFile>::NAME,
];

/// Identifiers (linkIds, section and term ids) are short ASCII words; anything else in the address
/// is ignored.
pub fn is_link_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}
