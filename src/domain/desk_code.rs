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
//!
//! Details the table leaves open:
//! - Items are the questionnaire's questions as `flow` sees them (top level; the app nests only
//!   display items under a question). The answers are first pruned as the app does
//!   (`flow::prune`): an answer to a hidden follow-up, or one that does not fit its question, is
//!   not carried.
//! - C32 numbers are written most significant character first (4 characters = 20 bits); Base32
//!   text is read 5 bits at a time from the first byte's high bit, the last character padded
//!   with zero bits. A length that no byte count gives, or padding bits that are not zero, is
//!   `Invalid`.
//! - Every change of one character is caught by the checksum: the low 20 bits of CRC-32 differ
//!   for any one-byte change at any place in a text of up to 400 bytes (checked exhaustively when
//!   this was written). So two answer sets one character apart never share a check code.
//! - Only a finished questionnaire has a code (`flow::is_complete`: every question shown has its
//!   answer; the optional medicine name may be empty). A blank text (spaces only) is no answer:
//!   the encoder leaves it out, as the app does.
//! - Decoding is strict: a code that holds an answer to a question its own answers hide, a text
//!   over the question's `maxLength`, a blank text, or no answer to a question shown, is
//!   `Invalid` (our encoder never writes one, and the desk must show exactly what the patient
//!   saw: a code without every answer is forged or a bug, never « rien à signaler »).
//! - The set-up test card (`test_card_code`) is `CIMT`, the 36 characters `0–9A–Z`, then the
//!   checksum computed the same way: it goes through every key a scanner can mistype.

use super::answers::{Answer, Answers};
use super::flow;
use super::questionnaire::{Item, ItemType, Questionnaire};

/// The format's prefix, with its version.
pub const PREFIX: &str = "CIM1";

/// The set-up test card's prefix (`CIM` then `T`): not a patient's answers.
pub const TEST_CARD_PREFIX: &str = "CIMT";

/// How many characters QR alphanumeric mode holds at error correction level Q, for versions 1
/// to 13 (ISO/IEC 18004:2015, table 7). Checked by computing it: data codewords × 8, less the
/// 4-bit mode indicator and the character count indicator (9 bits up to version 9, 11 from 10),
/// 11 bits per pair of characters and 6 for a last odd one. Version 13-Q: 532 codewords, 12
/// blocks of 24 error correction codewords, 244 data codewords, 1,952 bits: 1,937 for the
/// characters, 176 pairs, 352 characters.
pub const QR_Q_ALPHANUMERIC_CAPACITY: [usize; 13] =
    [16, 29, 47, 67, 87, 108, 125, 157, 189, 221, 259, 296, 352];

/// The longest desk code: what a version 13 QR code holds at level Q in alphanumeric mode.
pub const MAX_CODE_LEN: usize = QR_Q_ALPHANUMERIC_CAPACITY[12];

const B36: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const C32: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Characters before the texts' lengths that every code has, apart from one per choice item:
/// prefix, questionnaire, version, written, language, the choices' count, the texts' count.
const FIXED_LEN: usize = 4 + 4 + 3 + 12 + 3 + 1 + 1;
/// The checksum's width.
const CHECK_LEN: usize = 4;

/// The local date and time of the patient's last answer, to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
}

impl Written {
    /// True for a real date and time: a year of at most 4 digits, a day that the month has
    /// (29 February only in a leap year), an hour before 24 and a minute before 60.
    pub fn is_valid(&self) -> bool {
        let leap = self.year.is_multiple_of(4)
            && (!self.year.is_multiple_of(100) || self.year.is_multiple_of(400));
        let days = match self.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return false,
        };
        self.year <= 9999 && (1..=days).contains(&self.day) && self.hour < 24 && self.minute < 60
    }
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

/// Why no desk code can be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EncodeError {
    /// The texts typed are too long for the code (it would need a QR code larger than version
    /// 13), or longer than their question's `maxLength`; the print carries them.
    TooLong,
    /// The language is not a 2-letter code.
    BadLanguage,
    /// A question shown has no answer (`flow::is_complete` is false): only a finished
    /// questionnaire has a code (the outcome page, where the code is shown, needs one anyway).
    Incomplete,
    /// The date is not a real one (`Written::is_valid`).
    BadDate,
    /// The questionnaire does not fit the format: its version is not `major.minor.patch` with
    /// each part 0–35, or it has more than 35 choice or text questions, or a question more than
    /// 35 options. The content checks could refuse it; the shipped one fits.
    UnsupportedQuestionnaire,
}

