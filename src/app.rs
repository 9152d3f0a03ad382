//! The `App` component: starts the session, follows the address, saves answers, shows one screen.

use leptos::prelude::*;

use crate::components::idle_dialog::IdleDialog;
use crate::components::layout::Layout;
use crate::components::pages::Page;
use crate::content::Library;
use crate::domain::mode::{Mode, is_past_retention};
use crate::domain::route::Route;
use crate::domain::stored::{STORAGE_KEY, Saved};
use crate::domain::ui_text::fill;
use crate::first_screen::FirstDrawing;
use crate::kiosk;
use crate::state::{AppState, Notice, Startup};
use crate::storage::{self, StorageError};

/// The whole app, for already loaded content, in the mode decided at start.
#[component]
pub fn App(library: &'static Library, language: usize, mode: Mode) -> impl IntoView {
    let initial = Route::parse(&current_fragment());
    let state = AppState::new(library, language, mode, initial);
    provide_context(state);

    crate::first_screen::take_over(state);
    follow_language(state);
    crate::speech::follow_voices(state);
    stop_reading_on_page_change(state);
    follow_address(state);
    remember_last_route(state);
    announce_page(state);
    apply_text_size(state);
    let idle = match mode {
        Mode::Home => {
            start_session(state);
            save_on_change(state);
            follow_other_tabs(state);
            None
        }
        Mode::Kiosk { idle_seconds } => {
            // Nothing of an earlier visit is ever offered on a shared tablet.
            storage::wipe_patient();
            kiosk::keep_back_inside(state);
            let running = Signal::derive(move || state.kiosk_started.get());
            let timer = kiosk::use_idle_timer(idle_seconds, running);
            Effect::new(move |_| {
                if timer.phase.get() == crate::domain::mode::IdlePhase::Expired {
                    state.wipe();
                }
            });
            Some(timer)
        }
    };

    // At start, the frame is drawn in a task of its own (see `FirstDrawing`).
    let frame = state.drawn(FirstDrawing::FRAME);
    // A change of language redraws everything in the new language.
    move || {
        state.language.track();
        if !frame.get() {
            return None;
        }
        Some(view! {
            <Layout>
                <Page />
            </Layout>
            {idle.map(|timer| view! { <IdleDialog timer /> })}
        })
    }
}

/// The language shown: `<html lang dir>` and the error screen's wording.
fn follow_language(state: AppState) {
    Effect::new(move |_| {
        let index = state.language.get();
        let language = &state.library.languages[index];
        crate::language::apply_to_document(&language.info.code, &language.info.dir);
        crate::fatal_screen::set_wording(&language.content().ui);
    });
}

/// After a switch of language, focus goes back to the switch, so that the patient can switch
/// back at once (the whole screen is redrawn).
pub fn focus_language_switch() {
    focus_first(".app-language__button");
}

/// Reading aloud stops when the screen, the language or the patient changes.
fn stop_reading_on_page_change(state: AppState) {
    Effect::new(move |_| {
        state.route.track();
        state.language.track();
        state.startup.track();
        state.kiosk_started.track();
        crate::speech::stop(state);
    });
}

/// Reads the stored session once: offer to resume, say it is unreadable or too old, or say storage is off.
fn start_session(state: AppState) {
    let days = state.content().clinic.retention_days;
    match storage::load(&state.content().questionnaire) {
        Ok(Some(saved)) if is_past_retention(saved.saved_at_ms, js_sys::Date::now(), days) => {
            let _ = storage::clear();
            state.notice.set(Some(Notice::Expired));
        }
        Ok(Some(saved)) if !saved.answers.is_empty() => {
            state.startup.set(Some(Startup::Resume(saved)))
        }
        Ok(_) => {}
        Err(StorageError::Unavailable) => state.storage_ok.set(false),
        Err(_) => state.startup.set(Some(Startup::Unreadable)),
    }
}

fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Keeps the shown route in step with the address bar (Back and Forward buttons, typed addresses).
fn follow_address(state: AppState) {
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        state.question_error.set(None);
        state.requested.set(Route::parse(&current_fragment()));
    });
    on_cleanup(move || handle.remove());
    // When the rules send the patient elsewhere, the address says where they are.
    Effect::new(move |_| {
        let shown = state.route.get();
        if shown != state.requested.get() {
            if let Some(window) = web_sys::window() {
                let _ = window.location().replace(&shown.to_fragment());
            }
            state.requested.set(shown);
        }
    });
}

