//! The clinic's own settings (name, phone, opening hours, practical instructions, in every language), read from `content/clinic.json`.

use std::collections::BTreeMap;

use crate::clinic_reading::{FieldPath, Reading, SiteProblem, read_text};
use crate::error::ContentError;

/// One imaging centre's details, read field by field (`clinic_reading`). The texts are in the
/// source language, and `translations` gives them in each other language.
#[derive(Debug, Clone, PartialEq)]
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
    pub translations: BTreeMap<String, ClinicTexts>,
    /// The order of the languages in the switch and the kiosk grid, set by the clinic (codes of
    /// `content/languages.json`); a language left out follows, in that file's order. Empty: that
    /// file's order.
    pub languages: Vec<String>,
}

/// The clinic's texts in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct ClinicTexts {
    pub name: String,
    pub opening_hours: String,
    pub instructions: Vec<String>,
}

crate::bake_record!(ClinicSettings {
    name,
    phone,
    opening_hours,
    instructions,
    retention_days,
    translations,
    languages,
});
crate::bake_record!(ClinicTexts {
    name,
    opening_hours,
    instructions
});

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
            languages: Vec::new(),
        }
    }

    /// The centre's name, unless it is still the shipped placeholder.
    pub fn shown_name(&self) -> Option<&str> {
        (!is_placeholder(&self.name)).then_some(self.name.as_str())
    }

    /// The phone number, unless it is still the shipped placeholder (only zeros, or bracketed).
    pub fn shown_phone(&self) -> Option<&str> {
        (!is_placeholder_phone(&self.phone)).then_some(self.phone.as_str())
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

    /// The `tel:` link of the phone number: digits, with a leading `+` kept, and without the
    /// "(0)" of `+33 (0)1 23 45 67 89`.
    pub fn tel_href(&self) -> String {
        let phone = self.phone.trim();
        let (plus, rest) = match phone.strip_prefix('+') {
            Some(rest) => ("+", rest.replacen("(0)", "", 1)),
            None => ("", phone.to_owned()),
        };
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        format!("tel:{plus}{digits}")
    }
}

/// True for a text left as shipped, to be completed by the clinic: empty, or in square brackets
/// ("[Nom du centre d’imagerie – à compléter]"). Patients never see such a text.
pub fn is_placeholder(text: &str) -> bool {
    let text = text.trim();
    text.is_empty() || (text.contains('[') && text.contains(']'))
}

/// True for a phone number left as shipped: a placeholder text, or digits that are all zeros
/// ("00 00 00 00 00").
pub fn is_placeholder_phone(text: &str) -> bool {
    let mut digits = text.chars().filter(char::is_ascii_digit).peekable();
    is_placeholder(text) || (digits.peek().is_some() && digits.all(|c| c == '0'))
}

/// The settings file published beside the app (`clinic.json`), read by the app at start so that a
/// centre changes its details without a rebuild.
pub const SITE_FILE: &str = "clinic.json";

/// What the app made of the published settings file, for the staff's check page.
#[derive(Debug, Clone, PartialEq)]
pub enum SiteSettings {
    /// Not found (or no answer): generic wording.
    Missing,
    /// Found and read field by field: every problem (none when valid), each naming its field,
    /// and the fields still holding the shipped placeholder.
    Read {
        problems: Vec<SiteProblem>,
        to_complete: Vec<FieldPath>,
    },
}

impl SiteSettings {
    /// The check of a file as read.
    pub fn read(reading: &Reading) -> SiteSettings {
        SiteSettings::Read {
            problems: reading.problems.clone(),
            to_complete: reading.to_complete.clone(),
        }
    }

    /// True when the file was found with no problem (placeholders may be left).
    pub fn is_valid(&self) -> bool {
        matches!(self, SiteSettings::Read { problems, .. } if problems.is_empty())
    }

    /// The problems found, none if the file was missing.
    pub fn problems(&self) -> &[SiteProblem] {
        match self {
            SiteSettings::Read { problems, .. } => problems,
            SiteSettings::Missing => &[],
        }
    }
}

/// Checks the published settings file's text with the build's rules, strictly: any problem is
/// an error naming its field; `codes` are the app's languages, the source one first.
pub fn from_site(text: &str, codes: &[&str]) -> Result<ClinicSettings, Vec<ContentError>> {
    let reading = read_text(text, codes, 0);
    if reading.problems.is_empty() {
        Ok(reading.settings)
    } else {
        Err(reading
            .problems
            .iter()
            .map(|p| p.to_content_error(SITE_FILE))
            .collect())
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
