//! The points the team checks itself (the questionnaire's top-level display items), as a list.

use leptos::prelude::*;

use crate::state::use_app;

/// The list of team checks, shown before the questions and on the outcome.
#[component]
pub fn TeamChecks() -> impl IntoView {
    let state = use_app();
    view! {
        <ul class="app-list app-list--bullet">
            {state.content().questionnaire.team_checks().map(|item| view! { <li>{item.text.clone()}</li> }).collect_view()}
        </ul>
    }
}
