//! The language switch on every screen: the current language, and a button for each other one, named in its own language.

use leptos::prelude::*;

use crate::browser::focus::focus_first;
use crate::state::locale::use_locale;

/// "Français · English": the current one marked, the others buttons with their own `lang`.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    let ui = &locale.content().ui;
    let current = locale.language.get_untracked();
    // The whole screen is redrawn in the new language; the focus goes back to the switch, so
    // that the patient can switch back at once.
    let choose = move |index: usize| {
        locale.set(index);
        focus_first(".app-language__button");
    };
    let items = locale
        .library
        .languages
        .iter()
        .enumerate()
        .map(|(index, language)| {
            let info = &language.info;
            let item = if index == current {
                view! { <span class="app-language__current" aria-current="true" lang=info.code.clone()>{info.name.clone()}</span> }.into_any()
            } else {
                view! {
                    <button type="button" class="app-language__button" lang=info.code.clone()
                        on:click=move |_| choose(index)>
                        {info.name.clone()}
                    </button>
                }
                .into_any()
            };
            view! { <li class="app-language__item">{item}</li> }
        })
        .collect_view();
    view! {
        <nav class="app-language" aria-label=ui.language_label.clone()>
            <ul class="app-language__list">{items}</ul>
        </nav>
    }
}
