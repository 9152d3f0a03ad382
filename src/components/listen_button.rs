//! "Écouter": reads a sheet section or a question aloud, "Arrêter la lecture" while it reads; not shown without a voice for the language, its place kept.

use leptos::prelude::*;

use crate::speech;
use crate::state::use_app;

/// A read-aloud button. `key` names what it reads; `hidden` completes its name for screen readers.
#[component]
pub fn ListenButton(key: String, text: String, hidden: String) -> impl IntoView {
    let state = use_app();
    let ui = &state.content().ui;
    let key = StoredValue::new(key);
    let text = StoredValue::new(text);
    let hidden = StoredValue::new(hidden);
    let reading = move || {
        state
            .speaking
            .with(|s| s.as_deref() == Some(key.read_value().as_str()))
    };
    let toggle = move |_| {
        if reading() {
            speech::stop(state);
        } else {
            speech::speak(state, key.get_value(), &text.read_value());
        }
    };
    // Read once: when the browser's voices change, the page is redrawn (`speech::watch_voices`).
    // A reactive closure here, re-created on every page, would cost memory on a kiosk.
    // The slot keeps the button's place (also in the pre-rendered sheet): a phone's voices often
    // arrive a moment after the page, and the text must not move down when the button appears.
    let button = speech::can_speak(state).then(|| {
        view! {
            <button type="button" class="app-listen" on:click=toggle>
                <span class="app-listen__icon" aria-hidden="true">{move || if reading() { "■" } else { "▶" }}</span>
                {move || if reading() {
                    ui.listen_stop.clone().into_any()
                } else {
                    view! { {ui.listen.clone()} <span class="app-visually-hidden">" " {hidden.get_value()}</span> }.into_any()
                }}
            </button>
        }
    });
    view! { <div class="app-listen-slot">{button}</div> }
}
