//! FHIR R4: the questionnaire keeps the Questionnaire invariants; the export is a valid QuestionnaireResponse.

use std::collections::BTreeSet;

use cimentoplastie::domain::outcome::team_rows;
use cimentoplastie::domain::questionnaire::ItemType;
use cimentoplastie::domain::questionnaire_response::{Seen, TRANSLATION, questionnaire_response};
use serde_json::Value;

use super::{all_no, answers, shipped, shipped_library};

const QUESTIONNAIRE: &str = include_str!("../../content/fr/questionnaire.json");

/// The FHIR R4 Questionnaire invariants that apply to the items used here (que-1 … que-12).
#[test]
fn the_questionnaire_keeps_the_fhir_r4_invariants() {
    let raw: Value = serde_json::from_str(QUESTIONNAIRE).unwrap();
    assert_eq!(raw["resourceType"], "Questionnaire");
    assert!(
        ["draft", "active", "retired", "unknown"].contains(&raw["status"].as_str().unwrap()),
        "status"
    );
    let name = raw["name"].as_str().unwrap();
    assert!(
        name.chars().next().unwrap().is_ascii_uppercase()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
        "inv-0 name"
    );
    fn walk(items: &[Value], ids: &mut BTreeSet<String>) {
        for item in items {
            let id = item["linkId"].as_str().expect("linkId is a string");
            assert!(ids.insert(id.to_owned()), "que-2: {id} twice");
            let kind = item["type"].as_str().unwrap();
            assert!(
                [
                    "group",
                    "display",
                    "boolean",
                    "decimal",
                    "integer",
                    "date",
                    "dateTime",
                    "time",
                    "string",
                    "text",
                    "url",
                    "choice",
                    "open-choice",
                    "attachment",
                    "reference",
                    "quantity"
                ]
                .contains(&kind),
                "{id}: type {kind}"
            );
            let children = item["item"].as_array().map(Vec::as_slice).unwrap_or(&[]);
            if kind == "display" {
                assert!(children.is_empty(), "que-1: display {id} has items");
                assert!(item.get("code").is_none(), "que-3: display {id} has a code");
                assert!(
                    item.get("required").is_none() && item.get("repeats").is_none(),
                    "que-6: {id}"
                );
            }
            if item.get("answerOption").is_some() {
                assert!(["choice", "open-choice"].contains(&kind), "que-5: {id}");
            }
            if item.get("maxLength").is_some() {
                assert!(
                    ["string", "text", "url", "open-choice", "decimal", "integer"].contains(&kind),
                    "que-10: {id}"
                );
            }
            let conditions = item["enableWhen"].as_array().map(Vec::len).unwrap_or(0);
            assert!(
                conditions <= 1 || item.get("enableBehavior").is_some(),
                "que-12: {id}"
            );
            for condition in item["enableWhen"].as_array().into_iter().flatten() {
                assert!(
                    ["exists", "=", "!=", ">", "<", ">=", "<="]
                        .contains(&condition["operator"].as_str().unwrap()),
                    "{id}: operator"
                );
                assert_eq!(
                    condition
                        .as_object()
                        .unwrap()
                        .keys()
                        .filter(|k| k.starts_with("answer"))
                        .count(),
                    1,
                    "{id}: one answer[x]"
                );
            }
            for extension in item["extension"].as_array().into_iter().flatten() {
                assert!(
                    extension["url"].as_str().unwrap().starts_with("http"),
                    "{id}: extension url"
                );
                assert_eq!(
                    extension
                        .as_object()
                        .unwrap()
                        .keys()
                        .filter(|k| k.starts_with("value"))
                        .count(),
                    1,
                    "{id}: ext-1"
                );
            }
            walk(children, ids);
        }
    }
    walk(raw["item"].as_array().unwrap(), &mut BTreeSet::new());
}

fn response(pairs: &[(&str, &str)]) -> Value {
    let source = shipped().questionnaire;
    questionnaire_response(
        &source,
        Seen { language: "fr", questionnaire: Some(&source) },
        &answers(pairs),
        "2026-11-27T10:45:00.000Z",
    )
}

