//! What "Écouter" says (a sheet section; a question then its answer options) and which voice says it.

use super::questionnaire::{HelpKind, Item};
use super::sheet::{Block, Section};

/// Joins sentences with a pause between them: a full stop is added where none ends the text.
/// Soft hyphens (where a long word may break on screen) are left out: nothing to say.
fn sentences<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| p.replace('\u{ad}', ""))
        .map(|p| {
            if p.ends_with(['.', '?', '!', ':', ';']) {
                p
            } else {
                format!("{p}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A sheet section read aloud: its heading, then every paragraph and list item; a note the app
/// added is introduced by its label (`note_label`, "Note ajoutée à la fiche"), as on screen.
pub fn section_text(section: &Section, note_label: &str) -> String {
    let mut parts = vec![section.heading.as_str()];
    for block in &section.blocks {
        if let Block::Note(_) = block {
            parts.push(note_label);
        }
        parts.extend(block.texts());
    }
    sentences(parts)
}

/// A question read aloud: the question, its hint, then the answer options, as shown on screen.
pub fn question_text(item: &Item) -> String {
    let mut parts = vec![item.text.as_str()];
    parts.extend(item.help(HelpKind::Hint).map(|hint| hint.text.as_str()));
    parts.extend(
        item.answer_option
            .iter()
            .map(|option| option.value_coding.display.as_str()),
    );
    sentences(parts)
}

/// A speech voice the browser offers, as the app sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    /// Language tag ("fr-FR").
    pub lang: String,
    /// The browser's default voice.
    pub default: bool,
    /// Speaks on the device (`localService`). Other voices send the text to a server: never used.
    pub local: bool,
}

/// The voice to use for a language, as an index into the browser's voices: a voice of that
/// language that speaks on the device, preferring the browser's default one. `None` means no
/// such voice: the "Écouter" buttons are not shown.
pub fn pick_voice(voices: &[Voice], code: &str) -> Option<usize> {
    let speaks = |voice: &Voice| {
        voice.local
            && voice
                .lang
                .split(['-', '_'])
                .next()
                .is_some_and(|primary| primary.eq_ignore_ascii_case(code))
    };
    let candidates = || voices.iter().enumerate().filter(|(_, voice)| speaks(voice));
    candidates()
        .find(|(_, voice)| voice.default)
        .or_else(|| candidates().next())
        .map(|(index, _)| index)
}
