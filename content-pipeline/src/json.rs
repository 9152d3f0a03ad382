//! The one reader of the content files as JSON (the build, the tests and the tools): every file read and checked on its own, then each translation against the source language, every error naming its file and field.

use std::path::Path;

use crate::clinic::ClinicSettings;
use crate::clinic_reading::{read_bytes, read_text};
use crate::error::ContentError;
use crate::file::{ContentFile, language_file};
use crate::glossary::Glossary;
use crate::language::LanguageList;
use crate::library::{Content, Language, LanguageFiles, Library, missing_files};
use crate::questionnaire::Questionnaire;
use crate::sheet::Sheet;
use crate::ui_text::UiText;
use crate::{CLINIC_FILE, LANGUAGE_FILES, LANGUAGES_FILE};

/// The JSON texts of every content file, and the name of the clinic file they came from.
pub struct Sources<'a> {
    pub languages: &'a str,
    /// One entry per language of `languages`, in the same order.
    pub texts: Vec<LanguageSources<'a>>,
    pub clinic: &'a str,
    pub clinic_file: &'a str,
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

/// Reads one file's text and checks it on its own; `None` (and the error) if it does not read.
fn read_file<T: ContentFile>(code: &str, json: &str, errors: &mut Vec<ContentError>) -> Option<T> {
    let file = language_file(code, T::NAME);
    match T::read(json) {
        Ok(value) => {
            errors.extend(value.check(&file, code));
            Some(value)
        }
        Err(error) => {
            errors.push(ContentError::unreadable(&file, &error));
            None
        }
    }
}

/// Checks a translated file against the source language's: texts only.
fn check_translation<T: ContentFile>(
    code: &str,
    translated: &T,
    source: Option<&T>,
    errors: &mut Vec<ContentError>,
) {
    if let Some(source) = source {
        errors.extend(translated.check_translation(&language_file(code, T::NAME), source));
    }
}

/// Checks every text of one file for what a type cannot say: each plural `{x, plural, …}` gives
/// every category of the language's rules, a translation uses the same `{names}` as the source
/// at the same place, and no letter the language does not write (Romanian's cedilla ş ţ).
fn check_texts(
    file: &str,
    json: &str,
    source_json: Option<&str>,
    info: &crate::language::LanguageInfo,
    index: usize,
    errors: &mut Vec<ContentError>,
) {
    fn walk<'a>(
        path: String,
        value: &'a serde_json::Value,
        source: Option<&'a serde_json::Value>,
        visit: &mut dyn FnMut(&str, &'a str, Option<&'a str>),
    ) {
        use serde_json::Value;
        match value {
            Value::String(text) => visit(&path, text, source.and_then(Value::as_str)),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let at = if path.is_empty() {
                        format!("[{i}]")
                    } else {
                        format!("{path}[{i}]")
                    };
                    walk(at, item, source.and_then(|s| s.get(i)), visit);
                }
            }
            Value::Object(fields) => {
                for (key, item) in fields {
                    let at = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    walk(at, item, source.and_then(|s| s.get(key)), visit);
                }
            }
            _ => {}
        }
    }
    let (Ok(value), source) = (
        serde_json::from_str::<serde_json::Value>(json),
        source_json.and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok()),
    ) else {
        return; // unreadable: said by the file's own reading
    };
    let rules = info.plural_rules();
    walk(
        String::new(),
        &value,
        source.as_ref(),
        &mut |path, text, source_text| {
            for problem in crate::plural::check_text(text, &rules) {
                // The texts or the rules may be wrong: both are named.
                errors.push(ContentError::new(
                    file,
                    path,
                    format!("{problem} (the rules: {LANGUAGES_FILE}, languages[{index}].plural)"),
                ));
            }
            if let Some(source_text) = source_text {
                let (names, wanted) = (
                    crate::plural::names_in(text),
                    crate::plural::names_in(source_text),
                );
                if names != wanted {
                    errors.push(ContentError::new(
                        file,
                        path,
                        format!(
                            "uses {{{}}}; the source language uses {{{}}} here",
                            names.join("} {"),
                            wanted.join("} {")
                        ),
                    ));
                }
            }
            for (wrong, right) in &info.spelling {
                if text.contains(wrong.as_str()) {
                    errors.push(ContentError::new(
                        file,
                        path,
                        format!(
                            "writes {wrong:?}, a letter {} does not use: write {right:?}",
                            info.name_fr
                        ),
                    ));
                }
            }
        },
    );
}

