//! The language switch on every screen: the current language, a button for each other one, named in its own language, and what is happening to a language being fetched.

use leptos::prelude::*;

use crate::browser::focus::focus_first;
use crate::domain::language_choice::Fetching;
use crate::state::locale::use_locale;

/// "Français · English": the current one marked, the others buttons with their own `lang`. While a
/// chosen language is fetched the switch is busy and says so; if it cannot be, it says that too
/// (the language shown stays).
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    let ui = &locale.content().ui;
    let current = locale.language.get_untracked();
    // The whole screen is redrawn in the new language; the focus goes back to the switch, so
    // that the patient can switch back at once.
    let choose = move |index: usize| {
        locale.set(index, || focus_first(".app-language__button"));
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
    let (loading_text, failed_text) = (ui.language_loading.clone(), ui.language_failed.clone());
    // What is happening, said where the patient is looking: the language's name in itself.
    let status = move || {
        let (index, text) = match locale.fetching.get() {
            Fetching::Loading(index) => (index, &loading_text),
            Fetching::Failed(index) => (index, &failed_text),
            Fetching::Idle => return None,
        };
        let info = &locale.library.languages[index].info;
        let (before, after) = text.split_once("{language}").unwrap_or((text.as_str(), ""));
        Some(view! {
            {before.to_owned()}
            <span lang=info.code.clone() dir=info.dir.clone()>{info.name.clone()}</span>
            {after.to_owned()}
        })
    };
    view! {
        <nav class="app-language" aria-label=ui.language_label.clone()
            aria-busy=move || locale.fetching.get().loading().is_some().then_some("true")>
            <ul class="app-language__list">{items}</ul>
            <p class="app-language__status" role="status">{status}</p>
        </nav>
    }
}
