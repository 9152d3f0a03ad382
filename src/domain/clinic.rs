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
