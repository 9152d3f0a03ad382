//! Every interface sentence (buttons, errors, notices), read from `content/<lang>/ui.json`.

use crate::error::ContentError;
use crate::file::ContentFile;
use serde::de::{self, DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

/// A text of the wording kept where the compiled-in content has it (no copy at start): the staff
/// check page's texts, read on that page alone.
pub type Text = std::borrow::Cow<'static, str>;

/// Declares `UiText` and reads it from a JSON object: every field required, no other field allowed.
/// Written by hand rather than derived: serde's derive made an 88-field visitor of 41 KB in the
/// download; this reads the object once and takes each field by name.
macro_rules! ui_text {
    ($( $(#[$doc:meta])* $field:ident : $ty:ty, )*) => {
        /// The interface wording. Every field is required: a missing one is a content error naming it.
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct UiText {
            $( $(#[$doc])* pub $field: $ty, )*
        }

        impl<'de> Deserialize<'de> for UiText {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let mut map = Map::<String, Value>::deserialize(deserializer)?;
                // Filled field by field rather than in one struct expression: an error then drops
                // one whole `UiText`, instead of a different set of fields at each of the 88 steps
                // (which made this function tens of kilobytes of the download).
                let mut text = UiText::default();
                $( text.$field = take(&mut map, stringify!($field))?; )*
                match map.keys().next() {
                    Some(key) => Err(D::Error::custom(format!("unknown field `{key}`"))),
                    None => Ok(text),
                }
            }
        }

        impl UiText {
            /// Visits every text, in the order of the fields (a translation's bundle carries them
            /// in this order: `bundle`).
            pub fn walk_texts(&mut self, walk: &mut dyn $crate::bundle::Walk) {
                $( $crate::bundle::Walked::walk(&mut self.$field, walk); )*
            }
        }

        impl $crate::bake::Bake for UiText {
            fn bake(&self, out: &mut $crate::bake::Baker) {
                out.record(
                    concat!("::", module_path!(), "::UiText"),
                    &[$((stringify!($field), &self.$field as &dyn $crate::bake::Bake)),*],
                );
            }
        }
    };
}

/// Removes `key` from the object and reads it as a `T`.
fn take<T: DeserializeOwned, E: de::Error>(
    map: &mut Map<String, Value>,
    key: &str,
) -> Result<T, E> {
    let value = map
        .remove(key)
        .ok_or_else(|| E::custom(format!("missing field `{key}`")))?;
    T::deserialize(value).map_err(|e| E::custom(format!("{key}: {e}")))
}

ui_text! {
    app_title: String,
    skip_link: String,
    /// On the sheet, the second skip link: straight to "Répondre au questionnaire", past the terms.
    skip_to_questionnaire: String,
    privacy_link: String,
    clear_answers: String,
    clear_confirm_question: String,
    clear_confirm_yes: String,
    clear_confirm_no: String,
    cleared_notice: String,
    /// Said when another tab or window of the browser erased the answers.
    cleared_elsewhere_notice: String,
    sheet_questionnaire_heading: String,
    sheet_questionnaire_text: String,
    sheet_start_button: String,
    /// The label of a note the app adds to the sheet, not the source's text ("Note ajoutée à la fiche").
    sheet_note_label: String,
    start_title: String,
    start_paragraphs: Vec<String>,
    team_checks_heading: String,
    team_checks_intro: String,
    start_button: String,
    back: String,
    /// "Question {n} sur {total}".
    progress: String,
    /// The same for a follow-up, counted as part of its question: "Question {n} sur {total} (suite)".
    progress_follow_up: String,
    why_question: String,
    optional: String,
    continue_button: String,
    error_summary_title: String,
    error_prefix: String,
    error_missing: String,
    /// "... {max} caractères ...".
    error_too_long: String,
    /// Under a free-text field (GOV.UK's character count): "Caractères : {count} sur {max}".
    character_count: String,
    /// The same past the limit: "… ({over} de trop)".
    character_count_over: String,
    /// A print-only line for the patient's name, written by hand on the paper (never asked on screen).
    print_name_line: String,
    check_title: String,
    check_intro: String,
    check_change: String,
    /// Read by screen readers after "Modifier": "la réponse à : {question}".
    check_change_hidden: String,
    check_empty: String,
    check_continue: String,
    outcome_title: String,
    /// At home, first when anything is listed: the centre does not receive the answers.
    outcome_not_received: String,
    outcome_flagged_intro: String,
    outcome_your_answer: String,
    /// At home, after the lists: what to do if the centre cannot be reached before the day.
    outcome_unreachable: String,
    /// Heading of the questions answered "Je ne sais pas": to check before the appointment.
    outcome_unknown_heading: String,
    outcome_unknown_note: String,
    /// When the blood-thinner answer is "Oui" or "Je ne sais pas": keep taking every medicine.
    outcome_no_stop: String,
    /// At home, after `outcome_no_stop`: why to call early.
    outcome_call_early: String,
    outcome_team_decides: String,
    outcome_nothing: String,
    outcome_nothing_team: String,
    /// After "nothing to report": that does not mean the procedure is decided.
    outcome_nothing_not_decided: String,
    /// At home, after "nothing to report": what to do if something changes before the day.
    outcome_nothing_changes: String,
    /// At home: the warning signs that mean calling the emergency number at once.
    outcome_alert_heading: String,
    outcome_alert_text: String,
    outcome_alert_items: Vec<String>,
    outcome_team_checks_heading: String,
    outcome_change: String,
    /// "Réponses du {date} à {time} – questionnaire version {version}".
    outcome_completed: String,
    outcome_answers_heading: String,
    outcome_flag_marker: String,
    /// The mark of a "Je ne sais pas" answer in the table of answers ("À vérifier").
    outcome_check_marker: String,
    /// The outcome page's disclosure button that shows the desk code (the answers as a QR code).
    desk_qr_button: String,
    /// Above the QR code, on screen and on paper: show it at the desk; nothing is sent.
    desk_qr_instruction: String,
    /// The QR code's accessible name.
    desk_qr_image: String,
    /// Before the four characters of the check code ("Code de contrôle :").
    desk_qr_check_label: String,
    /// Under the check code: the desk's screen shows the same, to compare together.
    desk_qr_check_hint: String,
    desk_qr_hide: String,
    /// The medicine names typed are too long for the code: at home, show the print instead.
    desk_qr_too_long: String,
    /// The same on a waiting-room tablet (no print there): show this page at the desk.
    desk_qr_too_long_kiosk: String,
    print_button: String,
    download_button: String,
    download_hint: String,
    /// The downloaded file's name; `{date}` is the answers' date as year-month-day (2026-11-29).
    download_file_name: String,
    clinic_heading: String,
    /// "Appeler le {phone}".
    clinic_call: String,
    /// "Horaires : {hours}".
    clinic_hours: String,
    clinic_instructions_heading: String,
    resume_title: String,
    resume_text: String,
    /// Instead of `resume_text` when every question was answered.
    resume_finished_text: String,
    resume_button: String,
    restart_button: String,
    /// Asked before "Recommencer à zéro" erases the answers (then `clear_confirm_yes` / `_no`).
    restart_confirm_question: String,
    unreadable_title: String,
    unreadable_text: String,
    storage_unavailable: String,
    privacy_title: String,
    /// At home: kept on the device at most `{days}` days. The list of what is kept comes after
    /// the first paragraph.
    privacy_paragraphs: Vec<String>,
    /// "What the app keeps on this device, and why:", then one item per thing kept (at home).
    privacy_kept_intro: String,
    privacy_kept: Vec<String>,
    /// On a waiting-room tablet: kept in memory only while the patient answers, then erased.
    kiosk_privacy_paragraphs: Vec<String>,
    /// What a shared tablet keeps, and why (after the kiosk's first paragraph).
    kiosk_privacy_kept_intro: String,
    kiosk_privacy_kept: Vec<String>,
    privacy_back: String,
    /// "… plus de {days} jours …".
    retention_notice: String,
    kiosk_badge: String,
    fullscreen_button: String,
    welcome_title: String,
    welcome_text: String,
    welcome_button: String,
    idle_title: String,
    /// "… dans {seconds} secondes …".
    idle_text: String,
    idle_keep: String,
    /// In kiosk mode, instead of `outcome_flagged_intro`: tell the reception, then the nurse or doctor.
    kiosk_outcome_flagged_intro: String,
    /// In kiosk mode, instead of `outcome_unknown_heading` and `outcome_unknown_note`.
    kiosk_outcome_unknown_heading: String,
    kiosk_outcome_unknown_note: String,
    /// In kiosk mode, instead of `outcome_nothing` and `outcome_nothing_team`.
    kiosk_outcome_nothing: String,
    kiosk_outcome_nothing_team: String,
    /// In kiosk mode, only when something is listed: show this page at the reception.
    kiosk_outcome_show: String,
    /// In kiosk mode: "Terminer" erases the answers.
    kiosk_outcome_text: String,
    kiosk_finish: String,
    text_size_label: String,
    fatal_title: String,
    fatal_text: String,
    fatal_reload: String,
    fatal_reset: String,
    /// "{page} – Cimentoplastie".
    document_title: String,
    /// Name of the language switch.
    language_label: String,
    /// Said by the switch while a chosen language is fetched: "Chargement de {language}…".
    language_loading: String,
    /// Said by the switch when a chosen language could not be fetched ({language}: its name).
    language_failed: String,
    /// On every screen of a translation no health professional has checked yet (`review` null in
    /// `content/languages.json`), in the language and, under it, in French: not dismissible.
    translation_banner: String,
    /// The short mark of such a translation: the banner's tag, the switch's and the kiosk grid's.
    translation_unreviewed: String,
    /// On each question page of a translation, the disclosure button that shows the French
    /// question and hint under the translated ones.
    show_french: String,
    /// The kiosk's welcome screen: the heading of the grid of languages.
    language_choose: String,
    /// In the kiosk grid, under the language of the device's browser (suggested, never chosen by itself).
    language_suggested: String,
    /// On the printed page of answers given in a translation: the heading of the French copy for
    /// the team, then the language (`{language}`, its French name) and whether it was checked.
    print_french_heading: String,
    print_language: String,
    print_language_reviewed: String,
    /// The read-aloud button's visible label.
    listen: String,
    /// Read by screen readers after "Écouter" on the sheet: "la partie : {heading}".
    listen_section_hidden: String,
    /// Read by screen readers after "Écouter" on a question.
    listen_question_hidden: String,
    listen_stop: String,
    /// Under "Écouter", tapped where the device has no voice for the language.
    listen_unavailable: String,
    glossary_heading: String,
    glossary_intro: String,
    /// "{day} {month_name} {year}": the day as a number, the month by name (or `{month}`,
    /// two digits), so that no reader takes the day for the month.
    date_format: String,
    /// The twelve months' names, January first.
    month_names: Vec<String>,
    /// Said by the start script (`scripts/post-build.mjs`) while the app is not there yet: a tap
    /// on "Répondre au questionnaire", then on "Effacer mes réponses".
    early_loading: String,
    early_clear: String,
    /// A tap on "Écouter" before the app is there.
    early_listen: String,
    /// Where the app cannot run here, the start script's link at the top of the page to the
    /// message (in the middle of the page, where "Répondre au questionnaire" was); then the message.
    early_failed: String,
    cannot_run_title: String,
    cannot_run_text: String,
    cannot_run_retry: String,
    cannot_run_update: String,
    cannot_run_paper: String,
    /// The same message on a waiting-room tablet, for the staff.
    kiosk_cannot_run_text: String,
    /// "{hour} h {minute}", the minutes given with two digits.
    time_format: String,
    /// The staff's check of the published clinic settings (`?verifier-reglages`); `{file}` is its name.
    settings_check_title: String,
    settings_check_valid: String,
    settings_check_missing: String,
    settings_check_invalid: String,
    settings_check_preview: String,
    /// Followed by the list of the settings still holding the shipped placeholder.
    settings_check_placeholders: String,
    /// "{days}": how long answers stay on a patient's device.
    settings_check_retention: String,
    /// The order the clinic set for the languages (`languages` in the settings file), `{languages}`.
    settings_check_languages: Text,
    /// The check page's verdicts and notes: the file unreadable as a whole, the other fields kept,
    /// nothing filled in yet, no contact shown, a right example (`{example}`).
    settings_check_unreadable: Text,
    settings_check_invalid_kept: Text,
    settings_check_unfilled: Text,
    settings_check_preview_empty: Text,
    /// One problem: `{field}` in words, then `{what}` is wrong.
    settings_check_problem: Text,
    settings_check_example: Text,
    /// The device's mode: home, or kiosk with its delay (`{delay}`, `{warning}` seconds), a delay
    /// changed (`{asked}`), what kiosk patients see; a delay in words (`{n}`).
    settings_check_home: Text,
    settings_check_kiosk: Text,
    settings_check_kiosk_changed: Text,
    settings_check_kiosk_preview: Text,
    settings_check_kiosk_contact: Text,
    settings_check_seconds: Text,
    settings_check_minutes: Text,
    /// The settings file's fields in words; `{n}` a line, `{language}` a translation's language.
    settings_field_name: Text,
    settings_field_phone: Text,
    settings_field_opening_hours: Text,
    settings_field_instructions: Text,
    settings_field_instruction: Text,
    settings_field_retention_days: Text,
    settings_field_translations: Text,
    settings_field_languages: Text,
    settings_field_translation: Text,
    settings_field_translated: Text,
    settings_field_unknown: Text,
    /// What is wrong with a field, for a receptionist (`{line}`, `{value}` as written in the file).
    settings_problem_not_utf8: Text,
    settings_problem_not_json: Text,
    settings_problem_not_block: Text,
    settings_problem_unknown: Text,
    settings_problem_unknown_language: Text,
    settings_problem_missing: Text,
    settings_problem_missing_translation: Text,
    settings_problem_text: Text,
    settings_problem_number: Text,
    settings_problem_list: Text,
    settings_problem_block: Text,
    settings_problem_empty: Text,
    settings_problem_phone: Text,
    settings_problem_range: Text,
    settings_problem_line_count: Text,
    /// What patients see until a wrong field is fixed.
    settings_fallback_ignored: Text,
    settings_fallback_not_shown: Text,
    settings_fallback_source: Text,
    settings_fallback_built_in: Text,
    /// Right values, as written in the settings file, where they have words (the others are in
    /// `settings_report`).
    settings_example_name: Text,
    settings_example_opening_hours: Text,
    settings_example_instructions: Text,
    settings_example_instruction: Text,
}

/// Replaces each `{name}` in a template by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// Fills a text in a language with these plural rules: each `{name, plural, …}` whose value is a
/// whole number takes the form of that number's category (`plural::fill_plurals`), then each plain
/// `{name}` its value. "{days, plural, one {# jour} other {# jours}}" with 1 → "1 jour".
pub fn fill_counted(
    template: &str,
    values: &[(&str, &str)],
    rules: &crate::plural::PluralRules,
) -> String {
    let counts: Vec<(&str, u64)> = values
        .iter()
        .filter_map(|(name, value)| value.parse().ok().map(|count| (*name, count)))
        .collect();
    fill(&crate::plural::fill_plurals(template, &counts, rules), values)
}

/// "Caractères : 12 sur 200", or with how many too many past the limit.
pub fn character_count_text(
    ui: &UiText,
    count: usize,
    max: usize,
    rules: &crate::plural::PluralRules,
) -> String {
    let over = count.saturating_sub(max);
    let template = if over > 0 {
        &ui.character_count_over
    } else {
        &ui.character_count
    };
    fill_counted(
        template,
        &[
            ("count", &count.to_string()),
            ("max", &max.to_string()),
            ("over", &over.to_string()),
        ],
        rules,
    )
}

/// The downloaded file's name with the answers' date: "reponses-cimentoplastie-2026-11-29.json".
pub fn download_file_name(ui: &UiText, year: u32, month: u32, day: u32) -> String {
    fill(
        &ui.download_file_name,
        &[("date", &format!("{year:04}-{month:02}-{day:02}"))],
    )
}

/// A local date and time as the language writes them, from `date_format` and `time_format`.
pub fn date_time(
    ui: &UiText,
    year: u32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
) -> (String, String) {
    let two = |n: u32| format!("{n:02}");
    let month_name = month
        .checked_sub(1)
        .and_then(|i| ui.month_names.get(i as usize))
        .map_or_else(|| two(month), Clone::clone);
    (
        fill(
            &ui.date_format,
            &[
                ("day", &day.to_string()),
                ("month_name", &month_name),
                ("month", &two(month)),
                ("year", &year.to_string()),
            ],
        ),
        fill(
            &ui.time_format,
            &[("hour", &hour.to_string()), ("minute", &two(minute))],
        ),
    )
}

/// Checks the interface wording of one language: twelve month names, none empty. (The desk's
/// texts are in `content/desk.json`: `desk_text::check_desk_text`.)
fn check(file: &str, ui: &UiText) -> Vec<ContentError> {
    let mut errors = Vec::new();
    if ui.month_names.len() != 12 {
        errors.push(ContentError::new(
            file,
            "month_names",
            format!(
                "must list the 12 months, January first ({} given)",
                ui.month_names.len()
            ),
        ));
    }
    for (i, name) in ui.month_names.iter().enumerate() {
        if name.trim().is_empty() {
            errors.push(ContentError::new(
                file,
                format!("month_names[{i}]"),
                "is empty",
            ));
        }
    }
    errors
}

impl ContentFile for UiText {
    const NAME: &'static str = "ui.json";

    fn read(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }

    fn check(&self, file: &str, _code: &str) -> Vec<ContentError> {
        check(file, self)
    }

    /// The same sentences: the type has every field, and no other, in every language.
    fn check_translation(&self, _file: &str, _source: &Self) -> Vec<ContentError> {
        Vec::new()
    }
}
