//! Checks of the content files; every error names the file and the field, so a clinic can fix it.

use std::collections::BTreeSet;
use std::fmt;

use super::glossary::Glossary;
use super::language::LanguageList;
use super::questionnaire::{ItemType, Questionnaire};
use super::sheet::{Block, Sheet};
use super::ui_text::UiText;

/// The seven absolute contraindications of the source sheet, as codes of the questionnaire.
pub const SEVEN_CONTRAINDICATIONS: [&str; 7] = [
    "grossesse",
    "anticoagulants-hemorragie",
    "douleurs-non-liees-fracture",
    "tassement-traumatique-recul-mur-posterieur",
    "tassement-en-galette",
    "anesthesie",
    "allergie-methylmethacrylate",
];

/// One problem in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file, as a path from the repository root (`content/fr/questionnaire.json`).
    pub file: String,
    /// The field, as a path inside the file (`item[2].enableWhen[0].question`).
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.message)
    }
}

impl std::error::Error for ContentError {}

impl ContentError {
    pub fn new(file: &str, field: impl Into<String>, message: impl Into<String>) -> Self {
        ContentError {
            file: file.to_owned(),
            field: field.into(),
            message: message.into(),
        }
    }

    /// A JSON file that serde could not read: the field is serde's own wording and position.
    pub fn unreadable(file: &str, error: &serde_json::Error) -> Self {
        ContentError::new(
            file,
            format!("line {} column {}", error.line(), error.column()),
            error.to_string(),
        )
    }
}

/// Checks a questionnaire; returns every problem found.
pub fn check_questionnaire(file: &str, questionnaire: &Questionnaire) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut error =
        |field: String, message: String| errors.push(ContentError::new(file, field, message));

    if questionnaire.resource_type != "Questionnaire" {
        error("resourceType".into(), "must be \"Questionnaire\"".into());
    }
    if questionnaire.url.is_empty() {
        error("url".into(), "is empty".into());
    }
    if questionnaire.version.is_empty() {
        error("version".into(), "is empty".into());
    }

    let mut seen = BTreeSet::new();
    let mut earlier_questions: Vec<usize> = Vec::new();
    for (index, item) in questionnaire.item.iter().enumerate() {
        let at = format!("item[{index}]");
        let mut all_ids = vec![(at.clone(), &item.link_id)];
        all_ids.extend(
            item.item
                .iter()
                .enumerate()
                .map(|(c, child)| (format!("{at}.item[{c}]"), &child.link_id)),
        );
        for (field, id) in all_ids {
            if id.is_empty() {
                error(format!("{field}.linkId"), "is empty".into());
            } else if !super::route::is_link_id(id) {
                error(
                    format!("{field}.linkId"),
                    format!("\"{id}\" may only hold letters, digits, '-', '_' or '.'"),
                );
            } else if !seen.insert(id.clone()) {
                error(
                    format!("{field}.linkId"),
                    format!("\"{id}\" is used more than once"),
                );
            }
        }
        if item.text.trim().is_empty() {
            error(format!("{at}.text"), "is empty".into());
        }
        if item.kind == ItemType::Choice && item.answer_option.is_empty() {
            error(
                format!("{at}.answerOption"),
                "a choice item needs at least one option".into(),
            );
        }
        for (o, option) in item.answer_option.iter().enumerate() {
            if option.value_coding.code.is_empty() || option.value_coding.display.trim().is_empty()
            {
                error(
                    format!("{at}.answerOption[{o}].valueCoding"),
                    "needs a code and a display".into(),
                );
            }
        }
        for (c, child) in item.item.iter().enumerate() {
            if child.kind != ItemType::Display {
                error(
                    format!("{at}.item[{c}].type"),
                    "only display items may be nested under a question".into(),
                );
            }
        }
        for (w, condition) in item.enable_when.iter().enumerate() {
            let field = format!("{at}.enableWhen[{w}]");
            let source = earlier_questions
                .iter()
                .map(|&i| &questionnaire.item[i])
                .find(|q| q.link_id == condition.question);
            match source {
                None => error(
                    format!("{field}.question"),
                    format!("\"{}\" is not an earlier question", condition.question),
                ),
                Some(source) => {
                    if !source
                        .answer_option
                        .iter()
                        .any(|o| o.value_coding.code == condition.answer_coding.code)
                    {
                        error(
                            format!("{field}.answerCoding.code"),
                            format!(
                                "\"{}\" is not an option of \"{}\"",
                                condition.answer_coding.code, source.link_id
                            ),
                        );
                    }
                }
            }
            if condition.operator != "=" && condition.operator != "!=" {
                error(
                    format!("{field}.operator"),
                    format!("\"{}\" is not supported (use = or !=)", condition.operator),
                );
            }
        }
        if item.enable_when.len() > 1 && item.enable_behavior.is_none() {
            error(
                format!("{at}.enableBehavior"),
                "is needed with more than one enableWhen (\"any\" or \"all\")".into(),
            );
        }
        if item.is_question() {
            earlier_questions.push(index);
        }
    }

    let covered: BTreeSet<&str> = questionnaire
        .item
        .iter()
        .flat_map(|i| i.contraindications())
        .collect();
    for code in SEVEN_CONTRAINDICATIONS {
        if !covered.contains(code) {
            error(
                "item".into(),
                format!("no item covers the contraindication \"{code}\""),
            );
        }
    }
    errors
}

