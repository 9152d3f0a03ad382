//! Build step: checks every content file (every language) with the app's own checks, so broken
//! content stops the build with a message naming the file and the field; picks the clinic
//! settings file (`CLINIC_SETTINGS`, default `content/clinic.json`); writes the list of content
//! files to embed, so that adding a language means adding files, not changing Rust.

#[allow(dead_code, unused_imports)]
#[path = "src/domain/mod.rs"]
mod domain;

use domain::content::{
    CLINIC_FILE, LANGUAGE_FILES, LANGUAGES_FILE, LanguageSources, Sources, language_file, load_from,
};
use std::{env, fs, path::Path};

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: cannot be read: {e}"))
}

fn main() {
    println!("cargo:rerun-if-env-changed=CLINIC_SETTINGS");
    println!("cargo:rerun-if-changed=src/domain");
    println!("cargo:rerun-if-changed=content");
    let clinic_file = env::var("CLINIC_SETTINGS").unwrap_or_else(|_| CLINIC_FILE.to_owned());
    let languages = read(LANGUAGES_FILE);
    let list: domain::language::LanguageList =
        serde_json::from_str(&languages).unwrap_or_else(|e| panic!("{LANGUAGES_FILE}: {e}"));
    let codes: Vec<String> = list.languages.iter().map(|l| l.code.clone()).collect();
    let files: Vec<Vec<String>> = codes
        .iter()
        .map(|code| {
            LANGUAGE_FILES
                .iter()
                .map(|name| read(&language_file(code, name)))
                .collect()
        })
        .collect();
    let clinic = read(&clinic_file);
    let sources = Sources {
        languages: &languages,
        texts: codes
            .iter()
            .zip(&files)
            .map(|(code, f)| LanguageSources {
                code,
                questionnaire: &f[0],
                sheet: &f[1],
                ui: &f[2],
                glossary: &f[3],
            })
            .collect(),
        clinic: &clinic,
        clinic_file: &clinic_file,
    };
    if let Err(errors) = load_from(&sources) {
        for error in &errors {
            println!("cargo:warning={error}");
        }
        panic!(
            "the content files have {} error(s):\n{}",
            errors.len(),
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    // Shipped placeholders are never shown to patients (generic wording instead), but a clinic
    // must know its details are missing.
    if let Ok(settings) = serde_json::from_str::<domain::clinic::ClinicSettings>(&clinic) {
        let fields = settings.placeholders();
        if !fields.is_empty() {
            println!(
                "cargo:warning={clinic_file}: still the shipped placeholder in {}: patients see no centre name, phone number or hours. Set the centre's details (CLINIC_SETTINGS=path/to/clinic.json).",
                fields.join(", ")
            );
        }
    }
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    fs::write(Path::new(&out).join("clinic.json"), clinic).expect("OUT_DIR is writable");
    // The embedded files, one `LanguageSources` per language of content/languages.json.
    let embed = |path: &str| format!("include_str!({:?})", Path::new(&root).join(path));
    let texts: String = codes
        .iter()
        .map(|code| {
            let f = |name| embed(&language_file(code, name));
            format!(
                "LanguageSources {{ code: {code:?}, questionnaire: {}, sheet: {}, ui: {}, glossary: {} }},\n",
                f("questionnaire.json"),
                f("sheet.json"),
                f("ui.json"),
                f("glossary.json"),
            )
        })
        .collect();
    let generated = format!(
        "/// The content files compiled into the app (written by build.rs).\n\
         pub fn sources() -> Sources<'static> {{\n\
         Sources {{ languages: {}, texts: vec![\n{texts}], clinic: include_str!(concat!(env!(\"OUT_DIR\"), \"/clinic.json\")), clinic_file: {clinic_file:?} }}\n}}\n",
        embed(LANGUAGES_FILE),
    );
    fs::write(Path::new(&out).join("content_files.rs"), generated).expect("OUT_DIR is writable");
}
