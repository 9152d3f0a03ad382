//! At start: resume the answers of an earlier visit, or say plainly that they could not be read.

use leptos::prelude::*;

use crate::components::confirm::ConfirmButton;
use crate::domain::flow;
use crate::domain::stored::Saved;
use crate::state::locale::use_locale;
use crate::state::use_session;

/// "Reprendre vos réponses ?": said differently when every question was answered. Starting
/// again erases them, so it asks first, as "Effacer mes réponses" does.
#[component]
pub fn ResumePage(saved: Saved) -> impl IntoView {
    let locale = use_locale();
    let session = use_session();
    let ui = &locale.content().ui;
    let finished = flow::is_complete(locale.rules(), &saved.answers);
    let text = if finished {
        &ui.resume_finished_text
    } else {
        &ui.resume_text
    };
    view! {
        <h1 class="app-heading-l" tabindex="-1">{ui.resume_title.clone()}</h1>
        <p class="app-body">{text.clone()}</p>
        <div class="app-button-group">
            <button type="button" class="app-button" on:click=move |_| session.resume(saved.clone())>{ui.resume_button.clone()}</button>
        </div>
        <ConfirmButton
            label=ui.restart_button.clone()
            question=ui.restart_confirm_question.clone()
            yes=ui.clear_confirm_yes.clone()
            no=ui.clear_confirm_no.clone()
            on_yes=Callback::new(move |_| session.restart())
        />
    }
}

/// Stored answers that could not be read: the patient is told, and starts again.
#[component]
pub fn UnreadablePage() -> impl IntoView {
    let session = use_session();
    let ui = &use_locale().content().ui;
    view! {
        <h1 class="app-heading-l" tabindex="-1">{ui.unreadable_title.clone()}</h1>
        <p class="app-body">{ui.unreadable_text.clone()}</p>
        <button type="button" class="app-button" on:click=move |_| session.restart()>{ui.restart_button.clone()}</button>
    }
}
