//! A patient's answers, keyed by question linkId, and what kind of answer each is.

use std::collections::BTreeMap;

use super::questionnaire::{DATA_ABSENT_SYSTEM, Item, YES_NO_SYSTEM};

/// One answer: the code of a chosen option, or typed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Choice(String),
    Text(String),
}

/// All answers given so far, by linkId.
pub type Answers = BTreeMap<String, Answer>;

/// What a chosen option means for the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerKind {
    Yes,
    No,
    Unknown,
    Other,
}

impl AnswerKind {
    /// Yes and "Je ne sais pas" are both points the team must hear about.
    pub fn is_flagged(self) -> bool {
        matches!(self, AnswerKind::Yes | AnswerKind::Unknown)
    }
}

impl Answer {
    /// What this answer means, read from the option's coding in the questionnaire.
    pub fn kind(&self, item: &Item) -> AnswerKind {
        let Answer::Choice(code) = self else {
            return AnswerKind::Other;
        };
        let Some(option) = item
            .answer_option
            .iter()
            .find(|o| &o.value_coding.code == code)
        else {
            return AnswerKind::Other;
        };
        match (option.value_coding.system.as_str(), code.as_str()) {
            (YES_NO_SYSTEM, "Y") => AnswerKind::Yes,
            (YES_NO_SYSTEM, "N") => AnswerKind::No,
            (DATA_ABSENT_SYSTEM, "asked-unknown") => AnswerKind::Unknown,
            _ => AnswerKind::Other,
        }
    }

    /// The answer as the patient saw it: the option's label, or the text typed.
    pub fn display<'a>(&'a self, item: &'a Item) -> &'a str {
        match self {
            Answer::Choice(code) => item
                .answer_option
                .iter()
                .find(|o| &o.value_coding.code == code)
                .map(|o| o.value_coding.display.as_str())
                .unwrap_or(code),
            Answer::Text(text) => text,
        }
    }

    /// True when this answer fits the item: a known option for a choice, non-blank text for a
    /// string (its length is checked at Continuer, so that nothing typed vanishes).
    pub fn fits(&self, item: &Item) -> bool {
        use super::questionnaire::ItemType;
        match (self, item.kind) {
            (Answer::Choice(code), ItemType::Choice) => item
                .answer_option
                .iter()
                .any(|o| &o.value_coding.code == code),
            (Answer::Text(text), ItemType::String) => !text.trim().is_empty(),
            _ => false,
        }
    }
}
