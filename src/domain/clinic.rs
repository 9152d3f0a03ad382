//! The clinic's own settings (name, phone, opening hours, practical instructions, in every language), read from `content/clinic.json`.

use serde::Deserialize;
use std::collections::BTreeMap;

/// One imaging centre's details. Every field is required; the texts are in the source
/// language, and `translations` gives them in each other language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClinicSettings {
    pub name: String,
    /// As patients read it: "01 23 45 67 89".
    pub phone: String,
    pub opening_hours: String,
    /// What to bring or do, one sentence per line.
    pub instructions: Vec<String>,
    /// How long a patient's answers stay on their own device after the last change, in days.
    pub retention_days: u32,
    /// The texts in each language other than the source one, by language code.
    #[serde(default)]
    pub translations: BTreeMap<String, ClinicTexts>,
}

/// The clinic's texts in one language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClinicTexts {
    pub name: String,
    pub opening_hours: String,
    pub instructions: Vec<String>,
}

impl ClinicSettings {
    /// The settings with their texts in the language `code` (the source texts when it has no translation).
    pub fn in_language(&self, code: &str) -> ClinicSettings {
        let mut out = self.clone();
        if let Some(texts) = self.translations.get(code) {
            out.name = texts.name.clone();
            out.opening_hours = texts.opening_hours.clone();
            out.instructions = texts.instructions.clone();
        }
        out.translations.clear();
        out
    }

    /// Placeholder used only while reporting errors.
    pub fn empty() -> ClinicSettings {
        ClinicSettings {
            name: String::new(),
            phone: String::new(),
            opening_hours: String::new(),
            instructions: Vec::new(),
            retention_days: 0,
            translations: BTreeMap::new(),
        }
    }

    /// The centre's name, unless it is still the shipped placeholder.
    pub fn shown_name(&self) -> Option<&str> {
        (!is_placeholder(&self.name)).then_some(self.name.as_str())
    }

    /// The phone number, unless it is still the shipped placeholder (only zeros, or bracketed).
    pub fn shown_phone(&self) -> Option<&str> {
        let fake = self
            .phone
            .chars()
            .filter(char::is_ascii_digit)
            .all(|c| c == '0');
        (!fake && !is_placeholder(&self.phone)).then_some(self.phone.as_str())
    }

    /// The opening hours, unless they are still the shipped placeholder.
    pub fn shown_hours(&self) -> Option<&str> {
        (!is_placeholder(&self.opening_hours)).then_some(self.opening_hours.as_str())
    }

    /// The practical instructions, without the placeholder lines.
    pub fn shown_instructions(&self) -> Vec<&str> {
        self.instructions
            .iter()
            .map(String::as_str)
            .filter(|line| !is_placeholder(line))
            .collect()
    }

    /// The fields still holding a placeholder, as named in the settings file, for the build's warning.
    pub fn placeholders(&self) -> Vec<String> {
        let mut fields = Vec::new();
        if self.shown_name().is_none() {
            fields.push("name".to_owned());
        }
        if self.shown_phone().is_none() {
            fields.push("phone".to_owned());
        }
        if self.shown_hours().is_none() {
            fields.push("opening_hours".to_owned());
        }
        for (i, line) in self.instructions.iter().enumerate() {
            if is_placeholder(line) {
                fields.push(format!("instructions[{i}]"));
            }
        }
        fields
    }

    /// The `tel:` link of the phone number: digits, with a leading `+` kept.
    pub fn tel_href(&self) -> String {
        let digits: String = self
            .phone
            .chars()
            .enumerate()
            .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
            .map(|(_, c)| c)
            .collect();
        format!("tel:{digits}")
    }
}

/// True for a text left as shipped, to be completed by the clinic: empty, or in square brackets
/// ("[Nom du centre d’imagerie – à compléter]"). Patients never see such a text.
pub fn is_placeholder(text: &str) -> bool {
    let text = text.trim();
    text.is_empty() || (text.contains('[') && text.contains(']'))
}

/// The settings file published beside the app (`clinic.json`), read by the app at start so that a
/// centre changes its details without a rebuild.
pub const SITE_FILE: &str = "clinic.json";

/// What the app made of the published settings file.
#[derive(Debug, Clone, PartialEq)]
pub enum SiteSettings {
    /// Read and checked: shown to patients.
    Valid,
    /// Not found (or no answer): generic wording.
    Missing,
    /// Found, but wrong: generic wording; the problems, each naming its field.
    Invalid(Vec<super::content_check::ContentError>),
}

/// Reads and checks the published settings file with the build's rules; `codes` are the app's
/// languages, the source one first.
pub fn from_site(
    text: &str,
    codes: &[&str],
) -> Result<ClinicSettings, Vec<super::content_check::ContentError>> {
    let settings = serde_json::from_str::<ClinicSettings>(text)
        .map_err(|e| vec![super::content_check::ContentError::unreadable(SITE_FILE, &e)])?;
    let errors = super::content_check::check_clinic(SITE_FILE, &settings, codes);
    if errors.is_empty() {
        Ok(settings)
    } else {
        Err(errors)
    }
}

impl ClinicSettings {
    /// Settings that show nothing of a centre (its name, phone, hours and instructions all left
    /// out: the app's generic wording), keeping the answers `retention_days` days.
    pub fn generic(retention_days: u32) -> ClinicSettings {
        ClinicSettings {
            retention_days,
            ..ClinicSettings::empty()
        }
    }
}
