//! The shipped content files are valid and cover what the source sheet requires.

use std::collections::BTreeSet;

use cimentoplastie::domain::content_check::SEVEN_CONTRAINDICATIONS;
use cimentoplastie::domain::questionnaire::ItemType;

use super::shipped;

#[test]
fn shipped_content_loads_without_error() {
    shipped();
}

#[test]
fn all_seven_contraindications_are_covered_by_a_question_or_a_team_check() {
    let q = shipped().questionnaire;
    let covered: BTreeSet<&str> = q.item.iter().flat_map(|i| i.contraindications()).collect();
    for code in SEVEN_CONTRAINDICATIONS {
        assert!(
            covered.contains(code),
            "contraindication {code} is not covered"
        );
    }
}

#[test]
fn link_ids_are_unique_across_all_levels() {
    let q = shipped().questionnaire;
    let mut ids = BTreeSet::new();
    for item in &q.item {
        assert!(ids.insert(item.link_id.clone()), "{} twice", item.link_id);
        for child in &item.item {
            assert!(ids.insert(child.link_id.clone()), "{} twice", child.link_id);
        }
    }
}

#[test]
fn every_choice_question_offers_oui_non_je_ne_sais_pas_and_a_why_hint() {
    let q = shipped().questionnaire;
    for item in q.questions().filter(|i| i.kind == ItemType::Choice) {
        let labels: Vec<&str> = item
            .answer_option
            .iter()
            .map(|o| o.value_coding.display.as_str())
            .collect();
        assert_eq!(labels, ["Oui", "Non", "Je ne sais pas"], "{}", item.link_id);
        assert!(item.required, "{} must be required", item.link_id);
        assert!(
            item.report().is_some(),
            "{} has no report-to-team sentence",
            item.link_id
        );
        use cimentoplastie::domain::questionnaire::HelpKind;
        assert!(
            item.help(HelpKind::Why).next().is_some(),
            "{} has no « Pourquoi cette question ? »",
            item.link_id
        );
    }
}

#[test]
fn every_enable_when_points_to_an_earlier_question() {
    let q = shipped().questionnaire;
    let mut earlier = BTreeSet::new();
    let mut follow_ups = 0;
    for item in &q.item {
        for condition in &item.enable_when {
            assert!(
                earlier.contains(&condition.question),
                "{} depends on a later item",
                item.link_id
            );
            follow_ups += 1;
        }
        earlier.insert(item.link_id.clone());
    }
    assert!(
        follow_ups >= 1,
        "the questionnaire must have at least one follow-up question"
    );
}

#[test]
fn questions_are_short_plain_sentences() {
    let q = shipped().questionnaire;
    for item in q.questions() {
        let words = item
            .text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        // The allergy to methyl methacrylate is asked through the products patients know: the
        // list is the question (second medical review, point 12).
        let most = if item.link_id == "allergie-methylmethacrylate" { 21 } else { 16 };
        assert!(
            words <= most,
            "{}: {} words is too long for a question heading",
            item.link_id,
            words
        );
        assert!(
            item.text.ends_with('?'),
            "{} is not a question",
            item.link_id
        );
    }
}
