//! Messages at the top of the page: storage unavailable, answers cleared (here or in another tab). Announced politely.

use leptos::prelude::*;

use crate::state::locale::use_locale;
use crate::state::navigation::Notice;
use crate::state::use_navigation;
use crate::state::use_session;

/// The notice area; always present so that screen readers announce what appears in it.
#[component]
pub fn Notices() -> impl IntoView {
    let locale = use_locale();
    let session = use_session();
    let navigation = use_navigation();
    let ui = &locale.content().ui;
    let storage_text = ui.storage_unavailable.clone();
    let cleared_text = ui.cleared_notice.clone();
    let cleared_elsewhere_text = ui.cleared_elsewhere_notice.clone();
    let expired_text = crate::domain::ui_text::fill_counted(
        &ui.retention_notice,
        &[("days", &locale.content().clinic.retention_days.to_string())],
        &locale.plural_rules(),
    );
    view! {
        <div role="status" class="app-notices">
            <Show when=move || !session.storage_ok.get()>
                <p class="app-notice app-notice--warning">{storage_text.clone()}</p>
            </Show>
            <Show when=move || navigation.notice.get() == Some(Notice::Cleared)>
                <p class="app-notice app-notice--success">{cleared_text.clone()}</p>
            </Show>
            <Show when=move || navigation.notice.get() == Some(Notice::ClearedElsewhere)>
                <p class="app-notice app-notice--success">{cleared_elsewhere_text.clone()}</p>
            </Show>
            <Show when=move || navigation.notice.get() == Some(Notice::Expired)>
                <p class="app-notice app-notice--success">{expired_text.clone()}</p>
            </Show>
        </div>
    }
}
