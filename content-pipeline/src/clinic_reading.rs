//! Reads the clinic settings (`clinic.json`) field by field: every right field is kept, a wrong one falls back on its own, and each problem names its field.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::clinic::{ClinicSettings, ClinicTexts, is_placeholder, is_placeholder_phone};
use crate::error::ContentError;

/// The longest part of a wrong value quoted back to the staff, in characters.
const QUOTED_CHARS: usize = 40;
/// Fewest and most days answers may stay on a patient's device.
pub const RETENTION_DAYS: std::ops::RangeInclusive<u32> = 1..=365;

/// A field of the settings file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// The whole file.
    File,
    Name,
    Phone,
    OpeningHours,
    Instructions,
    /// One line of `instructions`, counted from 0.
    Instruction(usize),
    RetentionDays,
    Translations,
    /// The order of the languages (optional).
    Languages,
    /// One language's block in `translations`.
    Translation,
    /// A field the app does not know, as written in the file.
    Unknown(String),
}

/// Where a field is: with the common fields and the source language's texts, or in a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldPath {
    /// The language of the translation (`translations.<code>`); `None` outside `translations`.
    pub language: Option<String>,
    pub field: Field,
}

impl FieldPath {
    fn new(language: Option<&str>, field: Field) -> FieldPath {
        FieldPath {
            language: language.map(str::to_owned),
            field,
        }
    }

    /// The field's name as written in the file: `translations.en.instructions[0]`; empty for the
    /// whole file.
    pub fn key(&self) -> String {
        let own = match &self.field {
            Field::File | Field::Translation => String::new(),
            Field::Name => "name".into(),
            Field::Phone => "phone".into(),
            Field::OpeningHours => "opening_hours".into(),
            Field::Instructions => "instructions".into(),
            Field::Instruction(i) => format!("instructions[{i}]"),
            Field::RetentionDays => "retention_days".into(),
            Field::Translations => "translations".into(),
            Field::Languages => "languages".into(),
            Field::Unknown(key) => key.clone(),
        };
        match &self.language {
            None => own,
            Some(code) if own.is_empty() => format!("translations.{code}"),
            Some(code) => format!("translations.{code}.{own}"),
        }
    }
}

/// What a value should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A text in quotation marks.
    Text,
    /// A whole number, without quotation marks.
    WholeNumber,
    /// A list of texts in square brackets.
    TextList,
    /// A block of fields in braces.
    Block,
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file is not UTF-8 text (saved as Latin-1, for example): the line of the first byte that is not.
    NotUtf8 {
        line: usize,
    },
    /// The file is not JSON: where reading stopped.
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not a block of fields `{ … }`.
    NotBlock,
    /// A field the app does not know.
    Unknown,
    /// A translation into a language the app does not have.
    UnknownLanguage,
    Missing,
    WrongType(Expected),
    Empty,
    /// Not a French phone number (see `is_french_phone`).
    NotAPhone,
    /// A number of days outside `RETENTION_DAYS`.
    OutOfRange,
    /// A translation's instructions with another number of lines than the source language's.
    LineCount {
        expected: usize,
        found: usize,
    },
}

/// What patients get in place of a wrong field, until it is fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    /// Nothing of the file: the app's generic wording.
    Generic,
    /// The field is ignored: nothing changes for patients.
    Ignored,
    /// The field is not shown.
    NotShown,
    /// The translation shows the source language's text in its place.
    SourceText,
    /// The app's own number of days.
    BuiltIn(u32),
}

/// One problem found in the settings file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteProblem {
    pub field: FieldPath,
    pub problem: Problem,
    /// The wrong value as written in the file (shortened), when there is one to quote.
    pub value: Option<String>,
    pub fallback: Fallback,
}

