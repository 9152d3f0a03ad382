//! Reading aloud with the browser's own speech synthesis (`speechSynthesis`): the text is spoken on the device, nothing is sent.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};

use crate::domain::read_aloud::{Voice, pick_voice};

thread_local! {
    /// The browser's speech voices, as last asked (read when "Écouter" is tapped: nothing on the
    /// page changes when the voices do).
    static VOICES: std::cell::RefCell<Vec<Voice>> = const { std::cell::RefCell::new(Vec::new()) };
    /// What "Écouter" is reading now (a key such as `section-definition`), if anything.
    static SPEAKING: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// The browser's voices as plain values; read through `Reflect` so that any object with
/// `lang`, `default` and `localService` (a test's stub too) is understood.
fn voice_objects() -> Vec<JsValue> {
    synthesis()
        .map(|s| s.get_voices().iter().collect())
        .unwrap_or_default()
}

fn voice_tags() -> Vec<Voice> {
    voice_objects()
        .iter()
        .map(|v| {
            let get = |name: &str| js_sys::Reflect::get(v, &JsValue::from_str(name)).ok();
            Voice {
                lang: get("lang").and_then(|l| l.as_string()).unwrap_or_default(),
                default: get("default").and_then(|d| d.as_bool()).unwrap_or(false),
                local: get("localService")
                    .and_then(|l| l.as_bool())
                    .unwrap_or(false),
            }
        })
        .collect()
}

/// Keeps the voices up to date: browsers load their voices after the page, then say so
/// with `voiceschanged`. Started after the first screen is drawn: waking the browser's speech
/// engine can take a while.
pub fn follow_voices() {
    set_timeout(watch_voices, std::time::Duration::from_millis(100));
}

fn watch_voices() {
    let Some(synthesis) = synthesis() else {
        return;
    };
    let update = || VOICES.set(voice_tags());
    update();
    let update = Closure::<dyn Fn()>::new(update);
    let _ = synthesis
        .add_event_listener_with_callback("voiceschanged", update.as_ref().unchecked_ref());
    // Lives as long as the page: one listener for the app's whole life.
    update.forget();
}

/// True when the browser has a voice for language `code`, now (asked when "Écouter" is tapped).
/// The voices are asked for again: Firefox lists them only some time after it is first asked,
/// and a browser may not say so with `voiceschanged`.
pub fn can_speak_now(code: &str) -> bool {
    let voices = voice_tags();
    let can = pick_voice(&voices, code).is_some();
    VOICES.set(voices);
    can
}

thread_local! {
    /// The signal of the button whose text is being read, set back to false when reading ends.
    static READING: std::cell::Cell<Option<RwSignal<bool>>> = const { std::cell::Cell::new(None) };
}

/// Marks the button reading now (`None`: none); the previous one, if its page is still there,
/// offers to listen again.
fn set_reading(button: Option<RwSignal<bool>>) {
    if let Some(previous) = READING.replace(button) {
        previous.try_set(false);
    }
    if let Some(button) = button {
        button.try_set(true);
    }
}

/// Reads `text` aloud in language `code`, in place of anything being read; `key` names what
/// is read, and `button` is set to true while it is read, so that its button can offer to stop.
pub fn speak(code: &str, key: String, text: &str, button: RwSignal<bool>) {
    let Some(synthesis) = synthesis() else {
        return;
    };
    let Some(index) = VOICES.with_borrow(|v| pick_voice(v, code)) else {
        return;
    };
    synthesis.cancel();
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    if let Some(voice) = voice_objects().get(index) {
        let lang = js_sys::Reflect::get(voice, &JsValue::from_str("lang")).ok();
        utterance.set_lang(
            &lang
                .and_then(|l| l.as_string())
                .unwrap_or_else(|| code.to_owned()),
        );
        let _ = js_sys::Reflect::set(&utterance, &JsValue::from_str("voice"), voice);
    }
    // A little slower than the default: easier to follow for older patients.
    utterance.set_rate(0.9);
    // At the end, or on an error (a real browser reports "interrupted" after `cancel`), the
    // button offers to listen again.
    let finished = |key: String| {
        Closure::once_into_js(move || {
            if SPEAKING.with_borrow(|s| s.as_deref() == Some(&key)) {
                SPEAKING.set(None);
                set_reading(None);
            }
        })
    };
    utterance.set_onend(Some(finished(key.clone()).unchecked_ref()));
    utterance.set_onerror(Some(finished(key.clone()).unchecked_ref()));
    SPEAKING.set(Some(key));
    set_reading(Some(button));
    synthesis.speak(&utterance);
}

/// Stops reading (the browser's speech is not touched when nothing is being read).
pub fn stop() {
    if SPEAKING.with_borrow(Option::is_none) {
        return;
    }
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
    SPEAKING.set(None);
    set_reading(None);
}