/// Why a scanned text is not a desk code this build can show; each has a plain message at the desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not one of ours (another QR code, a URL, a product barcode).
    NotOurs,
    /// Ours, but cut short or misread (checksum or length wrong, a character outside 0–9A–Z): scan again.
    Incomplete,
    /// Ours (`CIM` then a digit), but a format this build does not know (`CIM2`…): a newer app
    /// made it; the desk's page needs updating.
    UnknownFormat,
    /// Ours, for another questionnaire or a version this build does not know; `version` as read
    /// from the code (`1.3.0`).
    UnknownQuestionnaire { version: String },
    /// Ours and whole, but a field does not fit the questionnaire (an option that does not exist,
    /// an impossible date, a text that is not UTF-8, an answer to a hidden question…).
    Invalid,
    /// The set-up test card (`test_card_code`), read whole: the scanner or camera works. Not an
    /// error as such, but not a patient's answers either.
    TestCard,
}

/// The desk code for these answers (only the questions shown count; a blank text is no answer),
/// or why it cannot be made: every question shown must have its answer (`EncodeError::Incomplete`).
pub fn encode(
    questionnaire: &Questionnaire,
    answers: &Answers,
    written: Written,
    language: &str,
    reviewed: bool,
) -> Result<String, EncodeError> {
    let version =
        version_field(&questionnaire.version).ok_or(EncodeError::UnsupportedQuestionnaire)?;
    if !written.is_valid() {
        return Err(EncodeError::BadDate);
    }
    let language = language.as_bytes();
    if language.len() != 2 || !language.iter().all(u8::is_ascii_alphabetic) {
        return Err(EncodeError::BadLanguage);
    }
    let mut kept = answers.clone();
    // A blank text is no answer (`flow::set_answer` never stores one): `prune` drops it
    // (`Answer::fits`), with every answer that is hidden or does not fit its question.
    flow::prune(questionnaire, &mut kept);

    let mut out = String::with_capacity(MAX_CODE_LEN);
    out.push_str(PREFIX);
    push_c32_20(&mut out, fnv1a(questionnaire.url.as_bytes()));
    out.push_str(&version);
    let Written {
        year,
        month,
        day,
        hour,
        minute,
    } = written;
    out.push_str(&format!("{year:04}{month:02}{day:02}{hour:02}{minute:02}"));
    out.extend(language.iter().map(|b| char::from(b.to_ascii_uppercase())));
    out.push(if reviewed { '1' } else { '0' });

    let unsupported = EncodeError::UnsupportedQuestionnaire;
    let choices: Vec<&Item> = choice_items(questionnaire).collect();
    out.push(b36(choices.len()).ok_or(unsupported.clone())?);
    for item in choices {
        let index = match kept.get(&item.link_id) {
            Some(Answer::Choice(code)) => item
                .answer_option
                .iter()
                .position(|o| &o.value_coding.code == code)
                .map_or(0, |i| i + 1),
            _ => 0,
        };
        out.push(b36(index).ok_or(unsupported.clone())?);
    }
    let texts: Vec<&Item> = text_items(questionnaire).collect();
    out.push(b36(texts.len()).ok_or(unsupported)?);
    for item in texts {
        let text = match kept.get(&item.link_id) {
            Some(Answer::Text(text)) => text.as_str(),
            _ => "",
        };
        if item
            .max_length
            .is_some_and(|max| text.chars().count() > max)
            || out.len() + 2 + c32_len(text.len()) + CHECK_LEN > MAX_CODE_LEN
        {
            return Err(EncodeError::TooLong);
        }
        let len = c32_len(text.len());
        out.push(B36[len / 36] as char);
        out.push(B36[len % 36] as char);
        push_base32(&mut out, text.as_bytes());
    }
    // After the texts' lengths: a text too long is `TooLong` (`is_complete` refuses it too).
    if !flow::is_complete(questionnaire, &kept) {
        return Err(EncodeError::Incomplete);
    }
    let checksum = crc32(out.as_bytes());
    push_c32_20(&mut out, checksum);
    Ok(out)
}

