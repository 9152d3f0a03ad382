//! The message under the pre-rendered sheet for a browser that cannot run the app: drawn only at build time, shown by the start script (`web/start.js`) if the app fails.

use leptos::prelude::*;

use std::collections::BTreeMap;

use crate::components::isolated::isolated;
use crate::domain::plural::{fill_plurals, plurals_in};
use crate::domain::contract::CONTRACT;
use crate::state::locale::use_locale;

/// Marks a drawing made at build time for `index.html` (the `prerender` crate), which adds what
/// only the page before the app needs.
#[derive(Clone, Copy)]
pub struct PreRendering;

/// An empty alert region (so that the message is announced when it fills; its id is where
/// the start script's pointer at the top of the page leads), then the message for a patient at
/// home and the one for staff at a kiosk, as templates the start script copies into it. A retry
/// button, and at home the ways forward: another device, the paper questionnaire, the centre's
/// phone (unless still the shipped placeholder; the start script puts the one of the published
/// `clinic.json` in its place, `data-call`). Last, the privacy note, which the start script shows
/// under its link in the footer (the app's privacy page cannot open), the number of days in
/// `data-days` (also from the published `clinic.json`).
#[component]
pub fn CannotRun() -> impl IntoView {
    let locale = use_locale();
    let ui = &locale.content().ui;
    let clinic = &locale.content().clinic;
    let title = || view! { <h3 class="app-heading-s">{ui.cannot_run_title.clone()}</h3> };
    let retry = || {
        view! { <button type="button" class="app-button" data-action=CONTRACT.templates.reload>{ui.cannot_run_retry.clone()}</button> }
    };
    let call = clinic.shown_phone().map(|phone| {
        let phone = phone.replace(' ', "\u{a0}");
        view! { <li data-call=""><a class="app-link" href=clinic.tel_href()>{isolated(&ui.clinic_call, &[("phone", phone, true)])}</a></li> }
    });
    let rules = locale.plural_rules();
    let retention = u64::from(clinic.retention_days);
    let paragraph = move |paragraph: &String| {
        // The days in their own element, the plural's forms in its `data-days` (`{"one":"# jour",
        // "other":"# jours"}`), so that the start script can put the published number there in
        // its right form (the browser's `Intl.PluralRules`).
        let plurals = plurals_in(paragraph).unwrap_or_default();
        let Some(days) = plurals.into_iter().find(|p| p.name == "days") else {
            return view! { <p class="app-body">{paragraph.clone()}</p> }.into_any();
        };
        let forms: BTreeMap<&str, &str> = days.forms.iter().copied().collect();
        let forms = serde_json::to_string(&forms).unwrap_or_default();
        let shown = fill_plurals(&paragraph[days.start..days.end], &[("days", retention)], &rules);
        let (before, after) = (paragraph[..days.start].to_owned(), paragraph[days.end..].to_owned());
        view! { <p class="app-body">{before}<span data-days=forms>{shown}</span>{after}</p> }.into_any()
    };
    let privacy = view! {
        {ui.privacy_paragraphs.first().map(paragraph)}
        <p class="app-body">{ui.privacy_kept_intro.clone()}</p>
        <ul class="app-list app-list--bullet">
            {ui.privacy_kept.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}
        </ul>
        {ui.privacy_paragraphs.iter().skip(1).map(paragraph).collect_view()}
    };
    view! {
        <div class="app-cannot-run" id=CONTRACT.ids.cannot_run tabindex="-1" role="alert"></div>
        <template data-for=CONTRACT.templates.home>
            {title()}
            <p class="app-body">{ui.cannot_run_text.clone()}</p>
            <ul class="app-list app-list--bullet">
                <li>{ui.cannot_run_update.clone()}</li>
                <li>{ui.cannot_run_paper.clone()}</li>
                {call}
            </ul>
            {retry()}
        </template>
        <template data-for=CONTRACT.templates.kiosk>
            {title()}
            <p class="app-body">{ui.kiosk_cannot_run_text.clone()}</p>
            {retry()}
        </template>
        <template data-for=CONTRACT.templates.privacy>
            <h2 class="app-heading-m" tabindex="-1">{ui.privacy_title.clone()}</h2>
            {privacy}
        </template>
    }
}
