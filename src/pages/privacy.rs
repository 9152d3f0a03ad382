//! The privacy note: everything the app keeps and why, where, for how long, how to delete it.

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
    let (paragraphs, intro, kept) = if use_kiosk().is_some() {
        (&ui.kiosk_privacy_paragraphs, &ui.kiosk_privacy_kept_intro, &ui.kiosk_privacy_kept)
    } else {
        (&ui.privacy_paragraphs, &ui.privacy_kept_intro, &ui.privacy_kept)
    };
    let paragraph = |p: &String| view! { <p class="app-body">{fill_counted(p, &[("days", &days)], &rules)}</p> };
    view! {
        <h1 class="app-heading-l" tabindex="-1">{ui.privacy_title.clone()}</h1>
        {paragraphs.first().map(paragraph)}
        <p class="app-body" id="kept-intro">{intro.clone()}</p>
        <ul class="app-list app-list--bullet" aria-labelledby="kept-intro">
            {kept.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}
        </ul>
        {paragraphs.iter().skip(1).map(paragraph).collect_view()}
        <p class="app-body"><a class="app-link" href=back>{ui.privacy_back.clone()}</a></p>
    }
}