impl SiteProblem {
    /// The problem for a developer, in the build's wording: `clinic.json: phone: must be …`.
    pub fn to_content_error(&self, file: &str) -> ContentError {
        let field = match self.problem {
            Problem::NotUtf8 { line } | Problem::NotJson { line, .. } => format!("line {line}"),
            _ if self.field.field == Field::File => "(file)".to_owned(),
            _ => self.field.key(),
        };
        let message = match &self.problem {
            Problem::NotUtf8 { .. } => "is not UTF-8 text: save the file as UTF-8".to_owned(),
            Problem::NotJson { column, .. } => format!("column {column}: is not valid JSON"),
            Problem::NotBlock => "must be a JSON object { … }".to_owned(),
            Problem::Unknown => "is not a known field".to_owned(),
            Problem::UnknownLanguage => "is not a language of content/languages.json".to_owned(),
            Problem::Missing => match self.field.field {
                Field::Translation => {
                    "is missing: the name, opening hours and instructions in this language"
                        .to_owned()
                }
                _ => "is missing".to_owned(),
            },
            Problem::WrongType(expected) => format!(
                "must be {}",
                match expected {
                    Expected::Text => "a text",
                    Expected::WholeNumber => "a whole number",
                    Expected::TextList => "a list of texts",
                    Expected::Block => "an object",
                }
            ),
            Problem::Empty => "is empty".to_owned(),
            Problem::NotAPhone => "must be a phone number, in the French format: 10 digits starting with 0, +33 and 9 digits, or a short number such as 15".to_owned(),
            Problem::OutOfRange => "must be between 1 and 365".to_owned(),
            Problem::LineCount { .. } => {
                "must have as many lines as the source language's".to_owned()
            }
        };
        ContentError::new(file, field, message)
    }
}

/// The settings as read from the file: what patients get, what was wrong, and what is still the
/// shipped placeholder (read, but never shown).
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// Every right field; a wrong one empty (not shown), or the source text in a translation, or
    /// the built-in number of days.
    pub settings: ClinicSettings,
    pub problems: Vec<SiteProblem>,
    /// The fields still holding the shipped placeholder (`[…]`, a phone number of zeros).
    pub to_complete: Vec<FieldPath>,
}

impl Reading {
    /// True when the file could not be read at all (not UTF-8, not JSON, not a block of fields).
    pub fn unreadable(&self) -> bool {
        self.problems
            .first()
            .is_some_and(|p| p.fallback == Fallback::Generic)
    }
}

/// Reads the settings file as the server sent it: it must be UTF-8 (a byte-order mark is
/// allowed). `codes` are the app's languages, the source one first; `built_in_days` is the
/// retention used when the file's is wrong or missing.
pub fn read_bytes(bytes: &[u8], codes: &[&str], built_in_days: u32) -> Reading {
    match std::str::from_utf8(bytes) {
        Ok(text) => read_text(text, codes, built_in_days),
        Err(e) => {
            let line = 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            unreadable(Problem::NotUtf8 { line }, built_in_days)
        }
    }
}

/// Reads the settings file's text, field by field (see `read_bytes`).
pub fn read_text(text: &str, codes: &[&str], built_in_days: u32) -> Reading {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let map = match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => map,
        Ok(_) => return unreadable(Problem::NotBlock, built_in_days),
        Err(e) => {
            let (line, column) = (e.line(), e.column());
            return unreadable(Problem::NotJson { line, column }, built_in_days);
        }
    };
    let mut reader = Reader::default();
    let settings = reader.settings(map, codes, built_in_days);
    Reading {
        settings,
        problems: reader.problems,
        to_complete: reader.to_complete,
    }
}

fn unreadable(problem: Problem, built_in_days: u32) -> Reading {
    Reading {
        settings: ClinicSettings::generic(built_in_days),
        problems: vec![SiteProblem {
            field: FieldPath::new(None, Field::File),
            problem,
            value: None,
            fallback: Fallback::Generic,
        }],
        to_complete: Vec::new(),
    }
}

/// The value as written in the file, cut short (a list or block only as `[…]`, `{…}`).
fn quote(value: &Value) -> String {
    let text = match value {
        Value::String(text) => format!("\"{text}\""),
        Value::Number(number) => number.to_string(),
        Value::Bool(yes) => yes.to_string(),
        Value::Null => "null".to_owned(),
        Value::Array(_) => "[…]".to_owned(),
        Value::Object(_) => "{…}".to_owned(),
    };
    if text.chars().count() > QUOTED_CHARS {
        let cut: String = text.chars().take(QUOTED_CHARS - 1).collect();
        format!("{cut}…")
    } else {
        text
    }
}

