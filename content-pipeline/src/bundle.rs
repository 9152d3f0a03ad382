//! A translation as the one file the app fetches when the language is chosen (`lang-<code>.json`): the texts of its four files, in one fixed order (`walk`), which the app puts in place of the French texts in a copy of the French content it has compiled in. A translation supplies texts only (checked by the build), so its texts alone make it; and reading a list of texts costs the download far less than a reader for each content type.

use std::borrow::Cow;

use serde_json::Value;

use crate::glossary::Glossary;
use crate::library::Content;
use crate::questionnaire::{Coding, Item, Questionnaire};
use crate::sheet::{Block, Sheet};
use crate::ui_text::UiText;

/// The file's name on the site, beside `index.html`: `lang-ar.json`.
pub fn file_name(code: &str) -> String {
    format!("lang-{code}.json")
}

/// Why a bundle cannot be used; the app then stays in the language shown and says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// Not JSON, or not a bundle: no code, version or texts, or texts of another shape than the
    /// app's content (too few, too many, a list where a text is expected).
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

/// What visits the texts of a language's content: each text, and each list of texts (a list is
/// carried whole: its length may differ from one language to another, as a term's forms).
pub trait Walk {
    fn text(&mut self, text: &mut String);
    fn list(&mut self, list: &mut Vec<String>);
}

/// A field holding texts.
pub trait Walked {
    fn walk(&mut self, walk: &mut dyn Walk);
}

impl Walked for String {
    fn walk(&mut self, walk: &mut dyn Walk) {
        walk.text(self);
    }
}

impl Walked for Vec<String> {
    fn walk(&mut self, walk: &mut dyn Walk) {
        walk.list(self);
    }
}

impl Walked for Cow<'static, str> {
    fn walk(&mut self, walk: &mut dyn Walk) {
        let mut text = self.to_string();
        walk.text(&mut text);
        *self = Cow::Owned(text);
    }
}

fn coding(coding: &mut Coding, walk: &mut dyn Walk) {
    walk.text(&mut coding.display);
}

fn item(item: &mut Item, walk: &mut dyn Walk) {
    walk.text(&mut item.text);
    item.code.iter_mut().for_each(|c| coding(c, walk));
    for extension in &mut item.extension {
        if let Some(text) = &mut extension.value_string {
            walk.text(text);
        }
        if let Some(concept) = &mut extension.value_codeable_concept {
            concept.coding.iter_mut().for_each(|c| coding(c, walk));
        }
        if let Some(c) = &mut extension.value_coding {
            coding(c, walk);
        }
    }
    item.answer_option.iter_mut().for_each(|o| coding(&mut o.value_coding, walk));
    item.enable_when.iter_mut().for_each(|w| coding(&mut w.answer_coding, walk));
    item.item.iter_mut().for_each(|i| self::item(i, walk));
}

