//! The staff's check of the clinic settings published beside the app (`?verifier-reglages`): each problem said for a receptionist, the fields still to fill in, the device's mode, and what patients see.

use leptos::prelude::*;

use crate::components::clinic_contact::ClinicContact;
use crate::content::Library;
use crate::domain::clinic::{SITE_FILE, SiteSettings};
use crate::domain::clinic_reading::{Field, FieldPath};
use crate::domain::mode::{DeviceMode, Mode, WARNING_SECONDS};
use crate::domain::settings_report::{delay_words, field_words, problem_words};
use crate::domain::ui_text::{fill, fill_counted};
use crate::state::locale::{Locale, use_locale};

/// One item of a list on the page: a line, and a right value as written in the file.
type Item = (String, Option<String>);

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
    // The content is all this page and its widgets read; no patient state.
    let locale = Locale::new(library, language, false);
    provide_context(locale);
    let content = locale.content();
    let ui = &content.ui;
    let rules = locale.plural_rules();
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
    // Nothing of the centre filled in yet: the file as shipped.
    let unfilled = [Field::Name, Field::Phone, Field::OpeningHours]
        .into_iter()
        .all(|field| to_complete.contains(&FieldPath { language: None, field }));

    // The verdict: a notice, or the problems as an error summary.
    let problem_items: Vec<Item> = problems
        .iter()
        .map(|p| {
            let words = problem_words(p, ui, &names, &rules);
            let field = if words.field.is_empty() { SITE_FILE.to_owned() } else { words.field };
            let values = [("field", field.as_str()), ("what", words.what.as_str())];
            let line = fill(&ui.settings_check_problem, &values);
            let line = words.meanwhile.map_or_else(|| line.clone(), |m| format!("{line} {m}"));
            (line, words.example)
        })
        .collect();
    let (class, title, text) = if matches!(settings, SiteSettings::Missing) {
        ("app-notice", None, Some(fill(&ui.settings_check_missing, &file)))
    } else if problems.first().is_some_and(|p| p.field.field == Field::File) {
        ("app-error-summary", Some(fill(&ui.settings_check_unreadable, &file)), None)
    } else if !problems.is_empty() {
        let kept = Some(ui.settings_check_invalid_kept.to_string());
        ("app-error-summary", Some(fill(&ui.settings_check_invalid, &file)), kept)
    } else if unfilled {
        ("", None, None)
    } else {
        let valid = Some(fill(&ui.settings_check_valid, &file));
        ("app-notice app-notice--success", None, valid)
    };
    let role = (!problems.is_empty()).then_some("alert");
    let verdict = (title.is_some() || text.is_some()).then(|| {
        view! {
            <div class=class role=role>
                {title.map(|t| view! { <h2 class="app-error-summary__title">{t}</h2> })}
                {text.map(|t| view! { <p class="app-body">{t}</p> })}
                <List items=problem_items />
            </div>
        }
    });

    // The fields still holding the shipped placeholder.
    let to_complete = (!to_complete.is_empty()).then(|| {
        let intro = if unfilled {
            fill(&ui.settings_check_unfilled, &file)
        } else {
            ui.settings_check_placeholders.clone()
        };
        let items = to_complete.iter().map(|f| (field_words(f, ui, &names), None)).collect();
        view! {
            <div class="app-notice">
                <p class="app-body">{intro}</p>
                <List items />
            </div>
        }
    });

    // The device's mode, and what its patients see.
    let clinic = &content.clinic;
    let (heading, paragraphs, changed, kiosk) = match device.mode {
        Mode::Home => {
            let mut paragraphs = vec![ui.settings_check_home.to_string()];
            if clinic.shown_name().is_none()
                && clinic.shown_phone().is_none()
                && clinic.shown_hours().is_none()
            {
                paragraphs.push(ui.settings_check_preview_empty.to_string());
            }
            (ui.settings_check_preview.clone(), paragraphs, None, false)
        }
        Mode::Kiosk { idle_seconds } => {
            let delay = delay_words(idle_seconds, ui, &rules);
            let warning = WARNING_SECONDS.to_string();
            let values = [("delay", delay.as_str()), ("warning", warning.as_str())];
            let changed = device.asked_seconds.map(|asked| {
                let asked = asked.to_string();
                let values = [("asked", asked.as_str()), ("delay", delay.as_str())];
                fill(&ui.settings_check_kiosk_changed, &values)
            });
            let paragraphs = vec![fill(&ui.settings_check_kiosk, &values)];
            (ui.settings_check_kiosk_preview.to_string(), paragraphs, changed, true)
        }
    };
    let after = if kiosk {
        ui.settings_check_kiosk_contact.to_string()
    } else {
        let days = clinic.retention_days.to_string();
        fill_counted(&ui.settings_check_retention, &[("days", &days)], &rules)
    };
    // The languages in the order patients are offered them (the clinic's `languages`, checked
    // above), each named in itself.
    let order = {
        let names: Vec<AnyView> = locale
            .order()
            .into_iter()
            .enumerate()
            .map(|(i, index)| {
                let info = &library.languages[index].info;
                view! {
                    {(i > 0).then_some(", ")}
                    <span lang=info.code.clone() dir=info.dir.clone()>{info.name.clone()}</span>
                }
                .into_any()
            })
            .collect();
        let template: &str = &ui.settings_check_languages;
        let (before, after) = template.split_once("{languages}").unwrap_or((template, ""));
        view! { {before.to_owned()} {names} {after.to_owned()} }
    };
    view! {
        <main id="contenu" class="app-width app-main" tabindex="-1">
            <h1 class="app-heading-l">{ui.settings_check_title.clone()}</h1>
            {verdict}
            {to_complete}
            <h2 class="app-heading-m">{heading}</h2>
            {paragraphs.into_iter().map(|p| view! { <p class="app-body">{p}</p> }).collect_view()}
            {changed.map(|c| view! { <p class="app-notice">{c}</p> })}
            {if kiosk {
                // The end of a kiosk patient's visit: no centre details, the reception instead.
                view! { <div class="app-panel"><p class="app-body">{ui.kiosk_outcome_text.clone()}</p></div> }.into_any()
            } else {
                view! { <ClinicContact /> }.into_any()
            }}
            <p class="app-body">{after}</p>
            <p class="app-body">{order}</p>
        </main>
    }
}

/// A list of lines, each with its right value if any ("Exemple correct : …", the value as code);
/// nothing when empty.
#[component]
fn List(items: Vec<Item>) -> impl IntoView {
    let ui = &use_locale().content().ui;
    let (before, after) = ui
        .settings_check_example
        .split_once("{example}")
        .unwrap_or((&ui.settings_check_example, ""));
    (!items.is_empty()).then(|| {
        view! {
            <ul class="app-list app-list--bullet app-settings-list">
                {items.into_iter().map(|(line, example)| view! {
                    <li>
                        {breakable(&line)}
                        {example.map(|example| view! {
                            <span class="app-settings-list__example">
                                {before.to_owned()}<code>{example}</code>{after.to_owned()}
                            </span>
                        })}
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}

/// A text with a line-break opportunity after each dot or underscore inside a field's name, and
/// before its index ("translations.en.instructions[0]"): a narrow screen breaks it there, not
/// mid-word, and a copy of the name has no hidden character.
fn breakable(text: &str) -> impl IntoView + use<> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let rest = &text[i + c.len_utf8()..];
        let inside_name = rest.starts_with(|next: char| next.is_ascii_alphanumeric() || next == '[');
        let before_index = c.is_ascii_alphanumeric() && rest.starts_with('[');
        if ((c == '.' || c == '_') && inside_name) || before_index {
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