/// The values of `keys` in `map`, in their order, and the keys `map` has beyond them.
fn split<const N: usize>(
    map: Map<String, Value>,
    keys: [&str; N],
) -> ([Option<Value>; N], Vec<String>) {
    let mut values = std::array::from_fn(|_| None);
    let mut others = Vec::new();
    for (key, value) in map {
        match keys.iter().position(|known| *known == key) {
            Some(i) => values[i] = Some(value),
            None => others.push(key),
        }
    }
    (values, others)
}

#[derive(Default)]
struct Reader {
    problems: Vec<SiteProblem>,
    to_complete: Vec<FieldPath>,
}

impl Reader {
    fn problem(
        &mut self,
        language: Option<&str>,
        field: Field,
        problem: Problem,
        value: Option<&Value>,
        fallback: Fallback,
    ) {
        self.problems.push(SiteProblem {
            field: FieldPath::new(language, field),
            problem,
            value: value.map(quote),
            fallback,
        });
    }

    /// A text field: `None` (after noting why) when missing, empty or not a text.
    fn text(
        &mut self,
        value: Option<Value>,
        language: Option<&str>,
        field: Field,
    ) -> Option<String> {
        let fallback = if language.is_some() {
            Fallback::SourceText
        } else {
            Fallback::NotShown
        };
        match value {
            None => self.problem(language, field, Problem::Missing, None, fallback),
            Some(value) => return self.line(value, language, field, fallback),
        }
        None
    }

    /// A text value: `None` (after noting why) when empty or not a text.
    fn line(
        &mut self,
        value: Value,
        language: Option<&str>,
        field: Field,
        fallback: Fallback,
    ) -> Option<String> {
        match value {
            Value::String(text) if text.trim().is_empty() => {
                self.problem(language, field, Problem::Empty, None, fallback);
                None
            }
            Value::String(text) => {
                if is_placeholder(&text) {
                    self.to_complete.push(FieldPath::new(language, field));
                }
                Some(text)
            }
            other => {
                let problem = Problem::WrongType(Expected::Text);
                self.problem(language, field, problem, Some(&other), fallback);
                None
            }
        }
    }

