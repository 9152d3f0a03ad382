//! "Retour": a link to the previous screen that keeps every answer (GOV.UK back link).

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::state::locale::use_locale;

/// A back link to `to`.
#[component]
pub fn BackLink(to: Route) -> impl IntoView {
    let locale = use_locale();
    view! { <a class="app-back-link" href=to.to_fragment()>{locale.content().ui.back.clone()}</a> }
}
