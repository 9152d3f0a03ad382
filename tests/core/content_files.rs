//! What the shipped questionnaire says beyond what the build checks (that is tested on broken
//! inputs in `content_errors.rs`): the answers offered, the help, plain short questions.

use cimentoplastie::domain::questionnaire::ItemType;

use super::shipped;

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
