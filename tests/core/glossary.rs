//! The glossary: the listed medical terms are defined in every language and found in the sheet.

use std::collections::BTreeSet;

use cimentoplastie::domain::glossary::Segment;

use crate::shipped_library;

/// The terms the sheet must define, as glossary ids (the medical wording reviews added the last nineteen).
const REQUIRED: [&str; 34] = [
    "cimentoplastie",
    "metastase",
    "palliatif",
    "antalgique",
    "radiotherapie",
    "radiofrequence",
    "cryotherapie",
    "opioides",
    "vertebroplastie",
    "cotyloidoplastie",
    "lytique",
    "carcinologique",
    "anticoagulant",
    "methylmethacrylate",
    "tassement",
    "contre-indication",
    "osteoplastie",
    "rachis",
    "percutane",
    "radiologie-interventionnelle",
    "fracture-pathologique",
    "mur-posterieur",
    "hemorragique",
    "ponction",
    "ablatif",
    "oncologue",
    "traumatique",
    "tassement-galette",
    "consolidation",
    "premiere-intention",
    "os-longs",
    "contraintes-mecaniques",
    "ablation-thermique",
    "arsenal-therapeutique",
];

#[test]
fn every_listed_term_is_defined_and_marked_in_the_sheet_in_every_language() {
    for language in &shipped_library().languages {
        let content = language.content();
        let mut found = BTreeSet::new();
        for section in &content.sheet.sections {
            let mut marked = BTreeSet::new();
            for block in &section.blocks {
                for text in block.texts() {
                    for segment in content.glossary.mark(text, &mut marked) {
                        if let Segment::Term(_, index) = segment {
                            found.insert(content.glossary.terms[index].id.as_str());
                        }
                    }
                }
            }
        }
        let missing: Vec<&str> = REQUIRED
            .iter()
            .copied()
            .filter(|id| !found.contains(id))
            .collect();
        assert!(
            missing.is_empty(),
            "content/{}/glossary.json: terms never found in the sheet: {missing:?}",
            language.info.code
        );
    }
}

#[test]
fn marking_keeps_the_text_and_marks_each_term_once() {
    let library = shipped_library();
    let content = library.languages[0].content();
    let text = "La cimentoplastie traite les métastases ; une Métastase lytique. Cimentoplastie.";
    let mut marked = BTreeSet::new();
    let segments = content.glossary.mark(text, &mut marked);
    let rebuilt: String = segments
        .iter()
        .map(|s| match s {
            Segment::Plain(t) | Segment::Term(t, _) => *t,
        })
        .collect();
    assert_eq!(rebuilt, text);
    assert_eq!(
        terms(&segments),
        ["cimentoplastie", "métastases", "lytique"]
    );
}

#[test]
fn a_term_inside_a_longer_word_is_not_marked() {
    let library = shipped_library();
    let content = library.languages[0].content();
    let mut marked = BTreeSet::new();
    let segments = content
        .glossary
        .mark("anticoagulantes et prélytique", &mut marked);
    assert!(
        segments.iter().all(|s| matches!(s, Segment::Plain(_))),
        "{segments:?}"
    );
}

#[test]
fn a_text_whose_lower_case_changes_length_is_still_marked() {
    let library = shipped_library();
    let content = library.languages[0].content();
    let mut marked = BTreeSet::new();
    // 'İ' is 2 bytes and its lower case 3: the careful search is used.
    let text = "İSTANBUL : des MÉTASTASES lytiques.";
    let segments = content.glossary.mark(text, &mut marked);
    assert_eq!(terms(&segments), ["MÉTASTASES", "lytiques"]);
}

/// The words marked as terms, in order.
fn terms<'a>(segments: &[Segment<'a>]) -> Vec<&'a str> {
    segments
        .iter()
        .filter_map(|s| match s {
            Segment::Term(t, _) => Some(*t),
            Segment::Plain(_) => None,
        })
        .collect()
}
