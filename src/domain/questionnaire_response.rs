//! The answers as a FHIR R4 QuestionnaireResponse, made on the device for the patient to hand over.

use serde_json::{Value, json};

use super::answers::{Answer, Answers};
use super::flow::shown_questions;
use super::questionnaire::Questionnaire;

/// A completed QuestionnaireResponse: one item per answered question that is shown, none for hidden ones.
/// `authored` is an ISO 8601 date-time with its time zone.
pub fn questionnaire_response(
    questionnaire: &Questionnaire,
    answers: &Answers,
    authored: &str,
) -> Value {
    let items: Vec<Value> = shown_questions(questionnaire, answers)
        .into_iter()
        .filter_map(|item| {
            let answer = match answers.get(&item.link_id)? {
                Answer::Choice(code) => {
                    let option = item.answer_option.iter().find(|o| &o.value_coding.code == code)?;
                    let coding = &option.value_coding;
                    json!({ "valueCoding": { "system": coding.system, "code": coding.code, "display": coding.display } })
                }
                Answer::Text(text) => json!({ "valueString": text }),
            };
            Some(json!({ "linkId": item.link_id, "text": item.text, "answer": [answer] }))
        })
        .collect();
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": format!("{}|{}", questionnaire.url, questionnaire.version),
        "status": "completed",
        "authored": authored,
        "language": questionnaire.language,
        "item": items,
    })
}
