//! The whole content set — every language's sheet, questionnaire, wording and glossary, plus the clinic settings — read from JSON texts and checked.

use super::clinic::ClinicSettings;
use super::content_check::{ContentError, check_clinic, check_questionnaire, check_sheet};
use super::glossary::Glossary;
use super::language::{LanguageInfo, LanguageList};
use super::questionnaire::Questionnaire;
use super::sheet::Sheet;
use super::translation_check::{
    check_glossary_matches, check_questionnaire_matches, check_sheet_matches,
};
use super::ui_text::UiText;

/// The list of languages; the first is the source language and the default.
pub const LANGUAGES_FILE: &str = "content/languages.json";
/// The default clinic settings; a build may use another file (`CLINIC_SETTINGS`).
pub const CLINIC_FILE: &str = "content/clinic.json";
/// The files every language has, in `content/<code>/`.
pub const LANGUAGE_FILES: [&str; 4] = [
    "questionnaire.json",
    "sheet.json",
    "ui.json",
    "glossary.json",
];
/// The source language's files.
pub const QUESTIONNAIRE_FILE: &str = "content/fr/questionnaire.json";
pub const SHEET_FILE: &str = "content/fr/sheet.json";
pub const UI_FILE: &str = "content/fr/ui.json";
pub const GLOSSARY_FILE: &str = "content/fr/glossary.json";

/// The path of one of a language's files: `content/en/ui.json`.
pub fn language_file(code: &str, name: &str) -> String {
    format!("content/{code}/{name}")
}

/// Everything the app shows in one language, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub questionnaire: Questionnaire,
    pub sheet: Sheet,
    pub ui: UiText,
    pub glossary: Glossary,
    /// The clinic settings, with their texts in this language.
    pub clinic: ClinicSettings,
}

/// One language and its content.
#[derive(Debug, Clone, PartialEq)]
pub struct Language {
    pub info: LanguageInfo,
    pub content: Content,
}

/// Every language, the source language first.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    pub languages: Vec<Language>,
}

impl Library {
    /// The source language's content (French).
    pub fn source(&self) -> &Content {
        &self.languages[0].content
    }

    /// The language codes, in the order of `content/languages.json`.
    pub fn codes(&self) -> Vec<&str> {
        self.languages
            .iter()
            .map(|l| l.info.code.as_str())
            .collect()
    }
}

/// The JSON texts of one language's files.
#[derive(Clone, Copy)]
pub struct LanguageSources<'a> {
    pub code: &'a str,
    pub questionnaire: &'a str,
    pub sheet: &'a str,
    pub ui: &'a str,
    pub glossary: &'a str,
}

/// The JSON texts of every content file, and the name of the clinic file they came from.
pub struct Sources<'a> {
    pub languages: &'a str,
    /// One entry per language of `languages`, in the same order.
    pub texts: Vec<LanguageSources<'a>>,
    pub clinic: &'a str,
    pub clinic_file: &'a str,
}

fn parse<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    serde_json::from_str::<T>(text)
        .map_err(|e| errors.push(ContentError::unreadable(file, &e)))
        .ok()
}

/// Reads one language's files and, when `CHECK`, checks each on its own.
fn load_language<const CHECK: bool>(
    texts: &LanguageSources,
    errors: &mut Vec<ContentError>,
) -> Option<(Questionnaire, Sheet, UiText, Glossary)> {
    let file = |name| language_file(texts.code, name);
    let questionnaire = Questionnaire::from_json(texts.questionnaire)
        .map_err(|e| errors.push(ContentError::unreadable(&file("questionnaire.json"), &e)))
        .ok();
    let sheet = parse::<Sheet>(&file("sheet.json"), texts.sheet, errors);
    let ui = parse::<UiText>(&file("ui.json"), texts.ui, errors);
    let glossary = parse::<Glossary>(&file("glossary.json"), texts.glossary, errors);
    if !CHECK {
        return Some((questionnaire?, sheet?, ui?, glossary?));
    }
    if let Some(q) = &questionnaire {
        if q.language != texts.code {
            errors.push(ContentError::new(
                &file("questionnaire.json"),
                "language",
                format!("must be {:?}, the language of its folder", texts.code),
            ));
        }
        errors.extend(check_questionnaire(&file("questionnaire.json"), q));
    }
    if let Some(s) = &sheet {
        errors.extend(check_sheet(&file("sheet.json"), s));
    }
    if let Some(g) = &glossary {
        errors.extend(super::content_check::check_glossary(
            &file("glossary.json"),
            g,
        ));
    }
    Some((questionnaire?, sheet?, ui?, glossary?))
}

