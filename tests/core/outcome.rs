//! The outcome names each flagged answer and what to report; it never decides.

use cimentoplastie::domain::outcome::{flags, summary};

use super::{all_no, answers, shipped};

#[test]
fn nothing_flagged_when_every_answer_is_non() {
    let questionnaire = shipped().questionnaire;
    assert!(flags(&questionnaire, &answers(&all_no())).is_empty());
}

#[test]
fn oui_and_je_ne_sais_pas_are_flagged_with_what_to_report() {
    let questionnaire = shipped().questionnaire;
    let given = answers(&[
        ("grossesse", "asked-unknown"),
        ("anticoagulant", "Y"),
        ("anticoagulant-nom", "text:Eliquis"),
        ("saignement", "N"),
        ("anesthesie", "N"),
        ("allergie-methylmethacrylate", "Y"),
    ]);
    let found = flags(&questionnaire, &given);
    let ids: Vec<&str> = found.iter().map(|f| f.link_id.as_str()).collect();
    assert_eq!(
        ids,
        ["grossesse", "anticoagulant", "allergie-methylmethacrylate"]
    );
    assert!(found[0].unknown);
    assert_eq!(found[0].answer, "Je ne sais pas");
    assert_eq!(found[1].answer, "Oui");
    assert_eq!(
        found[1].details,
        [(
            "Quel est le nom de ce médicament\u{202f}?".to_owned(),
            "Eliquis".to_owned()
        )]
    );
    assert!(found[2].report.contains("méthylméthacrylate"));
}

#[test]
fn summary_lists_shown_questions_only() {
    let questionnaire = shipped().questionnaire;
    let rows = summary(&questionnaire, &answers(&all_no()));
    assert_eq!(rows.len(), 5);
    assert!(rows.iter().all(|r| r.answer.as_deref() == Some("Non")));
    let with_follow_up = summary(&questionnaire, &answers(&[("anticoagulant", "Y")]));
    assert_eq!(with_follow_up.len(), 6);
    assert_eq!(with_follow_up[2].link_id, "anticoagulant-nom");
    assert_eq!(with_follow_up[2].answer, None);
}
