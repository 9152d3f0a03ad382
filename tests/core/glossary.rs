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

#[test]
fn an_overlapping_longer_term_is_marked_whole() {
    // "tassement" and "tassement en galette": the longer one wins where both start; once
    // "tassement" is marked in a part, "tassements en galette" is still marked as its own term.
    let library = shipped_library();
    let content = library.languages[0].content();
    let id = |segments: &[Segment], at: usize| match segments[at] {
        Segment::Term(_, index) => content.glossary.terms[index].id.clone(),
        Segment::Plain(text) => panic!("plain: {text}"),
    };
    let mut marked = BTreeSet::new();
    let segments = content.glossary.mark("Les tassements en galette ;", &mut marked);
    assert_eq!(terms(&segments), ["tassements en galette"]);
    assert_eq!(id(&segments, 1), "tassement-galette");
    let mut marked = BTreeSet::new();
    let first = content.glossary.mark("Les tassements traumatiques ;", &mut marked);
    assert_eq!(terms(&first), ["tassements", "traumatiques"]);
    let second = content.glossary.mark("Les tassements en galette ;", &mut marked);
    assert_eq!(terms(&second), ["tassements en galette"]);
}
