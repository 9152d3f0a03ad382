//! A translation as the one file the app fetches when the language is chosen (`lang-<code>.json`): its four files in one JSON object, written by the build from checked content (`write`), read by the app with the content types' serde readers (`read`).

use serde::Deserialize;

use crate::glossary::Glossary;
use crate::json::LanguageSources;
use crate::questionnaire::Questionnaire;
use crate::sheet::Sheet;
use crate::ui_text::UiText;

/// The file's name on the site, beside `index.html`: `lang-ar.json`.
pub fn file_name(code: &str) -> String {
    format!("lang-{code}.json")
}

/// A language's four files, as the bundle carries them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// The language's code: a file for another language is refused.
    pub code: String,
    /// The content's version (`version`): a file from another release is refused, since its
    /// texts may not match this app's questions.
    pub version: String,
    pub questionnaire: Questionnaire,
    pub sheet: Sheet,
    pub ui: UiText,
    pub glossary: Glossary,
}

/// Why a bundle cannot be used; the app then stays in the language shown and says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// Not JSON, or not the content types (serde's words).
    Unreadable(String),
    /// The file of another language (the code it gives).
    OtherLanguage(String),
    /// The file of another release (the version it gives).
    OtherVersion(String),
}

impl std::fmt::Display for BundleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BundleError::Unreadable(why) => write!(f, "unreadable: {why}"),
            BundleError::OtherLanguage(code) => write!(f, "the file of another language ({code})"),
            BundleError::OtherVersion(v) => write!(f, "the file of another release ({v})"),
        }
    }
}

/// The version of the content: a hash (64-bit FNV-1a, hexadecimal) of the list of languages and
/// every language's files, as the build read them. The same content gives the same version, in
/// the app and in the bundles the same build writes.
pub fn version<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for text in texts {
        for byte in text.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The version of the content given as JSON texts: of the list of languages and every
/// language's files (not the clinic settings, which a centre may change without a new release).
pub fn content_version(sources: &crate::json::Sources) -> String {
    version(std::iter::once(sources.languages).chain(
        sources
            .texts
            .iter()
            .flat_map(|t| [t.code, t.questionnaire, t.sheet, t.ui, t.glossary]),
    ))
}

/// The bundle of one language, from its checked JSON texts: each file minified (the app reads
/// the same values), in one object with the language's code and the content's version.
pub fn write(texts: &LanguageSources, version: &str) -> Result<String, serde_json::Error> {
    let minified = |json: &str| -> Result<String, serde_json::Error> {
        Ok(serde_json::from_str::<serde_json::Value>(json)?.to_string())
    };
    Ok(format!(
        "{{\"code\":{},\"version\":{},\"questionnaire\":{},\"sheet\":{},\"ui\":{},\"glossary\":{}}}",
        serde_json::Value::from(texts.code),
        serde_json::Value::from(version),
        minified(texts.questionnaire)?,
        minified(texts.sheet)?,
        minified(texts.ui)?,
        minified(texts.glossary)?,
    ))
}

/// Reads a bundle fetched for language `code`, for content of version `version`.
pub fn read(bytes: &[u8], code: &str, version: &str) -> Result<Bundle, BundleError> {
    let bundle: Bundle =
        serde_json::from_slice(bytes).map_err(|e| BundleError::Unreadable(e.to_string()))?;
    if bundle.code != code {
        return Err(BundleError::OtherLanguage(bundle.code));
    }
    if bundle.version != version {
        return Err(BundleError::OtherVersion(bundle.version));
    }
    Ok(bundle)
}
