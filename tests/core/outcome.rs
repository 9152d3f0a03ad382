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
    assert!(found[2].report.replace('\u{ad}', "").contains("méthylméthacrylate"));
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

#[test]
fn je_ne_sais_pas_is_a_point_to_go_over_not_a_finding() {
    use cimentoplastie::domain::outcome::report_and_go_over;
    let questionnaire = shipped().questionnaire;
    let given = answers(&[
        ("grossesse", "asked-unknown"),
        ("anticoagulant", "Y"),
        ("anticoagulant-nom", "text:Eliquis"),
        ("saignement", "N"),
        ("anesthesie", "asked-unknown"),
        ("allergie-methylmethacrylate", "N"),
    ]);
    let (report, go_over) = report_and_go_over(flags(&questionnaire, &given));
    let ids = |f: &[cimentoplastie::domain::outcome::Flag]| f.iter().map(|f| f.link_id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&report), ["anticoagulant"]);
    assert_eq!(ids(&go_over), ["grossesse", "anesthesie"]);
}

#[test]
fn placeholder_clinic_settings_are_never_shown() {
    let clinic = &shipped().clinic;
    assert_eq!(clinic.shown_name(), None, "{}", clinic.name);
    assert_eq!(clinic.shown_phone(), None, "{}", clinic.phone);
    assert_eq!(clinic.shown_hours(), None);
    assert_eq!(
        clinic.shown_instructions(),
        ["Apportez vos examens d’imagerie récents, vos ordonnances et la liste de vos médicaments."]
    );
    assert_eq!(clinic.placeholders(), ["name", "phone", "opening_hours", "instructions[0]"]);
    let mut real = clinic.clone();
    real.name = "Centre d’imagerie des Tilleuls".into();
    real.phone = "+33 4 12 34 56 78".into();
    real.opening_hours = "de 8 h à 19 h".into();
    real.instructions.remove(0);
    assert_eq!(real.shown_name(), Some("Centre d’imagerie des Tilleuls"));
    assert_eq!(real.shown_phone(), Some("+33 4 12 34 56 78"));
    assert!(real.placeholders().is_empty());
}
