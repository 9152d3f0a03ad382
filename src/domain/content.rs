//! The whole content set — every language's sheet, questionnaire, wording and glossary, plus the clinic settings — read from JSON texts and checked, or compiled in.

use std::sync::{Mutex, OnceLock, PoisonError};

use super::clinic::{ClinicSettings, SiteSettings};
use super::clinic_reading::{read_bytes, read_text};
use super::content_check::{ContentError, check_questionnaire, check_sheet};
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
pub struct Language {
    pub info: LanguageInfo,
    /// Read when first needed (see `read_checked`), or at once when checked (`load_from`).
    content: OnceLock<Content>,
    /// The files still to read, for a language read when first needed.
    unread: Option<Unread>,
}

/// One language's four files, checked by the build and read one at a time when the language is
/// first shown: compiled into the app as code by `build.rs` (`crate::content`), or JSON texts
/// (`LanguageSources`, for tests and tools).
pub trait LanguageFiles: Send + Sync {
    /// The language's code, as in `content/languages.json`.
    fn code(&self) -> &str;
    fn questionnaire(&self) -> Questionnaire;
    fn sheet(&self) -> Sheet;
    fn ui(&self) -> UiText;
    fn glossary(&self) -> Glossary;
}

/// A language's files, checked by the build but not all read yet.
struct Unread {
    files: Box<dyn LanguageFiles>,
    clinic: ClinicSettings,
    read: Mutex<FilesRead>,
}

/// The files of a language read so far, one at a time (`Language::read_next_file`).
#[derive(Default)]
struct FilesRead {
    questionnaire: Option<Questionnaire>,
    sheet: Option<Sheet>,
    ui: Option<UiText>,
    glossary: Option<Glossary>,
}

/// Two languages are the same when their information and content are (read or not yet).
impl PartialEq for Language {
    fn eq(&self, other: &Language) -> bool {
        self.info == other.info && self.content() == other.content()
    }
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Language")
            .field("info", &self.info)
            .field("content", self.content())
            .finish()
    }
}

/// Reads a file that `build.rs` has checked: it cannot fail unless the build itself is broken.
fn read_checked_file<T>(
    code: &str,
    name: &str,
    read: impl FnOnce() -> Result<T, serde_json::Error>,
) -> T {
    read().unwrap_or_else(|e| {
        panic!(
            "{}: unreadable although checked by the build: {e}",
            language_file(code, name)
        )
    })
}

impl Language {
    fn read(info: LanguageInfo, content: Content) -> Language {
        Language {
            info,
            content: OnceLock::from(content),
            unread: None,
        }
    }

    /// Reads one more of the language's files, if any is left; true if one was read. At start
    /// the app reads one file per task, so that no task keeps a slow phone busy for long.
    pub fn read_next_file(&self) -> bool {
        let Some(unread) = self
            .unread
            .as_ref()
            .filter(|_| self.content.get().is_none())
        else {
            return false;
        };
        let mut read = unread.read.lock().unwrap_or_else(PoisonError::into_inner);
        let files = &unread.files;
        if read.questionnaire.is_none() {
            read.questionnaire = Some(files.questionnaire());
        } else if read.sheet.is_none() {
            read.sheet = Some(files.sheet());
        } else if read.ui.is_none() {
            read.ui = Some(files.ui());
        } else if read.glossary.is_none() {
            read.glossary = Some(files.glossary());
        } else {
            return false;
        }
        true
    }

    /// The language's content; a language not read yet is read now.
    pub fn content(&self) -> &Content {
        self.content.get_or_init(|| {
            while self.read_next_file() {}
            let unread = self
                .unread
                .as_ref()
                .expect("a language is either read or has its files");
            let mut read = unread.read.lock().unwrap_or_else(PoisonError::into_inner);
            let missing = "every file was read above";
            Content {
                questionnaire: read.questionnaire.take().expect(missing),
                sheet: read.sheet.take().expect(missing),
                ui: read.ui.take().expect(missing),
                glossary: read.glossary.take().expect(missing),
                clinic: unread.clinic.clone(),
            }
        })
    }
}

