//! The languages the app speaks (`content/languages.json`, the first is the source and default) and which one a patient gets.

use std::collections::BTreeSet;

use crate::error::ContentError;
use serde::Deserialize;

/// One language of the content, as listed in `content/languages.json`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageInfo {
    /// BCP 47 primary tag, also the folder of its files: `content/<code>/`.
    pub code: String,
    /// The language's name in that language ("English"), shown in the language switch.
    pub name: String,
    /// Writing direction for `<html dir>`: "ltr" or "rtl".
    pub dir: String,
}

/// The list of languages; the first one is the source of every translation and the default.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageList {
    pub languages: Vec<LanguageInfo>,
}

crate::bake_record!(LanguageInfo { code, name, dir });
crate::bake_record!(LanguageList { languages });

/// The primary subtag of a browser language tag, lower case: "en-GB" → "en".
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// The language to show, as an index into `available`: the one chosen earlier on this device,
/// else the first of the browser's preferred languages that the app has, else the default (0).
pub fn choose_language(saved: Option<&str>, preferred: &[String], available: &[&str]) -> usize {
    let find = |code: &str| available.iter().position(|a| a.eq_ignore_ascii_case(code));
    saved
        .and_then(find)
        .or_else(|| preferred.iter().find_map(|tag| find(&primary(tag))))
        .unwrap_or(0)
}

impl LanguageList {
    /// Checks the list of languages: at least one, unique codes, a name, a direction.
    pub fn check(&self, file: &str) -> Vec<ContentError> {
        let list = self;
        let mut errors = Vec::new();
        if list.languages.is_empty() {
            errors.push(ContentError::new(file, "languages", "lists no language"));
        }
        let mut codes = BTreeSet::new();
        for (i, language) in list.languages.iter().enumerate() {
            let code_ok = (2..=3).contains(&language.code.len())
                && language.code.chars().all(|c| c.is_ascii_lowercase());
            if !code_ok || !codes.insert(&language.code) {
                errors.push(ContentError::new(
                    file,
                    format!("languages[{i}].code"),
                    "must be a unique two- or three-letter language code in lower case (\"en\")",
                ));
            }
            if language.name.trim().is_empty() {
                errors.push(ContentError::new(
                    file,
                    format!("languages[{i}].name"),
                    "is empty",
                ));
            }
            if language.dir != "ltr" && language.dir != "rtl" {
                errors.push(ContentError::new(
                    file,
                    format!("languages[{i}].dir"),
                    "must be \"ltr\" or \"rtl\"",
                ));
            }
        }
        errors
    }
}
