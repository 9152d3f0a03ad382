//! The languages the app speaks (`content/languages.json`, the first is the source and default) and which one a patient gets.

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
