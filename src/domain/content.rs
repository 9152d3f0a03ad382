//! The whole content set (sheet, questionnaire, interface wording, clinic settings), read from JSON texts and checked.

use super::clinic::ClinicSettings;
use super::content_check::{ContentError, check_clinic, check_questionnaire, check_sheet};
use super::questionnaire::Questionnaire;
use super::sheet::Sheet;
use super::ui_text::UiText;

pub const QUESTIONNAIRE_FILE: &str = "content/questionnaire.json";
pub const SHEET_FILE: &str = "content/fr/sheet.json";
pub const UI_FILE: &str = "content/fr/ui.json";
/// The default clinic settings; a build may use another file (`CLINIC_SETTINGS`).
pub const CLINIC_FILE: &str = "content/clinic.json";

/// Everything the app shows, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub questionnaire: Questionnaire,
    pub sheet: Sheet,
    pub ui: UiText,
    pub clinic: ClinicSettings,
}

/// The JSON texts of the content files, and the name of the clinic file they came from.
pub struct Sources<'a> {
    pub questionnaire: &'a str,
    pub sheet: &'a str,
    pub ui: &'a str,
    pub clinic: &'a str,
    pub clinic_file: &'a str,
}

/// Reads and checks content given as JSON texts; every error names its file and field.
pub fn load_from(sources: &Sources) -> Result<Content, Vec<ContentError>> {
    let Sources {
        questionnaire,
        sheet,
        ui,
        clinic,
        clinic_file,
    } = *sources;
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
    let clinic = serde_json::from_str::<ClinicSettings>(clinic)
        .map_err(|e| errors.push(ContentError::unreadable(clinic_file, &e)))
        .ok();
    if let Some(c) = &clinic {
        errors.extend(check_clinic(clinic_file, c));
    }
    if let Some(q) = &questionnaire {
        errors.extend(check_questionnaire(QUESTIONNAIRE_FILE, q));
    }
    if let Some(s) = &sheet {
        errors.extend(check_sheet(SHEET_FILE, s));
    }
    match (questionnaire, sheet, ui, clinic) {
        (Some(questionnaire), Some(sheet), Some(ui), Some(clinic)) if errors.is_empty() => {
            Ok(Content {
                questionnaire,
                sheet,
                ui,
                clinic,
            })
        }
        _ => Err(errors),
    }
}
