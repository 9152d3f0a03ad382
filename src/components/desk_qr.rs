//! "Montrer mes réponses à l'accueil": the answers as a QR code (the desk code) and its check code, shown on request, hidden again when the page is, and always on the printed page.

use leptos::prelude::*;

use crate::browser::focus::bring_into_view;
use crate::domain::desk_code::{EncodeError, Written, check_code, encode};
use crate::domain::qr_svg::{QrSvg, qr_svg};
use crate::state::use_kiosk;
use crate::state::locale::{Locale, use_locale};
use crate::state::session::Session;
use crate::state::use_session;

/// The panel's id, for the button's `aria-controls`.
const PANEL_ID: &str = "desk-code-panel";

/// What the panel shows: the code, or why there is none.
enum Drawn {
    Code { qr: QrSvg, check: String },
    TooLong,
}

/// The desk code of the answers, drawn; `None` where no code can be made for a reason the patient
/// cannot change here (a questionnaire or a date the format does not take: not with the shipped
/// content; answers not finished: the outcome page is reached only once they are).
fn drawn(locale: Locale, session: Session) -> Option<Drawn> {
    // The rules and codes are the source questionnaire's (French), whatever language is shown.
    let q = locale.rules();
    let when = js_sys::Date::new(&session.last_change_ms.get_untracked().into());
    let written = Written {
        year: when.get_full_year() as u16,
        month: (when.get_month() + 1) as u8,
        day: when.get_date() as u8,
        hour: when.get_hours() as u8,
        minute: when.get_minutes() as u8,
    };
    // Reviewed: French (the source), or a translation whose review `content/languages.json` records.
    let reviewed = locale.is_reviewed();
    let encoded = session
        .answers
        .with_untracked(|a| encode(q, a, written, locale.code(), reviewed));
    match encoded {
        Ok(code) => Some(match qr_svg(&code) {
            Ok(qr) => Drawn::Code {
                check: check_code(&code).to_owned(),
                qr,
            },
            // The encoder keeps the code within version 13; were it not, the print still carries it all.
            Err(_) => Drawn::TooLong,
        }),
        Err(EncodeError::TooLong) => Some(Drawn::TooLong),
        Err(_) => None,
    }
}

/// The button and the panel it opens, on the outcome page (at home and at the kiosk). The code is
/// drawn once with the page; the panel is closed again when the page is hidden (another tab or
/// app, the phone locked) or left. On paper it is always there (`style/desk-qr.css`).
#[component]
pub fn DeskQr() -> impl IntoView {
    let locale = use_locale();
    let ui = &locale.content().ui;
    let drawn = drawn(locale, use_session())?;
    // On paper the code is printed whether or not the panel was opened; the message is not.
    let printed = matches!(drawn, Drawn::Code { .. });
    let open = RwSignal::new(false);
    let button_ref = NodeRef::<leptos::html::Button>::new();
    let panel_ref = NodeRef::<leptos::html::Div>::new();
    // Closed; the focus, if it was in the panel (« Masquer le code »), back on the button.
    let close = move || {
        let inside = panel_ref.get_untracked().is_some_and(|panel| {
            let panel: &web_sys::Node = &panel;
            panel.contains(document().active_element().as_ref().map(|e| e.as_ref()))
        });
        open.set(false);
        if inside {
            if let Some(button) = button_ref.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    let hidden = window_event_listener_untyped("visibilitychange", move |_| {
        if document().hidden() {
            close();
        }
    });
    let left = window_event_listener_untyped("pagehide", move |_| close());
    on_cleanup(move || {
        hidden.remove();
        left.remove();
    });
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if open.get_untracked() {
            // A phone may show only the button: bring the whole panel into view.
            request_animation_frame(move || {
                if let Some(panel) = panel_ref.get_untracked() {
                    bring_into_view(&panel);
                }
            });
        }
    };
    let hide = move |_| {
        open.set(false);
        if let Some(button) = button_ref.get_untracked() {
            let _ = button.focus();
        }
    };
    let content = match drawn {
        Drawn::Code { qr, check } => {
            let spaced = check.chars().map(String::from).collect::<Vec<_>>();
            view! {
                <p class="app-body">{ui.desk_qr_instruction.clone()}</p>
                // The SVG holds only numbers and our own elements (`qr_svg`), never a patient's text.
                <div class="app-desk-qr__code" role="img" aria-label=ui.desk_qr_image.clone() inner_html=qr.svg></div>
                <p class="app-body app-desk-qr__check">
                    {ui.desk_qr_check_label.clone()} " "
                    // Spaced to be read aloud; screen readers say each character on its own.
                    <strong class="app-desk-qr__characters" aria-hidden="true" dir="ltr">{spaced.join(" ")}</strong>
                    <span class="app-visually-hidden">{spaced.join(", ")}</span>
                </p>
                <p class="app-hint">{ui.desk_qr_check_hint.clone()}</p>
            }
            .into_any()
        }
        Drawn::TooLong if use_kiosk().is_some() => {
            view! { <p class="app-body">{ui.desk_qr_too_long_kiosk.clone()}</p> }.into_any()
        }
        Drawn::TooLong => {
            let print = move |_| {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            };
            view! {
                <p class="app-body">{ui.desk_qr_too_long.clone()}</p>
                <button type="button" class="app-button" on:click=print>{ui.print_button.clone()}</button>
            }
            .into_any()
        }
    };
    Some(view! {
        <div class="app-desk-qr">
            <button
                type="button"
                class="app-button app-button--secondary"
                aria-expanded=move || open.get().to_string()
                aria-controls=PANEL_ID
                node_ref=button_ref
                on:click=toggle
            >
                {ui.desk_qr_button.clone()}
            </button>
            <div id=PANEL_ID class="app-desk-qr__panel" class:app-desk-qr__panel--printed=printed hidden=move || !open.get() node_ref=panel_ref>
                {content}
                <button type="button" class="app-button app-button--secondary" on:click=hide>{ui.desk_qr_hide.clone()}</button>
            </div>
        </div>
    })
}
