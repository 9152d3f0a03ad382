//! The cimentoplastie patient app: information sheet and contraindication questionnaire, answers kept on the device.

pub mod content;
pub mod domain;
