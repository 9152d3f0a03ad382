//! The imaging centre's name, a tappable phone number, opening hours and practical instructions (from the clinic settings).

use leptos::prelude::*;

use crate::domain::ui_text::fill;
use crate::state::use_app;

/// The clinic's contact card.
#[component]
pub fn ClinicContact() -> impl IntoView {
    let state = use_app();
    let ui = &state.content.ui;
    let clinic = &state.content.clinic;
    view! {
        <section class="app-clinic" aria-labelledby="contact-centre">
            <h2 class="app-heading-m" id="contact-centre">{ui.clinic_heading.clone()}</h2>
            <p class="app-body app-clinic__name">{clinic.name.clone()}</p>
            <p class="app-body">
                <a class="app-button app-button--secondary app-clinic__phone" href=clinic.tel_href()>
                    {fill(&ui.clinic_call, &[("phone", &clinic.phone.replace(' ', "\u{a0}"))])}
                </a>
            </p>
            <p class="app-body">{fill(&ui.clinic_hours, &[("hours", &clinic.opening_hours)])}</p>
            <h3 class="app-heading-s">{ui.clinic_instructions_heading.clone()}</h3>
            <ul class="app-list app-list--bullet">
                {clinic.instructions.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}
            </ul>
        </section>
    }
}
