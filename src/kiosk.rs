//! Browser effects of the waiting-room kiosk: the inactivity timer, the Back button kept inside the app, no long-press menu, full screen.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::mode::{IdlePhase, idle_phase};
use crate::domain::route::Route;
use crate::state::AppState;

/// What `use_idle_timer` gives back.
#[derive(Clone, Copy)]
pub struct IdleTimer {
    /// Where the timer stands, updated every second.
    pub phase: ReadSignal<IdlePhase>,
    /// Counts as activity (the "Je suis encore là" button, Escape).
    pub keep_alive: Callback<()>,
}

/// Watches touches, keys and scrolling while `running` is true; after `idle_seconds` without any,
/// the phase turns to `Warning`, then `Expired`.
pub fn use_idle_timer(idle_seconds: u32, running: Signal<bool>) -> IdleTimer {
    let last_activity = StoredValue::new(js_sys::Date::now());
    let (phase, set_phase) = signal(IdlePhase::Active);
    let touch = move || {
        last_activity.set_value(js_sys::Date::now());
        if phase.get_untracked() != IdlePhase::Active {
            set_phase.set(IdlePhase::Active);
        }
    };
    let handles = [
        window_event_listener(leptos::ev::pointerdown, move |_| touch()),
        window_event_listener(leptos::ev::keydown, move |_| touch()),
        window_event_listener(leptos::ev::touchstart, move |_| touch()),
        window_event_listener(leptos::ev::wheel, move |_| touch()),
        window_event_listener(leptos::ev::scroll, move |_| touch()),
        window_event_listener(leptos::ev::input, move |_| touch()),
    ];
    let tick = set_interval_with_handle(
        move || {
            if !running.get_untracked() {
                last_activity.set_value(js_sys::Date::now());
                return;
            }
            let idle = js_sys::Date::now() - last_activity.get_value();
            let next = idle_phase(idle, idle_seconds);
            if next != phase.get_untracked() {
                set_phase.set(next);
            }
        },
        Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        for handle in handles {
            handle.remove();
        }
        if let Some(tick) = tick {
            tick.clear();
        }
    });
    IdleTimer {
        phase,
        keep_alive: Callback::new(move |_| touch()),
    }
}

/// Marks the history entry below the app's own: the Back button lands there, and the app
/// takes the patient one screen back instead (`keep_back_inside`).
const BACK_GUARD: &str = crate::domain::contract::CONTRACT.history.back_guard;

/// When a patient starts (on their tap, so that browsers do not skip the entry on Back): the
/// current history entry becomes the guard, and a new one is added above it for the app.
pub fn guard_back_button() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let here = window.location().href().unwrap_or_default();
    let _ = history.replace_state_with_url(&BACK_GUARD.into(), "", Some(&here));
    let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&here));
}

/// In kiosk mode the app never leaves itself through history: in-app links and screens replace the
/// current history entry (so no previous patient's page is ever in it), and the Back button, which
/// lands on the guard entry, shows this patient's previous screen, or stays where it is; the app's
/// entry is then put back above the guard, so Back works again and Forward has nowhere to go.
/// The long-press menu is off.
pub fn keep_back_inside(state: AppState) {
    let click = window_event_listener(leptos::ev::click, move |ev| {
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href^='#/']").ok().flatten());
        if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
            ev.prevent_default();
            state.go(Route::parse(&href));
        }
    });
    let back = window_event_listener(leptos::ev::popstate, move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(history) = window.history() else {
            return;
        };
        if history.state().ok().and_then(|s| s.as_string()).as_deref() != Some(BACK_GUARD) {
            return;
        }
        let route = state.kiosk_back();
        let _ = history.push_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&route.to_fragment()),
        );
    });
    let menu = window_event_listener(leptos::ev::contextmenu, |ev| ev.prevent_default());
    on_cleanup(move || {
        click.remove();
        back.remove();
        menu.remove();
    });
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1("app-kiosk");
    }
}

/// Asks for full screen (the fullscreen button); on an iPad before Safari 16.4, by its prefixed name.
pub fn enter_fullscreen() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        if has_standard_fullscreen() {
            let _ = root.request_fullscreen();
        } else if let Ok(request) = js_sys::Reflect::get(&root, &"webkitRequestFullscreen".into()) {
            if let Some(request) = request.dyn_ref::<js_sys::Function>() {
                let _ = request.call0(&root);
            }
        }
    }
}

/// A document property read by name (the prefixed ones are not in web-sys).
fn document_flag(name: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| js_sys::Reflect::get(&d, &name.into()).ok())
        .is_some_and(|value| value.as_bool() == Some(true))
}

fn has_standard_fullscreen() -> bool {
    document_flag("fullscreenEnabled")
}

/// True while the app fills the screen, following the browser (Escape, the system's gestures).
pub fn use_fullscreen() -> ReadSignal<bool> {
    let is_full = || {
        web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| {
                d.fullscreen_element().is_some()
                    || js_sys::Reflect::get(&d, &"webkitFullscreenElement".into())
                        .is_ok_and(|e| e.is_object())
            })
    };
    let (full, set_full) = signal(is_full());
    let handle = window_event_listener_untyped("fullscreenchange", move |_| set_full.set(is_full()));
    let prefixed =
        window_event_listener_untyped("webkitfullscreenchange", move |_| set_full.set(is_full()));
    on_cleanup(move || {
        handle.remove();
        prefixed.remove();
    });
    full
}

/// True when the browser allows full screen here: never on an iPhone (neither property exists),
/// by the prefixed name on an iPad before Safari 16.4.
pub fn fullscreen_available() -> bool {
    has_standard_fullscreen() || document_flag("webkitFullscreenEnabled")
}
