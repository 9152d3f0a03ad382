//! A button that asks before it erases: its question and "Oui" / "Non" take its place, brought into view, with the focus on the question.

use leptos::prelude::*;

use crate::browser::focus::{bring_into_view, focus_without_scrolling};

/// The button `label`; tapped, it is replaced by `question`, a warning button `yes` (which runs
/// `on_yes`) and `no` (which puts the button back, focused). The question is scrolled into view
/// whole (a phone's screen may show only the button) and takes the focus, so that screen readers
/// read it.
#[component]
pub fn ConfirmButton(
    label: String,
    question: String,
    yes: String,
    no: String,
    on_yes: Callback<()>,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let block_ref = NodeRef::<leptos::html::Div>::new();
    let question_ref = NodeRef::<leptos::html::P>::new();
    let button_ref = NodeRef::<leptos::html::Button>::new();
    let ask = move |_| {
        confirming.set(true);
        request_animation_frame(move || {
            if let (Some(block), Some(question)) =
                (block_ref.get_untracked(), question_ref.get_untracked())
            {
                bring_into_view(&block);
                focus_without_scrolling(&question);
            }
        });
    };
    let cancel = move |_| {
        confirming.set(false);
        request_animation_frame(move || {
            if let Some(button) = button_ref.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    view! {
        <Show
            when=move || confirming.get()
            fallback=move || view! {
                <button type="button" class="app-button app-button--secondary" node_ref=button_ref on:click=ask>{label.clone()}</button>
            }
        >
            <div class="app-confirm" node_ref=block_ref>
                <p class="app-confirm__question" tabindex="-1" node_ref=question_ref>{question.clone()}</p>
                <div class="app-button-group">
                    <button type="button" class="app-button app-button--warning" on:click=move |_| {
                        confirming.set(false);
                        on_yes.run(());
                    }>{yes.clone()}</button>
                    <button type="button" class="app-button app-button--secondary" on:click=cancel>{no.clone()}</button>
                </div>
            </div>
        </Show>
    }
}
