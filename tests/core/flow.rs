//! Answer rules: which questions are shown, where Continuer and Retour lead, what is dropped.

use cimentoplastie::domain::answers::Answer;
use cimentoplastie::domain::flow::{
    QuestionError, check_question, first_route, is_complete, next_route, previous_route, progress,
    resolve, set_answer, shown_questions,
};
use cimentoplastie::domain::route::Route;

use super::{all_no, answers, shipped};

fn q(id: &str) -> Route {
    Route::Question {
        link_id: id.to_owned(),
        from_check: false,
    }
}
fn q_from_check(id: &str) -> Route {
    Route::Question {
        link_id: id.to_owned(),
        from_check: true,
    }
}

#[test]
fn follow_up_is_shown_only_after_oui_or_je_ne_sais_pas() {
    let questionnaire = shipped().questionnaire;
    let ids = |pairs: &[(&str, &str)]| -> Vec<String> {
        shown_questions(&questionnaire, &answers(pairs))
            .iter()
            .map(|i| i.link_id.clone())
            .collect()
    };
    assert!(!ids(&[]).contains(&"anticoagulant-nom".to_owned()));
    assert!(!ids(&[("anticoagulant", "N")]).contains(&"anticoagulant-nom".to_owned()));
    // Unsure whether a medicine thins the blood: the patient can write down the names to check.
    assert!(ids(&[("anticoagulant", "asked-unknown")]).contains(&"anticoagulant-nom".to_owned()));
    assert_eq!(
        ids(&[("anticoagulant", "Y")]),
        [
            "grossesse",
            "anticoagulant",
            "anticoagulant-nom",
            "saignement",
            "plaquettes",
            "anesthesie",
            "allergie-methylmethacrylate",
            "position-ventre"
        ]
    );
}

#[test]
fn answering_non_drops_the_follow_up_answer() {
    let questionnaire = shipped().questionnaire;
    let mut given = answers(&[
        ("anticoagulant", "Y"),
        ("anticoagulant-nom", "text:Kardégic"),
    ]);
    set_answer(
        &questionnaire,
        &mut given,
        "anticoagulant",
        Some(Answer::Choice("N".into())),
    );
    assert_eq!(given, answers(&[("anticoagulant", "N")]));
}

#[test]
fn empty_text_removes_the_answer() {
    let questionnaire = shipped().questionnaire;
    let mut given = answers(&[
        ("anticoagulant", "Y"),
        ("anticoagulant-nom", "text:Kardégic"),
    ]);
    set_answer(
        &questionnaire,
        &mut given,
        "anticoagulant-nom",
        Some(Answer::Text("  ".into())),
    );
    assert_eq!(given, answers(&[("anticoagulant", "Y")]));
}

#[test]
fn continuer_without_answer_is_an_error_only_for_required_questions() {
    let questionnaire = shipped().questionnaire;
    let grossesse = questionnaire.question("grossesse").unwrap();
    let name = questionnaire.question("anticoagulant-nom").unwrap();
    assert_eq!(check_question(grossesse, None), Err(QuestionError::Missing));
    assert_eq!(
        check_question(grossesse, Some(&Answer::Choice("asked-unknown".into()))),
        Ok(())
    );
    assert_eq!(check_question(name, None), Ok(()));
    assert_eq!(
        check_question(name, Some(&Answer::Text("x".repeat(201)))),
        Err(QuestionError::TooLong { max: 200 })
    );
}

/// (answers, current question, coming from the check page, expected next route)
#[test]
fn continuer_leads_to_the_right_page() {
    let questionnaire = shipped().questionnaire;
    let mut all = all_no();
    let cases: Vec<(Vec<(&str, &str)>, &str, bool, Route)> = vec![
        (
            vec![("grossesse", "N")],
            "grossesse",
            false,
            q("anticoagulant"),
        ),
        (
            vec![("anticoagulant", "N")],
            "anticoagulant",
            false,
            q("saignement"),
        ),
        (
            vec![("anticoagulant", "Y")],
            "anticoagulant",
            false,
            q("anticoagulant-nom"),
        ),
        (
            vec![("anticoagulant", "Y")],
            "anticoagulant-nom",
            false,
            q("saignement"),
        ),
        (
            all.clone(),
            "allergie-methylmethacrylate",
            false,
            q("position-ventre"),
        ),
        (all.clone(), "position-ventre", false, Route::Check),
        (all.clone(), "grossesse", true, Route::Check),
        (
            {
                all[1] = ("anticoagulant", "Y");
                all.clone()
            },
            "anticoagulant",
            true,
            q_from_check("anticoagulant-nom"),
        ),
        (all.clone(), "anticoagulant-nom", true, Route::Check),
    ];
    for (given, from, from_check, expected) in cases {
        assert_eq!(
            next_route(&questionnaire, &answers(&given), from, from_check),
            expected,
            "from {from} (from_check {from_check}) with {given:?}"
        );
    }
}

