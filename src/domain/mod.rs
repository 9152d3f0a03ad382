//! The functional core: questionnaire, answers, rules, outcome, stored format and content checks. No browser here.

pub mod answers;
pub mod contract;
pub mod desk_camera;
pub mod desk_code;
pub mod desk_status;
pub mod desk_view;
pub mod flow;
pub mod language_choice;
pub mod mode;
pub mod outcome;
pub mod qr_svg;
pub mod questionnaire_response;
pub mod read_aloud;
pub mod route;
pub mod scanner;
pub mod settings_report;
pub mod stored;
pub mod text_size;
pub mod ui_text;

/// The content's types and their checks live in the content pipeline (`content-pipeline/`, also
/// `build.rs`'s): re-exported here, where the rest of the core reads them.
pub use content_pipeline::{
    clinic, clinic_reading, desk_text, glossary, language, plural, questionnaire, sheet,
};
