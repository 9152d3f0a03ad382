//! "Effacer mes réponses", on every screen, with one confirmation step so a slip of the finger loses nothing.

use leptos::prelude::*;

use crate::state::use_app;

/// The clear button and its confirmation.
#[component]
pub fn ClearAnswers() -> impl IntoView {
    let state = use_app();
    let ui = &state.content().ui;
    let confirming = RwSignal::new(false);
    let question_ref = NodeRef::<leptos::html::P>::new();
    let ask = move |_| {
        confirming.set(true);
        request_animation_frame(move || {
            if let Some(question) = question_ref.get_untracked() {
                let _ = question.focus();
            }
        });
    };
    let (label, question, yes, no) = (
        ui.clear_answers.clone(),
        ui.clear_confirm_question.clone(),
        ui.clear_confirm_yes.clone(),
        ui.clear_confirm_no.clone(),
    );
    view! {
        <div class="app-clear">
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="app-button app-button--secondary" on:click=ask>{label.clone()}</button>
                }
            >
                <div class="app-clear__confirm">
                    <p class="app-clear__question" tabindex="-1" node_ref=question_ref>{question.clone()}</p>
                    <div class="app-button-group">
                        <button type="button" class="app-button app-button--warning" on:click=move |_| {
                            confirming.set(false);
                            state.clear_all();
                        }>{yes.clone()}</button>
                        <button type="button" class="app-button app-button--secondary" on:click=move |_| confirming.set(false)>
                            {no.clone()}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}
