//! The language switch on every screen: every language in the clinic's order, each named in itself (its own `lang` and `dir`), the current one marked, the unreviewed translations marked, and what is happening to a language being fetched.

use leptos::prelude::*;

use crate::browser::focus::focus_first;
use crate::domain::language_choice::Fetching;
use crate::state::locale::use_locale;

/// "Français · English* · العربية* …": the current one marked, the others buttons with their own
/// `lang` and `dir`; a translation no health professional has checked has a star, explained by
/// the note after the list (« * Traduction non vérifiée »), which screen readers hear with it.
/// While a chosen language is fetched the switch is busy and says so; if it cannot be, it says
/// that too (the language shown stays).
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
    let note_id = "language-unreviewed-note";
    let mut any_unreviewed = false;
    let items = locale
        .order()
        .into_iter()
        .map(|index| {
            let info = &locale.library.languages[index].info;
            let unreviewed = !info.is_reviewed(index == 0);
            any_unreviewed |= unreviewed;
            let described = unreviewed.then_some(note_id);
            let item = if index == current {
                view! {
                    <span class="app-language__current" aria-current="true" lang=info.code.clone() dir=info.dir.clone()
                        aria-describedby=described>{info.name.clone()}</span>
                }
                .into_any()
            } else {
                view! {
                    <button type="button" class="app-language__button" lang=info.code.clone() dir=info.dir.clone()
                        aria-describedby=described on:click=move |_| choose(index)>
                        {info.name.clone()}
                    </button>
                }
                .into_any()
            };
            let star = unreviewed.then(|| view! { <span class="app-language__star" aria-hidden="true">"*"</span> });
            view! { <li class="app-language__item">{item}{star}</li> }
        })
        .collect_view();
    let note = any_unreviewed.then(|| {
        view! {
            <p class="app-language__note" id=note_id>
                <span aria-hidden="true">"* "</span>{ui.translation_unreviewed.clone()}
            </p>
        }
    });
    view! {
        <nav class="app-language" aria-label=ui.language_label.clone()
            aria-busy=move || locale.fetching.get().loading().is_some().then_some("true")>
            <ul class="app-language__list">{items}</ul>
            <LanguageStatus />
            {note}
        </nav>
    }
}

/// What is happening to a chosen language that the app is fetching, said where the patient is
/// looking (the switch, the kiosk's grid), with the language's name in itself; nothing otherwise.
#[component]
pub fn LanguageStatus() -> impl IntoView {
    let locale = use_locale();
    let ui = &locale.content().ui;
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
    view! { <p class="app-language__status" role="status">{status}</p> }
}
