//! The error summary at the top of a question page (GOV.UK pattern): takes focus, links to the field.

use leptos::prelude::*;

use crate::state::locale::use_locale;

/// A summary of one error; `field_id` is the element its link focuses.
#[component]
pub fn ErrorSummary(message: Signal<String>, field_id: String) -> impl IntoView {
    let locale = use_locale();
    let summary_ref = NodeRef::<leptos::html::Div>::new();
    // Focus moves to the summary when it appears, so screen readers read it first.
    Effect::new(move |_| {
        if let Some(summary) = summary_ref.get() {
            let _ = summary.focus();
        }
    });
    let target = field_id.clone();
    // The address fragment holds the route, so the link focuses the field itself.
    let focus_field = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let field = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&target));
        if let Some(field) = field {
            use wasm_bindgen::JsCast;
            if let Ok(field) = field.dyn_into::<web_sys::HtmlElement>() {
                field.scroll_into_view();
                let _ = field.focus();
            }
        }
    };
    view! {
        <div class="app-error-summary" tabindex="-1" node_ref=summary_ref>
            <div role="alert">
                <h2 class="app-error-summary__title">{locale.content().ui.error_summary_title.clone()}</h2>
                <ul class="app-error-summary__list">
                    <li><a href=format!("#{field_id}") on:click=focus_field>{message}</a></li>
                </ul>
            </div>
        </div>
    }
}
