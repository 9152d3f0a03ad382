//! "Vérifiez vos réponses": every shown question with its answer and a "Modifier" link (GOV.UK check answers).

use leptos::prelude::*;

use crate::components::back_link::BackLink;
use crate::domain::outcome::summary;
use crate::domain::route::Route;
use crate::domain::ui_text::fill;
use crate::state::locale::use_locale;
use crate::state::use_navigation;
use crate::state::use_session;

/// The check-answers page.
#[component]
pub fn CheckPage() -> impl IntoView {
    let locale = use_locale();
    let navigation = use_navigation();
    let ui = &locale.content().ui;
    let texts = &locale.content().questionnaire;
    let rows = use_session()
        .answers
        .with_untracked(|a| summary(locale.rules(), texts, a));
    let last = rows.last().map(|r| r.link_id.clone()).unwrap_or_default();
    let rows = rows
        .into_iter()
        .map(|row| {
            let change = Route::Question { link_id: row.link_id.clone(), from_check: true };
            view! {
                <div class="app-summary__row">
                    <dt class="app-summary__key">{row.question.clone()}</dt>
                    <dd class="app-summary__value"><bdi>{row.answer.unwrap_or_else(|| ui.check_empty.clone())}</bdi></dd>
                    <dd class="app-summary__actions">
                        <a class="app-link" href=change.to_fragment()>
                            {ui.check_change.clone()}
                            <span class="app-visually-hidden">" " {fill(&ui.check_change_hidden, &[("question", &row.question)])}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <BackLink to=Route::Question { link_id: last, from_check: false } />
        <h1 class="app-heading-l" tabindex="-1">{ui.check_title.clone()}</h1>
        <p class="app-body">{ui.check_intro.clone()}</p>
        <dl class="app-summary">{rows}</dl>
        <button type="button" class="app-button" on:click=move |_| navigation.go(Route::Outcome)>{ui.check_continue.clone()}</button>
    }
}
