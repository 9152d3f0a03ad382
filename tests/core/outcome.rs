//! The outcome names each flagged answer and what to report; it never decides.

use cimentoplastie::domain::outcome::{flags, summary};

use super::{all_no, answers, shipped};

#[test]
fn nothing_flagged_when_every_answer_is_non() {
    let questionnaire = shipped().questionnaire;
    assert!(flags(&questionnaire, &questionnaire, &answers(&all_no())).is_empty());
}

#[test]
fn oui_and_je_ne_sais_pas_are_flagged_with_what_to_report() {
    let questionnaire = shipped().questionnaire;
    let given = answers(&[
        ("grossesse", "asked-unknown"),
        ("anticoagulant", "Y"),
        ("anticoagulant-nom", "text:Eliquis"),
        ("saignement", "N"),
        ("plaquettes", "N"),
        ("anesthesie", "N"),
        ("allergie-methylmethacrylate", "Y"),
        ("position-ventre", "N"),
    ]);
    let found = flags(&questionnaire, &questionnaire, &given);
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
            "Quel est le nom de ces médicaments, même en cas de doute\u{202f}?".to_owned(),
            "Eliquis".to_owned()
        )]
    );
    assert!(found[2].report.replace('\u{ad}', "").contains("méthylméthacrylate"));
}

#[test]
fn summary_lists_shown_questions_only() {
    let questionnaire = shipped().questionnaire;
    let rows = summary(&questionnaire, &questionnaire, &answers(&all_no()));
    assert_eq!(rows.len(), 7);
    assert!(rows.iter().all(|r| r.answer.as_deref() == Some("Non")));
    let with_follow_up = summary(&questionnaire, &questionnaire, &answers(&[("anticoagulant", "Y")]));
    assert_eq!(with_follow_up.len(), 8);
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
        ("plaquettes", "N"),
        ("anesthesie", "asked-unknown"),
        ("allergie-methylmethacrylate", "N"),
        ("position-ventre", "N"),
    ]);
    let (report, go_over) = report_and_go_over(flags(&questionnaire, &questionnaire, &given));
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

/// The guidance for these answers: (anything listed, to check, keep taking medicines).
fn guided(pairs: &[(&str, &str)]) -> (bool, bool, bool) {
    use cimentoplastie::domain::outcome::{guidance, report_and_go_over};
    let (report, go_over) = report_and_go_over(flags(&shipped().questionnaire, &shipped().questionnaire, &answers(pairs)));
    let g = guidance(&report, &go_over);
    (g.anything_listed, g.to_check, g.keep_taking_medicines)
}

#[test]
fn je_ne_sais_pas_gets_a_deadline_and_do_not_stop_only_when_the_blood_thinner_is_unknown_or_yes() {
    let with = |id: &'static str, code: &'static str| {
        let mut given = all_no();
        given.iter_mut().find(|(i, _)| *i == id).unwrap().1 = code;
        given
    };
    assert_eq!(guided(&all_no()), (false, false, false));
    // Unsure about the blood thinner: to check before the day, and keep taking every medicine.
    assert_eq!(guided(&with("anticoagulant", "asked-unknown")), (true, true, true));
    assert_eq!(guided(&with("anticoagulant", "Y")), (true, false, true));
    // Unsure about something else: to check, but nothing about medicines.
    assert_eq!(guided(&with("grossesse", "asked-unknown")), (true, true, false));
    assert_eq!(guided(&with("plaquettes", "asked-unknown")), (true, true, false));
    assert_eq!(guided(&with("anesthesie", "Y")), (true, false, false));
    let all_unknown: Vec<(&str, &str)> = all_no().into_iter().map(|(id, _)| (id, "asked-unknown")).collect();
    assert_eq!(guided(&all_unknown), (true, true, true));
}

#[test]
fn a_medicine_name_typed_under_je_ne_sais_pas_goes_with_the_point_to_check() {
    use cimentoplastie::domain::outcome::report_and_go_over;
    let mut given = all_no();
    given[1] = ("anticoagulant", "asked-unknown");
    given.push(("anticoagulant-nom", "text:Kardégic ?"));
    let (_, go_over) = report_and_go_over(flags(&shipped().questionnaire, &shipped().questionnaire, &answers(&given)));
    assert_eq!(go_over.len(), 1);
    assert_eq!(go_over[0].details[0].1, "Kardégic ?");
}

/// One interface text of a language.
fn ui_text(code: &str, pick: fn(&cimentoplastie::domain::ui_text::UiText) -> String) -> String {
    let library = crate::shipped_library();
    let language = library.languages.iter().find(|l| l.info.code == code).unwrap();
    pick(&language.content().ui)
}