/// Reads a scanned text (any length, any characters: it is untrusted) against the questionnaire.
///
/// Order of the checks: spaces, tabs and line ends around it are dropped; the prefix (`NotOurs`,
/// `UnknownFormat`, the test card); the length (at most `MAX_CODE_LEN`) and characters (0–9A–Z,
/// lower case read as capitals: Caps Lock) and the checksum (`Incomplete`); the questionnaire and
/// its version (`UnknownQuestionnaire`); then every field, and that every question shown has its
/// answer (`Invalid`). Never panics; allocates at most a copy of `MAX_CODE_LEN` bytes.
pub fn decode(questionnaire: &Questionnaire, scanned: &str) -> Result<DeskCode, DecodeError> {
    let text = scanned
        .trim_matches(|c: char| c.is_ascii_whitespace())
        .as_bytes();
    if text.len() < PREFIX.len() {
        let started =
            !text.is_empty() && PREFIX.as_bytes()[..text.len()].eq_ignore_ascii_case(text);
        return Err(if started {
            DecodeError::Incomplete
        } else {
            DecodeError::NotOurs
        });
    }
    if !text[..3].eq_ignore_ascii_case(b"CIM") {
        return Err(DecodeError::NotOurs);
    }
    let test_card = match text[3].to_ascii_uppercase() {
        b'1' => false,
        b'T' => true,
        d if d.is_ascii_digit() => return Err(DecodeError::UnknownFormat),
        _ => return Err(DecodeError::NotOurs),
    };
    if text.len() > MAX_CODE_LEN {
        return Err(DecodeError::Incomplete);
    }
    let code: Vec<u8> = text.iter().map(u8::to_ascii_uppercase).collect();
    if !code.iter().all(|b| b36_value(*b).is_some()) {
        return Err(DecodeError::Incomplete);
    }
    if test_card {
        return Err(if code == test_card_code().as_bytes() {
            DecodeError::TestCard
        } else {
            DecodeError::Incomplete
        });
    }
    let choices: Vec<&Item> = choice_items(questionnaire).collect();
    if code.len() < FIXED_LEN + CHECK_LEN {
        return Err(DecodeError::Incomplete);
    }
    let (body, check) = code.split_at(code.len() - CHECK_LEN);
    let mut expected = String::with_capacity(CHECK_LEN);
    push_c32_20(&mut expected, crc32(body));
    if check != expected.as_bytes() {
        return Err(DecodeError::Incomplete);
    }

    let mut reader = Reader {
        rest: &body[PREFIX.len()..],
    };
    let fingerprint = reader.take(4).ok_or(DecodeError::Incomplete)?;
    let version = reader.take(3).ok_or(DecodeError::Incomplete)?;
    let mut ours = String::with_capacity(4);
    push_c32_20(&mut ours, fnv1a(questionnaire.url.as_bytes()));
    if fingerprint != ours.as_bytes()
        || version_field(&questionnaire.version)
            .as_deref()
            .map(str::as_bytes)
            != Some(version)
    {
        let parts: Vec<String> = version
            .iter()
            .map(|b| b36_value(*b).unwrap_or(0).to_string())
            .collect();
        return Err(DecodeError::UnknownQuestionnaire {
            version: parts.join("."),
        });
    }
    read_fields(questionnaire, &choices, reader, body, check)
}

