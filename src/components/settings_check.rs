//! The staff's check of the clinic settings published beside the app (`?verifier-reglages`): valid or not, each problem naming its field, and what patients will see.

use leptos::prelude::*;

use crate::components::clinic_contact::ClinicContact;
use crate::content::Library;
use crate::domain::clinic::{SITE_FILE, SiteSettings};
use crate::domain::mode::Mode;
use crate::domain::route::Route;
use crate::domain::ui_text::fill;
use crate::state::AppState;

/// Says whether `clinic.json` was found and valid, lists its problems, then shows the centre's
/// details as the outcome page shows them to a patient.
#[component]
pub fn SettingsCheck(
    library: &'static Library,
    language: usize,
    settings: SiteSettings,
) -> impl IntoView {
    let state = AppState::new(library, language, Mode::Home, Route::Outcome);
    state.drawn_steps.set(usize::MAX);
    provide_context(state);
    let content = state.content();
    let ui = &content.ui;
    let valid = settings == SiteSettings::Valid;
    let verdict = match settings {
        SiteSettings::Valid => view! {
            <p class="app-notice app-notice--success">{fill(&ui.settings_check_valid, &[("file", SITE_FILE)])}</p>
        }
        .into_any(),
        SiteSettings::Missing => view! {
            <p class="app-notice app-notice--warning">{fill(&ui.settings_check_missing, &[("file", SITE_FILE)])}</p>
        }
        .into_any(),
        SiteSettings::Invalid(problems) => view! {
            <div class="app-error-summary" role="alert">
                <h2 class="app-error-summary__title">{fill(&ui.settings_check_invalid, &[("file", SITE_FILE)])}</h2>
                <ul class="app-list app-list--bullet">
                    {problems.into_iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}
                </ul>
            </div>
        }
        .into_any(),
    };
    let days = content.clinic.retention_days.to_string();
    let placeholders = content.clinic.placeholders();
    let placeholders = (valid && !placeholders.is_empty()).then(|| {
        view! {
            <p class="app-notice app-notice--warning">{fill(&ui.settings_check_placeholders, &[("fields", &placeholders.join(", "))])}</p>
        }
    });
    view! {
        <main id="contenu" class="app-width app-main" tabindex="-1">
            <h1 class="app-heading-l">{ui.settings_check_title.clone()}</h1>
            {verdict}
            {placeholders}
            <h2 class="app-heading-m">{ui.settings_check_preview.clone()}</h2>
            <ClinicContact />
            <p class="app-body">{fill(&ui.settings_check_retention, &[("days", &days)])}</p>
        </main>
    }
}
