//! Kiosk welcome screen: every patient starts here, on a blank questionnaire.

use leptos::prelude::*;

use crate::state::use_app;

/// "Touchez l'écran pour commencer": the whole screen is one large button.
#[component]
pub fn WelcomePage() -> impl IntoView {
    let state = use_app();
    let ui = &state.content().ui;
    view! {
        <h1 class="app-heading-l" tabindex="-1">{ui.welcome_title.clone()}</h1>
        <p class="app-body">{ui.welcome_text.clone()}</p>
        <button type="button" class="app-button app-button--welcome" on:click=move |_| state.start_kiosk_session()>
            {ui.welcome_button.clone()}
        </button>
    }
}
