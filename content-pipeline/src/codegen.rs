//! The Rust files `build.rs` writes from the checked content: the source language compiled in as code (the app reads no JSON for it; every other language is a bundle fetched when chosen, `bundle`), and the JSON texts embedded for the tests and tools.

use std::any::type_name;
use std::path::Path;

use crate::bake::{Bake, Baker};
use crate::clinic::ClinicSettings;
use crate::desk_text::{DESK_FILE, DeskText};
use crate::file::ContentFile;
use crate::glossary::Glossary;
use crate::language::LanguageList;
use crate::library::Library;
use crate::questionnaire::Questionnaire;
use crate::sheet::Sheet;
use crate::ui_text::UiText;
use crate::{LANGUAGE_FILES, LANGUAGES_FILE};

/// A function `name` returning `value` as the code that builds it.
fn function<T: Bake>(doc: &str, signature: &str, value: &T, depth: usize) -> String {
    let indent = "    ".repeat(depth);
    format!(
        "{indent}/// {doc}\n{indent}{signature} -> ::{} {{\n{indent}    {}\n{indent}}}\n",
        type_name::<T>(),
        Baker::code(value, depth + 1),
    )
}

/// One language's file as a method of its `LanguageFiles` type.
fn method<T: ContentFile + Bake>(code: &str, name: &str, value: &T) -> String {
    function(
        &format!("`content/{code}/{}`.", T::NAME),
        &format!("fn {name}(&self)"),
        value,
        1,
    )
}

/// The content compiled into the app (`crate::content`'s `compiled` module): the content's
/// version (`bundle::version`: the bundles of other languages must carry the same), the list of
/// languages, the clinic settings (in the source language, with their translations), for the
/// source language only (the first) a type implementing `LanguageFiles` whose methods build its
/// files' values (every other language is fetched when chosen), and the desk's texts (called by
/// the desk's page alone, so absent from the patients' WebAssembly).
pub fn compiled_content(
    version: &str,
    list: &LanguageList,
    clinic: &ClinicSettings,
    library: &Library,
    desk: &DeskText,
) -> String {
    let files = "::content_pipeline::LanguageFiles";
    let mut code = String::from(
        "// Written by build.rs (content-pipeline's codegen) from the checked content files: do not edit.\n\n",
    );
    code += &format!(
        "/// The content's version: each language's bundle (`lang-<code>.json`) carries the same.\n\
         pub const VERSION: &str = {version:?};\n\n"
    );
    code += &function(
        &format!("`{LANGUAGES_FILE}`: the languages, the source first."),
        "pub fn languages()",
        list,
        0,
    );
    code += "\n";
    code += &function(
        "The clinic settings chosen at build time, with their translations.",
        "pub fn clinic()",
        clinic,
        0,
    );
    code += "\n";
    code += &function(
        &format!("`{DESK_FILE}`: the reception desk's texts."),
        "pub fn desk()",
        desk,
        0,
    );
    let mut names = Vec::new();
    for (index, language) in library.languages.iter().enumerate().take(1) {
        let content = language.content();
        let code_of = &language.info.code;
        let name = format!("Language{index}");
        code += &format!(
            "\n/// The files of `content/{code_of}/`.\npub struct {name};\n\n\
             impl {files} for {name} {{\n    fn code(&self) -> &str {{\n        {code_of:?}\n    }}\n\n{}\n{}\n{}\n{}}}\n",
            method::<Questionnaire>(code_of, "questionnaire", &content.questionnaire),
            method::<Sheet>(code_of, "sheet", &content.sheet),
            method::<UiText>(code_of, "ui", &content.ui),
            method::<Glossary>(code_of, "glossary", &content.glossary),
        );
        names.push(format!("Box::new({name})"));
    }
    code += &format!(
        "\n/// The files compiled in: the source language's (the first of `{LANGUAGES_FILE}`).\n\
         pub fn files() -> Vec<Box<dyn {files}>> {{\n    vec![{}]\n}}\n",
        names.join(", ")
    );
    code
}

/// The content files' JSON texts embedded for the tests and tools (`sources()`), each by
/// `include_str!` of its path under `root` (the clinic settings' `clinic_file` as chosen by the
/// build), in the order of `Sources::files`.
pub fn sources_code(root: &Path, files: &[(String, String)], clinic_file: &str) -> String {
    let embed = |path: &str| format!("include_str!({:?})", root.join(path));
    let mut texts = String::new();
    for chunk in files[2.min(files.len())..].chunks(LANGUAGE_FILES.len()) {
        let code = chunk[0]
            .0
            .trim_start_matches("content/")
            .split('/')
            .next()
            .unwrap_or("");
        texts += &format!(
            "            ::content_pipeline::LanguageSources {{\n                code: {code:?},\n"
        );
        for ((path, _), field) in chunk
            .iter()
            .zip(["questionnaire", "sheet", "ui", "glossary"])
        {
            texts += &format!("                {field}: {},\n", embed(path));
        }
        texts += "            },\n";
    }
    format!(
        "// Written by build.rs (content-pipeline's codegen): do not edit.\n\n\
         /// The content files as JSON texts, for tests and tools (the app reads the compiled ones).\n\
         pub fn sources() -> ::content_pipeline::Sources<'static> {{\n\
         \x20   ::content_pipeline::Sources {{\n\
         \x20       languages: {},\n\
         \x20       texts: vec![\n{texts}        ],\n\
         \x20       clinic: {},\n\
         \x20       clinic_file: {clinic_file:?},\n\
         \x20   }}\n}}\n",
        embed(LANGUAGES_FILE),
        embed(clinic_file),
    )
}
