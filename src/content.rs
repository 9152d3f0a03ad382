//! The content compiled into the app (every language listed in `content/languages.json`), checked by `build.rs` and written as Rust code by `content_pipeline::codegen`; the JSON texts for tests and tools.

use crate::domain::clinic::SiteSettings;
use crate::domain::desk_text::DeskText;
pub use content_pipeline::{Content, ContentError, Library};

include!(concat!(env!("OUT_DIR"), "/content_files.rs"));

/// Each language's checked files as Rust code, written by `build.rs`.
mod compiled {
    include!(concat!(env!("OUT_DIR"), "/content_compiled.rs"));
}

/// The built-in content, checked by `build.rs` when it was compiled in (the tests check that it
/// equals what `content_pipeline::load_json` reads from the JSON files). Each language is read
/// when first shown.
pub fn load() -> Result<Library, Vec<ContentError>> {
    Library::checked(
        compiled::languages(),
        &compiled::clinic(),
        compiled::files(),
    )
}

/// As `load`, with the clinic settings published beside the app (`site`: the bytes of
/// `clinic.json`, if the app got it) in place of the built-in ones (`Library::use_site`).
pub fn load_with_site(site: Option<&[u8]>) -> Result<(Library, SiteSettings), Vec<ContentError>> {
    let mut library = load()?;
    let settings = library.use_site(site);
    Ok((library, settings))
}

/// The reception desk's texts (`content/desk.json`, French), checked by `build.rs` and compiled in
/// as code. Only the desk's page (`start_desk`) calls this: the patients' WebAssembly holds
/// neither the texts nor a reader for them. (Never an error since they are compiled in; the
/// `Result` keeps the desk's start unchanged.)
pub fn desk_text() -> Result<DeskText, ContentError> {
    Ok(compiled::desk())
}
