//! The content as the app holds it: every language (the source first), the source compiled in and read when first shown, each translation fetched when chosen (`Language::load`), with the clinic settings in its language; `Library::checked` is the one reader of content the build has checked.

use std::sync::{Mutex, OnceLock, PoisonError};

use crate::LANGUAGES_FILE;
use crate::bundle::{self, BundleError};
use crate::clinic::{ClinicSettings, SiteSettings};
use crate::clinic_reading::read_bytes;
use crate::error::ContentError;
use crate::file::language_file;
use crate::glossary::Glossary;
use crate::language::{LanguageInfo, LanguageList};
use crate::questionnaire::Questionnaire;
use crate::sheet::Sheet;
use crate::ui_text::UiText;

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
    /// Read when first needed (`Library::checked`), or at once when checked (`load_json`), or
    /// when its bundle has come (`load`).
    content: OnceLock<Content>,
    /// The files still to read, or to fetch, for a language not read yet.
    unread: Option<Unread>,
}

/// One language's four files, checked by the build and read one at a time when the language is
/// first shown: compiled into the app as code by `build.rs` (`codegen`), or JSON texts
/// (`LanguageSources`, for tests and tools; a language fetched by the app would be one more).
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
    /// `None` for a language not compiled in: its bundle is fetched when it is chosen (`load`).
    files: Option<Box<dyn LanguageFiles>>,
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
        self.info == other.info && self.loaded() == other.loaded()
    }
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Language")
            .field("info", &self.info)
            .field("content", &self.loaded())
            .finish()
    }
}

impl Language {
    /// A language read and checked at once (`load_json`).
    pub(crate) fn read(info: LanguageInfo, content: Content) -> Language {
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
        let Some(files) = &unread.files else {
            return false;
        };
        let mut read = unread.read.lock().unwrap_or_else(PoisonError::into_inner);
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

    /// The clinic settings in this language, read or not yet.
    pub fn clinic(&self) -> &ClinicSettings {
        match (self.content.get(), &self.unread) {
            (Some(content), _) => &content.clinic,
            (None, Some(unread)) => &unread.clinic,
            (None, None) => unreachable!("a language is either read or has its files"),
        }
    }

    /// Whether the language's content is here: read, compiled in, or its bundle loaded. A
    /// language that is not must be fetched and loaded (`load`) before it is shown.
    pub fn is_loaded(&self) -> bool {
        self.content.get().is_some() || self.unread.as_ref().is_some_and(|u| u.files.is_some())
    }

    /// The language's content if it is here (`is_loaded`), read now if not read yet.
    pub fn loaded(&self) -> Option<&Content> {
        self.is_loaded().then(|| self.content())
    }

    /// Loads the language from its bundle (`lang-<code>.json`, fetched by the app), for content of
    /// `version`, its texts put in a copy of `source` (the source language's content): once loaded
    /// it is shown as any other. A bundle that does not read, is another language's or another
    /// release's is refused, and the language stays unloaded.
    pub fn load(&self, bytes: &[u8], version: &str, source: &Content) -> Result<(), BundleError> {
        if self.is_loaded() {
            return Ok(());
        }
        let mut content = bundle::read(bytes, &self.info.code, version, source)?;
        content.clinic = self.clinic().clone();
        let _ = self.content.set(content);
        Ok(())
    }

    /// The language's content; a language not read yet is read now. A language fetched when
    /// chosen must be loaded first (`is_loaded`): the app shows only languages it has.
    pub fn content(&self) -> &Content {
        self.content.get_or_init(|| {
            while self.read_next_file() {}
            let unread = self
                .unread
                .as_ref()
                .filter(|u| u.files.is_some())
                .expect("a language is read, has its files, or is loaded before it is shown");
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

    /// Content the build has checked (compiled into the app, or JSON texts for tests and tools),
    /// read without checking it again: each language's files are read when the language is first
    /// shown (`Language::content`), one at a time (`Language::read_next_file`). `clinic` is in the
    /// source language, with its translations. A listed language without files is fetched when
    /// chosen (`Language::load`); the source language (the first) must have its files.
    pub fn checked(
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
                None if i == 0 => errors.push(missing_files(i, &info.code)),
                files => languages.push(Language {
                    unread: Some(Unread {
                        files,
                        clinic: clinic.in_language(&info.code),
                        read: Mutex::default(),
                    }),
                    info,
                    content: OnceLock::new(),
                }),
            }
        }
        if errors.is_empty() {
            Ok(Library { languages })
        } else {
            Err(errors)
        }
    }

    /// Puts the settings published beside the app (`site`: the bytes of `clinic.json`, if the app
    /// got it) in place of the built-in ones, read field by field: every right field is used, a
    /// wrong one falls back on its own (not shown, the source language's text in a translation,
    /// the built-in retention period). A missing file, or one that cannot be read at all, gives
    /// generic settings (no centre details shown; the built-in retention period). Says what was
    /// found, for the staff's check page.
    pub fn use_site(&mut self, site: Option<&[u8]>) -> SiteSettings {
        let built_in_days = self
            .languages
            .first()
            .map_or(0, |l| l.clinic().retention_days);
        let (clinic, status) = match site {
            Some(bytes) => {
                let reading = read_bytes(bytes, &self.codes(), built_in_days);
                let status = SiteSettings::read(&reading);
                (reading.settings, status)
            }
            None => (
                ClinicSettings::generic(built_in_days),
                SiteSettings::Missing,
            ),
        };
        for language in &mut self.languages {
            let settings = clinic.in_language(&language.info.code);
            match (language.content.get_mut(), &mut language.unread) {
                (Some(content), _) => content.clinic = settings,
                (None, Some(unread)) => unread.clinic = settings,
                (None, None) => {}
            }
        }
        status
    }
}

/// A language listed in `content/languages.json` without its files.
pub(crate) fn missing_files(index: usize, code: &str) -> ContentError {
    ContentError::new(
        LANGUAGES_FILE,
        format!("languages[{index}]"),
        format!(
            "the files of this language are missing: {}",
            language_file(code, "")
        ),
    )
}