#[test]
fn retour_goes_to_the_previous_shown_question_or_the_start() {
    let questionnaire = shipped().questionnaire;
    let with_name = answers(&[("anticoagulant", "Y")]);
    assert_eq!(
        previous_route(&questionnaire, &with_name, "grossesse", false),
        Route::Start
    );
    assert_eq!(
        previous_route(&questionnaire, &with_name, "saignement", false),
        q("anticoagulant-nom")
    );
    assert_eq!(
        previous_route(&questionnaire, &answers(&[]), "saignement", false),
        q("anticoagulant")
    );
    assert_eq!(
        previous_route(&questionnaire, &with_name, "saignement", true),
        Route::Check
    );
}

#[test]
fn summary_and_outcome_are_not_reachable_with_questions_unanswered() {
    let questionnaire = shipped().questionnaire;
    let partial = answers(&[("grossesse", "N")]);
    assert_eq!(
        resolve(&questionnaire, &partial, Route::Check),
        q("anticoagulant")
    );
    assert_eq!(
        resolve(&questionnaire, &partial, Route::Outcome),
        q("anticoagulant")
    );
    assert_eq!(
        resolve(&questionnaire, &answers(&all_no()), Route::Outcome),
        Route::Outcome
    );
    // A hidden follow-up cannot be opened from the address bar.
    assert_eq!(
        resolve(&questionnaire, &partial, q("anticoagulant-nom")),
        q("anticoagulant")
    );
    assert_eq!(
        resolve(&questionnaire, &partial, q("inconnue")),
        q("anticoagulant")
    );
    assert_eq!(
        resolve(&questionnaire, &partial, q("saignement")),
        q("saignement")
    );
}

#[test]
fn progress_counts_a_follow_up_as_part_of_its_question() {
    let questionnaire = shipped().questionnaire;
    let at = |pairs: &[(&str, &str)], id: &str| {
        progress(&questionnaire, &answers(pairs), id).map(|p| (p.number, p.total, p.follow_up))
    };
    assert_eq!(at(&[], "anticoagulant"), Some((2, 7, false)));
    let oui = [("grossesse", "N"), ("anticoagulant", "Y")];
    // The follow-up appears: the count stays "sur 7", and the parent keeps its number.
    assert_eq!(at(&oui, "anticoagulant"), Some((2, 7, false)));
    assert_eq!(at(&oui, "anticoagulant-nom"), Some((2, 7, true)));
    assert_eq!(at(&oui, "saignement"), Some((3, 7, false)));
    assert_eq!(at(&oui, "position-ventre"), Some((7, 7, false)));
    // "Je ne sais pas" shows the follow-up too, counted the same way.
    assert_eq!(
        at(&[("anticoagulant", "asked-unknown")], "anticoagulant-nom"),
        Some((2, 7, true))
    );
    assert_eq!(
        at(&[("anticoagulant", "N")], "saignement"),
        Some((3, 7, false))
    );
    // A hidden question has no place.
    assert_eq!(at(&[("anticoagulant", "N")], "anticoagulant-nom"), None);
    assert_eq!(first_route(&questionnaire, &answers(&[])), q("grossesse"));
}

#[test]
fn complete_only_when_every_shown_question_has_its_answer() {
    let questionnaire = shipped().questionnaire;
    assert!(is_complete(&questionnaire, &answers(&all_no())));
    assert!(!is_complete(&questionnaire, &answers(&all_no()[..4])));
    assert!(!is_complete(&questionnaire, &answers(&[])));
    // The medicine's name is optional: "Oui" without it still completes the questionnaire.
    let mut with_oui = all_no();
    with_oui[1] = ("anticoagulant", "Y");
    assert!(is_complete(&questionnaire, &answers(&with_oui)));
}

#[test]
fn progress_reads_suite_for_a_follow_up() {
    use cimentoplastie::domain::ui_text::progress_text;
    let content = shipped();
    let questionnaire = &content.questionnaire;
    let oui = answers(&[("anticoagulant", "Y")]);
    let text = |id: &str| progress_text(&content.ui, progress(questionnaire, &oui, id).unwrap());
    assert_eq!(text("anticoagulant"), "Question 2 sur 7");
    assert_eq!(text("anticoagulant-nom"), "Question 2 sur 7 (suite)");
    assert_eq!(text("saignement"), "Question 3 sur 7");
}
