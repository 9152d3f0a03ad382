//! The information sheet, from `content/fr/sheet.json`, then the way into the questionnaire.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::sheet::Block;
use crate::state::use_app;

/// The sheet page (home).
#[component]
pub fn SheetPage() -> impl IntoView {
    let state = use_app();
    let sheet = &state.content.sheet;
    let ui = &state.content.ui;
    let sections = sheet
        .sections
        .iter()
        .map(|section| {
            let heading_id = format!("section-{}", section.id);
            let labelled_by = heading_id.clone();
            let blocks = section
                .blocks
                .iter()
                .map(|block| match block {
                    Block::Paragraph(text) => view! { <p class="app-body">{text.clone()}</p> }.into_any(),
                    Block::List(items) => view! {
                        <ul class="app-list app-list--bullet">
                            {items.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}
                        </ul>
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <section class="app-sheet__section" aria-labelledby=labelled_by>
                    <h2 class="app-heading-m" id=heading_id>{section.heading.clone()}</h2>
                    {blocks}
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="app-sheet">
            <p class="app-caption">{sheet.subtitle.clone()}</p>
            <h1 class="app-heading-l" tabindex="-1">{sheet.title.clone()}</h1>
            {sections}
            <p class="app-sheet__source">{sheet.source.clone()}</p>
        </article>
        <section class="app-panel" aria-labelledby="avant-rendez-vous">
            <h2 class="app-heading-m" id="avant-rendez-vous">{ui.sheet_questionnaire_heading.clone()}</h2>
            <p class="app-body">{ui.sheet_questionnaire_text.clone()}</p>
            <button type="button" class="app-button" on:click=move |_| state.go(Route::Start)>
                {ui.sheet_start_button.clone()}
            </button>
        </section>
    }
}
