//! The imaging centre's name, a tappable phone number, opening hours and practical instructions (from the clinic settings).

use leptos::prelude::*;

use crate::components::isolated::isolated;
use crate::domain::ui_text::fill;
use crate::state::locale::use_locale;

/// The clinic's contact card, at home. Details still holding the shipped placeholder are left
/// out (never a bracketed text or a fake number); without any, the card is not shown.
#[component]
pub fn ClinicContact() -> impl IntoView {
    let locale = use_locale();
    let ui = &locale.content().ui;
    let clinic = &locale.content().clinic;
    let name = clinic.shown_name();
    let phone = clinic.shown_phone().map(|p| p.replace(' ', "\u{a0}"));
    let hours = clinic.shown_hours();
    let instructions = clinic.shown_instructions();
    if name.is_none() && phone.is_none() && hours.is_none() && instructions.is_empty() {
        return None;
    }
    let contact = (name.is_some() || phone.is_some() || hours.is_some()).then(|| {
        view! {
            <h2 class="app-heading-m" id="centre-contact">{ui.clinic_heading.clone()}</h2>
            {name.map(|name| view! { <p class="app-body app-clinic__name">{name.to_owned()}</p> })}
            {phone.map(|phone| view! {
                <p class="app-body">
                    <a class="app-button app-button--secondary app-clinic__phone" href=clinic.tel_href()>
                        {isolated(&ui.clinic_call, &[("phone", phone, true)])}
                    </a>
                </p>
            })}
            {hours.map(|hours| view! { <p class="app-body">{fill(&ui.clinic_hours, &[("hours", hours)])}</p> })}
        }
    });
    let has_contact = contact.is_some();
    Some(view! {
        <section class="app-clinic" aria-labelledby=if has_contact { "centre-contact" } else { "centre-instructions" }>
            {contact}
            {(!instructions.is_empty()).then(|| view! {
                // Under the contact heading, or the card's own heading when there is no contact.
                {if has_contact {
                    view! { <h3 class="app-heading-s" id="centre-instructions">{ui.clinic_instructions_heading.clone()}</h3> }.into_any()
                } else {
                    view! { <h2 class="app-heading-m" id="centre-instructions">{ui.clinic_instructions_heading.clone()}</h2> }.into_any()
                }}
                <ul class="app-list app-list--bullet">
                    {instructions.into_iter().map(|line| view! { <li>{line.to_owned()}</li> }).collect_view()}
                </ul>
            })}
        </section>
    })
}