/// Reads and checks the content given as JSON texts; every error names its file and field.
/// Translations must match the source language in everything but their texts.
pub fn load_from(sources: &Sources) -> Result<Library, Vec<ContentError>> {
    load::<true>(sources)
}

/// Reads content already checked by `build.rs`, without checking it again: the app's start, with
/// less code to download. A file that cannot be read is still an error, never a panic.
pub fn read_checked(sources: &Sources) -> Result<Library, Vec<ContentError>> {
    load::<false>(sources)
}

fn load<const CHECK: bool>(sources: &Sources) -> Result<Library, Vec<ContentError>> {
    let mut errors = Vec::new();
    let list = parse::<LanguageList>(LANGUAGES_FILE, sources.languages, &mut errors);
    let clinic = parse::<ClinicSettings>(sources.clinic_file, sources.clinic, &mut errors);
    let Some(list) = list else {
        return Err(errors);
    };
    let codes: Vec<&str> = list.languages.iter().map(|l| l.code.as_str()).collect();
    if CHECK {
        errors.extend(super::content_check::check_languages(LANGUAGES_FILE, &list));
        if let Some(c) = &clinic {
            errors.extend(check_clinic(sources.clinic_file, c, &codes));
        }
    }
    let mut languages = Vec::new();
    for (i, info) in list.languages.iter().enumerate() {
        let Some(texts) = sources.texts.iter().find(|t| t.code == info.code) else {
            errors.push(ContentError::new(
                LANGUAGES_FILE,
                format!("languages[{i}]"),
                format!(
                    "the files of this language are missing: {}",
                    language_file(&info.code, "")
                ),
            ));
            continue;
        };
        let Some((questionnaire, sheet, ui, glossary)) = load_language::<CHECK>(texts, &mut errors)
        else {
            continue;
        };
        let source = languages
            .first()
            .filter(|l: &&Language| CHECK && l.info.code == codes[0])
            .map(|l| &l.content);
        if let Some(source) = source {
            let file = |name| language_file(&info.code, name);
            errors.extend(check_questionnaire_matches(
                &file("questionnaire.json"),
                &source.questionnaire,
                &questionnaire,
            ));
            errors.extend(check_sheet_matches(
                &file("sheet.json"),
                &source.sheet,
                &sheet,
            ));
            errors.extend(check_glossary_matches(
                &file("glossary.json"),
                &source.glossary,
                &glossary,
            ));
        }
        let clinic = clinic
            .as_ref()
            .map(|c| c.in_language(&info.code))
            .unwrap_or_else(ClinicSettings::empty);
        languages.push(Language {
            info: info.clone(),
            content: Content {
                questionnaire,
                sheet,
                ui,
                glossary,
                clinic,
            },
        });
    }
    if errors.is_empty() && clinic.is_some() && languages.len() == list.languages.len() {
        Ok(Library { languages })
    } else {
        Err(errors)
    }
}

impl<'a> Sources<'a> {
    /// Every content file as (path, JSON text), for tools and tests that change one of them.
    pub fn files(&self) -> Vec<(String, String)> {
        let mut out = vec![
            (LANGUAGES_FILE.to_owned(), self.languages.to_owned()),
            (self.clinic_file.to_owned(), self.clinic.to_owned()),
        ];
        for t in &self.texts {
            for (name, text) in
                LANGUAGE_FILES
                    .iter()
                    .zip([t.questionnaire, t.sheet, t.ui, t.glossary])
            {
                out.push((language_file(t.code, name), text.to_owned()));
            }
        }
        out
    }

    /// Sources from a list made by `files` (in the same order), after changes.
    pub fn from_files(files: &'a [(String, String)]) -> Sources<'a> {
        let text = |i: usize| files.get(i).map_or("", |(_, t)| t.as_str());
        let texts = files[2.min(files.len())..]
            .chunks(LANGUAGE_FILES.len())
            .enumerate()
            .map(|(n, chunk)| {
                let at = |k: usize| text(2 + n * LANGUAGE_FILES.len() + k);
                let code = chunk[0]
                    .0
                    .trim_start_matches("content/")
                    .split('/')
                    .next()
                    .unwrap_or("");
                LanguageSources {
                    code,
                    questionnaire: at(0),
                    sheet: at(1),
                    ui: at(2),
                    glossary: at(3),
                }
            })
            .collect();
        Sources {
            languages: text(0),
            texts,
            clinic: text(1),
            clinic_file: files.get(1).map_or(CLINIC_FILE, |(p, _)| p.as_str()),
        }
    }
}
