//! The information sheet, from `content/<lang>/sheet.json`, with "Écouter" on each part and its terms defined, then the way into the questionnaire.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::components::glossary_text::{
    escape, glossary_html, on_term_click, on_term_focusout, on_term_keydown,
};
use crate::components::layout::QUESTIONNAIRE_PANEL;
use crate::components::listen_button::ListenButton;
use crate::content::Content;
use crate::domain::read_aloud::section_text;
use crate::domain::route::Route;
use crate::domain::sheet::{Block, Section};
use crate::domain::ui_text::fill;
use crate::first_screen::FirstDrawing;
use crate::state::use_drawing;
use crate::state::locale::use_locale;

/// The sheet page (home). At start it is drawn one part per task, behind the pre-rendered page
/// (see `FirstDrawing`); a part, once drawn, stays.
#[component]
pub fn SheetPage() -> impl IntoView {
    let content = use_locale().content();
    let drawing = use_drawing();
    let (sheet, ui) = (&content.sheet, &content.ui);
    // Only at start is the sheet drawn part by part; afterwards it is drawn at once, with nothing
    // reactive (a reactive closure per part, re-created for each kiosk patient, costs memory).
    let starting = drawing.first_drawing();
    let drawn = move |part: usize| {
        let shown = drawing.drawn(FirstDrawing::sheet_part(part));
        move || shown.get()
    };
    let sections = if starting {
        sheet
            .sections
            .iter()
            .enumerate()
            .map(|(part, section)| {
                let shown = drawn(part);
                move || shown().then(|| section_view(content, section))
            })
            .collect_view()
            .into_any()
    } else {
        sheet
            .sections
            .iter()
            .map(|section| section_view(content, section))
            .collect_view()
            .into_any()
    };
    let rest_view = move || {
        view! {
            <section class="app-panel" aria-labelledby=QUESTIONNAIRE_PANEL>
                // Focused by the skip link "Aller au questionnaire": the next Tab is the start link.
                <h2 class="app-heading-m" id=QUESTIONNAIRE_PANEL tabindex="-1">{ui.sheet_questionnaire_heading.clone()}</h2>
                <p class="app-body">{ui.sheet_questionnaire_text.clone()}</p>
                // A real link to the questionnaire's address: it works from the first paint, before
                // the app has started (which then opens the address it finds).
                <a class="app-button app-sheet__start" href=Route::Start.to_fragment()>{ui.sheet_start_button.clone()}</a>
                {cannot_run()}
            </section>
            <section class="app-glossary" aria-labelledby="glossary">
                <h2 class="app-heading-m" id="glossary">{ui.glossary_heading.clone()}</h2>
                <p class="app-body">{ui.glossary_intro.clone()}</p>
                <dl class="app-glossary__list" inner_html=glossary_list(content)></dl>
            </section>
        }
    };
    let rest = if starting {
        let shown = drawn(sheet.sections.len());
        (move || shown().then(rest_view)).into_any()
    } else {
        rest_view().into_any()
    };
    view! {
        <article class="app-sheet" on:click=on_term_click on:keydown=on_term_keydown on:focusout=on_term_focusout>
            <p class="app-caption">{sheet.subtitle.clone()}</p>
            <h1 class="app-heading-l" tabindex="-1">{sheet.title.clone()}</h1>
            {sections}
            <p class="app-sheet__source">{sheet.source.clone()}</p>
        </article>
        {rest}
    }
}

/// One part of the sheet: its heading, "Écouter", and its text with each term marked once.
fn section_view(content: &'static Content, section: &'static Section) -> impl IntoView {
    let heading_id = format!("section-{}", section.id);
    let mut marked = BTreeSet::new();
    let mut html = |text: &str| glossary_html(&content.glossary, text, &section.id, &mut marked);
    let list = |items: &[String], html: &mut dyn FnMut(&str) -> String| -> String {
        items.iter().map(|item| format!("<li>{}</li>", html(item))).collect()
    };
    let blocks = section
        .blocks
        .iter()
        .enumerate()
        .map(|(index, block)| match block {
            Block::Paragraph(text) => {
                view! { <p class="app-body" inner_html=html(text)></p> }.into_any()
            }
            Block::List(items) => {
                let items = list(items, &mut html);
                view! { <ul class="app-list app-list--bullet" inner_html=items></ul> }.into_any()
            }
            // The app's own words, set apart from the source's and labelled as such.
            Block::Note(note) => {
                let id = format!("note-{}-{index}", section.id);
                let (label_id, title_id) = (format!("{id}-label"), format!("{id}-title"));
                let labelled_by = match note.title {
                    Some(_) => format!("{label_id} {title_id}"),
                    None => label_id.clone(),
                };
                let title = note.title.as_ref().map(|title| {
                    view! { <h3 class="app-heading-s app-note__title" id=title_id inner_html=html(title)></h3> }
                });
                let paragraphs = note
                    .paragraphs
                    .iter()
                    .map(|text| view! { <p class="app-body" inner_html=html(text)></p> })
                    .collect_view();
                let items = (!note.list.is_empty()).then(|| {
                    let items = list(&note.list, &mut html);
                    view! { <ul class="app-list app-list--bullet" inner_html=items></ul> }
                });
                view! {
                    <div class="app-note" role="note" aria-labelledby=labelled_by>
                        <p class="app-note__label" id=label_id>{content.ui.sheet_note_label.clone()}</p>
                        {title}
                        {paragraphs}
                        {items}
                    </div>
                }
                .into_any()
            }
        })
        .collect_view();
    let hidden = fill(
        &content.ui.listen_section_hidden,
        &[("heading", &section.heading)],
    );
    let (labelled_by, id) = (heading_id.clone(), heading_id.clone());
    view! {
        <section class="app-sheet__section" aria-labelledby=labelled_by>
            <h2 class="app-heading-m" id=id>{section.heading.clone()}</h2>
            <ListenButton key=heading_id text=section_text(section, &content.ui.sheet_note_label) hidden />
            {blocks}
        </section>
    }
}

/// The glossary as a definition list, written as HTML in one go (static text).
fn glossary_list(content: &Content) -> String {
    content
        .glossary
        .terms
        .iter()
        .map(|term| {
            format!(
                "<dt class=\"app-glossary__term\">{}</dt><dd class=\"app-glossary__definition\">{}</dd>",
                escape(&term.term),
                escape(&term.definition)
            )
        })
        .collect()
}

/// The message for a browser that cannot run the app, drawn only when pre-rendering `index.html`
/// (`PreRendering`, in the native `ssr` build): the app never shows it, so its code is not in the
/// patients' wasm.
#[cfg(feature = "ssr")]
fn cannot_run() -> impl IntoView {
    use crate::components::cannot_run::{CannotRun, PreRendering};
    use_context::<PreRendering>().map(|_| view! { <CannotRun /> })
}

#[cfg(not(feature = "ssr"))]
fn cannot_run() -> impl IntoView {}