/// Every language, the source language first.
#[derive(Debug, PartialEq)]
pub struct Library {
    pub languages: Vec<Language>,
}

impl Library {
    /// The source language's content (French).
    pub fn source(&self) -> &Content {
        self.languages[0].content()
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
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LanguageSources<'a> {
    pub code: &'a str,
    pub questionnaire: &'a str,
    pub sheet: &'a str,
    pub ui: &'a str,
    pub glossary: &'a str,
}

/// JSON texts checked by the build: a file that no longer reads (a broken build) panics when
/// first read, naming the file.
impl LanguageFiles for LanguageSources<'static> {
    fn code(&self) -> &str {
        self.code
    }
    fn questionnaire(&self) -> Questionnaire {
        read_checked_file(self.code, "questionnaire.json", || {
            Questionnaire::from_json(self.questionnaire)
        })
    }
    fn sheet(&self) -> Sheet {
        read_checked_file(self.code, "sheet.json", || serde_json::from_str(self.sheet))
    }
    fn ui(&self) -> UiText {
        read_checked_file(self.code, "ui.json", || serde_json::from_str(self.ui))
    }
    fn glossary(&self) -> Glossary {
        read_checked_file(self.code, "glossary.json", || {
            serde_json::from_str(self.glossary)
        })
    }
}

/// Content checked by the build, as the app reads it: the list of languages and the clinic
/// settings as JSON texts, each language's files compiled in (`crate::content`) or as JSON.
pub struct CheckedSources {
    pub languages: &'static str,
    pub clinic: &'static str,
    pub clinic_file: &'static str,
    /// One entry per language of `languages`.
    pub files: Vec<Box<dyn LanguageFiles>>,
}

impl Sources<'static> {
    /// The same content, each language's files read from their JSON texts when first shown.
    pub fn checked(&self) -> CheckedSources {
        CheckedSources {
            languages: self.languages,
            clinic: self.clinic,
            clinic_file: self.clinic_file,
            files: self
                .texts
                .iter()
                .map(|t| Box::new(*t) as Box<dyn LanguageFiles>)
                .collect(),
        }
    }
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

