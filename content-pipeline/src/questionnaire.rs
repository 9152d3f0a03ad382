//! The questionnaire as data: the subset of a FHIR R4 `Questionnaire` this app reads, and its checks.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::bake::{Bake, Baker};
use crate::error::ContentError;
use crate::file::ContentFile;

/// FHIR extension carrying what the patient should report to the team when an item is flagged.
pub const REPORT_EXTENSION: &str =
    "https://fiches-patients.example/fhir/StructureDefinition/report-to-team";
/// FHIR extension telling how a display item is shown (`help`, `flyover`).
pub const ITEM_CONTROL_EXTENSION: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
/// FHIR extension naming the contraindication a display item covers (display items may not carry `code`).
pub const COVERS_EXTENSION: &str =
    "https://fiches-patients.example/fhir/StructureDefinition/covers-contraindication";
/// Code system of the seven absolute contraindications listed by the source sheet.
pub const CONTRAINDICATION_SYSTEM: &str =
    "https://fiches-patients.example/fhir/CodeSystem/contre-indications-cimentoplastie";
/// HL7 yes/no code system (codes `Y` and `N`).
pub const YES_NO_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/v2-0136";
/// HL7 data-absent-reason code system (`asked-unknown` = "Je ne sais pas").
pub const DATA_ABSENT_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

/// A FHIR R4 Questionnaire (only the fields this app uses).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Questionnaire {
    pub resource_type: String,
    pub url: String,
    pub version: String,
    pub title: String,
    /// The language of its texts ("fr"), as in `content/<lang>/`.
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub item: Vec<Item>,
}

/// `Questionnaire.item`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub link_id: String,
    #[serde(rename = "type")]
    pub kind: ItemType,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub max_length: Option<usize>,
    #[serde(default)]
    pub code: Vec<Coding>,
    #[serde(default)]
    pub extension: Vec<Extension>,
    #[serde(default)]
    pub answer_option: Vec<AnswerOption>,
    #[serde(default)]
    pub enable_when: Vec<EnableWhen>,
    /// `any`: shown when one `enableWhen` holds; `all` (the default): when every one does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_behavior: Option<EnableBehavior>,
    #[serde(default)]
    pub item: Vec<Item>,
}

/// `Questionnaire.item.enableBehavior`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EnableBehavior {
    All,
    Any,
}

/// `Questionnaire.item.type` values this app renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemType {
    Choice,
    String,
    Display,
}

/// A FHIR `Coding`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Coding {
    #[serde(default)]
    pub system: String,
    pub code: String,
    #[serde(default)]
    pub display: String,
}

/// A FHIR extension with the value types used here.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Extension {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_string: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_codeable_concept: Option<CodeableConcept>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_coding: Option<Coding>,
}

/// A FHIR `CodeableConcept`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct CodeableConcept {
    #[serde(default)]
    pub coding: Vec<Coding>,
}

/// `Questionnaire.item.answerOption` (coded options only).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerOption {
    pub value_coding: Coding,
}

/// `Questionnaire.item.enableWhen` with `operator` `=` or `!=` on a coded answer.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EnableWhen {
    pub question: String,
    pub operator: String,
    pub answer_coding: Coding,
}

/// How a display child of a question is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpKind {
    /// Shown under the question (examples, how to find the answer).
    Hint,
    /// Shown on demand under "Pourquoi cette question ?".
    Why,
}

impl Item {
    /// True for items the patient answers (one per screen).
    pub fn is_question(&self) -> bool {
        matches!(self.kind, ItemType::Choice | ItemType::String)
    }

    /// The sentence to report to the team when this item is flagged, if any.
    pub fn report(&self) -> Option<&str> {
        self.extension
            .iter()
            .find(|e| e.url == REPORT_EXTENSION)
            .and_then(|e| e.value_string.as_deref())
    }

    /// Display children of this question of the given kind (`flyover` → hint, `help` → why).
    pub fn help(&self, kind: HelpKind) -> impl Iterator<Item = &Item> {
        let wanted = match kind {
            HelpKind::Hint => "flyover",
            HelpKind::Why => "help",
        };
        self.item.iter().filter(move |child| {
            child.kind == ItemType::Display && child.item_control() == Some(wanted)
        })
    }

