//! "Écouter": reads a sheet section or a question aloud, "Arrêter la lecture" while it reads; always shown: without a voice for the language, a tap says so.

use leptos::prelude::*;

use crate::browser::speech;
use crate::state::locale::use_locale;

/// A read-aloud button. `key` names what it reads; `hidden` completes its name for screen readers.
#[component]
pub fn ListenButton(key: String, text: String, hidden: String) -> impl IntoView {
    let locale = use_locale();
    let ui = &locale.content().ui;
    let key = StoredValue::new(key);
    let text = StoredValue::new(text);
    let hidden = StoredValue::new(hidden);
    // Whether this button's text is being read: the button's own signal, set by `speech` (never
    // a subscription to the app's long-lived state, which a kiosk's pages would leak).
    let reading_now = RwSignal::new(false);
    let reading = move || reading_now.get();
    // The button is always there, so that nothing moves when a phone's voices arrive a moment
    // after the page, and no blank space is left without a voice: tapped with no voice for the
    // language, it says so under itself. Whether a voice is there is checked on the tap.
    let unavailable = RwSignal::new(false);
    let toggle = move |_| {
        if reading_now.get_untracked() {
            speech::stop();
        } else if speech::can_speak_now(locale.code()) {
            unavailable.set(false);
            speech::speak(locale.code(), key.get_value(), &text.read_value(), reading_now);
        } else {
            unavailable.set(true);
        }
    };
    view! {
        <div class="app-listen-slot">
            <button type="button" class="app-listen" on:click=toggle>
                <span class="app-listen__icon" aria-hidden="true">{move || if reading() { "■" } else { "▶" }}</span>
                {move || if reading() {
                    ui.listen_stop.clone().into_any()
                } else {
                    view! { {ui.listen.clone()} <span class="app-visually-hidden">" " {hidden.get_value()}</span> }.into_any()
                }}
            </button>
            <p class="app-listen__note" role="status">{move || unavailable.get().then(|| view! { <span class="app-listen__unavailable">{ui.listen_unavailable.clone()}</span> })}</p>
        </div>
    }
}
