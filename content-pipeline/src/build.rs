//! What `build.rs` runs: every content file read from the repository and checked (every language against the source, the desk's texts against the list of languages), then the Rust files it writes.

use std::path::Path;

use crate::clinic::ClinicSettings;
use crate::clinic_reading::read_text;
use crate::codegen::{compiled_content, sources_code};
use crate::desk_text::{DESK_FILE, load_desk_text};
use crate::error::ContentError;
use crate::json::{Sources, load_json, read_files};
use crate::language::LanguageList;

/// The content checked, and the Rust files to write.
pub struct Checked {
    /// Every file read (path from the root, text), for `cargo:rerun-if-changed`.
    pub files: Vec<(String, String)>,
    /// The fields of the clinic settings still holding the shipped placeholder.
    pub placeholders: Vec<String>,
    /// `content_compiled.rs`: the content as code (`codegen::compiled_content`).
    pub compiled: String,
    /// `content_files.rs`: the JSON texts embedded for tests and tools (`codegen::sources_code`).
    pub sources: String,
}

/// Reads every content file under `root` (the clinic settings from `clinic_file`) and checks it
/// as the app would read it: any error stops the build, naming its file and field.
pub fn check(root: &Path, clinic_file: &str) -> Result<Checked, Vec<ContentError>> {
    let mut files = read_files(root, clinic_file)?;
    let sources = Sources::from_files(&files);
    let library = load_json(&sources)?;
    let codes = library.codes();
    // The desk's texts, read by the desk's page alone: every language of the app needs its name.
    let desk = std::fs::read_to_string(root.join(DESK_FILE)).map_err(|e| {
        vec![ContentError::new(
            DESK_FILE,
            "",
            format!("cannot be read: {e}"),
        )]
    })?;
    let desk_text = load_desk_text(&desk, &codes)?;
    let list = LanguageList::read(sources.languages)
        .map_err(|e| vec![ContentError::unreadable(crate::LANGUAGES_FILE, &e)])?;
    let reading = read_text(sources.clinic, &codes, 0);
    let clinic: ClinicSettings = reading.settings;
    let placeholders = reading
        .to_complete
        .iter()
        .map(|field| field.key())
        .collect();
    let compiled = compiled_content(
        &crate::bundle::content_version(&sources),
        &list,
        &clinic,
        &library,
        &desk_text,
    );
    let sources = sources_code(root, &files, clinic_file);
    files.push((DESK_FILE.to_owned(), desk));
    Ok(Checked {
        files,
        placeholders,
        compiled,
        sources,
    })
}
