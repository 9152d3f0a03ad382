//! "Imprimer" and "Télécharger mes réponses": the patient carries the answers to the team; nothing is sent.

use leptos::prelude::*;

use crate::domain::questionnaire_response::{Seen, questionnaire_response};
use crate::domain::ui_text::download_file_name;
use crate::download::save_file;
use crate::state::use_app;

/// The print and download buttons, at home only: on a shared tablet, printing offers "Save as
/// PDF" (a file left on the tablet, and a way out of the app), and a download leaves a file.
#[component]
pub fn HandOff() -> impl IntoView {
    let state = use_app();
    if state.is_kiosk() {
        return None;
    }
    let ui = &state.content().ui;
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let download = move |_| {
        let seen = Seen {
            language: &state.content().questionnaire.language,
            questionnaire: Some(&state.content().questionnaire),
        };
        let source = &state.library.source().questionnaire;
        let when = js_sys::Date::new(&state.last_change_ms.get_untracked().into());
        let authored = when.to_iso_string();
        let response = state
            .answers
            .with_untracked(|a| questionnaire_response(source, seen, a, &String::from(authored)));
        let text = serde_json::to_string_pretty(&response).unwrap_or_default();
        // The answers' local date, as printed ("Réponses du …"): sheets and files can be told apart.
        let name = download_file_name(
            &state.content().ui,
            when.get_full_year(),
            when.get_month() + 1,
            when.get_date(),
        );
        let _ = save_file(
            &name,
            "application/fhir+json",
            &text,
        );
    };
    Some(view! {
        <div class="app-hand-off">
            <div class="app-button-group">
                <button type="button" class="app-button" on:click=print>{ui.print_button.clone()}</button>
                <button type="button" class="app-button app-button--secondary" on:click=download aria-describedby="telechargement-aide">
                    {ui.download_button.clone()}
                </button>
            </div>
            <p class="app-hint" id="telechargement-aide">{ui.download_hint.clone()}</p>
        </div>
    })
}
