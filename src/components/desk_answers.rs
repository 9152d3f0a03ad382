//! A patient's answers at the reception desk: when and in which language they were given, the check code, that the code is not signed, the summary for the team as printed; print, save the FHIR file, erase.

use leptos::prelude::*;

use crate::components::flag_card::{Details, FlagCard};
use crate::components::team_checks::TeamCheckList;
use crate::components::team_summary::TeamTable;
use crate::domain::desk_code::DeskCode;
use crate::domain::desk_text::DeskText;
use crate::domain::desk_view::{authored, desk_view};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::questionnaire_response::{Seen, questionnaire_response};
use crate::domain::ui_text::UiText;
use crate::browser::download::save_file;

/// The id of the answers' heading, focused when they are shown.
pub const HEADING: &str = "patient-answers";

/// The answers of one desk code, read against the source `questionnaire`; everything from the
/// scan is drawn as text. `on_clear` erases them ("Effacer / patient suivant").
#[component]
pub fn DeskAnswers(
    code: DeskCode,
    ui: &'static UiText,
    desk: &'static DeskText,
    questionnaire: &'static Questionnaire,
    on_clear: Callback<()>,
) -> impl IntoView {
    let view = desk_view(&code, questionnaire, ui, desk);
    let (before, after) = desk
        .check
        .split_once("{code}")
        .unwrap_or((&desk.check, ""));
    let nothing = (view.to_report.is_empty() && view.to_go_over.is_empty())
        .then(|| view! { <p class="app-body">{desk.nothing.to_string()}</p> });
    let report = (!view.to_report.is_empty()).then(|| {
        let label = desk.patient_answer.to_string();
        view! {
            <h3 class="app-heading-m" id="to-report">{desk.report_heading.to_string()}</h3>
            <ul class="app-flags" aria-labelledby="to-report">
                {view.to_report.into_iter().map(|flag| view! { <FlagCard flag answer_label=label.clone() /> }).collect_view()}
            </ul>
        }
    });
    let go_over = (!view.to_go_over.is_empty()).then(|| {
        view! {
            <h3 class="app-heading-m" id="to-go-over">{desk.go_over_heading.to_string()}</h3>
            <ul class="app-list app-list--bullet app-go-over" aria-labelledby="to-go-over">
                {view.to_go_over.into_iter().map(|flag| view! { <li>{flag.question} <Details details=flag.details /></li> }).collect_view()}
            </ul>
        }
    });
    let file_name = view.file_name;
    let save = move |_| {
        let w = code.written;
        // The offset from UTC of this computer at the answers' local time (the desk and the
        // patient are in the same place).
        let local = js_sys::Date::new_with_year_month_day_hr_min(
            w.year.into(),
            i32::from(w.month) - 1,
            w.day.into(),
            w.hour.into(),
            w.minute.into(),
        );
        let offset = -(local.get_timezone_offset() as i32);
        let seen = Seen { language: &code.language, questionnaire: None };
        let response = questionnaire_response(questionnaire, seen, &code.answers, &authored(w, offset));
        let text = serde_json::to_string_pretty(&response).unwrap_or_default();
        let _ = save_file(&file_name, "application/fhir+json", &text);
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <section class="app-desk__answers" aria-labelledby=HEADING>
            <h2 class="app-heading-l" id=HEADING tabindex="-1">{desk.answers_title.to_string()}</h2>
            <p class="app-body">{view.completed}</p>
            <p class="app-body">{view.language}</p>
            <p class="app-desk__check">
                {before.to_owned()}
                <strong class="app-desk__check-code">{view.check_code}</strong>
                {after.to_owned()}
            </p>
            <p class="app-inset">{desk.not_signed.to_string()}</p>
            {nothing}
            {report}
            {go_over}
            <TeamTable rows=view.rows ui caption=desk.answers_table.to_string() />
            <h3 class="app-heading-m">{ui.team_checks_heading.clone()}</h3>
            <TeamCheckList items=view.team_checks />
            <div class="app-button-group app-desk__actions">
                <button type="button" class="app-button" on:click=print>{ui.print_button.clone()}</button>
                <button type="button" class="app-button app-button--secondary" on:click=save aria-describedby="fhir-help">
                    {desk.save.to_string()}
                </button>
                <button type="button" class="app-button app-button--warning" on:click=move |_| on_clear.run(())>
                    {desk.clear.to_string()}
                </button>
            </div>
            <p class="app-hint app-desk__hint" id="fhir-help">{desk.save_hint.to_string()}</p>
        </section>
    }
}
