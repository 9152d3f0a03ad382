//! The stored answers' format (version 1, under `contract::keys::ANSWERS`): the answers, their screen and time as kept in localStorage, converted to and from the domain types. The other keys the app keeps are listed in `domain::contract`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::{Answer, Answers};
use super::flow::prune;
use super::questionnaire::Questionnaire;
use super::route::Route;

/// The localStorage key of the answers (`contract::keys`).
pub const STORAGE_KEY: &str = super::contract::keys::ANSWERS;
/// Version of the stored format written by this build.
pub const FORMAT_VERSION: u32 = 1;

/// A patient's session as kept on the device.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub answers: Answers,
    pub route: Route,
    /// Milliseconds since 1970 at the last change.
    pub saved_at_ms: f64,
}

/// Why stored data could not be used. The patient is told, and offered to start again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or not the shape of any stored format.
    Corrupt,
    /// Written by another version of the app's stored format.
    UnknownFormat(u64),
    /// Written for another questionnaire, or another version of it.
    OtherQuestionnaire { url: String, version: String },
    /// An answer that is not one this questionnaire allows.
    InvalidAnswer(String),
    /// A time of last change that cannot be: before 1970, or later than a day from now (a device
    /// clock may be a little off). Taken on trust, it would show an impossible date and keep the
    /// answers past the retention period.
    ImpossibleTime,
}

/// How far in the future a stored time may be, for a device whose clock was a little off.
const CLOCK_TOLERANCE_MS: f64 = 24.0 * 3600.0 * 1000.0;

/// The stored shape, version 1 (what gloo-storage writes as JSON).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredV1 {
    format: u32,
    questionnaire: String,
    questionnaire_version: String,
    saved_at_ms: f64,
    route: String,
    answers: BTreeMap<String, StoredAnswer>,
}

/// One stored answer.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum StoredAnswer {
    Choice(String),
    Text(String),
}

/// Writes a session in the current stored format, as JSON text.
pub fn encode(questionnaire: &Questionnaire, saved: &Saved) -> String {
    serde_json::to_string(&to_stored(questionnaire, saved))
        .expect("a stored session always serialises")
}

/// Converts a session to the current stored shape.
pub fn to_stored(questionnaire: &Questionnaire, saved: &Saved) -> StoredV1 {
    StoredV1 {
        format: FORMAT_VERSION,
        questionnaire: questionnaire.url.clone(),
        questionnaire_version: questionnaire.version.clone(),
        saved_at_ms: saved.saved_at_ms,
        route: saved.route.to_fragment(),
        answers: saved
            .answers
            .iter()
            .map(|(id, answer)| {
                let stored = match answer {
                    Answer::Choice(code) => StoredAnswer::Choice(code.clone()),
                    Answer::Text(text) => StoredAnswer::Text(text.clone()),
                };
                (id.clone(), stored)
            })
            .collect(),
    }
}

/// Reads a stored session for this questionnaire from JSON text, at time `now_ms`. Never panics,
/// whatever the text.
pub fn decode(questionnaire: &Questionnaire, text: &str, now_ms: f64) -> Result<Saved, DecodeError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| DecodeError::Corrupt)?;
    from_value(questionnaire, value, now_ms)
}

/// Reads a stored session for this questionnaire from parsed JSON, at time `now_ms`.
pub fn from_value(
    questionnaire: &Questionnaire,
    value: serde_json::Value,
    now_ms: f64,
) -> Result<Saved, DecodeError> {
    let format = value.get("format").ok_or(DecodeError::Corrupt)?;
    let format = format.as_u64().ok_or(DecodeError::Corrupt)?;
    if format != u64::from(FORMAT_VERSION) {
        return Err(DecodeError::UnknownFormat(format));
    }
    let stored: StoredV1 = serde_json::from_value(value).map_err(|_| DecodeError::Corrupt)?;
    if stored.questionnaire != questionnaire.url
        || stored.questionnaire_version != questionnaire.version
    {
        return Err(DecodeError::OtherQuestionnaire {
            url: stored.questionnaire,
            version: stored.questionnaire_version,
        });
    }
    if !stored.saved_at_ms.is_finite() {
        return Err(DecodeError::Corrupt);
    }
    if !(0.0..=now_ms + CLOCK_TOLERANCE_MS).contains(&stored.saved_at_ms) {
        return Err(DecodeError::ImpossibleTime);
    }
    let mut answers = Answers::new();
    for (id, stored_answer) in stored.answers {
        let answer = match stored_answer {
            StoredAnswer::Choice(code) => Answer::Choice(code),
            StoredAnswer::Text(text) => Answer::Text(text),
        };
        match questionnaire.question(&id) {
            Some(item)
                if answer.fits(item)
                    && super::flow::check_question(item, Some(&answer)).is_ok() =>
            {
                answers.insert(id, answer);
            }
            _ => return Err(DecodeError::InvalidAnswer(id)),
        }
    }
    prune(questionnaire, &mut answers);
    Ok(Saved {
        answers,
        route: Route::parse(&stored.route),
        saved_at_ms: stored.saved_at_ms,
    })
}
