//! "Retour": a link to the previous screen that keeps every answer (GOV.UK back link).

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::state::use_app;

/// A back link to `to`.
#[component]
pub fn BackLink(to: Route) -> impl IntoView {
    let state = use_app();
    view! { <a class="app-back-link" href=to.to_fragment()>{state.content().ui.back.clone()}</a> }
}
