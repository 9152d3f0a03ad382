//! Browser effects of the waiting-room kiosk: the inactivity timer, history kept to one entry, no long-press menu.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::mode::{IdlePhase, idle_phase};

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

/// In kiosk mode, in-app links replace the current history entry instead of adding one, so that
/// the browser's Back button never walks through a previous patient's pages; the long-press menu is off.
pub fn keep_history_to_one_entry() {
    let click = window_event_listener(leptos::ev::click, |ev| {
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href^='#/']").ok().flatten());
        if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
            ev.prevent_default();
            if let Some(window) = web_sys::window() {
                let _ = window.location().replace(&href);
            }
        }
    });
    let menu = window_event_listener(leptos::ev::contextmenu, |ev| ev.prevent_default());
    on_cleanup(move || {
        click.remove();
        menu.remove();
    });
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1("app-kiosk");
    }
}

/// Asks for full screen (the fullscreen button).
pub fn enter_fullscreen() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.request_fullscreen();
    }
}

/// True when the browser allows full screen here.
pub fn fullscreen_available() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.fullscreen_enabled())
}
