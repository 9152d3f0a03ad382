//! The inactivity timer: touches, keys and scrolling watched, the phase (active, warning, expired) told every second. Used by the waiting-room tablet and the reception desk.

use std::time::Duration;

use leptos::prelude::*;

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
