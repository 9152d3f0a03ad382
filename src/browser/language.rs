//! The browser side of languages: the browser's preferred languages, a language's bundle fetched from the site, and `<html lang dir>`.

use crate::content::Library;
use crate::domain::language::choose_language;

/// The language for a patient: the one saved on this device, else the browser's preferred ones.
pub fn browser_choice(library: &Library, saved: Option<&str>) -> usize {
    let preferred: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    choose_language(saved, &preferred, &library.codes())
}

/// Puts the language's code and direction on `<html>`, for screen readers, spelling and hyphenation.
pub fn apply_to_document(code: &str, dir: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
        let _ = root.set_attribute("dir", dir);
    }
}

/// A bundle that has not come after this long is treated as missing (offline, or a very slow
/// network): the patient is told, and can try again.
const PATIENCE: std::time::Duration = std::time::Duration::from_secs(20);

/// Fetches the bundle of language `code` from the app's own origin (`/lang-<code>.json`) and calls
/// `done` once, with its bytes or `None`.
pub fn fetch_bundle(code: &str, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    let address = format!("/{}", content_pipeline::bundle::file_name(code));
    crate::browser::clinic_file::fetch_file(&address, PATIENCE, done);
}
