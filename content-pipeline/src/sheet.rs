//! The information sheet as data: sections of paragraphs and lists, read from `content/fr/sheet.json`.

use std::collections::BTreeSet;

use crate::bake::{Bake, Baker};
use crate::error::ContentError;
use crate::file::ContentFile;
use serde::Deserialize;

/// The whole sheet.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sheet {
    pub title: String,
    pub subtitle: String,
    /// Where the text comes from, shown under the sheet.
    pub source: String,
    pub sections: Vec<Section>,
}

/// One titled part of the sheet.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable identifier, used for the heading's anchor.
    pub id: String,
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// A paragraph or a bulleted list of the source's text, or a note the app adds to it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
    /// Not the source's text: written for the app, shown apart and labelled as such.
    Note(AppNote),
}

/// A note written for the app (`"origin": "app-written"`), not taken from the source sheet: an
/// optional title, paragraphs, then an optional bulleted list.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppNote {
    /// The mark that the text is the app's own; the only value is `app-written`.
    pub origin: Origin,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub list: Vec<String>,
}

/// Who wrote a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Origin {
    #[serde(rename = "app-written")]
    AppWritten,
}

impl Block {
    /// The texts of the block in reading order (a note's title first).
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Paragraph(text) => vec![text],
            Block::List(items) => items.iter().map(String::as_str).collect(),
            Block::Note(note) => note
                .title
                .iter()
                .chain(&note.paragraphs)
                .chain(&note.list)
                .map(String::as_str)
                .collect(),
        }
    }
}

crate::bake_record!(Sheet {
    title,
    subtitle,
    source,
    sections
});
crate::bake_record!(Section {
    id,
    heading,
    blocks
});
crate::bake_record!(AppNote {
    origin,
    title,
    paragraphs,
    list
});

impl Bake for Block {
    fn bake(&self, out: &mut Baker) {
        match self {
            Block::Paragraph(text) => out.call(crate::bake_path!("Block::Paragraph"), text),
            Block::List(items) => out.call(crate::bake_path!("Block::List"), items),
            Block::Note(note) => out.call(crate::bake_path!("Block::Note"), note),
        }
    }
}

impl Bake for Origin {
    fn bake(&self, out: &mut Baker) {
        out.path(match self {
            Origin::AppWritten => crate::bake_path!("Origin::AppWritten"),
        });
    }
}

impl Sheet {
    /// All the text of the sheet, in reading order, one string per paragraph or list item (notes included).
    pub fn texts(&self) -> Vec<&str> {
        let mut out = vec![self.title.as_str()];
        for section in &self.sections {
            out.push(&section.heading);
            for block in &section.blocks {
                out.extend(block.texts());
            }
        }
        out
    }
}

/// Checks the information sheet; returns every problem found.
fn check(file: &str, sheet: &Sheet) -> Vec<ContentError> {
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
        if !crate::is_link_id(&section.id) || !ids.insert(&section.id) {
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

/// Every difference in shape between a translated sheet and the source one (sections, paragraphs, list items).
fn check_translation(file: &str, source: &Sheet, translated: &Sheet) -> Vec<ContentError> {
    let mut errors = Vec::new();
    if source.sections.len() != translated.sections.len() {
        errors.push(ContentError::new(
            file,
            "sections",
            format!(
                "has {} sections, the source language has {}",
                translated.sections.len(),
                source.sections.len()
            ),
        ));
    }
    for (s, (a, b)) in source.sections.iter().zip(&translated.sections).enumerate() {
        if a.id != b.id {
            errors.push(ContentError::new(
                file,
                format!("sections[{s}].id"),
                format!("must be {:?}, as in the source language", a.id),
            ));
        }
        if a.blocks.len() != b.blocks.len() {
            errors.push(ContentError::new(
                file,
                format!("sections[{s}].blocks"),
                format!(
                    "has {} blocks, the source language has {}",
                    b.blocks.len(),
                    a.blocks.len()
                ),
            ));
        }
        for (n, (x, y)) in a.blocks.iter().zip(&b.blocks).enumerate() {
            let same = match (x, y) {
                (Block::Paragraph(_), Block::Paragraph(_)) => true,
                (Block::List(x), Block::List(y)) => x.len() == y.len(),
                (Block::Note(x), Block::Note(y)) => {
                    x.title.is_some() == y.title.is_some()
                        && x.paragraphs.len() == y.paragraphs.len()
                        && x.list.len() == y.list.len()
                }
                _ => false,
            };
            if !same {
                errors.push(ContentError::new(
                    file,
                    format!("sections[{s}].blocks[{n}]"),
                    "is not the same kind of block (or list length, or note shape) as in the source language",
                ));
            }
        }
    }
    errors
}

impl ContentFile for Sheet {
    const NAME: &'static str = "sheet.json";

    fn read(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }

    fn check(&self, file: &str, _code: &str) -> Vec<ContentError> {
        check(file, self)
    }

    fn check_translation(&self, file: &str, source: &Self) -> Vec<ContentError> {
        check_translation(file, source, self)
    }
}
