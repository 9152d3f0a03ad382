//! The points the team checks itself (the questionnaire's top-level display items), as a list.

use leptos::prelude::*;

use crate::state::locale::use_locale;

/// The list of team checks, shown before the questions and on the outcome.
#[component]
pub fn TeamChecks() -> impl IntoView {
    let locale = use_locale();
    let items = locale
        .content()
        .questionnaire
        .team_checks()
        .map(|item| item.text.clone())
        .collect();
    view! { <TeamCheckList items /> }
}

/// A list of the team's checks (the patient's pages, the reception desk's).
#[component]
pub fn TeamCheckList(items: Vec<String>) -> impl IntoView {
    view! {
        <ul class="app-list app-list--bullet">
            {items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
        </ul>
    }
}
