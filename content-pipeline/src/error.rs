//! The content's error: one problem in one file, naming the file and the field, so that a clinic can fix it. A leaf: it uses no other module of the content.

use std::fmt;

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
