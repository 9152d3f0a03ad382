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
            crate::scroll::follow_history();
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
        Ok(Some(saved)) if !saved.answers.is_empty() => ask_at_start(state, Startup::Resume(saved)),
        Ok(_) => {}
        Err(StorageError::Unavailable) => state.storage_ok.set(false),
        Err(_) => ask_at_start(state, Startup::Unreadable),
    }
}

/// Shows the question asked at start (resume, or unreadable answers) in place of the page the
/// address names. Reloaded on the privacy page, the address becomes the page the question leads
/// to (the place to resume, or the sheet), so that the privacy link works from the question; its
/// "Revenir" link leads back to the question.
fn ask_at_start(state: AppState, startup: Startup) {
    if state.requested.get_untracked() == Route::Privacy {
        let place = match &startup {
            Startup::Resume(saved) => saved.route.clone(),
            Startup::Unreadable => Route::Sheet,
        };
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(&place.to_fragment());
        }
        state.requested.set(place);
    }
    state.last_route.set(state.requested.get_untracked());
    state.startup.set(Some(startup));
}

/// The route the address bar names now.
pub fn address_route() -> Route {
    Route::parse(&current_fragment())
}

fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Keeps the shown route in step with the address bar (Back and Forward buttons, typed addresses).
fn follow_address(state: AppState) {
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        crate::scroll::address_changed();
        state.question_error.set(None);
        state.requested.set(Route::parse(&current_fragment()));
    });
    on_cleanup(move || handle.remove());
    // When the rules send the patient elsewhere, the address says where they are (not while a
    // question asked at start is shown: no answer is taken yet, and the address keeps the page
    // to resume).
    Effect::new(move |_| {
        let shown = state.route.get();
        if state.startup.with(Option::is_some) {
            return;
        }
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
        if event.key().as_deref() != Some(STORAGE_KEY) {
            return;
        }
        let asking = state.startup.with_untracked(Option::is_some);
        match storage::load(&state.content().questionnaire) {
            // Erased there: erased here too, and said.
            Ok(None) => state.cleared_elsewhere(),
            _ if asking => {}
            Ok(Some(stored)) if stored.saved_at_ms > state.last_change_ms.get_untracked() => {
                adopt(state, stored)
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
            (_, Route::Privacy) => ui.privacy_title.clone(),
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
        };
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&fill(&ui.document_title, &[("page", &page)]));
        }
        let screen = match (&startup, &route) {
            _ if welcome => "welcome".to_owned(),
            (Some(_), route) if *route != Route::Privacy => "startup".to_owned(),
            (_, route) => format!("{route:?}"),
        };
        if previous.is_some_and(|p| p != screen) {
            open_at_top(state);
        }
        screen
    });
}

/// Where a new screen opens: scrolled to its top (after Back or Forward, where the patient left
/// it: `scroll`), with the focus on its heading (so that screen readers announce it). Focusing the
/// heading alone would only scroll it into view, leaving the screen part-way scrolled. While the
/// app is drawn behind the pre-rendered page this waits: the take-over then opens the screen
/// (`opened_after_take_over`).
pub fn open_at_top(state: AppState) {
    request_animation_frame(move || {
        // `try_`: nothing to do once the app is gone (the in-browser tests unmount it).
        if state.drawn_steps.try_get_untracked() != Some(usize::MAX) {
            return;
        }
        let top = crate::scroll::take_target();
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, top);
        }
        if let Some(heading) = first_element("main h1") {
            focus_without_scrolling(&heading);
        }
    });
}

/// When the app takes the pre-rendered sheet's place: a screen other than that sheet (an early
/// tap on "Répondre au questionnaire", an address of another page, the question asked at start,
/// the kiosk's welcome screen) opens at its top with the focus on its heading; the sheet itself
/// stays as the patient left it.
pub fn opened_after_take_over(state: AppState) {
    let welcome = state.is_kiosk() && !state.kiosk_started.get_untracked();
    let sheet = state.startup.with_untracked(Option::is_none)
        && state.route.get_untracked() == Route::Sheet;
    if welcome || !sheet {
        open_at_top(state);
    }
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

/// Moves focus, once the screen is drawn, to the first element matching `selector`.
fn focus_first(selector: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = first_element(selector) {
            let _ = element.focus();
        }
    });
}

/// The first element of the document matching `selector`.
fn first_element(selector: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?
        .document()?
        .query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Moves the focus to `element` without scrolling the page (the caller shows what is needed).
pub fn focus_without_scrolling(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}
