//! Checks that a translation matches the source language: same questions, rules and codes, same sheet shape, same glossary terms.

use super::content_check::ContentError;
use super::glossary::Glossary;
use super::questionnaire::{Item, Questionnaire};
use super::sheet::{Block, Sheet};

/// Every difference in structure between a translated questionnaire and the source one; only
/// texts may differ (`text`, `title`, `display`, the report sentence).
pub fn check_questionnaire_matches(
    file: &str,
    source: &Questionnaire,
    translated: &Questionnaire,
) -> Vec<ContentError> {
    let mut errors = Vec::new();
    if translated.url != source.url {
        errors.push(ContentError::new(
            file,
            "url",
            format!("must be {:?}, as in the source language", source.url),
        ));
    }
    if translated.version != source.version {
        errors.push(ContentError::new(
            file,
            "version",
            format!("must be {:?}, as in the source language", source.version),
        ));
    }
    compare_items(file, "item", &source.item, &translated.item, &mut errors);
    errors
}

fn compare_items(
    file: &str,
    path: &str,
    source: &[Item],
    translated: &[Item],
    errors: &mut Vec<ContentError>,
) {
    if source.len() != translated.len() {
        errors.push(ContentError::new(
            file,
            path,
            format!(
                "has {} items, the source language has {}",
                translated.len(),
                source.len()
            ),
        ));
    }
    for (i, (s, t)) in source.iter().zip(translated).enumerate() {
        let here = format!("{path}[{i}]");
        let same_codes = |a: &Item, b: &Item| {
            a.answer_option
                .iter()
                .map(|o| (&o.value_coding.system, &o.value_coding.code))
                .eq(b
                    .answer_option
                    .iter()
                    .map(|o| (&o.value_coding.system, &o.value_coding.code)))
        };
        let rules = |item: &Item| {
            (
                item.kind,
                item.required,
                item.max_length,
                item.enable_when
                    .iter()
                    .map(|e| {
                        (
                            e.question.clone(),
                            e.operator.clone(),
                            e.answer_coding.code.clone(),
                        )
                    })
                    .collect::<Vec<_>>(),
                item.enable_behavior,
                item.contraindications()
                    .map(str::to_owned)
                    .collect::<Vec<_>>(),
                item.report().is_some(),
            )
        };
        if t.link_id != s.link_id {
            errors.push(ContentError::new(
                file,
                format!("{here}.linkId"),
                format!("must be {:?}, as in the source language", s.link_id),
            ));
        } else if rules(t) != rules(s) || !same_codes(s, t) {
            errors.push(ContentError::new(
                file,
                here.clone(),
                "type, required, maxLength, enableWhen, codes or answer options differ from the source language; only texts are translated",
            ));
        }
        if t.text.trim().is_empty() {
            errors.push(ContentError::new(file, format!("{here}.text"), "is empty"));
        }
        compare_items(file, &format!("{here}.item"), &s.item, &t.item, errors);
    }
}

/// Every difference in shape between a translated sheet and the source one (sections, paragraphs, list items).
pub fn check_sheet_matches(file: &str, source: &Sheet, translated: &Sheet) -> Vec<ContentError> {
    let mut errors = Vec::new();
    if source.sections.len() != translated.sections.len() {
        errors.push(ContentError::new(
            file,
            "sections",
            format!(
                "has {} sections, the source language has {}",
                translated.sections.len(),
                source.sections.len()
            ),
        ));
    }
    for (s, (a, b)) in source.sections.iter().zip(&translated.sections).enumerate() {
        if a.id != b.id {
            errors.push(ContentError::new(
                file,
                format!("sections[{s}].id"),
                format!("must be {:?}, as in the source language", a.id),
            ));
        }
        if a.blocks.len() != b.blocks.len() {
            errors.push(ContentError::new(
                file,
                format!("sections[{s}].blocks"),
                format!(
                    "has {} blocks, the source language has {}",
                    b.blocks.len(),
                    a.blocks.len()
                ),
            ));
        }
        for (n, (x, y)) in a.blocks.iter().zip(&b.blocks).enumerate() {
            let same = match (x, y) {
                (Block::Paragraph(_), Block::Paragraph(_)) => true,
                (Block::List(x), Block::List(y)) => x.len() == y.len(),
                (Block::Note(x), Block::Note(y)) => {
                    x.title.is_some() == y.title.is_some()
                        && x.paragraphs.len() == y.paragraphs.len()
                        && x.list.len() == y.list.len()
                }
                _ => false,
            };
            if !same {
                errors.push(ContentError::new(
                    file,
                    format!("sections[{s}].blocks[{n}]"),
                    "is not the same kind of block (or list length, or note shape) as in the source language",
                ));
            }
        }
    }
    errors
}

/// Every glossary term of the source language must be defined in the translation, and no other.
pub fn check_glossary_matches(
    file: &str,
    source: &Glossary,
    translated: &Glossary,
) -> Vec<ContentError> {
    let ids = |g: &Glossary| g.terms.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    if ids(source) == ids(translated) {
        return Vec::new();
    }
    vec![ContentError::new(
        file,
        "terms",
        format!(
            "must define the same terms, in the same order, as the source language: {}",
            ids(source).join(", ")
        ),
    )]
}
