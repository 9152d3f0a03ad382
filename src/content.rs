//! The content files compiled into the app (every language listed in `content/languages.json`); checked by `build.rs` before they get here.

pub use crate::domain::content::{Content, Library};
use crate::domain::content::{LanguageSources, Sources, load_from};
use crate::domain::content_check::ContentError;

include!(concat!(env!("OUT_DIR"), "/content_files.rs"));

/// Reads the built-in content files.
pub fn load() -> Result<Library, Vec<ContentError>> {
    load_from(&sources())
}
