//! The only file that touches localStorage: load, save and clear the stored session through gloo-storage.

use gloo_storage::errors::StorageError as GlooError;
use gloo_storage::{LocalStorage, Storage};

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

const PROBE_KEY: &str = "cimentoplastie.sonde";

/// True when localStorage exists and accepts a write. `LocalStorage::raw()` panics without
/// storage, so every other function here calls this first.
pub fn is_available() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    let writable = storage.set_item(PROBE_KEY, "1").is_ok();
    let _ = storage.remove_item(PROBE_KEY);
    writable
}

/// The stored session, if any.
pub fn load(questionnaire: &Questionnaire) -> Result<Option<Saved>, StorageError> {
    if !is_available() {
        return Err(StorageError::Unavailable);
    }
    match LocalStorage::get::<serde_json::Value>(STORAGE_KEY) {
        Ok(value) => stored::from_value(questionnaire, value)
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

/// Removes everything the app stored on this device.
pub fn clear() -> Result<(), StorageError> {
    if !is_available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::delete(STORAGE_KEY);
    LocalStorage::delete(PROBE_KEY);
    Ok(())
}
