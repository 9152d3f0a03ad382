//! The sheet says what the source says: every word of the source, in order, and nothing else.

use super::shipped;

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
            let heading = (!ADDED_HEADINGS.contains(&section.heading.as_str()))
                .then_some(section.heading.as_str());
            heading
                .into_iter()
                .chain(section.blocks.iter().flat_map(|block| match block {
                    cimentoplastie::domain::sheet::Block::Paragraph(p) => vec![p.as_str()],
                    cimentoplastie::domain::sheet::Block::List(items) => {
                        items.iter().map(String::as_str).collect()
                    }
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
            "Comment se déroule l’examen\u{202f}?",
            "Les contre-indications"
        ]
    );
    let lists = sheet.sections[2]
        .blocks
        .iter()
        .filter(
            |b| matches!(b, cimentoplastie::domain::sheet::Block::List(items) if items.len() == 7),
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