#[test]
fn the_outcome_says_what_to_do_and_by_when() {
    for code in ["fr", "en"] {
        let fr = code == "fr";
        let has = |pick: fn(&cimentoplastie::domain::ui_text::UiText) -> String, words: &[&str]| {
            let text = ui_text(code, pick);
            for w in words {
                assert!(text.contains(w), "{code}: {w:?} in {text}");
            }
        };
        // The centre does not receive the answers: call it, before the day; or say it on arrival.
        has(|u| u.outcome_not_received.clone(), if fr { &["ne reçoit pas"] } else { &["does not receive"] });
        has(|u| u.outcome_flagged_intro.clone(), if fr { &["dès que possible", "sans attendre"] } else { &["as soon as possible", "without waiting"] });
        has(|u| u.outcome_unreachable.clone(), if fr { &["dès votre arrivée", "avant l’intervention"] } else { &["as soon as you arrive", "before the procedure"] });
        // "Je ne sais pas": a deadline, not "ce n'est pas grave".
        has(|u| u.outcome_unknown_heading.clone(), if fr { &["avant le rendez-vous"] } else { &["before the appointment"] });
        has(|u| u.outcome_unknown_note.clone(), if fr { &["avant le jour du rendez-vous", "appelez le centre", "pharmacien", "ordonnances"] } else { &["before the day", "call the centre", "pharmacist", "prescriptions"] });
        assert!(!ui_text(code, |u| u.outcome_unknown_note.clone()).contains(if fr { "pas grave" } else { "that is fine" }));
        // "Do not stop" once, one authority, "keep taking it"; no "it can take several days".
        has(|u| u.outcome_no_stop.clone(), if fr { &["N’arrêtez aucun médicament", "comme d’habitude", "l’équipe vous dira", "à partir de quel jour"] } else { &["Do not stop any medicine", "as usual", "the team will tell you", "from which day"] });
        has(|u| u.outcome_call_early.clone(), if fr { &["plusieurs jours avant", "appeler tôt"] } else { &["several days before", "call early"] });
        // Nothing to report is not a decision; and what if something changes.
        has(|u| u.outcome_nothing_not_decided.clone(), if fr { &["ne veut pas dire"] } else { &["does not mean"] });
        has(|u| u.outcome_nothing_changes.clone(), if fr { &["change", "appelez le centre"] } else { &["changes", "call the centre"] });
        // Warning signs while waiting: 15 at once.
        has(|u| u.outcome_alert_text.clone(), if fr { &["15", "tout de suite"] } else { &["15", "at once"] });
        has(|u| u.outcome_alert_items.join(" "), if fr { &["jambes", "urines", "selles"] } else { &["legs", "urine", "stools"] });
    }
}

#[test]
fn at_the_kiosk_the_patient_tells_the_nurse_or_doctor_too() {
    for code in ["fr", "en"] {
        let (nurse, doctor, now) = if code == "fr" { ("infirmi", "médecin", "pour le moment") } else { ("nurse", "doctor", "for the moment") };
        for text in [ui_text(code, |u| u.kiosk_outcome_flagged_intro.clone()), ui_text(code, |u| u.kiosk_outcome_unknown_note.clone())] {
            assert!(text.contains(nurse) && text.contains(doctor), "{code}: {text}");
        }
        assert!(ui_text(code, |u| u.kiosk_outcome_nothing.clone()).contains(now), "{code}");
        let before = if code == "fr" { "avant l’intervention" } else { "before the procedure" };
        assert!(ui_text(code, |u| u.kiosk_outcome_nothing_team.clone()).contains(before), "{code}");
        // "Montrez cette page" is its own sentence, shown only when something is listed.
        let finish = ui_text(code, |u| u.kiosk_outcome_text.clone());
        assert!(!finish.contains(if code == "fr" { "Montrez" } else { "Show" }), "{code}: {finish}");
    }
}

/// A translation gives texts only: which questions are shown and what is flagged follow the
/// source questionnaire, even where the translation's rules differ; the words are the translation's.
#[test]
fn the_rules_are_the_sources_and_the_texts_the_translations() {
    let source = shipped().questionnaire;
    let mut translated = source.clone();
    for item in &mut translated.item {
        item.text = format!("EN {}", item.text);
        item.enable_when.clear();
        for option in &mut item.answer_option {
            option.value_coding.display = format!("EN {}", option.value_coding.display);
        }
    }
    let given = answers(&[("anticoagulant", "Y"), ("anticoagulant-nom", "text:Eliquis"), ("saignement", "N")]);

    let rows = summary(&source, &translated, &given);
    let shown: Vec<&str> = rows.iter().map(|r| r.link_id.as_str()).collect();
    let by_source: Vec<String> = summary(&source, &source, &given).into_iter().map(|r| r.link_id).collect();
    assert_eq!(shown, by_source, "the source's enableWhen decides what is shown");
    assert!(rows.iter().all(|r| r.question.starts_with("EN ")), "{rows:?}");
    // Answered Non, the follow-up stays hidden, as the source says (the translation's rules would show it).
    let no = answers(&[("anticoagulant", "N")]);
    let follow_up = |rows: Vec<cimentoplastie::domain::outcome::SummaryRow>| {
        rows.iter().any(|r| r.link_id == "anticoagulant-nom")
    };
    assert!(!follow_up(summary(&source, &translated, &no)));
    assert!(follow_up(summary(&translated, &translated, &no)));

    let found = flags(&source, &translated, &given);
    assert_eq!(found.len(), 1);
    assert!(found[0].question.starts_with("EN "));
    assert!(found[0].answer.starts_with("EN "));
    assert_eq!(found[0].details, [(format!("EN {}", source.question("anticoagulant-nom").unwrap().text), "Eliquis".to_owned())]);
}
