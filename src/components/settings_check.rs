//! The staff's check of the clinic settings published beside the app (`?verifier-reglages`): each problem said for a receptionist, the fields still to fill in, the device's mode, and what patients see.

use leptos::prelude::*;

use crate::components::clinic_contact::ClinicContact;
use crate::content::Library;
use crate::domain::clinic::{SITE_FILE, SiteSettings};
use crate::domain::clinic_reading::{Field, FieldPath, SiteProblem};
use crate::domain::mode::{DeviceMode, Mode, WARNING_SECONDS};
use crate::domain::route::Route;
use crate::domain::settings_report::{delay_words, field_words, problem_words};
use crate::domain::ui_text::{UiText, fill};
use crate::state::AppState;

/// Says whether `clinic.json` was found and right, tells each problem in words (the field, what
/// is wrong, a right example, what patients see meanwhile), lists the fields still to fill in,
/// then says whether this device is a waiting-room kiosk and shows what its patients see.
#[component]
pub fn SettingsCheck(
    library: &'static Library,
    language: usize,
    settings: SiteSettings,
    device: DeviceMode,
) -> impl IntoView {
    let state = AppState::new(library, language, device.mode, Route::Outcome);
    state.drawn_steps.set(usize::MAX);
    provide_context(state);
    let content = state.content();
    let ui = &content.ui;
    let names: Vec<(&str, &str)> = library
        .languages
        .iter()
        .map(|l| (l.info.code.as_str(), l.info.name.as_str()))
        .collect();
    let file = [("file", SITE_FILE)];
    let (problems, to_complete) = match &settings {
        SiteSettings::Missing => (&[][..], &[][..]),
        SiteSettings::Read {
            problems,
            to_complete,
        } => (&problems[..], &to_complete[..]),
    };
    let problem = |p: &SiteProblem| {
        let words = problem_words(p, ui, &names);
        let field = if words.field.is_empty() { SITE_FILE.to_owned() } else { words.field };
        let mut line = fill(&ui.settings_check_problem, &[("field", &field), ("what", &words.what)]);
        if let Some(meanwhile) = words.meanwhile {
            line = format!("{line} {meanwhile}");
        }
        view! {
            <li class="app-settings-problem">
                <p class="app-body">{breakable(&line)}</p>
                {words.example.map(|example| view! { <Example ui example /> })}
            </li>
        }
    };
    let unreadable = problems.first().is_some_and(|p| p.field.field == Field::File);
    // Nothing of the centre filled in yet: the file as shipped.
    let unfilled = [Field::Name, Field::Phone, Field::OpeningHours]
        .into_iter()
        .all(|field| to_complete.contains(&FieldPath { language: None, field }));
    let verdict = if matches!(settings, SiteSettings::Missing) {
        view! { <p class="app-notice app-notice--warning">{fill(&ui.settings_check_missing, &file)}</p> }.into_any()
    } else if !problems.is_empty() {
        let (title, kept) = if unreadable {
            (&ui.settings_check_unreadable, None)
        } else {
            (&ui.settings_check_invalid, Some(ui.settings_check_invalid_kept.clone()))
        };
        view! {
            <div class="app-error-summary" role="alert">
                <h2 class="app-error-summary__title">{fill(title, &file)}</h2>
                {kept.map(|kept| view! { <p class="app-body">{kept}</p> })}
                <ul class="app-error-summary__list">{problems.iter().map(problem).collect_view()}</ul>
            </div>
        }
        .into_any()
    } else {
        (!unfilled).then(|| {
            view! { <p class="app-notice app-notice--success">{fill(&ui.settings_check_valid, &file)}</p> }
        })
        .into_any()
    };
    let to_complete = (!to_complete.is_empty()).then(|| {
        let intro = if unfilled {
            fill(&ui.settings_check_unfilled, &file)
        } else {
            ui.settings_check_placeholders.clone()
        };
        view! {
            <div class="app-notice">
                <p class="app-body">{intro}</p>
                <ul class="app-list app-list--bullet">
                    {to_complete.iter().map(|f| view! { <li>{breakable(&field_words(f, ui, &names))}</li> }).collect_view()}
                </ul>
            </div>
        }
    });
    let preview = match device.mode {
        Mode::Home => {
            let clinic = &content.clinic;
            let no_contact = clinic.shown_name().is_none()
                && clinic.shown_phone().is_none()
                && clinic.shown_hours().is_none();
            let days = clinic.retention_days.to_string();
            view! {
                <h2 class="app-heading-m">{ui.settings_check_preview.clone()}</h2>
                <p class="app-body">{ui.settings_check_home.clone()}</p>
                {no_contact.then(|| view! { <p class="app-body">{ui.settings_check_preview_empty.clone()}</p> })}
                <ClinicContact />
                <p class="app-body">{fill(&ui.settings_check_retention, &[("days", &days)])}</p>
            }
            .into_any()
        }
        Mode::Kiosk { idle_seconds } => {
            let delay = delay_words(idle_seconds, ui);
            let warning = WARNING_SECONDS.to_string();
            let changed = device.asked_seconds.map(|asked| {
                let values = [("asked", asked.to_string()), ("delay", delay.clone())];
                let values = values.each_ref().map(|(k, v)| (*k, v.as_str()));
                view! { <p class="app-notice">{fill(&ui.settings_check_kiosk_changed, &values)}</p> }
            });
            view! {
                <h2 class="app-heading-m">{ui.settings_check_kiosk_preview.clone()}</h2>
                <p class="app-body">{fill(&ui.settings_check_kiosk, &[("delay", &delay), ("warning", &warning)])}</p>
                {changed}
                <div class="app-panel">
                    <p class="app-body">{ui.kiosk_outcome_text.clone()}</p>
                </div>
                <p class="app-body">{ui.settings_check_kiosk_contact.clone()}</p>
            }
            .into_any()
        }
    };
    view! {
        <main id="contenu" class="app-width app-main" tabindex="-1">
            <h1 class="app-heading-l">{ui.settings_check_title.clone()}</h1>
            {verdict}
            {to_complete}
            {preview}
        </main>
    }
}

/// A text with a line-break opportunity after each dot or underscore inside a field's name
/// ("translations.en.opening_hours"): a narrow screen breaks it there, not mid-word, and a copy
/// of the name has no hidden character.
fn breakable(text: &str) -> impl IntoView + use<> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let inside_name = text[i + c.len_utf8()..]
            .starts_with(|next: char| next.is_ascii_alphanumeric() || next == '[');
        if (c == '.' || c == '_') && inside_name {
            parts.push(text[start..=i].to_owned());
            start = i + 1;
        }
    }
    parts.push(text[start..].to_owned());
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| view! { {(i > 0).then(|| view! { <wbr /> })} {part} })
        .collect_view()
}

/// "Exemple correct : …", the right value set as code.
#[component]
fn Example(ui: &'static UiText, example: String) -> impl IntoView {
    let (before, after) = ui
        .settings_check_example
        .split_once("{example}")
        .unwrap_or((ui.settings_check_example.as_str(), ""));
    view! {
        <p class="app-body app-settings-problem__example">
            {before.to_owned()}<code>{example}</code>{after.to_owned()}
        </p>
    }
}