/// The fields after the questionnaire's version, the checksum already right.
fn read_fields(
    questionnaire: &Questionnaire,
    choices: &[&Item],
    mut reader: Reader,
    body: &[u8],
    check: &[u8],
) -> Result<DeskCode, DecodeError> {
    let invalid = DecodeError::Invalid;
    let mut number = |width: usize| -> Option<u16> {
        let digits = reader.take(width)?;
        digits.iter().try_fold(0u16, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u16::from(d - b'0'))
        })
    };
    let written = Written {
        year: number(4).ok_or(invalid.clone())?,
        month: number(2).ok_or(invalid.clone())? as u8,
        day: number(2).ok_or(invalid.clone())? as u8,
        hour: number(2).ok_or(invalid.clone())? as u8,
        minute: number(2).ok_or(invalid.clone())? as u8,
    };
    if !written.is_valid() {
        return Err(invalid);
    }
    let language = reader.take(2).ok_or(invalid.clone())?;
    if !language.iter().all(u8::is_ascii_uppercase) {
        return Err(invalid);
    }
    let language: String = language
        .iter()
        .map(|b| char::from(b.to_ascii_lowercase()))
        .collect();
    let reviewed = match reader.take(1) {
        Some(b"1") => true,
        Some(b"0") => false,
        _ => return Err(invalid),
    };

    let mut answers = Answers::new();
    if reader.b36() != Some(choices.len()) {
        return Err(invalid);
    }
    for item in choices {
        match reader.b36().ok_or(invalid.clone())? {
            0 => {}
            n => {
                let option = item.answer_option.get(n - 1).ok_or(invalid.clone())?;
                let code = option.value_coding.code.clone();
                answers.insert(item.link_id.clone(), Answer::Choice(code));
            }
        }
    }
    let texts: Vec<&Item> = text_items(questionnaire).collect();
    if reader.b36() != Some(texts.len()) {
        return Err(invalid);
    }
    for item in texts {
        let len = reader
            .b36()
            .zip(reader.b36())
            .map(|(high, low)| high * 36 + low);
        let chars = len
            .and_then(|len| reader.take(len))
            .ok_or(invalid.clone())?;
        if chars.is_empty() {
            continue;
        }
        let text = read_base32(chars)
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .ok_or(invalid.clone())?;
        if text.trim().is_empty()
            || item
                .max_length
                .is_some_and(|max| text.chars().count() > max)
        {
            return Err(invalid);
        }
        answers.insert(item.link_id.clone(), Answer::Text(text));
    }
    if !reader.rest.is_empty() {
        return Err(invalid);
    }
    let mut pruned = answers.clone();
    flow::prune(questionnaire, &mut pruned);
    if pruned != answers || !flow::is_complete(questionnaire, &answers) {
        return Err(invalid);
    }
    let version = &body[PREFIX.len() + 4..PREFIX.len() + 7];
    let version: Vec<String> = version
        .iter()
        .map(|b| b36_value(*b).unwrap_or(0).to_string())
        .collect();
    Ok(DeskCode {
        questionnaire_version: version.join("."),
        written,
        language,
        reviewed,
        answers,
        check_code: check.iter().map(|b| char::from(*b)).collect(),
    })
}

/// The four-character check code of a desk code (its checksum), shown under the QR code.
pub fn check_code(code: &str) -> &str {
    code.get(code.len().saturating_sub(CHECK_LEN)..)
        .unwrap_or("")
}

/// The set-up test card's text: `CIMT`, then `0–9A–Z`, then its checksum (44 characters).
pub fn test_card_code() -> String {
    let mut code = String::with_capacity(TEST_CARD_PREFIX.len() + 36 + CHECK_LEN);
    code.push_str(TEST_CARD_PREFIX);
    code.extend(B36.iter().map(|b| char::from(*b)));
    let checksum = crc32(code.as_bytes());
    push_c32_20(&mut code, checksum);
    code
}

/// The smallest QR version (1–13) whose level Q alphanumeric capacity holds `len` characters.
pub fn qr_version(len: usize) -> Option<u8> {
    let index = QR_Q_ALPHANUMERIC_CAPACITY
        .iter()
        .position(|&cap| len <= cap)?;
    Some(index as u8 + 1)
}

/// The length of the code `encode` makes for these answers (hidden answers left out, as there),
/// without checking that it fits.
pub fn code_len(questionnaire: &Questionnaire, answers: &Answers) -> usize {
    let mut kept = answers.clone();
    flow::prune(questionnaire, &mut kept);
    let texts: usize = text_items(questionnaire)
        .map(|item| match kept.get(&item.link_id) {
            Some(Answer::Text(text)) => 2 + c32_len(text.len()),
            _ => 2,
        })
        .sum();
    FIXED_LEN + choice_items(questionnaire).count() + texts + CHECK_LEN
}

