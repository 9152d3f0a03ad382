//! The information sheet as data: sections of paragraphs and lists, read from `content/fr/sheet.json`.

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

/// A paragraph or a bulleted list.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
}

impl Sheet {
    /// All the text of the sheet, in reading order, one string per paragraph or list item.
    pub fn texts(&self) -> Vec<&str> {
        let mut out = vec![self.title.as_str()];
        for section in &self.sections {
            out.push(&section.heading);
            for block in &section.blocks {
                match block {
                    Block::Paragraph(text) => out.push(text),
                    Block::List(items) => out.extend(items.iter().map(String::as_str)),
                }
            }
        }
        out
    }
}
