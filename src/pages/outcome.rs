//! The outcome: what to report to the team and that the team decides; never a verdict. Also the printed summary.

use leptos::prelude::*;

use crate::components::clinic_contact::ClinicContact;
use crate::components::desk_qr::DeskQr;
use crate::components::flag_card::{Details, FlagCard};
use crate::components::hand_off::HandOff;
use crate::components::team_checks::TeamChecks;
use crate::components::team_summary::TeamSummary;
use crate::domain::outcome::{flags, guidance, report_and_go_over};
use crate::domain::route::Route;
use crate::components::isolated::isolated;
use crate::domain::ui_text::date_time;
use crate::state::use_kiosk;
use crate::state::locale::use_locale;
use crate::state::use_session;

/// The outcome page.
#[component]
pub fn OutcomePage() -> impl IntoView {
    let locale = use_locale();
    let session = use_session();
    let ui = &locale.content().ui;
    let q = &locale.content().questionnaire;
    // The rules are the source questionnaire's, the texts the language shown's.
    let flagged = session.answers.with_untracked(|a| flags(locale.rules(), q, a));
    let (to_report, to_go_over) = report_and_go_over(flagged);
    // The waiting-room tablet's patient, whose "Terminer" wipes; `None` at home.
    let tablet = use_kiosk();
    let kiosk = tablet.is_some();
    let completed = {
        let when = js_sys::Date::new(&session.last_change_ms.get_untracked().into());
        let (date, time) = date_time(
            ui,
            when.get_full_year(),
            when.get_month() + 1,
            when.get_date(),
            when.get_hours(),
            when.get_minutes(),
        );
        // The date, time and version each in their own direction (Arabic).
        isolated(
            &ui.outcome_completed,
            &[("date", date, false), ("time", time, true), ("version", q.version.clone(), true)],
        )
    };
    let guide = guidance(&to_report, &to_go_over);
    let calm = (!guide.anything_listed).then(|| {
        // In the waiting room the patient is already at the appointment: "for the moment".
        let (nothing, team) = if kiosk {
            (&ui.kiosk_outcome_nothing, &ui.kiosk_outcome_nothing_team)
        } else {
            (&ui.outcome_nothing, &ui.outcome_nothing_team)
        };
        view! {
            <div class="app-panel app-panel--calm">
                <p class="app-body">{nothing.clone()}</p>
                <p class="app-body">{team.clone()}</p>
                <p class="app-body">{ui.outcome_nothing_not_decided.clone()}</p>
                {(!kiosk).then(|| view! { <p class="app-body">{ui.outcome_nothing_changes.clone()}</p> })}
            </div>
        }
    });
    // At home the centre must be called: it does not receive the answers.
    let not_received = (!kiosk && guide.anything_listed)
        .then(|| view! { <p class="app-body app-body--lead">{ui.outcome_not_received.clone()}</p> });
    let report = (!to_report.is_empty()).then(|| {
        // In the waiting room the patient tells the reception, then the nurse or doctor; at home they call the centre.
        let intro = if kiosk { &ui.kiosk_outcome_flagged_intro } else { &ui.outcome_flagged_intro };
        view! {
            <p class="app-body app-body--lead">{intro.clone()}</p>
            <ul class="app-flags">
                {to_report.into_iter().map(|flag| view! { <FlagCard flag answer_label=ui.outcome_your_answer.clone() /> }).collect_view()}
            </ul>
        }
    });
    let go_over = (!to_go_over.is_empty()).then(|| {
        let (heading, note) = if kiosk {
            (&ui.kiosk_outcome_unknown_heading, &ui.kiosk_outcome_unknown_note)
        } else {
            (&ui.outcome_unknown_heading, &ui.outcome_unknown_note)
        };
        view! {
            <h2 class="app-heading-m" id="to-go-over">{heading.clone()}</h2>
            <p class="app-body">{note.clone()}</p>
            <ul class="app-list app-list--bullet app-go-over" aria-labelledby="to-go-over">
                {to_go_over.into_iter().map(|flag| view! { <li>{flag.question} <Details details=flag.details /></li> }).collect_view()}
            </ul>
        }
    });
    let unreachable = (!kiosk && guide.anything_listed)
        .then(|| view! { <p class="app-body">{ui.outcome_unreachable.clone()}</p> });
    // Said once, with one authority: shown when the blood-thinner answer is "Oui" or "Je ne sais pas".
    let no_stop = guide.keep_taking_medicines.then(|| {
        view! {
            <p class="app-inset">
                {ui.outcome_no_stop.clone()}
                {(!kiosk).then(|| view! { " " {ui.outcome_call_early.clone()} })}
            </p>
        }
    });
    // Beyond the source sheet: the signs of a spinal cord compression while waiting, at home.
    let alert = (!kiosk).then(|| {
        view! {
            <section class="app-alert app-no-print" aria-labelledby="warning-signs">
                <h2 class="app-heading-m" id="warning-signs">{ui.outcome_alert_heading.clone()}</h2>
                <p class="app-body">{ui.outcome_alert_text.clone()}</p>
                <ul class="app-list app-list--bullet">
                    {ui.outcome_alert_items.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}
                </ul>
            </section>
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
        // On paper the table of every answer ("À signaler", "À vérifier" first) says it all, on one page.
        <div class="app-no-print">
            {not_received}
            {report}
            {go_over}
            {unreachable}
        </div>
        {no_stop}
        <p class="app-body">{ui.outcome_team_decides.clone()}</p>
        {alert}
        // The answers as a QR code for the reception desk, at home and at the kiosk.
        <DeskQr />
        {tablet.map(|tablet| view! {
            <div class="app-panel app-no-print">
                {guide.anything_listed.then(|| view! { <p class="app-body">{ui.kiosk_outcome_show.clone()}</p> })}
                <p class="app-body">{ui.kiosk_outcome_text.clone()}</p>
                <button type="button" class="app-button" on:click=move |_| tablet.wipe()>{ui.kiosk_finish.clone()}</button>
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
