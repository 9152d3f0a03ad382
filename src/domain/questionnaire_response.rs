//! The answers as a FHIR R4 QuestionnaireResponse, made on the device for the patient to hand over.

use serde_json::{Value, json};

use super::answers::{Answer, Answers};
use super::flow::shown_questions;
use super::outcome::in_texts;
use super::questionnaire::Questionnaire;

/// A completed QuestionnaireResponse: one item per answered question that is shown, none for hidden ones.
/// `authored` is an ISO 8601 date-time with its time zone. Which questions are shown follows
/// `rules` (the source questionnaire); the texts, and the language, are `texts`' (the language
/// the patient answered in).
pub fn questionnaire_response(
    rules: &Questionnaire,
    texts: &Questionnaire,
    answers: &Answers,
    authored: &str,
) -> Value {
    let questionnaire = texts;
    let items: Vec<Value> = shown_questions(rules, answers)
        .into_iter()
        .map(|item| in_texts(texts, item))
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
