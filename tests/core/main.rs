//! Plain `#[test]`s of the functional core and the content files, one module per area.
#![cfg(not(target_arch = "wasm32"))]

mod content_errors;
mod content_files;
mod fhir;
mod flow;
mod glossary;
mod languages;
mod mode;
mod outcome;
mod read_aloud;
mod route;
mod sheet_faithful;
mod stored;
mod wording;

use cimentoplastie::content::{self, Content, Library};
use cimentoplastie::domain::answers::{Answer, Answers};

/// The content shipped with the app.
pub fn shipped() -> Content {
    shipped_library().source().clone()
}

/// Every language's content shipped with the app, with every check of the build.
pub fn shipped_library() -> Library {
    cimentoplastie::domain::content::load_from(&content::sources()).unwrap_or_else(|errors| {
        panic!(
            "shipped content has errors:\n{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

/// Answers from (linkId, code) pairs; a code starting with `text:` is typed text.
pub fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(id, value)| {
            let answer = match value.strip_prefix("text:") {
                Some(text) => Answer::Text(text.to_owned()),
                None => Answer::Choice((*value).to_owned()),
            };
            ((*id).to_owned(), answer)
        })
        .collect()
}

/// Every required question answered "N".
pub fn all_no() -> Vec<(&'static str, &'static str)> {
    vec![
        ("grossesse", "N"),
        ("anticoagulant", "N"),
        ("saignement", "N"),
        ("anesthesie", "N"),
        ("allergie-methylmethacrylate", "N"),
    ]
}
