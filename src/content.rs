//! The content files built into the app (sheet, questionnaire, interface wording), read and checked.

use crate::domain::content_check::{ContentError, check_questionnaire, check_sheet};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::sheet::Sheet;
use crate::domain::ui_text::UiText;

pub const QUESTIONNAIRE_FILE: &str = "content/questionnaire.json";
pub const SHEET_FILE: &str = "content/fr/sheet.json";
pub const UI_FILE: &str = "content/fr/ui.json";

const QUESTIONNAIRE_JSON: &str = include_str!("../content/questionnaire.json");
const SHEET_JSON: &str = include_str!("../content/fr/sheet.json");
const UI_JSON: &str = include_str!("../content/fr/ui.json");

/// Everything the app shows, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub questionnaire: Questionnaire,
    pub sheet: Sheet,
    pub ui: UiText,
}

/// Reads and checks the built-in content files.
pub fn load() -> Result<Content, Vec<ContentError>> {
    load_from(QUESTIONNAIRE_JSON, SHEET_JSON, UI_JSON)
}

/// Reads and checks content given as JSON texts (the built-in files, or a test's).
pub fn load_from(questionnaire: &str, sheet: &str, ui: &str) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    let questionnaire = Questionnaire::from_json(questionnaire)
        .map_err(|e| errors.push(ContentError::unreadable(QUESTIONNAIRE_FILE, &e)))
        .ok();
    let sheet = serde_json::from_str::<Sheet>(sheet)
        .map_err(|e| errors.push(ContentError::unreadable(SHEET_FILE, &e)))
        .ok();
    let ui = serde_json::from_str::<UiText>(ui)
        .map_err(|e| errors.push(ContentError::unreadable(UI_FILE, &e)))
        .ok();
    if let Some(q) = &questionnaire {
        errors.extend(check_questionnaire(QUESTIONNAIRE_FILE, q));
    }
    if let Some(s) = &sheet {
        errors.extend(check_sheet(SHEET_FILE, s));
    }
    match (questionnaire, sheet, ui) {
        (Some(questionnaire), Some(sheet), Some(ui)) if errors.is_empty() => Ok(Content {
            questionnaire,
            sheet,
            ui,
        }),
        _ => Err(errors),
    }
}
