//! At start: resume the answers of an earlier visit, or say plainly that they could not be read.

use leptos::prelude::*;

use crate::domain::stored::Saved;
use crate::state::use_app;

/// "Reprendre vos réponses ?"
#[component]
pub fn ResumePage(saved: Saved) -> impl IntoView {
    let state = use_app();
    let ui = &state.content().ui;
    view! {
        <h1 class="app-heading-l" tabindex="-1">{ui.resume_title.clone()}</h1>
        <p class="app-body">{ui.resume_text.clone()}</p>
        <div class="app-button-group">
            <button type="button" class="app-button" on:click=move |_| state.resume(saved.clone())>{ui.resume_button.clone()}</button>
            <button type="button" class="app-button app-button--secondary" on:click=move |_| state.restart()>{ui.restart_button.clone()}</button>
        </div>
    }
}

/// Stored answers that could not be read: the patient is told, and starts again.
#[component]
pub fn UnreadablePage() -> impl IntoView {
    let state = use_app();
    let ui = &state.content().ui;
    view! {
        <h1 class="app-heading-l" tabindex="-1">{ui.unreadable_title.clone()}</h1>
        <p class="app-body">{ui.unreadable_text.clone()}</p>
        <button type="button" class="app-button" on:click=move |_| state.restart()>{ui.restart_button.clone()}</button>
    }
}
