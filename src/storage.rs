//! localStorage through gloo-storage: the stored session (load, save, clear), the device's mode, the text size and the language; the keys and what "clear" erases are the page's contract (`domain::contract`).

use gloo_storage::errors::StorageError as GlooError;
use gloo_storage::{LocalStorage, Storage};

use crate::domain::mode::Remembered;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::stored::{self, DecodeError, STORAGE_KEY, Saved};

/// Why the device could not keep or give back the answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage (blocked, private browsing, disabled).
    Unavailable,
    /// The browser refused to read.
    ReadFailed,
    /// The browser refused to write (quota full, for instance).
    WriteFailed,
    /// Something is stored, but it cannot be used.
    Decode(DecodeError),
}

use crate::domain::contract::{self, CONTRACT, keys};

const PROBE_KEY: &str = keys::PROBE;
/// The device's setting (home or kiosk, and the kiosk delay): not about any patient.
pub const MODE_KEY: &str = keys::MODE;
/// The text size the patient chose on this device.
pub const TEXT_SIZE_KEY: &str = keys::TEXT_SIZE;
/// The language chosen with the language switch ("en"); cleared by a kiosk wipe.
pub const LANGUAGE_KEY: &str = keys::LANGUAGE;
/// Every key the app may write; the prefix marks them all.
pub const KEY_PREFIX: &str = keys::PREFIX;

thread_local! {
    /// The probe's answer: storage is blocked or not for the page's whole life.
    static AVAILABLE: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

/// True when localStorage exists and accepts a write (probed once per page: a write costs time
/// at start). `LocalStorage::raw()` panics without storage, so every other function here calls
/// this first.
pub fn is_available() -> bool {
    // Drawn natively at build time (the `prerender` crate): no browser, no storage.
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    if let Some(known) = AVAILABLE.get() {
        return known;
    }
    let writable = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some_and(|storage| {
            let writable = storage.set_item(PROBE_KEY, "1").is_ok();
            let _ = storage.remove_item(PROBE_KEY);
            writable
        });
    AVAILABLE.set(Some(writable));
    writable
}

/// The stored session, if any.
pub fn load(questionnaire: &Questionnaire) -> Result<Option<Saved>, StorageError> {
    if !is_available() {
        return Err(StorageError::Unavailable);
    }
    match LocalStorage::get::<serde_json::Value>(STORAGE_KEY) {
        Ok(value) => stored::from_value(questionnaire, value, js_sys::Date::now())
            .map(Some)
            .map_err(StorageError::Decode),
        Err(GlooError::KeyNotFound(_)) => Ok(None),
        Err(GlooError::SerdeError(_)) => Err(StorageError::Decode(DecodeError::Corrupt)),
        Err(_) => Err(StorageError::ReadFailed),
    }
}

/// Saves the session under the app's one key.
pub fn save(questionnaire: &Questionnaire, saved: &Saved) -> Result<(), StorageError> {
    if !is_available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::set(STORAGE_KEY, stored::to_stored(questionnaire, saved))
        .map_err(|_| StorageError::WriteFailed)
}

/// "Effacer mes réponses": removes the keys of `CONTRACT.clear` (the answers; not the device's
/// mode, language or text size), as the start script does before the app is there.
pub fn clear() -> Result<(), StorageError> {
    if !is_available() {
        return Err(StorageError::Unavailable);
    }
    for key in CONTRACT.clear {
        LocalStorage::delete(key);
    }
    Ok(())
}

/// The mode this device remembers, if any (unreadable means none).
pub fn load_mode() -> Option<Remembered> {
    if !is_available() {
        return None;
    }
    let value = LocalStorage::get::<serde_json::Value>(MODE_KEY).ok()?;
    Remembered::from_value(&value)
}

/// Remembers the mode on this device (set by the staff address).
pub fn save_mode(mode: Remembered) -> Result<(), StorageError> {
    if !is_available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(MODE_KEY, &mode.to_json())
        .map_err(|_| StorageError::WriteFailed)
}

/// Forgets the device's mode (back to home).
pub fn forget_mode() {
    if is_available() {
        LocalStorage::delete(MODE_KEY);
    }
}

/// Removes everything about the patient: every app key of localStorage except the device's mode,
/// and every app key of sessionStorage.
pub fn wipe_patient() {
    let window = web_sys::window();
    let stores = [
        window
            .as_ref()
            .and_then(|w| w.local_storage().ok().flatten()),
        window
            .as_ref()
            .and_then(|w| w.session_storage().ok().flatten()),
    ];
    for store in stores.into_iter().flatten() {
        let count = store.length().unwrap_or(0);
        let keys: Vec<String> = (0..count)
            .filter_map(|i| store.key(i).ok().flatten())
            .collect();
        for key in keys.iter().filter(|k| contract::wiped(k)) {
            let _ = store.remove_item(key);
        }
    }
}

/// The text size remembered on this device.
pub fn load_text_size() -> crate::domain::text_size::TextSize {
    if !is_available() {
        return Default::default();
    }
    LocalStorage::get::<String>(TEXT_SIZE_KEY)
        .map(|s| crate::domain::text_size::TextSize::from_stored(&s))
        .unwrap_or_default()
}

/// Remembers the text size (the normal size removes the key).
pub fn save_text_size(size: crate::domain::text_size::TextSize) {
    if !is_available() {
        return;
    }
    if size == Default::default() {
        LocalStorage::delete(TEXT_SIZE_KEY);
    } else {
        let _ = LocalStorage::set(TEXT_SIZE_KEY, size.percent().to_string());
    }
}

/// The language chosen earlier on this device, if any.
pub fn load_language() -> Option<String> {
    if !is_available() {
        return None;
    }
    LocalStorage::get::<String>(LANGUAGE_KEY).ok()
}

/// Remembers the language chosen with the language switch.
pub fn save_language(code: &str) {
    if is_available() {
        let _ = LocalStorage::set(LANGUAGE_KEY, code);
    }
}
