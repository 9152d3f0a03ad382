//! The functional core: questionnaire, answers, rules, outcome, stored format and content checks. No browser here.

pub mod answers;
pub mod clinic;
pub mod clinic_reading;
pub mod content;
pub mod content_check;
pub mod desk_camera;
pub mod desk_code;
pub mod desk_status;
pub mod desk_view;
pub mod flow;
pub mod glossary;
pub mod language;
pub mod mode;
pub mod outcome;
pub mod qr_svg;
pub mod questionnaire;
pub mod questionnaire_response;
pub mod read_aloud;
pub mod route;
pub mod scanner;
pub mod settings_report;
pub mod sheet;
pub mod stored;
pub mod text_size;
pub mod translation_check;
pub mod ui_text;
