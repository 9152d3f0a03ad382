//! The content compiled into the app (the source language; every other one listed in `content/languages.json` is a bundle fetched when chosen), checked by `build.rs` and written as Rust code by `content_pipeline::codegen`; the JSON texts for tests and tools, and the bundles the build writes from them.

use crate::domain::clinic::SiteSettings;
use crate::domain::desk_text::DeskText;
pub use content_pipeline::{Content, ContentError, Library};

include!(concat!(env!("OUT_DIR"), "/content_files.rs"));

/// Each language's checked files as Rust code, written by `build.rs`.
mod compiled {
    include!(concat!(env!("OUT_DIR"), "/content_compiled.rs"));
}

/// The content's version, which each language's bundle carries (`content_pipeline::bundle`).
pub const VERSION: &str = compiled::VERSION;

/// The built-in content, checked by `build.rs` when it was compiled in (the tests check that it
/// equals what `content_pipeline::load_json` reads from the JSON files): the source language, read
/// when first shown, and every other language listed, to load from its bundle when chosen.
pub fn load() -> Result<Library, Vec<ContentError>> {
    Library::checked(
        compiled::languages(),
        &compiled::clinic(),
        compiled::files(),
    )
}

/// Every language, read from the JSON texts and checked: what the build pre-renders in every
/// language (the app fetches the translations instead).
pub fn load_every_language() -> Result<Library, Vec<ContentError>> {
    content_pipeline::load_json(&sources())
}

/// Each translation's bundle, as the build writes it beside the app: (file name, JSON), each
/// read back as the app will and checked to give the translation (`bundle::write`).
pub fn bundles() -> Result<Vec<(String, String)>, Vec<String>> {
    let library = load_every_language().map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let source = library.source();
    library.languages[1..]
        .iter()
        .map(|language| {
            let code = &language.info.code;
            let json = content_pipeline::bundle::write(source, language.content(), code, VERSION)
                .map_err(|e| vec![e])?;
            Ok((content_pipeline::bundle::file_name(code), json))
        })
        .collect()
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
