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
