//! The content files compiled into the app; checked by `build.rs` before they get here.

pub use crate::domain::content::Content;
use crate::domain::content::{CLINIC_FILE, Sources, load_from};
use crate::domain::content_check::ContentError;

/// Reads the built-in content files.
pub fn load() -> Result<Content, Vec<ContentError>> {
    load_from(&Sources {
        questionnaire: include_str!("../content/questionnaire.json"),
        sheet: include_str!("../content/fr/sheet.json"),
        ui: include_str!("../content/fr/ui.json"),
        clinic: include_str!(concat!(env!("OUT_DIR"), "/clinic.json")),
        clinic_file: CLINIC_FILE,
    })
}