    /// The instructions: each line on its own (`None` for a wrong one).
    fn instructions(
        &mut self,
        value: Option<Value>,
        language: Option<&str>,
        fallback: Fallback,
    ) -> Option<Vec<Option<String>>> {
        match value {
            None => {
                self.problem(
                    language,
                    Field::Instructions,
                    Problem::Missing,
                    None,
                    fallback,
                );
                None
            }
            Some(Value::Array(lines)) => Some(
                lines
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| self.line(line, language, Field::Instruction(i), fallback))
                    .collect(),
            ),
            Some(other) => {
                let problem = Problem::WrongType(Expected::TextList);
                self.problem(
                    language,
                    Field::Instructions,
                    problem,
                    Some(&other),
                    fallback,
                );
                None
            }
        }
    }

    /// Fields the app does not know: ignored, and listed.
    fn unknown(&mut self, keys: Vec<String>, language: Option<&str>) {
        for key in keys {
            let field = Field::Unknown(key);
            self.problem(language, field, Problem::Unknown, None, Fallback::Ignored);
        }
    }

    fn settings(
        &mut self,
        map: Map<String, Value>,
        codes: &[&str],
        built_in_days: u32,
    ) -> ClinicSettings {
        let keys = [
            "name",
            "phone",
            "opening_hours",
            "instructions",
            "retention_days",
            "translations",
            "languages",
        ];
        let (
            [
                name,
                phone,
                opening_hours,
                instructions,
                retention_days,
                translations,
                languages,
            ],
            others,
        ) = split(map, keys);
        let name = self.text(name, None, Field::Name);
        let phone = self
            .text(phone, None, Field::Phone)
            .filter(|phone| self.phone(phone));
        let opening_hours = self.text(opening_hours, None, Field::OpeningHours);
        let instructions = self
            .instructions(instructions, None, Fallback::NotShown)
            .unwrap_or_default();
        let retention_days = self.retention(retention_days, built_in_days);
        let source = SourceTexts {
            name: name.clone().unwrap_or_default(),
            opening_hours: opening_hours.clone().unwrap_or_default(),
            instructions: &instructions,
        };
        let translations = self.translations(translations, codes, &source);
        let languages = self.languages(languages, codes);
        self.unknown(others, None);
        ClinicSettings {
            name: name.unwrap_or_default(),
            phone: phone.unwrap_or_default(),
            opening_hours: opening_hours.unwrap_or_default(),
            instructions: instructions.into_iter().flatten().collect(),
            retention_days,
            translations,
            languages,
        }
    }

    /// The clinic's order of the languages: optional; a list of the app's language codes, each
    /// once. Anything else is said and ignored (the order of `content/languages.json`).
    fn languages(&mut self, value: Option<Value>, codes: &[&str]) -> Vec<String> {
        let Some(value) = value else {
            return Vec::new();
        };
        let listed: Option<Vec<String>> = match &value {
            Value::Array(items) => items
                .iter()
                .map(|item| item.as_str().map(str::to_owned))
                .collect(),
            _ => None,
        };
        let Some(listed) = listed else {
            let problem = Problem::WrongType(Expected::TextList);
            self.problem(None, Field::Languages, problem, Some(&value), Fallback::Ignored);
            return Vec::new();
        };
        let unknown: Vec<&String> = listed.iter().filter(|c| !codes.contains(&c.as_str())).collect();
        let twice = listed.iter().enumerate().any(|(i, c)| listed[..i].contains(c));
        if let Some(code) = unknown.first() {
            let value = Value::String((*code).clone());
            let problem = Problem::UnknownLanguage;
            self.problem(None, Field::Languages, problem, Some(&value), Fallback::Ignored);
            return Vec::new();
        }
        if twice || listed.is_empty() {
            let problem = Problem::WrongType(Expected::TextList);
            self.problem(None, Field::Languages, problem, Some(&value), Fallback::Ignored);
            return Vec::new();
        }
        listed
    }

    /// True for a phone number patients can be shown; the shipped placeholder is to complete.
    fn phone(&mut self, phone: &str) -> bool {
        if is_placeholder_phone(phone) {
            if !is_placeholder(phone) {
                self.to_complete.push(FieldPath::new(None, Field::Phone));
            }
            return false;
        }
        if is_french_phone(phone) {
            return true;
        }
        let value = Value::String(phone.to_owned());
        let problem = Problem::NotAPhone;
        self.problem(
            None,
            Field::Phone,
            problem,
            Some(&value),
            Fallback::NotShown,
        );
        false
    }

    fn retention(&mut self, value: Option<Value>, built_in_days: u32) -> u32 {
        let fallback = Fallback::BuiltIn(built_in_days);
        let field = Field::RetentionDays;
        let Some(value) = value else {
            self.problem(None, field, Problem::Missing, None, fallback);
            return built_in_days;
        };
        let days = value.as_u64().and_then(|d| u32::try_from(d).ok());
        match days {
            Some(days) if RETENTION_DAYS.contains(&days) => return days,
            _ if value.is_u64() || value.is_i64() => {
                self.problem(None, field, Problem::OutOfRange, Some(&value), fallback)
            }
            _ => {
                let problem = Problem::WrongType(Expected::WholeNumber);
                self.problem(None, field, problem, Some(&value), fallback)
            }
        }
        built_in_days
    }

    /// Each translation the app has; a missing or wrong text gives way to the source's.
    fn translations(
        &mut self,
        value: Option<Value>,
        codes: &[&str],
        source: &SourceTexts,
    ) -> BTreeMap<String, ClinicTexts> {
        let fallback = Fallback::SourceText;
        let blocks = match value {
            Some(Value::Object(blocks)) => blocks,
            None => Map::new(),
            Some(other) => {
                let problem = Problem::WrongType(Expected::Block);
                self.problem(None, Field::Translations, problem, Some(&other), fallback);
                return BTreeMap::new();
            }
        };
        let mut found = Vec::new();
        let mut unknown = Vec::new();
        for (code, block) in blocks {
            if codes.iter().skip(1).any(|c| *c == code) {
                found.push((code, block));
            } else if !codes.contains(&code.as_str()) {
                // The source language's own texts are the top-level ones: a block for it is unused.
                unknown.push(code);
            }
        }
        let mut out = BTreeMap::new();
        for code in codes.iter().skip(1).copied() {
            let language = Some(code);
            match found
                .iter()
                .position(|(c, _)| c == code)
                .map(|i| found.swap_remove(i).1)
            {
                None => self.problem(
                    language,
                    Field::Translation,
                    Problem::Missing,
                    None,
                    fallback,
                ),
                Some(Value::Object(block)) => {
                    out.insert(code.to_owned(), self.translation(block, code, source));
                }
                Some(other) => {
                    let problem = Problem::WrongType(Expected::Block);
                    self.problem(
                        language,
                        Field::Translation,
                        problem,
                        Some(&other),
                        fallback,
                    );
                }
            }
        }
        for code in unknown {
            let (language, field) = (Some(code.as_str()), Field::Translation);
            let problem = Problem::UnknownLanguage;
            self.problem(language, field, problem, None, Fallback::Ignored);
        }
        out
    }

    fn translation(
        &mut self,
        block: Map<String, Value>,
        code: &str,
        source: &SourceTexts,
    ) -> ClinicTexts {
        let language = Some(code);
        let ([name, opening_hours, lines], others) =
            split(block, ["name", "opening_hours", "instructions"]);
        let name = self.text(name, language, Field::Name);
        let opening_hours = self.text(opening_hours, language, Field::OpeningHours);
        let lines = self.instructions(lines, language, Fallback::SourceText);
        let instructions = match lines {
            None => source.instructions.iter().flatten().cloned().collect(),
            Some(lines) => {
                let (expected, found) = (source.instructions.len(), lines.len());
                if expected != found {
                    let fallback = if found < expected {
                        Fallback::SourceText
                    } else {
                        Fallback::Ignored
                    };
                    let problem = Problem::LineCount { expected, found };
                    self.problem(language, Field::Instructions, problem, None, fallback);
                }
                // Line by line: the translation's where it is right, else the source's.
                let mut lines = lines.into_iter();
                source
                    .instructions
                    .iter()
                    .filter_map(|own| lines.next().flatten().or_else(|| own.clone()))
                    .collect()
            }
        };
        self.unknown(others, language);
        ClinicTexts {
            name: name.unwrap_or_else(|| source.name.clone()),
            opening_hours: opening_hours.unwrap_or_else(|| source.opening_hours.clone()),
            instructions,
        }
    }
}

