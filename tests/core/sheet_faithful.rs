//! The sheet says what the source says: every word of the source, in order, and nothing else
//! but the notes marked as written for the app.

use cimentoplastie::domain::sheet::{AppNote, Block, Origin};

use super::{shipped, shipped_library, wording_read_in};

const SOURCE: &str = include_str!("../../content/source/fiche-cimentoplastie-source.txt");

/// Lines of the source web page that are only page furniture, not sheet text.
const FURNITURE: [&str; 9] = [
    "Membre du réseau Vidi",
    "cimentoplastie 2",
    "1. Accueil",
    "2. fiche conseil",
    "3. Technique",
    "4. QU’EST-CE QUE LA CIMENTOPLASTIE?",
    "conseil",
    "Aller au contenu principal",
    "",
];

/// Spelling corrected in the sheet (source word, sheet word). Meaning unchanged.
const CORRECTIONS: [(&str, &str); 3] =
    [("visé", "visée"), ("tel", "tels"), ("tumorale", "tumoral")];

/// Headings added to the sheet for reading on a phone (not in the source).
const ADDED_HEADINGS: [&str; 1] = ["Les contre-indications"];

/// Source headings the sheet words otherwise (source heading, sheet heading): the source calls
/// the needle procedure an "examen" in this heading; its own words stay in its paragraphs.
const REPLACED_HEADINGS: [(&str, &str); 1] =
    [("Comment se déroule l’examen ?", "Comment se déroule l’intervention ?")];

/// The words of a text; the sheet's soft hyphens (where a long word may break on a narrow
/// phone) are not part of its words.
fn words(text: &str) -> Vec<String> {
    text.replace('\u{ad}', "")
        .split(|c: char| !c.is_alphanumeric() && c != '%')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn source_words() -> Vec<String> {
    let text = SOURCE.replace("Aller au contenu principal", "\n");
    let body: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|line| !FURNITURE.contains(line))
        .collect();
    words(&body.join("\n"))
        .into_iter()
        .map(|w| {
            CORRECTIONS
                .iter()
                .find(|(from, _)| *from == w)
                .map_or(w, |(_, to)| (*to).to_owned())
        })
        .collect()
}

fn sheet_words() -> Vec<String> {
    let sheet = shipped().sheet;
    let texts: Vec<&str> = sheet
        .sections
        .iter()
        .flat_map(|section| {
            let heading = (!ADDED_HEADINGS.contains(&section.heading.as_str())).then(|| {
                REPLACED_HEADINGS
                    .iter()
                    .find(|(_, sheet)| words(sheet) == words(&section.heading))
                    .map_or(section.heading.as_str(), |(source, _)| source)
            });
            heading
                .into_iter()
                .chain(section.blocks.iter().flat_map(|block| match block {
                    Block::Paragraph(p) => vec![p.as_str()],
                    Block::List(items) => items.iter().map(String::as_str).collect(),
                    // The app's own notes, marked as such (and shown apart): not the source's words.
                    Block::Note(AppNote { origin: Origin::AppWritten, .. }) => vec![],
                }))
        })
        .collect();
    words(&texts.join("\n"))
}

#[test]
fn the_sheet_holds_every_word_of_the_source_in_order_and_nothing_more() {
    let source = source_words();
    let sheet = sheet_words();
    let first_difference = source.iter().zip(&sheet).position(|(a, b)| a != b);
    assert_eq!(
        first_difference,
        None,
        "first difference at word {:?}: source {:?} / sheet {:?}",
        first_difference,
        first_difference.map(|i| &source[i.saturating_sub(3)..(i + 3).min(source.len())]),
        first_difference.map(|i| &sheet[i.saturating_sub(3)..(i + 3).min(sheet.len())]),
    );
    assert_eq!(
        source.len(),
        sheet.len(),
        "the sheet and the source differ in length"
    );
    assert!(
        source.len() > 400,
        "the source was not read ({} words)",
        source.len()
    );
}

#[test]
fn the_sheet_has_the_headings_a_patient_looks_for() {
    let sheet = shipped().sheet;
    let headings: Vec<&str> = sheet.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "Qu’est-ce que la cimentoplastie\u{202f}?",
            "Comment se déroule l’intervention\u{202f}?",
            "Les contre-indications"
        ]
    );
    let lists = sheet.sections[2]
        .blocks
        .iter()
        .filter(
            |b| matches!(b, Block::List(items) if items.len() == 7),
        )
        .count();
    assert_eq!(lists, 1, "the seven contraindications are one list");
}

#[test]
fn paragraphs_are_short_enough_for_a_phone() {
    for text in shipped().sheet.texts() {
        assert!(
            text.split_whitespace().count() <= 45,
            "paragraph too long: {text}"
        );
    }
}

/// The app-written note at `index` of section `section`, with its texts joined in lower case.
fn note_text(sheet: &cimentoplastie::domain::sheet::Sheet, section: usize, index: usize) -> Option<String> {
    match sheet.sections.get(section)?.blocks.get(index)? {
        block @ Block::Note(AppNote { origin: Origin::AppWritten, .. }) => {
            Some(block.texts().join(" ").to_lowercase())
        }
        _ => None,
    }
}

