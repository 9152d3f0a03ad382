//! One of a language's files (`content/<code>/<name>`): how it is read, checked on its own, and checked against the source language's (a translation supplies texts only).

use crate::error::ContentError;

/// A type read from one file of each language's folder.
pub trait ContentFile: Sized {
    /// The file's name in `content/<code>/`.
    const NAME: &'static str;

    /// Reads the file's JSON text.
    fn read(json: &str) -> Result<Self, serde_json::Error>;

    /// Every problem of the file on its own; `file` is its path, `code` its language.
    fn check(&self, file: &str, code: &str) -> Vec<ContentError>;

    /// Every difference from the source language's file other than its texts: a translation
    /// supplies texts only, never a rule, a code or a shape.
    fn check_translation(&self, file: &str, source: &Self) -> Vec<ContentError>;
}

/// The path of one of a language's files: `content/en/ui.json`.
pub fn language_file(code: &str, name: &str) -> String {
    format!("content/{code}/{name}")
}
