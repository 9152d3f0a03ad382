//! Plain-word definitions of the sheet's medical terms (`content/<lang>/glossary.json`) and where they occur in a text.

use crate::error::ContentError;
use crate::file::ContentFile;
use serde::Deserialize;
use std::collections::BTreeSet;

/// All the terms of one language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

/// One medical term and its short definition.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Stable identifier, the same in every language.
    pub id: String,
    /// The term as listed ("métastase").
    pub term: String,
    /// The forms to find in the text, besides the term itself ("métastases").
    #[serde(default)]
    pub forms: Vec<String>,
    /// A short definition in plain words.
    pub definition: String,
}

/// A piece of text: plain, or an occurrence of a glossary term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    Plain(&'a str),
    /// The words as written in the text, and the index of the term in the glossary.
    Term(&'a str, usize),
}

crate::bake_record!(Glossary { terms });
crate::bake_record!(Term {
    id,
    term,
    forms,
    definition
});

impl Term {
    fn spellings(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.term.as_str()).chain(self.forms.iter().map(String::as_str))
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// Where `wanted` (in lower case) occurs in `text` as a whole word at or after byte `from`,
/// ignoring case: (start, end) in bytes. `lower` is `text` in lower case when that keeps every
/// byte offset (almost always), which allows a plain substring search; otherwise each position
/// is compared.
fn find_word(text: &str, lower: Option<&str>, wanted: &str, from: usize) -> Option<(usize, usize)> {
    let whole_word = |start: usize, end: usize| {
        !is_word_char(text[..start].chars().next_back())
            && !is_word_char(text[end..].chars().next())
    };
    if let Some(lower) = lower {
        return lower[from..]
            .match_indices(wanted)
            .map(|(start, _)| (from + start, from + start + wanted.len()))
            .find(|&(start, end)| {
                text.is_char_boundary(start) && text.is_char_boundary(end) && whole_word(start, end)
            });
    }
    text[from..].char_indices().find_map(|(offset, _)| {
        let start = from + offset;
        // A spelling may change length in lower case: try every length from here to the next char boundaries.
        (start + 1..=text.len())
            .filter(|&end| text.is_char_boundary(end))
            .find(|&end| text[start..end].to_lowercase() == wanted)
            .filter(|&end| whole_word(start, end))
            .map(|end| (start, end))
    })
}

impl Glossary {
    /// Splits `text` into plain pieces and terms. A term already in `marked` is left plain, so
    /// that each term is marked once per part of the sheet; marked terms are added to it.
    pub fn mark<'a>(&self, text: &'a str, marked: &mut BTreeSet<usize>) -> Vec<Segment<'a>> {
        let lowered = text.to_lowercase();
        let lower = (lowered.len() == text.len()).then_some(lowered.as_str());
        let spellings: Vec<(usize, String)> = self
            .terms
            .iter()
            .enumerate()
            .filter(|(index, _)| !marked.contains(index))
            .flat_map(|(index, term)| term.spellings().map(move |s| (index, s.to_lowercase())))
            .collect();
        let mut out = Vec::new();
        let mut from = 0;
        // The earliest term still unmarked (the longest spelling when two start together), then on.
        while let Some((start, std::cmp::Reverse(end), index)) = spellings
            .iter()
            .filter(|(index, _)| !marked.contains(index))
            .filter_map(|(index, wanted)| {
                find_word(text, lower, wanted, from).map(|(a, b)| (a, std::cmp::Reverse(b), *index))
            })
            .min()
        {
            marked.insert(index);
            if start > from {
                out.push(Segment::Plain(&text[from..start]));
            }
            out.push(Segment::Term(&text[start..end], index));
            from = end;
        }
        if from < text.len() {
            out.push(Segment::Plain(&text[from..]));
        }
        out
    }
}

/// Checks the glossary of one language: unique ids, no empty term or definition.
fn check(file: &str, glossary: &Glossary) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut ids = BTreeSet::new();
    for (i, term) in glossary.terms.iter().enumerate() {
        if !crate::is_link_id(&term.id) || !ids.insert(&term.id) {
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

/// Every glossary term of the source language must be defined in the translation, and no other.
fn check_translation(file: &str, source: &Glossary, translated: &Glossary) -> Vec<ContentError> {
    let ids = |g: &Glossary| g.terms.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    if ids(source) == ids(translated) {
        return Vec::new();
    }
    vec![ContentError::new(
        file,
        "terms",
        format!(
            "must define the same terms, in the same order, as the source language: {}",
            ids(source).join(", ")
        ),
    )]
}

impl ContentFile for Glossary {
    const NAME: &'static str = "glossary.json";

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
