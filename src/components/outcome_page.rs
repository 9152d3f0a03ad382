//! The outcome: what to report to the team and that the team decides; never a verdict. Also the printed summary.

use leptos::prelude::*;

use crate::components::clinic_contact::ClinicContact;
use crate::components::hand_off::HandOff;
use crate::components::team_checks::TeamChecks;
use crate::components::team_summary::TeamSummary;
use crate::domain::outcome::{Flag, flags, report_and_go_over};
use crate::domain::route::Route;
use crate::domain::ui_text::{date_time, fill};
use crate::state::use_app;

/// The outcome page.
#[component]
pub fn OutcomePage() -> impl IntoView {
    let state = use_app();
    let ui = &state.content().ui;
    let q = &state.content().questionnaire;
    let (to_report, to_go_over) = report_and_go_over(state.answers.with_untracked(|a| flags(q, a)));
    let kiosk = state.is_kiosk();
    let completed = {
        let when = js_sys::Date::new(&state.last_change_ms.get_untracked().into());
        let (date, time) = date_time(
            ui,
            when.get_full_year(),
            when.get_month() + 1,
            when.get_date(),
            when.get_hours(),
            when.get_minutes(),
        );
        fill(
            &ui.outcome_completed,
            &[("date", &date), ("time", &time), ("version", &q.version)],
        )
    };
    let calm = (to_report.is_empty() && to_go_over.is_empty()).then(|| {
        view! {
            <div class="app-panel app-panel--calm">
                <p class="app-body">{ui.outcome_nothing.clone()}</p>
                <p class="app-body">{ui.outcome_nothing_team.clone()}</p>
            </div>
        }
    });
    let report = (!to_report.is_empty()).then(|| {
        // In the waiting room the patient tells the reception; at home they call the centre.
        let intro = if kiosk { &ui.kiosk_outcome_flagged_intro } else { &ui.outcome_flagged_intro };
        view! {
            <p class="app-body app-body--lead">{intro.clone()}</p>
            <ul class="app-flags">
                {to_report.into_iter().map(|flag| view! { <FlagCard flag /> }).collect_view()}
            </ul>
            <p class="app-inset">
                {ui.outcome_no_stop.clone()}
                {(!kiosk).then(|| view! { " " {ui.outcome_call_early.clone()} })}
            </p>
        }
    });
    let go_over = (!to_go_over.is_empty()).then(|| {
        view! {
            <h2 class="app-heading-m">{ui.outcome_unknown_heading.clone()}</h2>
            <p class="app-body">{ui.outcome_unknown_note.clone()}</p>
            <ul class="app-list app-list--bullet app-go-over">
                {to_go_over.into_iter().map(|flag| view! { <li>{flag.question}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <p class="app-caption">{q.title.clone()}</p>
        <h1 class="app-heading-l" tabindex="-1">{ui.outcome_title.clone()}</h1>
        <p class="app-body app-outcome__completed">{completed}</p>
        // On paper only, a line to write the name by hand: the app never asks for it (it keeps no
        // identity), but the team must tell the sheets apart.
        {(!kiosk).then(|| view! { <p class="app-print-only app-name-line">{ui.print_name_line.clone()}</p> })}
        {calm}
        // On paper the table of every answer ("À signaler" first) says it all, on one page.
        <div class="app-no-print">
            {report}
            {go_over}
        </div>
        <p class="app-body">{ui.outcome_team_decides.clone()}</p>
        {state.is_kiosk().then(|| view! {
            <div class="app-panel app-no-print">
                <p class="app-body">{ui.kiosk_outcome_text.clone()}</p>
                <button type="button" class="app-button" on:click=move |_| state.wipe()>{ui.kiosk_finish.clone()}</button>
            </div>
        })}
        {(!kiosk).then(|| view! { <ClinicContact /> })}
        <TeamSummary />
        <HandOff />
        <div class="app-no-print">
            <h2 class="app-heading-m">{ui.outcome_team_checks_heading.clone()}</h2>
            <p class="app-body">{ui.team_checks_intro.clone()}</p>
            <TeamChecks />
            <p class="app-body"><a class="app-link" href=Route::Check.to_fragment()>{ui.outcome_change.clone()}</a></p>
        </div>
    }
}

/// One point to report: what to report, then the question and the patient's answer.
#[component]
fn FlagCard(flag: Flag) -> impl IntoView {
    let ui = &use_app().content().ui;
    let details = flag
        .details
        .into_iter()
        .map(|(question, answer)| view! { <p class="app-flag__detail">{question} " " <strong>{answer}</strong></p> })
        .collect_view();
    view! {
        <li class="app-flag">
            <p class="app-flag__report">{flag.report}</p>
            <p class="app-flag__answer">{flag.question} " " {ui.outcome_your_answer.clone()} " " <strong>{flag.answer}</strong></p>
            {details}
        </li>
    }
}
