//! Build step: checks every content file (every language, and the desk's `content/desk.json`)
//! with the app's own checks, so broken content stops the build with a message naming the file
//! and the field; picks the clinic
//! settings file (`CLINIC_SETTINGS`, default `content/clinic.json`); writes the list of content
//! files to embed, so that adding a language means adding files, not changing Rust; and writes
//! each language's checked files as Rust code, which the app runs instead of parsing JSON.

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
    // Read as bytes: a file that is not UTF-8 is refused with the app's own check, naming the line.
    println!("cargo:rerun-if-changed={clinic_file}");
    let bytes =
        fs::read(&clinic_file).unwrap_or_else(|e| panic!("{clinic_file}: cannot be read: {e}"));
    let clinic = String::from_utf8(bytes).unwrap_or_else(|e| {
        let reading = domain::clinic_reading::read_bytes(e.as_bytes(), &[], 0);
        let errors: Vec<_> = reading.problems.iter().map(|p| p.to_content_error(&clinic_file)).collect();
        fail(&errors)
    });
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
    let library = match load_from(&sources) {
        Ok(library) => library,
        Err(errors) => fail(&errors),
    };
    // The desk's texts, read by the desk's page alone: every language of the app needs its name.
    let desk = read(domain::desk_text::DESK_FILE);
    if let Err(errors) = domain::desk_text::load_desk_text(&desk, &library.codes()) {
        fail(&errors);
    }
    // Shipped placeholders are never shown to patients (generic wording instead), but a clinic
    // must know its details are missing.
    let code_list: Vec<&str> = codes.iter().map(String::as_str).collect();
    let fields: Vec<String> = domain::clinic_reading::read_text(&clinic, &code_list, 0)
        .to_complete
        .iter()
        .map(|field| field.key())
        .collect();
    if !fields.is_empty() {
        println!(
            "cargo:warning={clinic_file}: still the shipped placeholder in {}: patients see no centre name, phone number or hours. Set the centre's details (CLINIC_SETTINGS=path/to/clinic.json).",
            fields.join(", ")
        );
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
        "/// `content/languages.json`.\n\
         const LANGUAGES_JSON: &str = {};\n\
         /// The clinic settings chosen at build time.\n\
         const CLINIC_JSON: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/clinic.json\"));\n\
         /// The clinic settings file's name, for messages.\n\
         const CLINIC_FILE_NAME: &str = {clinic_file:?};\n\n\
         /// The content files as JSON texts (written by build.rs), for tests and tools.\n\
         pub fn sources() -> Sources<'static> {{\n\
         Sources {{ languages: LANGUAGES_JSON, texts: vec![\n{texts}], clinic: CLINIC_JSON, clinic_file: CLINIC_FILE_NAME }}\n}}\n",
        embed(LANGUAGES_FILE),
    );
    fs::write(Path::new(&out).join("content_files.rs"), generated).expect("OUT_DIR is writable");
    fs::write(
        Path::new(&out).join("content_compiled.rs"),
        compiled_content(&library),
    )
    .expect("OUT_DIR is writable");
}

fn fail(errors: &[domain::content_check::ContentError]) -> ! {
    for error in errors {
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

/// Each language's checked files as Rust code (`crate::content::compiled`): one type per
/// language implementing `LanguageFiles`, each file a function that builds its value. The app
/// then carries no JSON reader for these files, and reading one is a copy, not a parse.
fn compiled_content(library: &domain::content::Library) -> String {
    let mut code = String::from(
        "// Written by build.rs from the checked content files: do not edit.\n\
         use crate::domain::content::LanguageFiles;\n\
         use crate::domain::glossary::{Glossary, Term};\n\
         use crate::domain::questionnaire::{AnswerOption, CodeableConcept, Coding, EnableBehavior, EnableWhen, Extension, Item, ItemType, Questionnaire};\n\
         use crate::domain::sheet::{AppNote, Block, Origin, Section, Sheet};\n\
         use crate::domain::ui_text::UiText;\n\n",
    );
    let mut list = Vec::new();
    for (index, language) in library.languages.iter().enumerate() {
        let content = language.content();
        let name = format!("Language{index}");
        code += &format!(
            "/// The files of `content/{code}/`.\npub struct {name};\n\n\
             impl LanguageFiles for {name} {{\n\
             fn code(&self) -> &str {{ {code:?} }}\n\
             fn questionnaire(&self) -> Questionnaire {{ {} }}\n\
             fn sheet(&self) -> Sheet {{ {} }}\n\
             fn ui(&self) -> UiText {{ {} }}\n\
             fn glossary(&self) -> Glossary {{ {} }}\n}}\n\n",
            rust_expression(&format!("{:?}", content.questionnaire)),
            rust_expression(&format!("{:?}", content.sheet)),
            rust_expression(&format!("{:?}", content.ui)),
            rust_expression(&format!("{:?}", content.glossary)),
            code = language.info.code,
        );
        list.push(format!("Box::new({name})"));
    }
    code += &format!(
        "/// Every language's files, in the order of `content/languages.json`.\n\
         pub fn files() -> Vec<Box<dyn LanguageFiles>> {{ vec![{}] }}\n",
        list.join(", ")
    );
    code
}

/// A value's `Debug` text as a Rust expression that builds it: a string literal becomes a
/// `String` (`.into()`), a list a `vec!`, and an enum variant gets its type's name. The content
/// types print their fields in declaration order, as Rust struct expressions do.
fn rust_expression(debug: &str) -> String {
    /// The content's enum variants, with their type (`Debug` prints the variant alone).
    const VARIANTS: [(&str, &str); 9] = [
        ("Choice", "ItemType"),
        ("String", "ItemType"),
        ("Display", "ItemType"),
        ("Paragraph", "Block"),
        ("List", "Block"),
        ("Note", "Block"),
        ("AppWritten", "Origin"),
        ("All", "EnableBehavior"),
        ("Any", "EnableBehavior"),
    ];
    let mut out = String::with_capacity(debug.len() * 2);
    let mut chars = debug.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                out.push('"');
                let mut escaped = false;
                for c in chars.by_ref() {
                    out.push(c);
                    match c {
                        _ if escaped => escaped = false,
                        '\\' => escaped = true,
                        '"' => break,
                        _ => {}
                    }
                }
                out.push_str(".into()");
            }
            '[' => out.push_str("vec!["),
            c if c.is_alphabetic() || c == '_' => {
                let mut word = String::from(c);
                while let Some(&next) = chars.peek().filter(|n| n.is_alphanumeric() || **n == '_') {
                    word.push(next);
                    chars.next();
                }
                match VARIANTS.iter().find(|(variant, _)| *variant == word) {
                    Some((variant, kind)) => out.push_str(&format!("{kind}::{variant}")),
                    None => out.push_str(&word),
                }
            }
            c => out.push(c),
        }
    }
    out
}
