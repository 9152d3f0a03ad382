//! The questionnaire as data: the subset of a FHIR R4 `Questionnaire` this app reads, and its checks.

use serde::{Deserialize, Serialize};

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
