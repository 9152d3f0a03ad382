//! The reception desk's handheld scanner, a keyboard to the browser: its keys read from the document (`keydown`) and split into scans (Enter, Tab or a pause), leaving a person's typing in a field and on a button alone.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::domain::desk_status::{MIN_SCAN_CHARS, ScanEnd, character_count, is_character};
use crate::domain::scanner::{KeyStroke, SCAN_PAUSE_MS, ScanBuffer};

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
    let buffer = StoredValue::new(ScanBuffer::new());
    // What the page needs to know of the scan under way: its characters so far, its last key's
    // time stamp, and whether "reading" was said.
    let under_way = StoredValue::new((0usize, None::<f64>, false));
    let timer = StoredValue::new_local(None::<TimeoutHandle>);

    // Hands a finished scan on, unless it was a stray key or two.
    let deliver = move |keys: Vec<KeyStroke>, end: ScanEnd| {
        let started = under_way.try_update_value(|u| std::mem::take(u).2);
        if started == Some(true) || character_count(&keys) >= MIN_SCAN_CHARS {
            on_scan.run(Scan { keys, end });
        }
    };

    // After the last key, the scan ends once a pause has passed by the keys' own time stamps
    // (the timer only says when to look: a busy page may run it late).
    fn arm(
        buffer: StoredValue<ScanBuffer>,
        timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
        deliver: impl Fn(Vec<KeyStroke>, ScanEnd) + Copy + 'static,
        wait_ms: f64,
    ) {
        let wait = Duration::from_millis(wait_ms.clamp(0.0, SCAN_PAUSE_MS * 4.0) as u64 + 10);
        let handle = set_timeout_with_handle(
            move || {
                if buffer.try_with_value(ScanBuffer::is_empty) != Some(false) {
                    return;
                }
                match buffer
                    .try_update_value(|b| b.finish_if_paused(now_ms()))
                    .flatten()
                {
                    Some(keys) => deliver(keys, ScanEnd::Pause),
                    None => arm(buffer, timer, deliver, SCAN_PAUSE_MS / 4.0),
                }
            },
            wait,
        )
        .ok();
        if let Some(old) = timer
            .try_update_value(|t| std::mem::replace(t, handle))
            .flatten()
        {
            old.clear();
        }
    }

    let on_key = move |event: web_sys::KeyboardEvent| {
        if event.ctrl_key()
            || event.alt_key()
            || event.meta_key()
            || event.repeat()
            || event.is_composing()
        {
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
        let (characters, last_ms, started) = under_way.get_value();
        let end = match stroke.key.as_str() {
            "Enter" => Some(ScanEnd::Enter),
            "Tab" => Some(ScanEnd::Tab),
            _ => None,
        };
        if let Some(end) = end {
            // The end of a scan only right after its characters; else the key does what it does
            // (presses the focused button, moves the focus), and a stray key or two is forgotten.
            let quick = last_ms.is_some_and(|t| stroke.time_ms - t < SCAN_PAUSE_MS);
            if quick && (started || characters >= MIN_SCAN_CHARS) {
                event.prevent_default();
                if let Some(keys) = buffer.try_update_value(|b| b.push(stroke)).flatten() {
                    deliver(keys, end);
                }
            } else {
                match buffer
                    .try_update_value(|b| b.finish_if_paused(stroke.time_ms))
                    .flatten()
                {
                    Some(keys) => deliver(keys, ScanEnd::Pause),
                    None => {
                        buffer.update_value(ScanBuffer::clear);
                        under_way.set_value((0, None, false));
                    }
                }
            }
            return;
        }
        let character = is_character(&stroke);
        let time_ms = stroke.time_ms;
        // A key after a pause ends the scan before it (the timer may not have run yet).
        if let Some(keys) = buffer.try_update_value(|b| b.push(stroke)).flatten() {
            deliver(keys, ScanEnd::Pause);
        }
        // Characters go nowhere else on this page (Firefox's quick find would take "/" and "'").
        if character && event.key() != " " {
            event.prevent_default();
        }
        let (characters, _, started) = under_way.get_value();
        let characters = characters + usize::from(character);
        under_way.set_value((
            characters,
            Some(time_ms),
            started || characters >= MIN_SCAN_CHARS,
        ));
        if !started && characters >= MIN_SCAN_CHARS {
            on_start.run(());
        }
        arm(buffer, timer, deliver, SCAN_PAUSE_MS);
    };

    let listener = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(on_key);
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(document) = &document {
        let _ =
            document.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
    }
    let listener = StoredValue::new_local(Some(listener));
    on_cleanup(move || {
        if let (Some(document), Some(Some(listener))) =
            (document, listener.try_update_value(Option::take))
        {
            let _ = document
                .remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
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
            let kind = element
                .get_attribute("type")
                .unwrap_or_default()
                .to_ascii_lowercase();
            !matches!(
                kind.as_str(),
                "button" | "submit" | "reset" | "checkbox" | "radio"
            )
        }
        _ => false,
    }
}
