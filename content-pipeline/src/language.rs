//! The languages the app speaks (`content/languages.json`, the first is the source and default) and which one a patient gets.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::ContentError;
use serde::Deserialize;

/// One language of the content, as listed in `content/languages.json`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageInfo {
    /// BCP 47 primary tag, also the folder of its files: `content/<code>/`.
    pub code: String,
    /// The language's name in that language ("English"), shown in the language switch.
    pub name: String,
    /// Writing direction for `<html dir>`: "ltr" or "rtl".
    pub dir: String,
    /// The language's name in French ("arabe"), for the staff (kiosk grid, desk, printed page).
    pub name_fr: String,
    /// The CLDR plural rules for whole numbers, by category ("one": "i = 1 and v = 0"); `other`
    /// is every number the others leave. Texts give one form per category (`domain::plural`).
    pub plural: BTreeMap<String, String>,
    /// Who checked the translation, and when; `None` until a health professional has. The
    /// source language (the first) is not a translation and has none.
    pub review: Option<Review>,
    /// Letters that must not be written in this language, each with the right one: Romanian's
    /// cedilla ş ţ for the comma-below ș ț.
    #[serde(default)]
    pub spelling: BTreeMap<String, String>,
    /// `plural` read (`LanguageList::read`; a rule that does not read is none, and the check says
    /// so): compiled into the app as data.
    #[serde(skip)]
    pub rules: crate::plural::PluralRules,
}

/// A translation's review by a health professional.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Who reviewed it: name and profession ("Dr Leila Haddad, radiologue").
    pub by: String,
    /// When, as YYYY-MM-DD.
    pub date: String,
}

impl LanguageInfo {
    /// Whether patients are told the translation is not yet checked: every language but the
    /// source one, until its review is recorded.
    pub fn is_reviewed(&self, is_source: bool) -> bool {
        is_source || self.review.is_some()
    }

    /// The language's plural rules (checked by the build: an unreadable rule is none).
    pub fn plural_rules(&self) -> crate::plural::PluralRules {
        self.rules
    }
}

fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        s.len() == len && s.parse::<u32>().is_ok_and(|n| range.contains(&n))
    };
    parts.len() == 3
        && number(parts[0], 4, 2000..=2999)
        && number(parts[1], 2, 1..=12)
        && number(parts[2], 2, 1..=31)
}

/// The list of languages; the first one is the source of every translation and the default.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageList {
    pub languages: Vec<LanguageInfo>,
}

crate::bake_record!(LanguageInfo {
    code,
    name,
    dir,
    name_fr,
    plural,
    review,
    spelling,
    rules
});
crate::bake_record!(Review { by, date });
crate::bake_record!(LanguageList { languages });

/// The primary subtag of a browser language tag, lower case: "en-GB" → "en".
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// The language to show, as an index into `available`: the one chosen earlier on this device,
/// else the first of the browser's preferred languages that the app has, else the default (0).
pub fn choose_language(saved: Option<&str>, preferred: &[String], available: &[&str]) -> usize {
    let find = |code: &str| available.iter().position(|a| a.eq_ignore_ascii_case(code));
    saved
        .and_then(find)
        .or_else(|| preferred.iter().find_map(|tag| find(&primary(tag))))
        .unwrap_or(0)
}

/// The languages in the clinic's order (`set`: codes, from `clinic.json`), as indices into
/// `codes`: those it lists first, in its order, then the others in `codes`' order (none left out).
pub fn ordered(codes: &[&str], set: &[String]) -> Vec<usize> {
    let listed = set.iter().filter_map(|code| codes.iter().position(|c| c == code));
    let mut order: Vec<usize> = Vec::with_capacity(codes.len());
    for index in listed.chain(0..codes.len()) {
        if !order.contains(&index) {
            order.push(index);
        }
    }
    order
}

impl LanguageList {
    /// The list as `content/languages.json` writes it, each language's plural rules read.
    pub fn read(json: &str) -> serde_json::Result<Self> {
        let mut list: Self = serde_json::from_str(json)?;
        for language in &mut list.languages {
            let texts = language.plural.iter().map(|(k, v)| (k.as_str(), v.as_str()));
            language.rules = crate::plural::PluralRules::parse(texts).unwrap_or_default();
        }
        Ok(list)
    }

    /// Checks the list of languages: at least one, unique codes, a name, a direction.
    pub fn check(&self, file: &str) -> Vec<ContentError> {
        let list = self;
        let mut errors = Vec::new();
        if list.languages.is_empty() {
            errors.push(ContentError::new(file, "languages", "lists no language"));
        }
        let mut codes = BTreeSet::new();
        for (i, language) in list.languages.iter().enumerate() {
            let code_ok = (2..=3).contains(&language.code.len())
                && language.code.chars().all(|c| c.is_ascii_lowercase());
            if !code_ok || !codes.insert(&language.code) {
                errors.push(ContentError::new(
                    file,
                    format!("languages[{i}].code"),
                    "must be a unique two- or three-letter language code in lower case (\"en\")",
                ));
            }
            if language.name.trim().is_empty() {
                errors.push(ContentError::new(
                    file,
                    format!("languages[{i}].name"),
                    "is empty",
                ));
            }
            if language.dir != "ltr" && language.dir != "rtl" {
                errors.push(ContentError::new(
                    file,
                    format!("languages[{i}].dir"),
                    "must be \"ltr\" or \"rtl\"",
                ));
            }
            if language.name_fr.trim().is_empty() {
                errors.push(ContentError::new(
                    file,
                    format!("languages[{i}].name_fr"),
                    "is empty: the language's name in French, for the staff (\"arabe\")",
                ));
            }
            for (category, rule) in &language.plural {
                if let Err(error) =
                    crate::plural::PluralRules::parse([(category.as_str(), rule.as_str())])
                {
                    errors.push(ContentError::new(
                        file,
                        format!("languages[{i}].plural.{category}"),
                        format!("{error} (a CLDR rule for whole numbers, as \"i = 1 and v = 0\")"),
                    ));
                }
            }
            match (&language.review, i) {
                (Some(_), 0) => errors.push(ContentError::new(
                    file,
                    format!("languages[{i}].review"),
                    "must be null: the first language is the source, not a translation",
                )),
                (Some(review), _) => {
                    if review.by.trim().is_empty() {
                        errors.push(ContentError::new(
                            file,
                            format!("languages[{i}].review.by"),
                            "is empty: the reviewer's name and profession",
                        ));
                    }
                    if !is_date(&review.date) {
                        errors.push(ContentError::new(
                            file,
                            format!("languages[{i}].review.date"),
                            format!("{:?} must be a date written YYYY-MM-DD", review.date),
                        ));
                    }
                }
                (None, _) => {}
            }
        }
        errors
    }
}