/// The source language's texts, as read, for the translations to fall back on.
struct SourceTexts<'a> {
    name: String,
    opening_hours: String,
    instructions: &'a [Option<String>],
}

/// True for a French phone number: 10 digits starting with 0 (`01 23 45 67 89`), or +33 and the
/// 9 digits after the 0 (`+33 1 23 45 67 89`, `+33 (0)1 23 45 67 89`), or a short number (15, 17,
/// 18, 112, 114, 115, 116 xxx, 3xxx); spaces, dots and hyphens between digits.
pub fn is_french_phone(text: &str) -> bool {
    let separator = |c: char| matches!(c, ' ' | '.' | '-' | '\u{a0}' | '\u{202f}');
    let text = text.trim();
    let (international, rest) = match text.strip_prefix("+33") {
        Some(rest) => {
            let rest = rest.trim_start_matches(separator);
            (true, rest.strip_prefix("(0)").unwrap_or(rest))
        }
        None => (false, text),
    };
    if !rest.starts_with(|c: char| c.is_ascii_digit())
        || !rest.chars().all(|c| c.is_ascii_digit() || separator(c))
    {
        return false;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    if international {
        return digits.len() == 9 && !digits.starts_with('0');
    }
    match digits.len() {
        10 => digits.starts_with('0') && !digits.starts_with("00"),
        2 => matches!(digits.as_str(), "15" | "17" | "18"),
        3 => matches!(digits.as_str(), "112" | "114" | "115"),
        4 => digits.starts_with('3'),
        6 => digits.starts_with("116"),
        _ => false,
    }
}
