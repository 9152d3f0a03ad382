//! Plain-word definitions of the sheet's medical terms (`content/<lang>/glossary.json`) and where they occur in a text.

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

impl Term {
    fn spellings(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.term.as_str()).chain(self.forms.iter().map(String::as_str))
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// Where `spelling` occurs in `text` as a whole word, ignoring case: (start, end) in bytes.
fn find_word(text: &str, spelling: &str) -> Option<(usize, usize)> {
    let wanted = spelling.to_lowercase();
    text.char_indices().find_map(|(start, _)| {
        let end = start + spelling.len();
        let candidate = text.get(start..end)?;
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        (candidate.to_lowercase() == wanted && !is_word_char(before) && !is_word_char(after))
            .then_some((start, end))
    })
}

impl Glossary {
    /// Splits `text` into plain pieces and terms. A term already in `marked` is left plain, so
    /// that each term is marked once per part of the sheet; marked terms are added to it.
    pub fn mark<'a>(&self, text: &'a str, marked: &mut BTreeSet<usize>) -> Vec<Segment<'a>> {
        let first = self
            .terms
            .iter()
            .enumerate()
            .filter(|(index, _)| !marked.contains(index))
            .flat_map(|(index, term)| {
                term.spellings()
                    .filter_map(move |s| find_word(text, s).map(|(a, b)| (a, std::cmp::Reverse(b), index)))
            })
            .min();
        match first {
            None if text.is_empty() => Vec::new(),
            None => vec![Segment::Plain(text)],
            Some((start, std::cmp::Reverse(end), index)) => {
                marked.insert(index);
                // Nothing unmarked starts before `start`: the text before it is plain.
                let mut out = Vec::new();
                if start > 0 {
                    out.push(Segment::Plain(&text[..start]));
                }
                out.push(Segment::Term(&text[start..end], index));
                out.extend(self.mark(&text[end..], marked));
                out
            }
        }
    }
}
