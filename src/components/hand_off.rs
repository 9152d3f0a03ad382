//! "Imprimer" and "Télécharger mes réponses": the patient carries the answers to the team; nothing is sent.

use leptos::prelude::*;

use crate::domain::questionnaire_response::{Seen, questionnaire_response};
use crate::domain::ui_text::download_file_name;
use crate::browser::download::save_file;
use crate::state::use_kiosk;
use crate::state::locale::use_locale;
use crate::state::use_session;

/// The print and download buttons, at home only: on a shared tablet, printing offers "Save as
/// PDF" (a file left on the tablet, and a way out of the app), and a download leaves a file.
#[component]
pub fn HandOff() -> impl IntoView {
    if use_kiosk().is_some() {
        return None;
    }
    let locale = use_locale();
    let session = use_session();
    let ui = &locale.content().ui;
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let download = move |_| {
        let when = js_sys::Date::new(&session.last_change_ms.get_untracked().into());
        let authored = when.to_iso_string();
        let seen = Seen {
            language: locale.code(),
            questionnaire: Some(&locale.content().questionnaire),
        };
        let response = session.answers.with_untracked(|a| {
            questionnaire_response(locale.rules(), seen, a, &String::from(authored))
        });
        let text = serde_json::to_string_pretty(&response).unwrap_or_default();
        // The answers' local date, as printed ("Réponses du …"): sheets and files can be told apart.
        let name = download_file_name(
            &locale.content().ui,
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
                <button type="button" class="app-button app-button--secondary" on:click=download aria-describedby="download-help">
                    {ui.download_button.clone()}
                </button>
            </div>
            <p class="app-hint" id="download-help">{ui.download_hint.clone()}</p>
        </div>
    })
}
