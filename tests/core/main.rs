//! Plain `#[test]`s of the functional core and the content files, one module per area.
#![cfg(not(target_arch = "wasm32"))]

mod content_errors;
mod content_files;
mod contract;
mod desk;
mod desk_camera;
mod desk_code;
mod clinic_site;
mod fhir;
mod flow;
mod glossary;
mod keyboards;
mod language_loading;
mod languages;
mod mode;
mod outcome;
mod plural;
mod qr_svg;
mod read_aloud;
mod route;
mod scanner;
mod sheet_faithful;
mod stored;
mod style;
mod translations;
mod wording;

use cimentoplastie::content::{self, Content, Library};
use cimentoplastie::domain::answers::{Answer, Answers};

/// The content shipped with the app.
pub fn shipped() -> Content {
    shipped_library().source().clone()
}

/// Every language's content shipped with the app, with every check of the build.
/// The languages whose wording the wording and faithfulness tests read, which they know as French
/// and English texts; the other translations pass every check of the build (`translations`), and
/// their own wording tests come with issue 26's tests across languages.
pub fn wording_read_in(code: &str) -> bool {
    matches!(code, "fr" | "en")
}

pub fn shipped_library() -> Library {
    content_pipeline::load_json(&content::sources()).unwrap_or_else(|errors| {
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

/// The desk's texts shipped with the app (`content/desk.json`), as the desk's page reads them.
pub fn shipped_desk() -> cimentoplastie::domain::desk_text::DeskText {
    content::desk_text().unwrap_or_else(|error| panic!("shipped desk texts: {error}"))
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

/// Every string of a JSON value with its path (`.start_paragraphs[2]`), leaving out the clinic
/// settings' `translations` (other languages' texts).
pub fn json_strings(value: &serde_json::Value, at: String, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match value {
        Value::String(s) => out.push((at, s.clone())),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| json_strings(v, format!("{at}[{i}]"), out)),
        Value::Object(map) => map
            .iter()
            .filter(|(k, _)| k.as_str() != "translations")
            .for_each(|(k, v)| json_strings(v, format!("{at}.{k}"), out)),
        _ => {}
    }
}

/// Every required question answered "N".
pub fn all_no() -> Vec<(&'static str, &'static str)> {
    vec![
        ("grossesse", "N"),
        ("anticoagulant", "N"),
        ("saignement", "N"),
        ("plaquettes", "N"),
        ("anesthesie", "N"),
        ("allergie-methylmethacrylate", "N"),
        ("position-ventre", "N"),
    ]
}