/// Remembers the last screen of the questionnaire, where the privacy page's "Revenir où j'en
/// étais" leads back (at home and on a kiosk alike).
fn remember_last_route(state: AppState) {
    Effect::new(move |_| {
        let route = state.route.get();
        if state.startup.with(Option::is_none) && route != Route::Privacy && route != Route::Sheet {
            state.last_route.set(route);
        }
    });
}

/// Saves answers and place as soon as they change; nothing is written while the patient
/// has not yet chosen to resume or start again, and no answer means nothing stored.
/// Newer answers written by another tab are taken, never overwritten.
fn save_on_change(state: AppState) {
    Effect::new(move |_| {
        let route = state.route.get();
        let answers = state.answers.get();
        if state.startup.with(Option::is_some) {
            return;
        }
        if let Ok(Some(stored)) = storage::load(&state.content().questionnaire) {
            if stored.saved_at_ms > state.last_change_ms.get_untracked() {
                adopt(state, stored);
                return;
            }
        }
        let result = if answers.is_empty() {
            storage::clear()
        } else {
            // On the privacy page, the page the patient came from is kept: resuming leads back there.
            let place = if route == Route::Privacy {
                state.last_route.get_untracked()
            } else {
                route
            };
            let saved = Saved {
                answers,
                route: place,
                saved_at_ms: state.last_change_ms.get_untracked(),
            };
            storage::save(&state.content().questionnaire, &saved)
        };
        state.storage_ok.set(result.is_ok());
    });
}

/// Another tab changed the answers: show them here too (storage events).
fn follow_other_tabs(state: AppState) {
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() != Some(STORAGE_KEY)
            || state.startup.with_untracked(Option::is_some)
        {
            return;
        }
        match storage::load(&state.content().questionnaire) {
            Ok(Some(stored)) if stored.saved_at_ms > state.last_change_ms.get_untracked() => {
                adopt(state, stored)
            }
            Ok(None) => {
                state.last_change_ms.set(0.0);
                state.answers.set(Default::default());
                state.revision.update(|r| *r += 1);
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

fn adopt(state: AppState, stored: Saved) {
    state.last_change_ms.set(stored.saved_at_ms);
    if state.answers.with_untracked(|a| *a != stored.answers) {
        state.answers.set(stored.answers);
        state.revision.update(|r| *r += 1);
    }
}

/// After each change of screen: the document title names it, and focus moves to its heading
/// so that screen readers announce it (not on the very first load).
fn announce_page(state: AppState) {
    Effect::new(move |previous: Option<String>| {
        let route = state.route.get();
        state.language.track();
        let ui = &state.content().ui;
        let startup = state.startup.get();
        let welcome = state.is_kiosk() && !state.kiosk_started.get();
        let page = match (&startup, &route) {
            _ if welcome => ui.welcome_title.clone(),
            (Some(Startup::Resume(_)), _) => ui.resume_title.clone(),
            (Some(Startup::Unreadable), _) => ui.unreadable_title.clone(),
            (None, Route::Sheet) => state.content().sheet.title.clone(),
            (None, Route::Start) => ui.start_title.clone(),
            (None, Route::Question { link_id, .. }) => {
                let q = &state.library.source().questionnaire;
                match state
                    .answers
                    .with(|a| crate::domain::flow::progress(q, a, link_id))
                {
                    Some(p) => crate::domain::ui_text::progress_text(ui, p),
                    None => ui.start_title.clone(),
                }
            }
            (None, Route::Check) => ui.check_title.clone(),
            (None, Route::Outcome) => ui.outcome_title.clone(),
            (None, Route::Privacy) => ui.privacy_title.clone(),
        };
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&fill(&ui.document_title, &[("page", &page)]));
        }
        let screen = format!("{welcome}{:?}{:?}", startup.is_some(), route);
        if previous.is_some_and(|p| p != screen) {
            focus_heading();
        }
        screen
    });
}

/// Puts the chosen text size on `<html>` and remembers it on the device.
fn apply_text_size(state: AppState) {
    use crate::domain::text_size::TextSize;
    Effect::new(move |_| {
        let size = state.text_size.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let classes = root.class_list();
            for other in TextSize::ALL.iter().filter_map(|s| s.class()) {
                let _ = classes.remove_1(&other);
            }
            if let Some(class) = size.class() {
                let _ = classes.add_1(&class);
            }
        }
        storage::save_text_size(size);
    });
}

/// Moves focus to the page's `<h1>` once it is drawn.
pub fn focus_heading() {
    focus_first("main h1");
}

/// Moves focus, once the screen is drawn, to the first element matching `selector`.
fn focus_first(selector: &'static str) {
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten());
        if let Some(element) = element {
            use wasm_bindgen::JsCast;
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}
