//! Build step: checks every content file (every language against the source, and the desk's
//! `content/desk.json`) with the app's own checks (`content_pipeline::build::check`), so broken
//! content stops the build with a message naming the file and the field; then writes the content
//! as Rust code, which the app runs instead of parsing JSON. The clinic settings come from
//! `CLINIC_SETTINGS` (default `content/clinic.json`). A language is only files.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-env-changed=CLINIC_SETTINGS");
    println!("cargo:rerun-if-changed=content");
    let clinic_file =
        env::var("CLINIC_SETTINGS").unwrap_or_else(|_| content_pipeline::CLINIC_FILE.to_owned());
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    println!("cargo:rerun-if-changed={clinic_file}");
    let checked =
        content_pipeline::build::check(Path::new(&root), &clinic_file).unwrap_or_else(|errors| {
            for error in &errors {
                println!("cargo:warning={error}");
            }
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!(
                "the content files have {} error(s):\n{}",
                errors.len(),
                list.join("\n")
            );
        });
    for (path, _) in &checked.files {
        println!("cargo:rerun-if-changed={path}");
    }
    // Shipped placeholders are never shown to patients (generic wording instead), but a clinic
    // must know its details are missing.
    if !checked.placeholders.is_empty() {
        println!(
            "cargo:warning={clinic_file}: still the shipped placeholder in {}: patients see no centre name, phone number or hours. Set the centre's details (CLINIC_SETTINGS=path/to/clinic.json).",
            checked.placeholders.join(", ")
        );
    }
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, code: &str| {
        fs::write(Path::new(&out).join(name), code).expect("OUT_DIR is writable");
    };
    write("content_files.rs", &checked.sources);
    write("content_compiled.rs", &checked.compiled);
}
