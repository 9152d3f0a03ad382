//! The reception desk's handheld scanner, a keyboard to the browser: its keys read from the document (`keydown`) and split into scans (Enter, Tab or a pause), leaving a person's typing in a field and on a button alone.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::domain::desk_status::{MIN_SCAN_CHARS, ScanEnd, character_count, is_character};
use crate::domain::scanner::{KeyStroke, SCAN_PAUSE_MS, ends_scan};

/// One scan: its keys as the browser gave them, and how it ended.
#[derive(Debug, Clone)]
pub struct Scan {
    pub keys: Vec<KeyStroke>,
    pub end: ScanEnd,
}

/// Listens to the document's keys while the calling component is shown: `on_start` once a burst
/// of keys looks like a scan (a few characters, each quickly after the last), `on_scan` with each
/// scan's keys when it ends. A key pressed in a text field, with Ctrl, Alt or Meta, or held down
/// is left alone; Enter and Tab end a scan only right after its characters (so Enter and Space
/// still press a focused button, and Tab still moves the focus), and then do nothing else.
pub fn use_scanner(on_start: Callback<()>, on_scan: Callback<Scan>) {
    let keys = StoredValue::new(Vec::<KeyStroke>::new());
    let started = StoredValue::new(false);
    let timer = StoredValue::new_local(None::<TimeoutHandle>);

    let finish = move |end: ScanEnd| {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let taken = keys.try_update_value(std::mem::take).unwrap_or_default();
        let was_started = started.try_update_value(|s| std::mem::replace(s, false)).unwrap_or(false);
        if was_started || character_count(&taken) >= MIN_SCAN_CHARS {
            on_scan.run(Scan { keys: taken, end });
        }
    };

    // After the last key, the scan ends once a pause has passed by the keys' own time stamps
    // (the timer only says when to look: a busy page may run it late).
    fn arm(
        keys: StoredValue<Vec<KeyStroke>>,
        timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
        finish: impl Fn(ScanEnd) + Copy + 'static,
        wait_ms: f64,
    ) {
        let wait = Duration::from_millis(wait_ms.clamp(0.0, SCAN_PAUSE_MS * 4.0) as u64 + 10);
        let handle = set_timeout_with_handle(
            move || {
                let Some(last) = keys.try_with_value(|k| k.last().map(|k| k.time_ms)).flatten() else {
                    return;
                };
                let since = now_ms() - last;
                if since >= SCAN_PAUSE_MS {
                    finish(ScanEnd::Pause);
                } else {
                    arm(keys, timer, finish, SCAN_PAUSE_MS - since);
                }
            },
            wait,
        )
        .ok();
        if let Some(old) = timer.try_update_value(|t| std::mem::replace(t, handle)).flatten() {
            old.clear();
        }
    }

    let on_key = move |event: web_sys::KeyboardEvent| {
        if event.ctrl_key() || event.alt_key() || event.meta_key() || event.repeat() || event.is_composing() {
            return;
        }
        if in_text_field(event.target()) {
            return;
        }
        let stroke = KeyStroke {
            key: event.key(),
            code: event.code(),
            shift: event.shift_key(),
            time_ms: event.time_stamp(),
        };
        let last = keys.with_value(|k| k.last().cloned());
        let is_end_key = stroke.key == "Enter" || stroke.key == "Tab";
        if is_end_key {
            // The end of a scan only right after its characters; else the key does what it does.
            let quick = last.as_ref().is_some_and(|l| stroke.time_ms - l.time_ms < SCAN_PAUSE_MS);
            let scanning = started.get_value()
                || keys.with_value(|k| character_count(k)) >= MIN_SCAN_CHARS;
            if quick && scanning {
                event.prevent_default();
                finish(if stroke.key == "Enter" { ScanEnd::Enter } else { ScanEnd::Tab });
            } else {
                finish(ScanEnd::Pause);
            }
            return;
        }
        if last.is_some() && ends_scan(last.as_ref(), &stroke) {
            // A new burst after a pause the timer has not seen yet.
            finish(ScanEnd::Pause);
        }
        let character = is_character(&stroke);
        keys.update_value(|k| k.push(stroke));
        // Characters go nowhere else on this page (Firefox's quick find would take "/" and "'").
        if character && event.key() != " " {
            event.prevent_default();
        }
        if !started.get_value() && keys.with_value(|k| character_count(k)) >= MIN_SCAN_CHARS {
            started.set_value(true);
            on_start.run(());
        }
        arm(keys, timer, finish, SCAN_PAUSE_MS);
    };

    let listener = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(on_key);
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(document) = &document {
        let _ = document
            .add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
    }
    let listener = StoredValue::new_local(Some(listener));
    on_cleanup(move || {
        if let (Some(document), Some(Some(listener))) =
            (document, listener.try_update_value(Option::take))
        {
            let _ = document.remove_event_listener_with_callback(
                "keydown",
                listener.as_ref().unchecked_ref(),
            );
        }
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    });
}

/// The page's clock, on the same scale as events' time stamps.
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// True when the key goes to a field a person types in (where the scanner must not take it).
fn in_text_field(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    if element.is_content_editable() {
        return true;
    }
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => {
            let kind = element.get_attribute("type").unwrap_or_default().to_ascii_lowercase();
            !matches!(kind.as_str(), "button" | "submit" | "reset" | "checkbox" | "radio")
        }
        _ => false,
    }
}
