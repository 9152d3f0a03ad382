//! "Avant de commencer": how the questionnaire works, and what the team checks itself.

use leptos::prelude::*;

use crate::components::back_link::BackLink;
use crate::components::team_checks::TeamChecks;
use crate::domain::flow::first_route;
use crate::domain::route::Route;
use crate::state::locale::use_locale;
use crate::state::use_navigation;
use crate::state::use_session;

/// The questionnaire's start page.
#[component]
pub fn StartPage() -> impl IntoView {
    let locale = use_locale();
    let (session, navigation) = (use_session(), use_navigation());
    let ui = &locale.content().ui;
    let q = locale.rules();
    let begin = move |_| {
        let route = session.answers.with(|a| first_route(q, a));
        navigation.go(route);
    };
    view! {
        <BackLink to=Route::Sheet />
        <h1 class="app-heading-l" tabindex="-1">{ui.start_title.clone()}</h1>
        {ui.start_paragraphs.iter().map(|p| view! { <p class="app-body">{p.clone()}</p> }).collect_view()}
        <h2 class="app-heading-m">{ui.team_checks_heading.clone()}</h2>
        <p class="app-body">{ui.team_checks_intro.clone()}</p>
        <TeamChecks />
        <button type="button" class="app-button app-button--start" on:click=begin>{ui.start_button.clone()}</button>
    }
}
