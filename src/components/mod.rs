//! The widgets: the frame and the parts pages are made of, each rendering state and forwarding events to it; none holds a rule. The screens themselves are in `pages`.

pub mod back_link;
pub mod cannot_run;
pub mod clear_answers;
pub mod clinic_contact;
pub mod confirm;
pub mod desk_answers;
pub mod desk_camera;
pub mod desk_card;
pub mod desk_qr;
pub mod error_summary;
pub mod flag_card;
pub mod glossary_text;
pub mod hand_off;
pub mod idle_dialog;
pub mod isolated;
pub mod kiosk_badge;
pub mod language_switch;
pub mod layout;
pub mod listen_button;
pub mod notices;
pub mod team_checks;
pub mod team_summary;
pub mod text_size_control;
pub mod translation_banner;
