//! The content compiled into the app (every language listed in `content/languages.json`): checked by `build.rs`, each language's files as Rust code.

use crate::domain::clinic::SiteSettings;
use crate::domain::content::{
    CheckedSources, LanguageSources, Sources, read_checked_sources, read_checked_sources_with_site,
};
pub use crate::domain::content::{Content, Library};
use crate::domain::content_check::ContentError;
use crate::domain::desk_text::{DeskText, read_desk_text};

include!(concat!(env!("OUT_DIR"), "/content_files.rs"));

/// Each language's checked files as Rust code, written by `build.rs`.
mod compiled {
    include!(concat!(env!("OUT_DIR"), "/content_compiled.rs"));
}

/// The content as the app reads it: no JSON text of the language files is in the app.
fn compiled() -> CheckedSources {
    CheckedSources {
        languages: LANGUAGES_JSON,
        clinic: CLINIC_JSON,
        clinic_file: CLINIC_FILE_NAME,
        files: compiled::files(),
    }
}

/// Reads the built-in content (checked by `build.rs` when it was compiled in; the tests check
/// that it equals what `domain::content::load_from` reads from the JSON files).
pub fn load() -> Result<Library, Vec<ContentError>> {
    read_checked_sources(compiled())
}

/// As `load`, with the clinic settings published beside the app (`site`: the bytes of
/// `clinic.json`, if the app got it), read field by field (see `read_checked_with_site`).
pub fn load_with_site(site: Option<&[u8]>) -> Result<(Library, SiteSettings), Vec<ContentError>> {
    read_checked_sources_with_site(compiled(), site)
}

/// The reception desk's texts (`content/desk.json`, French), checked by `build.rs`. Only the desk's
/// page (`start_desk`) calls this: the patients' WebAssembly holds neither the text nor its reader.
pub fn desk_text() -> Result<DeskText, ContentError> {
    read_desk_text(include_str!("../content/desk.json"))
}
