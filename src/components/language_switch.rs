//! The language switch on every screen: the current language, and a button for each other one, named in its own language.

use leptos::prelude::*;

use crate::state::use_app;

/// "Français · English": the current one marked, the others buttons with their own `lang`.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = use_app();
    let ui = &state.content().ui;
    let current = state.language.get_untracked();
    let items = state
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
                        on:click=move |_| state.set_language(index)>
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