/// True when the code would still fit a QR code of version 13 with `text` as the answer to the
/// text question `link_id` (the other answers as they are): the question page can say the text
/// is too long for the QR code before the patient moves on.
pub fn text_fits(
    questionnaire: &Questionnaire,
    answers: &Answers,
    link_id: &str,
    text: &str,
) -> bool {
    let mut with = answers.clone();
    with.insert(link_id.to_owned(), Answer::Text(text.to_owned()));
    code_len(questionnaire, &with) <= MAX_CODE_LEN
}

/// The most UTF-8 bytes one text can hold when it is the only text typed (194 for the shipped
/// questionnaire: an ASCII character is 1 byte, `é` 2, an Arabic letter 2, an emoji 4).
pub fn max_text_bytes(questionnaire: &Questionnaire) -> usize {
    let room = MAX_CODE_LEN.saturating_sub(code_len(questionnaire, &Answers::new()));
    room * 5 / 8
}

fn choice_items(questionnaire: &Questionnaire) -> impl Iterator<Item = &Item> {
    questionnaire
        .questions()
        .filter(|i| i.kind == ItemType::Choice)
}

fn text_items(questionnaire: &Questionnaire) -> impl Iterator<Item = &Item> {
    questionnaire
        .questions()
        .filter(|i| i.kind == ItemType::String)
}

/// The version's three B36 characters, if it is `major.minor.patch` with each part 0–35.
fn version_field(version: &str) -> Option<String> {
    let parts: Vec<&str> = version.split('.').collect();
    if parts.len() != 3 {
        return None;
    }
    parts
        .iter()
        .map(|p| {
            let digits_only =
                !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit());
            digits_only
                .then(|| p.parse::<usize>().ok())
                .flatten()
                .and_then(b36)
        })
        .collect()
}

fn b36(n: usize) -> Option<char> {
    B36.get(n).map(|b| char::from(*b))
}

fn b36_value(b: u8) -> Option<usize> {
    B36.iter().position(|c| *c == b)
}

fn c32_value(b: u8) -> Option<u8> {
    C32.iter().position(|c| *c == b).map(|i| i as u8)
}

/// C32 characters for `bytes` bytes of text.
fn c32_len(bytes: usize) -> usize {
    (bytes * 8).div_ceil(5)
}

/// The low 20 bits as four C32 characters, most significant first.
fn push_c32_20(out: &mut String, value: u32) {
    for shift in [15, 10, 5, 0] {
        out.push(char::from(C32[((value >> shift) & 31) as usize]));
    }
}

fn push_base32(out: &mut String, bytes: &[u8]) {
    let (mut bits, mut count) = (0u32, 0u32);
    for byte in bytes {
        bits = (bits << 8) | u32::from(*byte);
        count += 8;
        while count >= 5 {
            count -= 5;
            out.push(char::from(C32[((bits >> count) & 31) as usize]));
        }
        bits &= (1 << count) - 1;
    }
    if count > 0 {
        out.push(char::from(C32[((bits << (5 - count)) & 31) as usize]));
    }
}

/// Base32 text back to bytes: `None` for a character outside C32, a length no byte count gives,
/// or padding bits that are not zero.
fn read_base32(chars: &[u8]) -> Option<Vec<u8>> {
    let bytes = chars.len() * 5 / 8;
    if c32_len(bytes) != chars.len() {
        return None;
    }
    let mut out = Vec::with_capacity(bytes);
    let (mut bits, mut count) = (0u32, 0u32);
    for c in chars {
        bits = (bits << 5) | u32::from(c32_value(*c)?);
        count += 5;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
        }
        bits &= (1 << count) - 1;
    }
    (bits == 0).then_some(out)
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash: u32, b| {
        (hash ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}

/// CRC-32 (IEEE 802.3, the one of zip and PNG), bit by bit: codes are short.
fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |mut crc, b| {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
        crc
    })
}

/// Reads fields off the front of a code.
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.rest.len() {
            return None;
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        Some(head)
    }

    fn b36(&mut self) -> Option<usize> {
        self.take(1).and_then(|b| b36_value(b[0]))
    }
}
