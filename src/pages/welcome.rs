//! Kiosk welcome screen: every patient starts here, on a blank questionnaire.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::use_kiosk;
use crate::state::locale::use_locale;

/// "Touchez l'écran pour commencer": a tap anywhere on the screen starts (but on the language and
/// text-size controls, which keep their own use), and so do Enter and Space from anywhere.
#[component]
pub fn WelcomePage() -> impl IntoView {
    let ui = &use_locale().content().ui;
    // Only a kiosk shows this page (`state::screen`).
    let Some(kiosk) = use_kiosk() else {
        return ().into_any();
    };
    let on_a_control = |target: Option<web_sys::EventTarget>| {
        target
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button, a, input, select, textarea, dialog").ok().flatten())
            .is_some()
    };
    let tap = window_event_listener(leptos::ev::click, move |ev| {
        if !on_a_control(ev.target()) {
            kiosk.start();
        }
    });
    let key = window_event_listener(leptos::ev::keydown, move |ev| {
        if (ev.key() == "Enter" || ev.key() == " ") && !on_a_control(ev.target()) {
            ev.prevent_default();
            kiosk.start();
        }
    });
    on_cleanup(move || {
        tap.remove();
        key.remove();
    });
    view! {
        <h1 class="app-heading-l" tabindex="-1">{ui.welcome_title.clone()}</h1>
        <p class="app-body">{ui.welcome_text.clone()}</p>
        <button type="button" class="app-button app-button--welcome" on:click=move |_| kiosk.start()>
            {ui.welcome_button.clone()}
        </button>
    }
    .into_any()
}
