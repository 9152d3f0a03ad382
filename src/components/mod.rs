//! The components: each renders state and forwards events to `AppState`; none holds a rule.

pub mod back_link;
pub mod cannot_run;
pub mod check_page;
pub mod clear_answers;
pub mod clinic_contact;
pub mod error_summary;
pub mod glossary_text;
pub mod hand_off;
pub mod idle_dialog;
pub mod kiosk_badge;
pub mod language_switch;
pub mod layout;
pub mod listen_button;
pub mod notices;
pub mod outcome_page;
pub mod pages;
pub mod privacy_page;
pub mod question_page;
pub mod resume_page;
pub mod settings_check;
pub mod sheet_page;
pub mod start_page;
pub mod team_checks;
pub mod team_summary;
pub mod text_size_control;
pub mod welcome_page;