/// Checks the information sheet; returns every problem found.
pub fn check_sheet(file: &str, sheet: &Sheet) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut error =
        |field: String, message: &str| errors.push(ContentError::new(file, field, message));
    if sheet.title.trim().is_empty() {
        error("title".into(), "is empty");
    }
    if sheet.sections.is_empty() {
        error("sections".into(), "the sheet has no section");
    }
    let mut ids = BTreeSet::new();
    for (s, section) in sheet.sections.iter().enumerate() {
        if section.heading.trim().is_empty() {
            error(format!("sections[{s}].heading"), "is empty");
        }
        if !super::route::is_link_id(&section.id) || !ids.insert(&section.id) {
            error(
                format!("sections[{s}].id"),
                "must be a unique identifier (letters, digits, '-')",
            );
        }
        if section.blocks.is_empty() {
            error(format!("sections[{s}].blocks"), "the section has no text");
        }
        for (b, block) in section.blocks.iter().enumerate() {
            let empty = match block {
                Block::Paragraph(text) => text.trim().is_empty(),
                Block::List(items) => items.is_empty() || items.iter().any(|i| i.trim().is_empty()),
                Block::Note(note) => {
                    (note.paragraphs.is_empty() && note.list.is_empty())
                        || block.texts().iter().any(|t| t.trim().is_empty())
                }
            };
            if empty {
                error(format!("sections[{s}].blocks[{b}]"), "is empty");
            }
        }
    }
    errors
}

/// Checks the glossary of one language: unique ids, no empty term or definition.
pub fn check_glossary(file: &str, glossary: &Glossary) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut ids = BTreeSet::new();
    for (i, term) in glossary.terms.iter().enumerate() {
        if !super::route::is_link_id(&term.id) || !ids.insert(&term.id) {
            errors.push(ContentError::new(
                file,
                format!("terms[{i}].id"),
                "must be a unique identifier (letters, digits, '-')",
            ));
        }
        for (field, value) in [("term", &term.term), ("definition", &term.definition)] {
            if value.trim().is_empty() {
                errors.push(ContentError::new(
                    file,
                    format!("terms[{i}].{field}"),
                    "is empty",
                ));
            }
        }
    }
    errors
}

/// Checks the interface wording of one language: twelve month names, none empty. (The desk's
/// texts are in `content/desk.json`: `desk_text::check_desk_text`.)
pub fn check_ui(file: &str, ui: &UiText) -> Vec<ContentError> {
    let mut errors = Vec::new();
    if ui.month_names.len() != 12 {
        errors.push(ContentError::new(
            file,
            "month_names",
            format!("must list the 12 months, January first ({} given)", ui.month_names.len()),
        ));
    }
    for (i, name) in ui.month_names.iter().enumerate() {
        if name.trim().is_empty() {
            errors.push(ContentError::new(file, format!("month_names[{i}]"), "is empty"));
        }
    }
    errors
}

/// Checks the list of languages: at least one, unique codes, a name, a direction.
pub fn check_languages(file: &str, list: &LanguageList) -> Vec<ContentError> {
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