/// Visits every text of a language's four files, in the bundle's order: the questionnaire's
/// (its language too), the sheet's, the interface's, the glossary's.
pub fn walk(
    questionnaire: &mut Questionnaire,
    sheet: &mut Sheet,
    ui: &mut UiText,
    glossary: &mut Glossary,
    walk: &mut dyn Walk,
) {
    walk.text(&mut questionnaire.language);
    walk.text(&mut questionnaire.title);
    questionnaire.item.iter_mut().for_each(|i| item(i, walk));
    walk.text(&mut sheet.title);
    walk.text(&mut sheet.subtitle);
    walk.text(&mut sheet.source);
    for section in &mut sheet.sections {
        walk.text(&mut section.heading);
        for block in &mut section.blocks {
            match block {
                Block::Paragraph(text) => walk.text(text),
                Block::List(items) => walk.list(items),
                Block::Note(note) => {
                    if let Some(title) = &mut note.title {
                        walk.text(title);
                    }
                    walk.list(&mut note.paragraphs);
                    walk.list(&mut note.list);
                }
            }
        }
    }
    ui.walk_texts(walk);
    for term in &mut glossary.terms {
        walk.text(&mut term.term);
        walk.list(&mut term.forms);
        walk.text(&mut term.definition);
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

/// Collects the texts, in order.
struct Collect(Vec<Value>);

impl Walk for Collect {
    fn text(&mut self, text: &mut String) {
        self.0.push(Value::from(text.as_str()));
    }
    fn list(&mut self, list: &mut Vec<String>) {
        self.0.push(Value::from(list.clone()));
    }
}

/// Puts the texts in place, in order; notes the first that does not fit.
struct Fill {
    texts: std::vec::IntoIter<Value>,
    wrong: Option<usize>,
    at: usize,
}

impl Fill {
    fn next(&mut self) -> Option<Value> {
        self.at += 1;
        let next = self.texts.next();
        if next.is_none() && self.wrong.is_none() {
            self.wrong = Some(self.at);
        }
        next
    }
}

impl Walk for Fill {
    fn text(&mut self, text: &mut String) {
        match self.next() {
            Some(Value::String(given)) => *text = given,
            _ => self.wrong = self.wrong.or(Some(self.at)),
        }
    }
    fn list(&mut self, list: &mut Vec<String>) {
        let given = match self.next() {
            Some(Value::Array(items)) => items
                .into_iter()
                .map(|v| match v {
                    Value::String(s) => Some(s),
                    _ => None,
                })
                .collect::<Option<Vec<String>>>(),
            _ => None,
        };
        match given {
            Some(given) => *list = given,
            None => self.wrong = self.wrong.or(Some(self.at)),
        }
    }
}

/// The bundle of a translation (`translated`, checked by the build), for content of `version`:
/// `{"code":…,"version":…,"texts":[…]}`. Read back at once into `source` (the source language's
/// content, as the app will), it must give the translation exactly, else the build stops.
pub fn write(
    source: &Content,
    translated: &Content,
    code: &str,
    version: &str,
) -> Result<String, String> {
    let mut t = translated.clone();
    let mut collect = Collect(Vec::new());
    self::walk(&mut t.questionnaire, &mut t.sheet, &mut t.ui, &mut t.glossary, &mut collect);
    let json = serde_json::json!({ "code": code, "version": version, "texts": collect.0 }).to_string();
    let read = read(json.as_bytes(), code, version, source).map_err(|e| e.to_string())?;
    let same = read.questionnaire == translated.questionnaire
        && read.sheet == translated.sheet
        && read.ui == translated.ui
        && read.glossary == translated.glossary;
    match same {
        true => Ok(json),
        false => Err(format!(
            "{}: does not read back as the translation (a text the bundle does not carry differs from the source language's)",
            file_name(code)
        )),
    }
}

/// Reads a bundle fetched for language `code`, for content of version `version`, into a copy of
/// the source language's content (`source`): every text replaced by the translation's. The
/// clinic settings are left as they are in `source` (the caller puts the language's in place).
pub fn read(bytes: &[u8], code: &str, version: &str, source: &Content) -> Result<Content, BundleError> {
    let unreadable = |why: &str| BundleError::Unreadable(why.to_owned());
    let text = std::str::from_utf8(bytes).map_err(|_| unreadable("not UTF-8"))?;
    let value: Value = serde_json::from_str(text).map_err(|e| BundleError::Unreadable(e.to_string()))?;
    let field = |name: &str| {
        let given = value.get(name).and_then(Value::as_str).map(str::to_owned);
        given.ok_or_else(|| BundleError::Unreadable(format!("no {name}")))
    };
    let (given_code, given_version) = (field("code")?, field("version")?);
    if given_code != code {
        return Err(BundleError::OtherLanguage(given_code));
    }
    if given_version != version {
        return Err(BundleError::OtherVersion(given_version));
    }
    let Some(Value::Array(texts)) = value.get("texts").cloned() else {
        return Err(unreadable("no texts"));
    };
    let mut content = source.clone();
    let mut fill = Fill {
        texts: texts.into_iter(),
        wrong: None,
        at: 0,
    };
    let c = &mut content;
    self::walk(&mut c.questionnaire, &mut c.sheet, &mut c.ui, &mut c.glossary, &mut fill);
    if fill.texts.next().is_some() {
        return Err(unreadable("more texts than the app's content has"));
    }
    match fill.wrong {
        Some(at) => Err(BundleError::Unreadable(format!("text {at} does not fit the app's content"))),
        None => Ok(content),
    }
}
