//! Kiosk welcome screen: every patient starts here, on a blank questionnaire, and chooses a language on a grid of large buttons.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::focus::focus_first;
use crate::browser::language::browser_choice;
use crate::components::language_switch::LanguageStatus;
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
        <LanguageGrid />
    }
    .into_any()
}

/// Every language as a large button, in the clinic's order: its name in itself (its own `lang`
/// and `dir`), its French name in small type for the staff, no flag; the chosen one pressed, a
/// translation not yet checked marked, the browser's language suggested (never chosen by itself:
/// the tablet is shared). A tap shows the welcome screen in that language.
#[component]
fn LanguageGrid() -> impl IntoView {
    let locale = use_locale();
    let ui = &locale.content().ui;
    let current = locale.language.get_untracked();
    let suggested = browser_choice(locale.library, None);
    let source = locale.library.languages[0].info.code.clone();
    let choose = move |index: usize| {
        locale.set(index, || focus_first(".app-language-grid__button[aria-pressed=\"true\"]"));
    };
    let buttons = locale
        .order()
        .into_iter()
        .map(|index| {
            let info = &locale.library.languages[index].info;
            let unreviewed = (!info.is_reviewed(index == 0)).then(|| {
                view! { <span class="app-language-grid__mark">{ui.translation_unreviewed.clone()}</span> }
            });
            let suggestion = (index == suggested).then(|| {
                view! { <span class="app-language-grid__mark app-language-grid__mark--suggested">{ui.language_suggested.clone()}</span> }
            });
            // The marks are in the language shown (the screen's), not the button's.
            let shown = locale.code();
            let shown_dir = locale.info().dir.clone();
            view! {
                <li class="app-language-grid__item">
                    <button type="button" class="app-language-grid__button" aria-pressed=(index == current).to_string()
                        on:click=move |_| choose(index)>
                        <span class="app-language-grid__name" lang=info.code.clone() dir=info.dir.clone()>{info.name.clone()}</span>
                        <span class="app-language-grid__french" lang=source.clone() dir="ltr">{info.name_fr.clone()}</span>
                        <span lang=shown dir=shown_dir>{suggestion}{unreviewed}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="app-heading-m" id="choose-language">{ui.language_choose.clone()}</h2>
        <ul class="app-language-grid" aria-labelledby="choose-language">{buttons}</ul>
        <LanguageStatus />
    }
}
