//! The imaging centre's name, a tappable phone number, opening hours and practical instructions (from the clinic settings).

use leptos::prelude::*;

use crate::domain::ui_text::fill;
use crate::state::use_app;

/// The clinic's contact card.
#[component]
pub fn ClinicContact() -> impl IntoView {
    let state = use_app();
    let ui = &state.content().ui;
    let clinic = &state.content().clinic;
    let phone = clinic.phone.replace(' ', "\u{a0}");
    view! {
        <section class="app-clinic" aria-labelledby="contact-centre">
            <h2 class="app-heading-m" id="contact-centre">{ui.clinic_heading.clone()}</h2>
            <p class="app-body app-clinic__name">{clinic.name.clone()}</p>
            <p class="app-body">
                {if state.is_kiosk() {
                    // No way out of the app on a shared tablet: the number is shown, not dialled.
                    view! { <strong>{fill(&ui.clinic_call, &[("phone", &phone)])}</strong> }.into_any()
                } else {
                    view! {
                        <a class="app-button app-button--secondary app-clinic__phone" href=clinic.tel_href()>
                            {fill(&ui.clinic_call, &[("phone", &phone)])}
                        </a>
                    }
                    .into_any()
                }}
            </p>
            <p class="app-body">{fill(&ui.clinic_hours, &[("hours", &clinic.opening_hours)])}</p>
            <h3 class="app-heading-s">{ui.clinic_instructions_heading.clone()}</h3>
            <ul class="app-list app-list--bullet">
                {clinic.instructions.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}
            </ul>
        </section>
    }
}
