//! The clinic's own settings (name, phone, opening hours, practical instructions), read from `content/clinic.json`.

use serde::Deserialize;

/// One imaging centre's details. Every field is required.
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
}

impl ClinicSettings {
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