#[test]
fn under_the_list_of_contraindications_an_app_note_says_do_not_stop_do_not_cancel_tell_the_team() {
    // Read first, before any question: "la prise d'anticoagulants" as an absolute
    // contraindication must never be read as "stop your medicine" or "cancel".
    for language in shipped_library().languages.iter().filter(|l| wording_read_in(&l.info.code)) {
        let sheet = &language.content().sheet;
        let code = &language.info.code;
        let (s, section) = sheet
            .sections
            .iter()
            .enumerate()
            .find(|(_, s)| s.id == "contre-indications")
            .expect("the contraindications section");
        let list = section
            .blocks
            .iter()
            .position(|b| matches!(b, Block::List(items) if items.len() == 7))
            .expect("the list of seven");
        let note = note_text(sheet, s, list + 1)
            .unwrap_or_else(|| panic!("content/{code}/sheet.json: no app-written note right under the list"));
        let wanted: &[&str] = match code.as_str() {
            "fr" => &["n’arrêtez aucun médicament", "n’annulez pas", "prévenez l’équipe", "sur avis médical", "c’est l’équipe qui décide"],
            "en" => &["do not stop any medicine", "do not cancel", "tell the team", "on medical advice", "it is the team that decides"],
            "ar" => &["لا توقفوا أي دواء", "لا تلغوا موعدكم", "أخبروا الفريق الطبي", "رأي طبي", "الفريق الطبي هو الذي يقرر"],
            "pt" => &["não pare nenhum medicamento", "não cancele", "avise a equipa", "indicação médica", "é a equipa que decide"],
            "es" => &["no deje de tomar ningún medicamento", "ni anule su cita", "avise al equipo", "indicación médica", "es el equipo quien decide"],
            "tr" => &["hiçbir ilacı bırakmayın", "iptal etmeyin", "ekibe", "doktorun önerisiyle", "kararı ekip verir"],
            "ro" => &["nu opriți niciun medicament", "nu vă anulați programarea", "anunțați echipa", "recomandarea medicului", "echipa este cea care decide"],
            "uk" => &["не припиняйте приймати жодних ліків", "не скасовуйте запис", "повідомте про це медичну команду", "рішенням лікаря", "рішення ухвалює команда"],
            "ru" => &["не прекращайте принимать никакие лекарства", "не отменяйте запись", "сообщите об этом медицинской команде", "решению врача", "решение принимает команда"],
            other => panic!("content/{other}/sheet.json: no words for this language in tests/core/sheet_faithful.rs: add them, read from its note"),
        };
        for words in wanted {
            assert!(note.contains(words), "content/{code}/sheet.json: the note under the list says {words:?}: {note}");
        }
    }
}

#[test]
fn the_sheet_opens_with_app_notes_for_patients_without_cancer_and_in_short() {
    for language in shipped_library().languages.iter().filter(|l| wording_read_in(&l.info.code)) {
        let sheet = &language.content().sheet;
        let code = &language.info.code;
        let first = note_text(sheet, 0, 0)
            .unwrap_or_else(|| panic!("content/{code}/sheet.json: no app-written note first"));
        let in_short = note_text(sheet, 0, 1)
            .unwrap_or_else(|| panic!("content/{code}/sheet.json: no app-written \"in short\" box second"));
        let (other_fractures, ask, short, needle, not_cancer, front) = match code.as_str() {
            "fr" => ("ostéoporose", "demandez-le à votre médecin", "en bref", "aiguille", "ne soigne pas le cancer", "à plat ventre"),
            "en" => ("osteoporosis", "ask your doctor", "in short", "needle", "does not treat the cancer", "on your front"),
            "ar" => ("هشاشة العظام", "فاسألوا طبيبكم", "باختصار", "إبرة", "لا يعالج السرطان", "على البطن"),
            "pt" => ("osteoporose", "pergunte ao seu médico", "em resumo", "agulha", "não trata o próprio cancro", "barriga para baixo"),
            "es" => ("osteoporosis", "pregúnteselo a su médico", "en resumen", "aguja", "no trata el cáncer", "boca abajo"),
            "tr" => ("osteoporoz", "doktorunuza sorun", "kısaca", "iğne", "kanserin kendisini tedavi etmez", "yüzüstü"),
            "ro" => ("osteoporoz", "întrebați-l pe medicul dumneavoastră", "pe scurt", "un ac prin piele", "nu tratează cancerul", "pe burtă"),
            "uk" => ("остеопороз", "запитайте свого лікаря", "коротко", "голку", "не лікує сам рак", "на животі"),
            "ru" => ("остеопороз", "спросите своего врача", "коротко", "иглу", "не лечит сам рак", "на животе"),
            other => panic!("content/{other}/sheet.json: no words for this language in tests/core/sheet_faithful.rs: add them, read from its notes"),
        };
        assert!(first.contains(other_fractures) && first.contains(ask), "{code}: {first}");
        for words in [short, needle, not_cancer, front] {
            assert!(in_short.contains(words), "{code}: the box says {words:?}: {in_short}");
        }
        // Before the source's first sentence ("traitement palliatif des métastases osseuses").
        assert!(matches!(sheet.sections[0].blocks[2], Block::Paragraph(_)), "{code}");
    }
}
