//! The banner of a translation no health professional has checked yet: on every screen, in the patient's language and in French under it, not dismissible (GOV.UK's phase banner).

use leptos::prelude::*;

use crate::state::locale::use_locale;

/// Nothing in French (the source) or in a reviewed translation; else the tag « Traduction non
/// vérifiée » and the sentence, in the language shown, then the French sentence (`lang="fr"`).
#[component]
pub fn TranslationBanner() -> impl IntoView {
    let locale = use_locale();
    if locale.is_reviewed() {
        return ().into_any();
    }
    let ui = &locale.content().ui;
    let source = &locale.library.source().ui;
    let source_code = locale.library.languages[0].info.code.clone();
    view! {
        <div class="app-translation-banner">
            <p class="app-translation-banner__content">
                <strong class="app-tag app-translation-banner__tag">{ui.translation_unreviewed.clone()}</strong>
                " "
                <span class="app-translation-banner__text">{ui.translation_banner.clone()}</span>
            </p>
            <p class="app-translation-banner__source" lang=source_code dir="ltr">{source.translation_banner.clone()}</p>
        </div>
    }
    .into_any()
}
