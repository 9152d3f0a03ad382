//! Where each new screen opens: at its top, or, after the browser's Back and Forward, where the patient left it.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::ScrollRestoration;

/// The scroll position of each screen left, by history entry (at home only: on a kiosk, Back is
/// the app's own and every screen opens at its top).
#[derive(Default)]
struct Memory {
    following: bool,
    /// The key of the history entry shown.
    current: Option<String>,
    positions: HashMap<String, f64>,
    /// Where the next screen drawn opens.
    target: f64,
    count: u32,
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
}

/// Marks the app's history entries (their state): the key of each entry's position.
const PREFIX: &str = crate::domain::contract::CONTRACT.history.screen_prefix;

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

fn scroll_y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or_default()
}

/// The key of the current history entry, if the app gave it one.
fn entry_key() -> Option<String> {
    history()?
        .state()
        .ok()?
        .as_string()
        .filter(|key| key.starts_with(PREFIX))
}

impl Memory {
    /// The current entry's key, given now if it has none.
    fn key_entry(&mut self) -> String {
        if let Some(key) = entry_key() {
            return key;
        }
        self.count += 1;
        let key = format!("{PREFIX}{}-{}", js_sys::Date::now() as u64, self.count);
        if let Some(history) = history() {
            let _ = history.replace_state(&JsValue::from_str(&key), "");
        }
        key
    }

    /// Remembers where the screen shown is scrolled, before another takes its place.
    fn leave(&mut self) {
        if let Some(key) = self.current.clone() {
            self.positions.insert(key, scroll_y());
        }
    }
}

/// At home: the app restores the scroll position itself on Back and Forward, once the screen is
/// drawn (the browser would restore it before, on the previous screen). On leaving the page the
/// browser's own restoration comes back, for a reload.
pub fn follow_history() {
    let set = |mode| {
        if let Some(history) = history() {
            let _ = history.set_scroll_restoration(mode);
        }
    };
    set(ScrollRestoration::Manual);
    MEMORY.with_borrow_mut(|memory| {
        memory.following = true;
        memory.current = Some(memory.key_entry());
    });
    let hide = window_event_listener_untyped("pagehide", move |_| set(ScrollRestoration::Auto));
    let show = window_event_listener_untyped("pageshow", move |_| set(ScrollRestoration::Manual));
    on_cleanup(move || {
        hide.remove();
        show.remove();
        MEMORY.with_borrow_mut(|memory| memory.following = false);
    });
}

/// The app is about to show another screen (a tap): remembers where this one was scrolled.
pub fn before_going() {
    MEMORY.with_borrow_mut(|memory| {
        if memory.following {
            memory.leave();
        }
    });
}

/// The app put another screen in the address: it opens at its top.
pub fn after_going() {
    MEMORY.with_borrow_mut(|memory| {
        if memory.following {
            memory.current = Some(memory.key_entry());
        }
        memory.target = 0.0;
    });
}

/// The address changed (a link, Back, Forward, a typed address): a screen seen before in this
/// history entry opens where it was left, any other at its top. The change the app made itself
/// (`after_going`) is already counted.
pub fn address_changed() {
    MEMORY.with_borrow_mut(|memory| {
        if !memory.following {
            return;
        }
        let key = entry_key();
        if key.is_some() && key == memory.current {
            return;
        }
        memory.leave();
        memory.target = key
            .as_ref()
            .and_then(|key| memory.positions.get(key).copied())
            .unwrap_or_default();
        memory.current = Some(memory.key_entry());
    });
}

/// Where the screen being opened is scrolled to (then the top, until the next change).
pub fn take_target() -> f64 {
    MEMORY.with_borrow_mut(|memory| std::mem::take(&mut memory.target))
}
