//! "Effacer mes réponses", on every screen, with one confirmation step so a slip of the finger loses nothing.

use leptos::prelude::*;

use crate::components::confirm::ConfirmButton;
use crate::state::use_app;

/// The clear button and its confirmation (`.app-clear`: the start script finds it there when it
/// was tapped before the app started).
#[component]
pub fn ClearAnswers() -> impl IntoView {
    let state = use_app();
    let ui = &state.content().ui;
    view! {
        <div class="app-clear">
            <ConfirmButton
                label=ui.clear_answers.clone()
                question=ui.clear_confirm_question.clone()
                yes=ui.clear_confirm_yes.clone()
                no=ui.clear_confirm_no.clone()
                on_yes=Callback::new(move |_| state.clear_all())
            />
        </div>
    }
}
