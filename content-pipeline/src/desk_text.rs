//! The reception desk's page's texts (`?accueil`), read from `content/desk.json`: in French only (the page always is), and read by the desk's own WebAssembly alone, never a patient's.

use serde::Deserialize;

use crate::error::ContentError;

/// The desk's texts, as a path from the repository root (for messages).
pub const DESK_FILE: &str = "content/desk.json";

/// The desk page's wording. Every field is required and no other is allowed: a missing or unknown
/// one is a content error naming it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeskText {
    /// The reception desk's camera (`src/desk_camera.rs`): its button, its stop button, the
    /// video's name, what is said while it opens, while it reads, once it stopped; why it cannot read.
    pub camera_start: String,
    pub camera_stop: String,
    pub camera_preview: String,
    pub camera_starting: String,
    pub camera_aim: String,
    pub camera_stopped: String,
    pub camera_error_unavailable: String,
    pub camera_error_refused: String,
    pub camera_error_no_camera: String,
    pub camera_error_busy: String,
    pub camera_error_lost: String,
    pub camera_error_decoder: String,
    /// The page: its title, what it is for, then what its status line says (ready, reading, read, a
    /// scan incomplete, not one of ours, another questionnaire version `{version}`, answers that do
    /// not fit, the idle warning `{seconds}` and erasure `{minutes}`, erased).
    pub title: String,
    pub intro: String,
    pub ready: String,
    /// The page lost the keyboard (another window or the address bar has it): a scan would go there.
    pub no_keyboard: String,
    pub reading: String,
    pub read: String,
    pub incomplete: String,
    pub not_ours: String,
    pub other_version: String,
    pub newer_format: String,
    pub invalid: String,
    pub idle_warning: String,
    pub idle_cleared: String,
    pub cleared: String,
    /// The scanner's test card: its button and title, the steps, the note, the image's name, when
    /// it cannot be drawn, print and back.
    pub card_button: String,
    pub card_title: String,
    pub card_steps: Vec<String>,
    pub card_note: String,
    pub card_image: String,
    pub card_unavailable: String,
    pub card_print: String,
    pub card_back: String,
    /// The test card scanned: the scanner works, its layout against the computer's, its speed
    /// (`{speed}` characters per second), and how it ends a code.
    pub test_works: String,
    pub test_as_typed: String,
    pub test_qwerty_on_azerty: String,
    pub test_azerty_on_qwerty: String,
    pub test_digits_without_shift: String,
    pub test_speed: String,
    pub test_end_enter: String,
    pub test_end_tab: String,
    pub test_end_pause: String,
    /// The test card read by a camera (no keys: nothing to say of a scanner).
    pub test_card_read: String,
    /// A patient's answers: the heading, the language they were given in (`{language}`, its name
    /// from `language_names`; `{code}` when this build does not know it) and whether its
    /// translation was reviewed.
    pub answers_title: String,
    pub language: String,
    pub language_reviewed: String,
    pub language_not_reviewed: String,
    pub language_unknown: String,
    /// Each language's French name, as `[code, name]` pairs: every language of
    /// `content/languages.json` needs one (`check_desk_text`).
    pub language_names: Vec<(String, String)>,
    /// « … sur son écran : {code} », the check code; the code is not signed.
    pub check: String,
    pub not_signed: String,
    /// The summary for the team, then the buttons (print is the patients' `print_button`).
    pub report_heading: String,
    pub patient_answer: String,
    pub go_over_heading: String,
    pub nothing: String,
    pub answers_table: String,
    pub save: String,
    pub save_hint: String,
    pub clear: String,
}

crate::bake_record!(DeskText {
    camera_start,
    camera_stop,
    camera_preview,
    camera_starting,
    camera_aim,
    camera_stopped,
    camera_error_unavailable,
    camera_error_refused,
    camera_error_no_camera,
    camera_error_busy,
    camera_error_lost,
    camera_error_decoder,
    title,
    intro,
    ready,
    no_keyboard,
    reading,
    read,
    incomplete,
    not_ours,
    other_version,
    newer_format,
    invalid,
    idle_warning,
    idle_cleared,
    cleared,
    card_button,
    card_title,
    card_steps,
    card_note,
    card_image,
    card_unavailable,
    card_print,
    card_back,
    test_works,
    test_as_typed,
    test_qwerty_on_azerty,
    test_azerty_on_qwerty,
    test_digits_without_shift,
    test_speed,
    test_end_enter,
    test_end_tab,
    test_end_pause,
    test_card_read,
    answers_title,
    language,
    language_reviewed,
    language_not_reviewed,
    language_unknown,
    language_names,
    check,
    not_signed,
    report_heading,
    patient_answer,
    go_over_heading,
    nothing,
    answers_table,
    save,
    save_hint,
    clear,
});

/// Reads `content/desk.json`; an error names the file and, for a missing or unknown field, the field.
pub fn read_desk_text(json: &str) -> Result<DeskText, ContentError> {
    serde_json::from_str(json).map_err(|error| {
        let text = error.to_string();
        let named = |kind: &str| {
            let rest = text.strip_prefix(kind)?.strip_prefix(" field `")?;
            rest.split_once('`').map(|(field, _)| field.to_owned())
        };
        if let Some(field) = named("missing") {
            ContentError::new(DESK_FILE, field, "is missing")
        } else if let Some(field) = named("unknown") {
            let at = format!("line {} column {}", error.line(), error.column());
            ContentError::new(
                DESK_FILE,
                field,
                format!("is not a text of the desk's page ({at})"),
            )
        } else {
            ContentError::unreadable(DESK_FILE, &error)
        }
    })
}

/// Checks the desk's texts: the language names are `[code, name]` pairs, neither empty, and every
/// language of the app (`codes`, from `content/languages.json`) has its name.
pub fn check_desk_text(desk: &DeskText, codes: &[&str]) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for (i, (code, name)) in desk.language_names.iter().enumerate() {
        if code.trim().is_empty() || name.trim().is_empty() {
            errors.push(ContentError::new(
                DESK_FILE,
                format!("language_names[{i}]"),
                "must be a pair [code, name], neither empty ([\"en\", \"anglais\"])",
            ));
        }
    }
    for code in codes {
        if !desk.language_names.iter().any(|(named, _)| named == code) {
            errors.push(ContentError::new(
                DESK_FILE,
                "language_names",
                format!("has no name for {code:?}, a language of content/languages.json"),
            ));
        }
    }
    errors
}

/// Reads and checks `content/desk.json` against the app's languages (`codes`): every problem found.
pub fn load_desk_text(json: &str, codes: &[&str]) -> Result<DeskText, Vec<ContentError>> {
    let desk = read_desk_text(json).map_err(|error| vec![error])?;
    let errors = check_desk_text(&desk, codes);
    if errors.is_empty() {
        Ok(desk)
    } else {
        Err(errors)
    }
}
