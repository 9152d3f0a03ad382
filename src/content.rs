//! The content files compiled into the app (every language listed in `content/languages.json`); checked by `build.rs` before they get here.

pub use crate::domain::content::{Content, Library};
use crate::domain::clinic::SiteSettings;
use crate::domain::content::{LanguageSources, Sources, read_checked, read_checked_with_site};
use crate::domain::content_check::ContentError;

include!(concat!(env!("OUT_DIR"), "/content_files.rs"));

/// Reads the built-in content files (checked by `build.rs` when they were compiled in; the
/// tests check them again with `domain::content::load_from`).
pub fn load() -> Result<Library, Vec<ContentError>> {
    read_checked(&sources())
}

/// As `load`, with the clinic settings published beside the app (`site`: the text of
/// `clinic.json`, if the app got it) when they pass the build's checks, else generic ones.
pub fn load_with_site(site: Option<&str>) -> Result<(Library, SiteSettings), Vec<ContentError>> {
    read_checked_with_site(&sources(), site)
}