/// Reads and checks every content file given as JSON texts: the list of languages, the clinic
/// settings (right in every field: the build stops on any problem), then each language's files on
/// their own and, for a translation, against the source language's (the first listed): a
/// translation supplies texts only. Every error names its file and field. This is what `build.rs`
/// runs on every language before compiling the content into the app.
pub fn load_json(sources: &Sources) -> Result<Library, Vec<ContentError>> {
    let mut errors = Vec::new();
    let list = match LanguageList::read(sources.languages) {
        Ok(list) => list,
        Err(error) => return Err(vec![ContentError::unreadable(LANGUAGES_FILE, &error)]),
    };
    errors.extend(list.check(LANGUAGES_FILE));
    let codes: Vec<&str> = list.languages.iter().map(|l| l.code.as_str()).collect();
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
        let code = &info.code;
        let source_texts = (i > 0)
            .then(|| sources.texts.iter().find(|t| t.code == codes[0]))
            .flatten();
        for (name, json, source_json) in [
            (
                LANGUAGE_FILES[0],
                texts.questionnaire,
                source_texts.map(|t| t.questionnaire),
            ),
            (
                LANGUAGE_FILES[1],
                texts.sheet,
                source_texts.map(|t| t.sheet),
            ),
            (LANGUAGE_FILES[2], texts.ui, source_texts.map(|t| t.ui)),
            (
                LANGUAGE_FILES[3],
                texts.glossary,
                source_texts.map(|t| t.glossary),
            ),
        ] {
            check_texts(
                &language_file(code, name),
                json,
                source_json,
                info,
                i,
                &mut errors,
            );
        }
        let questionnaire = read_file::<Questionnaire>(code, texts.questionnaire, &mut errors);
        let sheet = read_file::<Sheet>(code, texts.sheet, &mut errors);
        let ui = read_file::<UiText>(code, texts.ui, &mut errors);
        let glossary = read_file::<Glossary>(code, texts.glossary, &mut errors);
        let (Some(questionnaire), Some(sheet), Some(ui), Some(glossary)) =
            (questionnaire, sheet, ui, glossary)
        else {
            continue;
        };
        let source = (i > 0)
            .then(|| languages.first().filter(|l| l.info.code == codes[0]))
            .flatten()
            .map(Language::content);
        check_translation(
            code,
            &questionnaire,
            source.map(|s| &s.questionnaire),
            &mut errors,
        );
        check_translation(code, &sheet, source.map(|s| &s.sheet), &mut errors);
        check_translation(code, &ui, source.map(|s| &s.ui), &mut errors);
        check_translation(code, &glossary, source.map(|s| &s.glossary), &mut errors);
        let clinic = clinic
            .as_ref()
            .map(|c| c.in_language(code))
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

/// Reads a file that the build has checked: it cannot fail unless the build itself is broken.
fn read_checked<T: ContentFile>(code: &str, json: &str) -> T {
    T::read(json).unwrap_or_else(|e| {
        panic!(
            "{}: unreadable although checked by the build: {e}",
            language_file(code, T::NAME)
        )
    })
}

/// JSON texts checked by the build, read when the language is first shown (`Library::checked`):
/// a file that no longer reads (a broken build) panics then, naming the file.
impl LanguageFiles for LanguageSources<'static> {
    fn code(&self) -> &str {
        self.code
    }
    fn questionnaire(&self) -> Questionnaire {
        read_checked(self.code, self.questionnaire)
    }
    fn sheet(&self) -> Sheet {
        read_checked(self.code, self.sheet)
    }
    fn ui(&self) -> UiText {
        read_checked(self.code, self.ui)
    }
    fn glossary(&self) -> Glossary {
        read_checked(self.code, self.glossary)
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

    /// Sources from a list made by `files` or `read_files` (in the same order).
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

/// Reads every content file from the repository at `root`, in the order of `Sources::files`: the
/// list of languages, the clinic settings (`clinic_file`, from `root` unless absolute), then the
/// files of each listed language. A file that cannot be read, or is not UTF-8, is an error naming
/// it (for the clinic settings, with the line, by the app's own reading).
pub fn read_files(
    root: &Path,
    clinic_file: &str,
) -> Result<Vec<(String, String)>, Vec<ContentError>> {
    let read = |path: &str| -> Result<String, ContentError> {
        let bytes = std::fs::read(root.join(path))
            .map_err(|e| ContentError::new(path, "", format!("cannot be read: {e}")))?;
        String::from_utf8(bytes).map_err(|e| {
            match read_bytes(e.as_bytes(), &[], 0).problems.first() {
                Some(problem) if path == clinic_file => problem.to_content_error(path),
                _ => ContentError::new(path, "", format!("is not UTF-8: {e}")),
            }
        })
    };
    let languages = read(LANGUAGES_FILE).map_err(|e| vec![e])?;
    let list = LanguageList::read(&languages)
        .map_err(|e| vec![ContentError::unreadable(LANGUAGES_FILE, &e)])?;
    let mut files = vec![(LANGUAGES_FILE.to_owned(), languages)];
    let mut errors = Vec::new();
    let mut paths = vec![clinic_file.to_owned()];
    for language in &list.languages {
        paths.extend(
            LANGUAGE_FILES
                .iter()
                .map(|name| language_file(&language.code, name)),
        );
    }
    for path in paths {
        match read(&path) {
            Ok(text) => files.push((path, text)),
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}