    fn item_control(&self) -> Option<&str> {
        self.extension
            .iter()
            .find(|e| e.url == ITEM_CONTROL_EXTENSION)
            .and_then(|e| e.value_codeable_concept.as_ref())
            .and_then(|c| c.coding.first())
            .map(|c| c.code.as_str())
    }

    /// The contraindication codes this item covers (its `code`, or for a display item its
    /// `covers-contraindication` extension).
    pub fn contraindications(&self) -> impl Iterator<Item = &str> {
        let from_extension = self
            .extension
            .iter()
            .filter(|e| e.url == COVERS_EXTENSION)
            .filter_map(|e| e.value_coding.as_ref());
        self.code
            .iter()
            .chain(from_extension)
            .filter(|c| c.system == CONTRAINDICATION_SYSTEM)
            .map(|c| c.code.as_str())
    }
}

impl Questionnaire {
    /// Parses the JSON text of a questionnaire file.
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// Top-level questions, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Item> {
        self.item.iter().filter(|i| i.is_question())
    }

    /// Top-level statements: what the team checks itself (not asked to the patient).
    pub fn team_checks(&self) -> impl Iterator<Item = &Item> {
        self.item.iter().filter(|i| i.kind == ItemType::Display)
    }

    /// The top-level question with this linkId.
    pub fn question(&self, link_id: &str) -> Option<&Item> {
        self.questions().find(|i| i.link_id == link_id)
    }

    /// Position of a top-level question among all questions.
    pub fn position(&self, link_id: &str) -> Option<usize> {
        self.questions().position(|i| i.link_id == link_id)
    }
}

crate::bake_record!(Questionnaire {
    resource_type,
    url,
    version,
    title,
    language,
    item
});
crate::bake_record!(Item {
    link_id,
    kind,
    text,
    required,
    max_length,
    code,
    extension,
    answer_option,
    enable_when,
    enable_behavior,
    item,
});
crate::bake_record!(Coding {
    system,
    code,
    display
});
crate::bake_record!(Extension {
    url,
    value_string,
    value_codeable_concept,
    value_coding
});
crate::bake_record!(CodeableConcept { coding });
crate::bake_record!(AnswerOption { value_coding });
crate::bake_record!(EnableWhen {
    question,
    operator,
    answer_coding
});

impl Bake for ItemType {
    fn bake(&self, out: &mut Baker) {
        out.path(match self {
            ItemType::Choice => crate::bake_path!("ItemType::Choice"),
            ItemType::String => crate::bake_path!("ItemType::String"),
            ItemType::Display => crate::bake_path!("ItemType::Display"),
        });
    }
}

impl Bake for EnableBehavior {
    fn bake(&self, out: &mut Baker) {
        out.path(match self {
            EnableBehavior::All => crate::bake_path!("EnableBehavior::All"),
            EnableBehavior::Any => crate::bake_path!("EnableBehavior::Any"),
        });
    }
}

/// The seven absolute contraindications of the source sheet, as codes of the questionnaire.
pub const SEVEN_CONTRAINDICATIONS: [&str; 7] = [
    "grossesse",
    "anticoagulants-hemorragie",
    "douleurs-non-liees-fracture",
    "tassement-traumatique-recul-mur-posterieur",
    "tassement-en-galette",
    "anesthesie",
    "allergie-methylmethacrylate",
];

