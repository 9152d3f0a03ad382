//! What the reception desk shows once a patient's desk code is read: the answers in French, the language they were given in, when, the summary for the team and the check code, as texts.

use super::desk_code::{DeskCode, Written};
use super::outcome::{Flag, TeamRow, flags, report_and_go_over, team_rows};
use super::desk_text::DeskText;
use super::questionnaire::Questionnaire;
use super::ui_text::{UiText, date_time, download_file_name, fill};

/// Everything the desk's page draws from one desk code, read against the source questionnaire
/// (French) and worded with the source language's interface texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeskView {
    /// « Réponses données en anglais. Cette traduction a été relue. »
    pub language: String,
    /// « Réponses du 29 novembre 2026 à 14 h 05 – questionnaire version 1.2.0 », as printed.
    pub completed: String,
    /// The four characters both screens show.
    pub check_code: String,
    /// The points to report (answered Oui), with what to report and the follow-ups.
    pub to_report: Vec<Flag>,
    /// The questions to go over with the patient (answered Je ne sais pas).
    pub to_go_over: Vec<Flag>,
    /// Every shown question with its answer, flagged ones first, as on the printed page.
    pub rows: Vec<TeamRow>,
    /// The points the team checks itself.
    pub team_checks: Vec<String>,
    /// The FHIR file's name, as the patient's own download names it.
    pub file_name: String,
}

/// The desk's view of `code`, read against `questionnaire` (the source one), worded with `ui` (the
/// source language's patient texts: dates, the file's name) and `desk` (the desk's own).
pub fn desk_view(
    code: &DeskCode,
    questionnaire: &Questionnaire,
    ui: &UiText,
    desk: &DeskText,
) -> DeskView {
    let w = code.written;
    let (date, time) = date_time(
        ui,
        w.year.into(),
        w.month.into(),
        w.day.into(),
        w.hour.into(),
        w.minute.into(),
    );
    let completed = fill(
        &ui.outcome_completed,
        &[
            ("date", &date),
            ("time", &time),
            ("version", &code.questionnaire_version),
        ],
    );
    let (to_report, to_go_over) = report_and_go_over(flags(questionnaire, questionnaire, &code.answers));
    DeskView {
        language: language_line(desk, &questionnaire.language, &code.language, code.reviewed),
        completed,
        check_code: code.check_code.clone(),
        to_report,
        to_go_over,
        rows: team_rows(questionnaire, questionnaire, &code.answers),
        team_checks: questionnaire
            .team_checks()
            .map(|item| item.text.clone())
            .collect(),
        file_name: download_file_name(ui, w.year.into(), w.month.into(), w.day.into()),
    }
}

/// The language the patient answered in, by its name in the page's language, and whether that
/// translation was reviewed (said for a translation only: `source` is the questionnaire's own).
pub fn language_line(desk: &DeskText, source: &str, language: &str, reviewed: bool) -> String {
    let name = desk
        .language_names
        .iter()
        .find(|(code, _)| code.eq_ignore_ascii_case(language))
        .map(|(_, name)| name);
    let Some(name) = name else {
        let code = language.to_uppercase();
        return fill(&desk.language_unknown, &[("code", &code)]);
    };
    let line = fill(&desk.language, &[("language", name)]);
    if language.eq_ignore_ascii_case(source) {
        return line;
    }
    let review = if reviewed {
        &desk.language_reviewed
    } else {
        &desk.language_not_reviewed
    };
    format!("{line} {review}")
}

/// The FHIR `authored` of a desk code: its local date and time in ISO 8601 with the offset from
/// UTC at that time (`offset_minutes` east of Greenwich: +60 in Paris in winter), seconds at 0.
pub fn authored(written: Written, offset_minutes: i32) -> String {
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let offset = offset_minutes.unsigned_abs();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:00{sign}{:02}:{:02}",
        written.year,
        written.month,
        written.day,
        written.hour,
        written.minute,
        offset / 60,
        offset % 60
    )
}
