//! The desk code: a patient's answers as a short text of digits and capital letters (QR alphanumeric mode), read back at the reception desk.
//!
//! Layout (every field fixed-width or length-prefixed, no separator; `B36` is one character
//! 0–9A–Z, `C32` the Crockford Base32 alphabet `0123456789ABCDEFGHJKMNPQRSTVWXYZ`):
//!
//! | field | width | content |
//! |---|---|---|
//! | prefix | 4 | `CIM1`: the format and its version |
//! | questionnaire | 4 | C32 of the low 20 bits of FNV-1a 32 over the questionnaire's `url` |
//! | version | 3 | the questionnaire's `major.minor.patch`, one B36 character each |
//! | written | 12 | `YYYYMMDDHHMM`, the patient's local time of the last answer |
//! | language | 3 | the interface language's code in capitals (2 letters), then `1` reviewed / `0` not |
//! | choices | 1 + n | n in B36, then per choice item of the questionnaire (document order, follow-ups included): `0` no answer, else B36 of the option's index + 1 |
//! | texts | 1 + … | count in B36, then per text item (`string`/`text`, document order): its length in C32 characters as 2 B36 characters, then its UTF-8 in C32 (5 bits per character, no padding) |
//! | checksum | 4 | C32 of the low 20 bits of CRC-32 (IEEE) over every character before it; also the **check code** both screens show |

use super::answers::Answers;
use super::questionnaire::Questionnaire;

/// The format's prefix, with its version.
pub const PREFIX: &str = "CIM1";

/// The local date and time of the patient's last answer, to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
}

/// What a desk code carries, once read against the questionnaire it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeskCode {
    /// The questionnaire's version, `1.2.0`.
    pub questionnaire_version: String,
    pub written: Written,
    /// The interface language's code, lower case (`fr`, `en`).
    pub language: String,
    /// Whether that translation has been reviewed (French, the source, always is).
    pub reviewed: bool,
    /// The answers, by linkId, as the app stores them.
    pub answers: Answers,
    /// The four characters both screens show.
    pub check_code: String,
}

/// Why no desk code can be made: the typed text would need a QR code larger than version 13.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EncodeError {
    /// The texts typed are too long for the code; the print carries them.
    TooLong,
}

/// Why a scanned text is not a desk code this build can show; each has a plain message at the desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not one of ours (another QR code, a URL, a product barcode).
    NotOurs,
    /// Ours, but cut short or misread (checksum or length wrong): scan again.
    Incomplete,
    /// Ours, for another questionnaire or a version this build does not know.
    UnknownQuestionnaire { version: String },
    /// Ours and whole, but a field does not fit the questionnaire (an option that does not exist…).
    Invalid,
}

/// The desk code for these answers (only the questions shown count), or why it cannot be made.
pub fn encode(
    questionnaire: &Questionnaire,
    answers: &Answers,
    written: Written,
    language: &str,
    reviewed: bool,
) -> Result<String, EncodeError> {
    let _ = (questionnaire, answers, written, language, reviewed);
    todo!()
}

/// Reads a scanned text (any length, any characters: it is untrusted) against the questionnaire.
pub fn decode(questionnaire: &Questionnaire, scanned: &str) -> Result<DeskCode, DecodeError> {
    let _ = (questionnaire, scanned);
    todo!()
}

/// The four-character check code of a desk code (its checksum), shown under the QR code.
pub fn check_code(code: &str) -> &str {
    &code[code.len().saturating_sub(4)..]
}