/// Checks a questionnaire on its own; returns every problem found.
fn check(file: &str, code: &str, questionnaire: &Questionnaire) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut error =
        |field: String, message: String| errors.push(ContentError::new(file, field, message));

    if questionnaire.resource_type != "Questionnaire" {
        error("resourceType".into(), "must be \"Questionnaire\"".into());
    }
    if questionnaire.url.is_empty() {
        error("url".into(), "is empty".into());
    }
    if questionnaire.version.is_empty() {
        error("version".into(), "is empty".into());
    }
    if questionnaire.language != code {
        error(
            "language".into(),
            format!("must be {code:?}, the language of its folder"),
        );
    }

    let mut seen = BTreeSet::new();
    let mut earlier_questions: Vec<usize> = Vec::new();
    for (index, item) in questionnaire.item.iter().enumerate() {
        let at = format!("item[{index}]");
        let mut all_ids = vec![(at.clone(), &item.link_id)];
        all_ids.extend(
            item.item
                .iter()
                .enumerate()
                .map(|(c, child)| (format!("{at}.item[{c}]"), &child.link_id)),
        );
        for (field, id) in all_ids {
            if id.is_empty() {
                error(format!("{field}.linkId"), "is empty".into());
            } else if !crate::is_link_id(id) {
                error(
                    format!("{field}.linkId"),
                    format!("\"{id}\" may only hold letters, digits, '-', '_' or '.'"),
                );
            } else if !seen.insert(id.clone()) {
                error(
                    format!("{field}.linkId"),
                    format!("\"{id}\" is used more than once"),
                );
            }
        }
        if item.text.trim().is_empty() {
            error(format!("{at}.text"), "is empty".into());
        }
        if item.kind == ItemType::Choice && item.answer_option.is_empty() {
            error(
                format!("{at}.answerOption"),
                "a choice item needs at least one option".into(),
            );
        }
        for (o, option) in item.answer_option.iter().enumerate() {
            if option.value_coding.code.is_empty() || option.value_coding.display.trim().is_empty()
            {
                error(
                    format!("{at}.answerOption[{o}].valueCoding"),
                    "needs a code and a display".into(),
                );
            }
        }
        for (c, child) in item.item.iter().enumerate() {
            if child.kind != ItemType::Display {
                error(
                    format!("{at}.item[{c}].type"),
                    "only display items may be nested under a question".into(),
                );
            }
        }
        for (w, condition) in item.enable_when.iter().enumerate() {
            let field = format!("{at}.enableWhen[{w}]");
            let source = earlier_questions
                .iter()
                .map(|&i| &questionnaire.item[i])
                .find(|q| q.link_id == condition.question);
            match source {
                None => error(
                    format!("{field}.question"),
                    format!("\"{}\" is not an earlier question", condition.question),
                ),
                Some(source) => {
                    if !source
                        .answer_option
                        .iter()
                        .any(|o| o.value_coding.code == condition.answer_coding.code)
                    {
                        error(
                            format!("{field}.answerCoding.code"),
                            format!(
                                "\"{}\" is not an option of \"{}\"",
                                condition.answer_coding.code, source.link_id
                            ),
                        );
                    }
                }
            }
            if condition.operator != "=" && condition.operator != "!=" {
                error(
                    format!("{field}.operator"),
                    format!("\"{}\" is not supported (use = or !=)", condition.operator),
                );
            }
        }
        if item.enable_when.len() > 1 && item.enable_behavior.is_none() {
            error(
                format!("{at}.enableBehavior"),
                "is needed with more than one enableWhen (\"any\" or \"all\")".into(),
            );
        }
        if item.is_question() {
            earlier_questions.push(index);
        }
    }

    let covered: BTreeSet<&str> = questionnaire
        .item
        .iter()
        .flat_map(|i| i.contraindications())
        .collect();
    for code in SEVEN_CONTRAINDICATIONS {
        if !covered.contains(code) {
            error(
                "item".into(),
                format!("no item covers the contraindication \"{code}\""),
            );
        }
    }
    errors
}

impl ContentFile for Questionnaire {
    const NAME: &'static str = "questionnaire.json";

    fn read(json: &str) -> Result<Self, serde_json::Error> {
        Questionnaire::from_json(json)
    }

    fn check(&self, file: &str, code: &str) -> Vec<ContentError> {
        check(file, code, self)
    }

    /// Only texts may differ (`title`, `text`, `display`, the report sentence): the same `url` and
    /// `version`, and every item the same rules, each difference named by its field.
    fn check_translation(&self, file: &str, source: &Self) -> Vec<ContentError> {
        let mut errors = Vec::new();
        let mut same = |field: &str, a: &String, b: &String| {
            if a != b {
                errors.push(ContentError::new(file, field, as_in_source(a)));
            }
        };
        same("url", &source.url, &self.url);
        same("version", &source.version, &self.version);
        compare_items(file, "item", &source.item, &self.item, &mut errors);
        errors
    }
}

/// "must be "Y", as in the source language".
fn as_in_source(value: impl std::fmt::Debug) -> String {
    format!("must be {value:?}, as in the source language")
}

