//! Every interface sentence (buttons, errors, notices), read from `content/<lang>/ui.json`.

use serde::Deserialize;

/// The interface wording. Every field is required: a missing one is a content error naming it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UiText {
    pub app_title: String,
    pub skip_link: String,
    pub privacy_link: String,
    pub clear_answers: String,
    pub clear_confirm_question: String,
    pub clear_confirm_yes: String,
    pub clear_confirm_no: String,
    pub cleared_notice: String,
    pub sheet_questionnaire_heading: String,
    pub sheet_questionnaire_text: String,
    pub sheet_start_button: String,
    pub start_title: String,
    pub start_paragraphs: Vec<String>,
    pub team_checks_heading: String,
    pub team_checks_intro: String,
    pub start_button: String,
    pub back: String,
    /// "Question {n} sur {total}".
    pub progress: String,
    pub why_question: String,
    pub optional: String,
    pub continue_button: String,
    pub error_summary_title: String,
    pub error_prefix: String,
    pub error_missing: String,
    /// "... {max} caractères ...".
    pub error_too_long: String,
    pub check_title: String,
    pub check_intro: String,
    pub check_change: String,
    /// Read by screen readers after "Modifier": "la réponse à : {question}".
    pub check_change_hidden: String,
    pub check_empty: String,
    pub check_continue: String,
    pub outcome_title: String,
    pub outcome_flagged_intro: String,
    pub outcome_your_answer: String,
    pub outcome_unknown_note: String,
    pub outcome_no_stop: String,
    pub outcome_team_decides: String,
    pub outcome_nothing: String,
    pub outcome_nothing_team: String,
    pub outcome_team_checks_heading: String,
    pub outcome_change: String,
    /// "Réponses du {date} à {time} – questionnaire version {version}".
    pub outcome_completed: String,
    pub outcome_answers_heading: String,
    pub outcome_flag_marker: String,
    pub print_button: String,
    pub download_button: String,
    pub download_hint: String,
    pub download_file_name: String,
    pub clinic_heading: String,
    /// "Appeler le {phone}".
    pub clinic_call: String,
    /// "Horaires : {hours}".
    pub clinic_hours: String,
    pub clinic_instructions_heading: String,
    pub resume_title: String,
    pub resume_text: String,
    pub resume_button: String,
    pub restart_button: String,
    pub unreadable_title: String,
    pub unreadable_text: String,
    pub storage_unavailable: String,
    pub privacy_title: String,
    pub privacy_paragraphs: Vec<String>,
    pub privacy_back: String,
    /// "… plus de {days} jours …".
    pub retention_notice: String,
    pub kiosk_badge: String,
    pub fullscreen_button: String,
    pub welcome_title: String,
    pub welcome_text: String,
    pub welcome_button: String,
    pub idle_title: String,
    /// "… dans {seconds} secondes …".
    pub idle_text: String,
    pub idle_keep: String,
    pub kiosk_outcome_text: String,
    pub kiosk_finish: String,
    pub text_size_label: String,
    pub fatal_title: String,
    pub fatal_text: String,
    pub fatal_reload: String,
    pub fatal_reset: String,
    /// "{page} – Cimentoplastie".
    pub document_title: String,
    /// Name of the language switch.
    pub language_label: String,
    /// The read-aloud button's visible label.
    pub listen: String,
    /// Read by screen readers after "Écouter" on the sheet: "la partie : {heading}".
    pub listen_section_hidden: String,
    /// Read by screen readers after "Écouter" on a question.
    pub listen_question_hidden: String,
    pub listen_stop: String,
    pub glossary_heading: String,
    pub glossary_intro: String,
    /// "{day}/{month}/{year}", the parts given with two digits.
    pub date_format: String,
    /// "{hour} h {minute}", the minutes given with two digits.
    pub time_format: String,
}

/// Replaces each `{name}` in a template by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// A local date and time as the language writes them, from `date_format` and `time_format`.
pub fn date_time(ui: &UiText, year: u32, month: u32, day: u32, hour: u32, minute: u32) -> (String, String) {
    let two = |n: u32| format!("{n:02}");
    (
        fill(&ui.date_format, &[("day", &two(day)), ("month", &two(month)), ("year", &year.to_string())]),
        fill(&ui.time_format, &[("hour", &hour.to_string()), ("minute", &two(minute))]),
    )
}
