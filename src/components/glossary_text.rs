//! Sheet text with its medical terms marked: each term is a button that shows its plain-word definition (on tap, or on keyboard focus).

use std::collections::BTreeSet;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::glossary::Segment;
use crate::state::use_app;

/// `text`, with the terms not yet in `marked` (this part of the sheet) made into definition buttons.
/// `scope` makes the definitions' ids unique on the page.
pub fn glossary_text(text: &'static str, scope: &str, marked: &mut BTreeSet<usize>) -> impl IntoView + use<> {
    let state = use_app();
    let glossary = &state.content().glossary;
    glossary
        .mark(text, marked)
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(plain) => plain.into_any(),
            Segment::Term(words, index) => {
                let term = &glossary.terms[index];
                let id = format!("definition-{scope}-{}", term.id);
                view! { <Term words definition=term.definition.as_str() id /> }.into_any()
            }
        })
        .collect_view()
}

fn button_of(ev: &leptos::ev::Event) -> Option<web_sys::Element> {
    ev.current_target()?.dyn_into::<web_sys::Element>().ok()
}

/// One term. The definition is its description (read on focus by screen readers) and is shown
/// under the line when the term is tapped (`aria-expanded`) or reached with the keyboard;
/// Escape hides it. The state lives on the element: nothing reactive to free.
#[component]
fn Term(words: &'static str, definition: &'static str, id: String) -> impl IntoView {
    let toggle = |ev: leptos::ev::MouseEvent| {
        if let Some(button) = button_of(&ev) {
            let open = button.get_attribute("aria-expanded").as_deref() == Some("true");
            let _ = button.set_attribute("aria-expanded", if open { "false" } else { "true" });
            let _ = button.remove_attribute("data-ferme");
        }
    };
    let escape = |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            if let Some(button) = button_of(&ev) {
                let _ = button.set_attribute("aria-expanded", "false");
                let _ = button.set_attribute("data-ferme", "");
            }
        }
    };
    let blur = |ev: leptos::ev::FocusEvent| {
        if let Some(button) = button_of(&ev) {
            let _ = button.remove_attribute("data-ferme");
        }
    };
    view! {
        <span class="app-term">
            <button type="button" class="app-term__button" aria-expanded="false" aria-controls=id.clone()
                aria-describedby=id.clone() on:click=toggle on:keydown=escape on:blur=blur>
                {words}
            </button>
            <span class="app-term__definition" id=id>{definition}</span>
        </span>
    }
}