/// An optional value as a message gives it: the value itself, or "absent".
struct Shown<'a, T>(&'a Option<T>);

impl<T: std::fmt::Debug> std::fmt::Debug for Shown<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(value) => value.fmt(f),
            None => f.write_str("absent"),
        }
    }
}

/// Every difference between a translation's items and the source's but their texts, at `path`.
fn compare_items(
    file: &str,
    path: &str,
    source: &[Item],
    translated: &[Item],
    errors: &mut Vec<ContentError>,
) {
    let differ = |errors: &mut Vec<ContentError>, field: String, source: &dyn std::fmt::Debug| {
        errors.push(ContentError::new(file, field, as_in_source(source)));
    };
    if source.len() != translated.len() {
        differ(errors, format!("{path}.length"), &source.len());
    }
    for (i, (s, t)) in source.iter().zip(translated).enumerate() {
        let at = format!("{path}[{i}]");
        if t.link_id != s.link_id {
            differ(errors, format!("{at}.linkId"), &s.link_id);
            continue;
        }
        if t.kind != s.kind {
            differ(errors, format!("{at}.type"), &s.kind);
        }
        if t.required != s.required {
            differ(errors, format!("{at}.required"), &s.required);
        }
        if t.max_length != s.max_length {
            differ(errors, format!("{at}.maxLength"), &Shown(&s.max_length));
        }
        if t.enable_behavior != s.enable_behavior {
            differ(
                errors,
                format!("{at}.enableBehavior"),
                &Shown(&s.enable_behavior),
            );
        }
        let codes = |item: &Item| -> Vec<(String, String)> {
            item.code
                .iter()
                .map(|c| (c.system.clone(), c.code.clone()))
                .collect()
        };
        if codes(t) != codes(s) {
            differ(errors, format!("{at}.code"), &codes(s));
        }
        let extensions = |item: &Item| -> Vec<(String, Option<String>)> {
            // The report sentence is a text; which extensions there are, and their codes, are not.
            item.extension
                .iter()
                .map(|e| {
                    let coded = e
                        .value_coding
                        .iter()
                        .chain(e.value_codeable_concept.iter().flat_map(|c| &c.coding));
                    (
                        e.url.clone(),
                        coded
                            .map(|c| format!("{}|{}", c.system, c.code))
                            .reduce(|a, b| a + " " + &b),
                    )
                })
                .collect()
        };
        if extensions(t) != extensions(s) {
            differ(errors, format!("{at}.extension"), &extensions(s));
        }
        if t.answer_option.len() != s.answer_option.len() {
            differ(
                errors,
                format!("{at}.answerOption.length"),
                &s.answer_option.len(),
            );
        }
        for (o, (a, b)) in s.answer_option.iter().zip(&t.answer_option).enumerate() {
            let here = format!("{at}.answerOption[{o}].valueCoding");
            if b.value_coding.system != a.value_coding.system {
                differ(errors, format!("{here}.system"), &a.value_coding.system);
            }
            if b.value_coding.code != a.value_coding.code {
                differ(errors, format!("{here}.code"), &a.value_coding.code);
            }
        }
        if t.enable_when.len() != s.enable_when.len() {
            differ(
                errors,
                format!("{at}.enableWhen.length"),
                &s.enable_when.len(),
            );
        }
        for (w, (a, b)) in s.enable_when.iter().zip(&t.enable_when).enumerate() {
            let here = format!("{at}.enableWhen[{w}]");
            if b.question != a.question {
                differ(errors, format!("{here}.question"), &a.question);
            }
            if b.operator != a.operator {
                differ(errors, format!("{here}.operator"), &a.operator);
            }
            if b.answer_coding.system != a.answer_coding.system {
                differ(
                    errors,
                    format!("{here}.answerCoding.system"),
                    &a.answer_coding.system,
                );
            }
            if b.answer_coding.code != a.answer_coding.code {
                differ(
                    errors,
                    format!("{here}.answerCoding.code"),
                    &a.answer_coding.code,
                );
            }
        }
        if t.text.trim().is_empty() {
            errors.push(ContentError::new(file, format!("{at}.text"), "is empty"));
        }
        compare_items(file, &format!("{at}.item"), &s.item, &t.item, errors);
    }
}
