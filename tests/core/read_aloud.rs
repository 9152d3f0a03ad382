//! What "Écouter" reads, and in which voice.

use cimentoplastie::domain::read_aloud::{Voice, pick_voice, question_text, section_text};

use crate::{shipped, shipped_library};

#[test]
fn a_question_is_read_with_its_hint_then_its_options() {
    let q = &shipped().questionnaire;
    let text = question_text(q.question("anticoagulant").unwrap());
    assert!(
        text.starts_with(
            "Prenez-vous un médicament qui fluidifie le sang, en comprimés, en sachets ou en piqûres\u{202f}? Il en existe deux familles"
        ),
        "{text}"
    );
    assert!(text.ends_with("Oui. Non. Je ne sais pas."), "{text}");
    let library = shipped_library();
    let english = &library.languages[1].content().questionnaire;
    let text = question_text(english.question("grossesse").unwrap());
    assert_eq!(
        text,
        "Are you pregnant, or could you be pregnant? Answer “No” if you are a man, or a woman who has been through the menopause or has had her womb removed. If you have any doubt, even a small one, answer “I don’t know”: the team will tell you whether a pregnancy test is useful. Yes. No. I don’t know."
    );
}

#[test]
fn a_section_is_read_from_its_heading_to_its_last_item() {
    let sheet = &shipped().sheet;
    let text = section_text(&sheet.sections[2], "Note ajoutée à la fiche");
    assert!(
        text.starts_with("Les contre-indications. Les contre-indications absolues"),
        "{text}"
    );
    // The app's note under the list is read too, introduced by its label as on screen.
    assert!(
        text.contains("Les allergies au méthylméthacrylate. Note ajoutée à la fiche. À savoir. Si l’un de ces points"),
        "{text}"
    );
    assert!(text.ends_with("C’est l’équipe qui décide."), "{text}");
}

fn voices(list: &[(&str, bool)]) -> Vec<Voice> {
    list.iter()
        .map(|(lang, default)| Voice {
            lang: (*lang).to_owned(),
            default: *default,
            local: true,
        })
        .collect()
}

#[test]
fn the_voice_speaks_the_language_shown() {
    let list = voices(&[("en-US", true), ("fr-CA", false), ("fr-FR", false)]);
    assert_eq!(pick_voice(&list, "fr"), Some(1));
    assert_eq!(pick_voice(&list, "en"), Some(0));
    let list = voices(&[("en-US", false), ("fr_FR", false), ("fr-FR", true)]);
    assert_eq!(
        pick_voice(&list, "fr"),
        Some(2),
        "the browser's default voice first"
    );
    assert_eq!(
        pick_voice(&voices(&[("en-GB", true)]), "fr"),
        None,
        "no French voice: no button"
    );
    assert_eq!(pick_voice(&[], "fr"), None);
}

#[test]
fn a_voice_that_sends_the_text_to_a_server_is_never_used() {
    let mut list = voices(&[("fr-FR", true), ("fr-FR", false)]);
    list[0].local = false;
    assert_eq!(
        pick_voice(&list, "fr"),
        Some(1),
        "the device's own voice, even if not the default"
    );
    list[1].local = false;
    assert_eq!(
        pick_voice(&list, "fr"),
        None,
        "only network voices: no button"
    );
}