/// Reads one language's files and checks each on its own.
fn load_language(
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
    if let Some(u) = &ui {
        errors.extend(super::content_check::check_ui(&file("ui.json"), u));
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
    let mut errors = Vec::new();
    let list = parse::<LanguageList>(LANGUAGES_FILE, sources.languages, &mut errors);
    let Some(list) = list else {
        return Err(errors);
    };
    let codes: Vec<&str> = list.languages.iter().map(|l| l.code.as_str()).collect();
    errors.extend(super::content_check::check_languages(LANGUAGES_FILE, &list));
    // Built in, the settings must be right in every field: the build stops on any problem.
    let reading = read_text(sources.clinic, &codes, 0);
    let clinic = (!reading.unreadable()).then_some(reading.settings);
    errors.extend(
        reading
            .problems
            .iter()
            .map(|p| p.to_content_error(sources.clinic_file)),
    );
    let mut languages: Vec<Language> = Vec::new();
    for (i, info) in list.languages.iter().enumerate() {
        let Some(texts) = sources.texts.iter().find(|t| t.code == info.code) else {
            errors.push(missing_files(i, &info.code));
            continue;
        };
        let Some((questionnaire, sheet, ui, glossary)) = load_language(texts, &mut errors) else {
            continue;
        };
        let source = languages
            .first()
            .filter(|l| l.info.code == codes[0])
            .map(|l| l.content());
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
        languages.push(Language::read(
            info.clone(),
            Content {
                questionnaire,
                sheet,
                ui,
                glossary,
                clinic,
            },
        ));
    }
    if errors.is_empty() && clinic.is_some() && languages.len() == list.languages.len() {
        Ok(Library { languages })
    } else {
        Err(errors)
    }
}

/// Reads content already checked by `build.rs`, without checking it again: the app's start, with
/// less code to download and less work. Only the list of languages and the clinic settings are
/// read now; each language's files are read when the language is first shown
/// (`Language::content`). A language list or clinic file that cannot be read is an error.
pub fn read_checked(sources: &Sources<'static>) -> Result<Library, Vec<ContentError>> {
    read_checked_sources(sources.checked())
}

/// As `read_checked`, for content compiled in or given as JSON.
pub fn read_checked_sources(sources: CheckedSources) -> Result<Library, Vec<ContentError>> {
    let mut errors = Vec::new();
    let Some(list) = parse::<LanguageList>(LANGUAGES_FILE, sources.languages, &mut errors) else {
        return Err(errors);
    };
    let clinic = built_in_clinic(&list, &sources)?;
    read_with(list, &clinic, sources.files)
}

/// The clinic settings built into the app (checked by the build: read field by field, they
/// cannot be wrong unless the build is broken).
fn built_in_clinic(
    list: &LanguageList,
    sources: &CheckedSources,
) -> Result<ClinicSettings, Vec<ContentError>> {
    let codes: Vec<&str> = list.languages.iter().map(|l| l.code.as_str()).collect();
    let reading = read_text(sources.clinic, &codes, 0);
    if reading.unreadable() {
        let file = sources.clinic_file;
        return Err(reading.problems.iter().map(|p| p.to_content_error(file)).collect());
    }
    Ok(reading.settings)
}

/// As `read_checked`, with the settings published beside the app (`site`: the bytes of
/// `clinic.json`, if the app got it) in place of the built-in ones, read field by field: every
/// right field is used, a wrong one falls back on its own (not shown, the source language's text
/// in a translation, the built-in retention period). A missing file, or one that cannot be read
/// at all, gives generic settings (no centre details shown; the built-in retention period). The
/// returned `SiteSettings` says what was found.
pub fn read_checked_with_site(
    sources: &Sources<'static>,
    site: Option<&[u8]>,
) -> Result<(Library, SiteSettings), Vec<ContentError>> {
    read_checked_sources_with_site(sources.checked(), site)
}

/// As `read_checked_with_site`, for content compiled in or given as JSON.
pub fn read_checked_sources_with_site(
    sources: CheckedSources,
    site: Option<&[u8]>,
) -> Result<(Library, SiteSettings), Vec<ContentError>> {
    let mut errors = Vec::new();
    let Some(list) = parse::<LanguageList>(LANGUAGES_FILE, sources.languages, &mut errors) else {
        return Err(errors);
    };
    let built = built_in_clinic(&list, &sources)?;
    let codes: Vec<&str> = list.languages.iter().map(|l| l.code.as_str()).collect();
    let (clinic, status) = match site {
        Some(bytes) => {
            let reading = read_bytes(bytes, &codes, built.retention_days);
            let status = SiteSettings::read(&reading);
            (reading.settings, status)
        }
        None => (
            ClinicSettings::generic(built.retention_days),
            SiteSettings::Missing,
        ),
    };
    Ok((read_with(list, &clinic, sources.files)?, status))
}

fn read_with(
    list: LanguageList,
    clinic: &ClinicSettings,
    files: Vec<Box<dyn LanguageFiles>>,
) -> Result<Library, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut languages = Vec::new();
    let mut files: Vec<Option<Box<dyn LanguageFiles>>> = files.into_iter().map(Some).collect();
    for (i, info) in list.languages.into_iter().enumerate() {
        let found = files
            .iter_mut()
            .find(|f| f.as_ref().is_some_and(|f| f.code() == info.code))
            .and_then(Option::take);
        match found {
            Some(files) => languages.push(Language {
                unread: Some(Unread {
                    files,
                    clinic: clinic.in_language(&info.code),
                    read: Mutex::default(),
                }),
                info,
                content: OnceLock::new(),
            }),
            None => errors.push(missing_files(i, &info.code)),
        }
    }
    if errors.is_empty() {
        Ok(Library { languages })
    } else {
        Err(errors)
    }
}

fn missing_files(index: usize, code: &str) -> ContentError {
    ContentError::new(
        LANGUAGES_FILE,
        format!("languages[{index}]"),
        format!(
            "the files of this language are missing: {}",
            language_file(code, "")
        ),
    )
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
