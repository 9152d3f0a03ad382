//! The privacy note: what is stored, where, for how long, how to delete it.

use leptos::prelude::*;

use crate::domain::ui_text::fill_counted;
use crate::state::use_kiosk;
use crate::state::locale::use_locale;
use crate::state::use_navigation;

/// The privacy page.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let locale = use_locale();
    let navigation = use_navigation();
    let ui = &locale.content().ui;
    let back = move || navigation.last_route.get().to_fragment();
    let days = locale.content().clinic.retention_days.to_string();
    let rules = locale.plural_rules();
    // On a shared tablet nothing is kept: the home text (kept for days) would be false there.
    let paragraphs = if use_kiosk().is_some() { &ui.kiosk_privacy_paragraphs } else { &ui.privacy_paragraphs };
    view! {
        <h1 class="app-heading-l" tabindex="-1">{ui.privacy_title.clone()}</h1>
        {paragraphs.iter().map(|p| view! { <p class="app-body">{fill_counted(p, &[("days", &days)], &rules)}</p> }).collect_view()}
        <p class="app-body"><a class="app-link" href=back>{ui.privacy_back.clone()}</a></p>
    }
}
