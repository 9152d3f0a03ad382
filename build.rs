//! Build step: checks every content file with the app's own checks, so broken content stops the
//! build with a message naming the file and the field; picks the clinic settings file
//! (`CLINIC_SETTINGS`, default `content/clinic.json`).

#[allow(dead_code, unused_imports)]
#[path = "src/domain/mod.rs"]
mod domain;

use std::{env, fs, path::Path};

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: cannot be read: {e}"))
}

fn main() {
    println!("cargo:rerun-if-env-changed=CLINIC_SETTINGS");
    println!("cargo:rerun-if-changed=src/domain");
    let clinic_file =
        env::var("CLINIC_SETTINGS").unwrap_or_else(|_| domain::content::CLINIC_FILE.to_owned());
    let (questionnaire, sheet, ui, clinic) = (
        read(domain::content::QUESTIONNAIRE_FILE),
        read(domain::content::SHEET_FILE),
        read(domain::content::UI_FILE),
        read(&clinic_file),
    );
    let sources = domain::content::Sources {
        questionnaire: &questionnaire,
        sheet: &sheet,
        ui: &ui,
        clinic: &clinic,
        clinic_file: &clinic_file,
    };
    if let Err(errors) = domain::content::load_from(&sources) {
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
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("clinic.json"), clinic).expect("OUT_DIR is writable");
}