#[test]
fn the_export_is_a_completed_questionnaire_response_with_one_item_per_answer() {
    let q = shipped().questionnaire;
    let mut given = all_no();
    given[1] = ("anticoagulant", "Y");
    given.push(("anticoagulant-nom", "text:Kardégic"));
    given[4] = ("anesthesie", "asked-unknown");
    let exported = response(&given);
    assert_eq!(exported["resourceType"], "QuestionnaireResponse");
    assert_eq!(exported["status"], "completed");
    assert_eq!(exported["authored"], "2026-11-27T10:45:00.000Z");
    assert_eq!(
        exported["questionnaire"],
        format!("{}|{}", q.url, q.version)
    );
    let items = exported["item"].as_array().unwrap();
    assert_eq!(items.len(), 8);
    for item in items {
        let id = item["linkId"].as_str().unwrap();
        let question = q
            .question(id)
            .expect("every linkId exists in the questionnaire");
        assert_eq!(item["text"], question.text.as_str());
        let answer = &item["answer"][0];
        match question.kind {
            ItemType::Choice => assert!(answer["valueCoding"]["code"].is_string(), "{id}"),
            ItemType::String => assert!(answer["valueString"].is_string(), "{id}"),
            ItemType::Display => panic!("display item {id} exported"),
        }
    }
    let unknown = items.iter().find(|i| i["linkId"] == "anesthesie").unwrap();
    assert_eq!(
        unknown["answer"][0]["valueCoding"],
        serde_json::json!({ "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "asked-unknown", "display": "Je ne sais pas" })
    );
    assert_eq!(items[2]["answer"][0]["valueString"], "Kardégic");
}

#[test]
fn answers_given_in_another_language_reach_the_team_in_french_with_what_the_patient_read() {
    let library = shipped_library();
    let source = &library.source().questionnaire;
    let english = library
        .languages
        .iter()
        .find(|l| l.info.code == "en")
        .map(|l| &l.content().questionnaire)
        .expect("English is shipped");
    let mut given = all_no();
    given[1] = ("anticoagulant", "Y");
    given.push(("anticoagulant-nom", "text:Kardégic"));
    let exported = questionnaire_response(
        source,
        Seen { language: "en", questionnaire: Some(english) },
        &answers(&given),
        "2026-11-27T10:45:00.000Z",
    );
    assert_eq!(exported["language"], "en");
    for item in exported["item"].as_array().unwrap() {
        let id = item["linkId"].as_str().unwrap();
        assert_eq!(item["text"], source.question(id).unwrap().text.as_str(), "{id}: French for the team");
        let translation = &item["_text"]["extension"][0];
        assert_eq!(translation["url"], TRANSLATION, "{id}");
        assert_eq!(translation["extension"][0], serde_json::json!({ "url": "lang", "valueCode": "en" }));
        assert_eq!(translation["extension"][1]["valueString"], english.question(id).unwrap().text.as_str(), "{id}");
        if let Some(coding) = item["answer"][0].get("valueCoding") {
            assert!(["Oui", "Non"].contains(&coding["display"].as_str().unwrap()), "{id}: {coding}");
            let read = &coding["_display"]["extension"][0]["extension"][1]["valueString"];
            assert!(["Yes", "No"].contains(&read.as_str().unwrap()), "{id}: {coding}");
        }
    }
    // In French nothing is translated: no extension at all.
    assert!(!response(&given).to_string().contains(TRANSLATION));
    // The reception desk knows the language alone: the French texts and the language, no extension.
    let at_desk = questionnaire_response(
        source,
        Seen { language: "ar", questionnaire: None },
        &answers(&given),
        "2026-11-27T10:45:00.000Z",
    );
    assert_eq!(at_desk["language"], "ar");
    assert!(!at_desk.to_string().contains(TRANSLATION));
}

#[test]
fn the_export_has_no_item_for_a_hidden_or_unanswered_question() {
    let exported = response(&[
        ("grossesse", "N"),
        ("anticoagulant", "N"),
        ("anticoagulant-nom", "text:Kardégic"),
    ]);
    let ids: Vec<&str> = exported["item"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["linkId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["grossesse", "anticoagulant"]);
}

#[test]
fn the_summary_for_the_team_puts_flagged_answers_first() {
    let rows = summary_order(&[
        ("grossesse", "N"),
        ("anticoagulant", "N"),
        ("saignement", "asked-unknown"),
        ("plaquettes", "N"),
        ("anesthesie", "N"),
        ("allergie-methylmethacrylate", "Y"),
        ("position-ventre", "N"),
    ]);
    let order: Vec<(bool, &str)> = rows.iter().map(|(f, a)| (*f, a.as_str())).collect();
    assert_eq!(
        order,
        [
            (true, "Je ne sais pas"),
            (true, "Oui"),
            (false, "Non"),
            (false, "Non"),
            (false, "Non"),
            (false, "Non"),
            (false, "Non")
        ]
    );
}

#[test]
fn a_follow_up_stays_right_under_its_flagged_question_in_the_summary_for_the_team() {
    let rows = summary_order(&[
        ("grossesse", "N"),
        ("anticoagulant", "Y"),
        ("anticoagulant-nom", "text:Eliquis"),
        ("saignement", "N"),
        ("plaquettes", "N"),
        ("anesthesie", "N"),
        ("allergie-methylmethacrylate", "N"),
        ("position-ventre", "N"),
    ]);
    let order: Vec<(bool, &str)> = rows.iter().map(|(f, a)| (*f, a.as_str())).collect();
    assert_eq!(
        order,
        [
            (true, "Oui"),
            (false, "Eliquis"),
            (false, "Non"),
            (false, "Non"),
            (false, "Non"),
            (false, "Non"),
            (false, "Non"),
            (false, "Non")
        ]
    );
}

#[test]
fn je_ne_sais_pas_is_marked_to_check_in_the_summary_for_the_team_as_on_screen() {
    // The screen says "À vérifier avant le rendez-vous": the printed table must not say "À signaler".
    let mut given = crate::all_no();
    given[1] = ("anticoagulant", "asked-unknown");
    given[0] = ("grossesse", "Y");
    given.push(("anticoagulant-nom", "text:Kardégic ?"));
    let rows = team_rows(&shipped().questionnaire, &shipped().questionnaire, &answers(&given));
    let marks: Vec<(&str, bool, bool)> = rows
        .iter()
        .take(3)
        .map(|r| (r.answer.as_deref().unwrap_or_default(), r.flagged, r.unknown))
        .collect();
    assert_eq!(
        marks,
        [("Oui", true, false), ("Je ne sais pas", true, true), ("Kardégic ?", false, false)]
    );
    assert!(rows[3..].iter().all(|r| !r.flagged && !r.unknown));
}

/// The rows of the summary for the team, in order, for these answers: (flagged, answer shown).
fn summary_order(pairs: &[(&str, &str)]) -> Vec<(bool, String)> {
    team_rows(&shipped().questionnaire, &shipped().questionnaire, &answers(pairs))
        .into_iter()
        .map(|r| (r.flagged, r.answer.unwrap_or_default()))
        .collect()
}
