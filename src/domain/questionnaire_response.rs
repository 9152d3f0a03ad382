//! The answers as a FHIR R4 QuestionnaireResponse, made on the device for the patient to hand over.

use serde_json::{Value, json};

use super::answers::{Answer, Answers};
use super::flow::shown_questions;
use super::questionnaire::Questionnaire;

/// FHIR's standard extension for a text in another language (on a primitive's `_text`).
pub const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";

/// What the patient read: the language they answered in and, where the device has it, the
/// questionnaire in that language (the reception desk knows the language only).
#[derive(Clone, Copy)]
pub struct Seen<'a> {
    pub language: &'a str,
    pub questionnaire: Option<&'a Questionnaire>,
}

/// A completed QuestionnaireResponse: one item per answered question that is shown, none for hidden ones.
/// `authored` is an ISO 8601 date-time with its time zone. The texts are the source's (French),
/// for the team; `language` is the patient's, and each text the patient read in another language
/// is given beside the French in the standard `translation` extension.
pub fn questionnaire_response(
    source: &Questionnaire,
    seen: Seen,
    answers: &Answers,
    authored: &str,
) -> Value {
    let translated = seen
        .questionnaire
        .filter(|q| q.language != source.language && seen.language != source.language);
    let translation = |source_text: &str, read: Option<&str>| {
        read.filter(|read| *read != source_text).map(|read| {
            json!({ "extension": [{ "url": TRANSLATION, "extension": [
                { "url": "lang", "valueCode": seen.language },
                { "url": "content", "valueString": read },
            ] }] })
        })
    };
    let items: Vec<Value> = shown_questions(source, answers)
        .into_iter()
        .filter_map(|item| {
            let read = translated.and_then(|q| q.question(&item.link_id));
            let answer = match answers.get(&item.link_id)? {
                Answer::Choice(code) => {
                    let option = item.answer_option.iter().find(|o| &o.value_coding.code == code)?;
                    let coding = &option.value_coding;
                    let mut value = json!({ "system": coding.system, "code": coding.code, "display": coding.display });
                    let read_display = read.and_then(|r| {
                        r.answer_option.iter().find(|o| &o.value_coding.code == code)
                    });
                    if let Some(ext) = translation(&coding.display, read_display.map(|o| o.value_coding.display.as_str())) {
                        value["_display"] = ext;
                    }
                    json!({ "valueCoding": value })
                }
                Answer::Text(text) => json!({ "valueString": text }),
            };
            let mut out = json!({ "linkId": item.link_id, "text": item.text, "answer": [answer] });
            if let Some(ext) = translation(&item.text, read.map(|r| r.text.as_str())) {
                out["_text"] = ext;
            }
            Some(out)
        })
        .collect();
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": format!("{}|{}", source.url, source.version),
        "status": "completed",
        "authored": authored,
        "language": seen.language,
        "item": items,
    })
}
