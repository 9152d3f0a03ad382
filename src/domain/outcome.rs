//! What the patient should report to the team, derived from the answers. It never decides for the doctor.

use super::answers::{AnswerKind, Answers};
use super::flow::shown_questions;
use super::questionnaire::{Item, Questionnaire};

/// The question whose texts are shown for `item`, a question of the rules' questionnaire (the
/// source): the one with the same linkId in `texts`, the questionnaire in the language shown (a
/// translation keeps every linkId, answer code and rule: checked at build time).
pub fn in_texts<'a>(texts: &'a Questionnaire, item: &'a Item) -> &'a Item {
    texts.question(&item.link_id).unwrap_or(item)
}

/// One point to report: a question answered Oui or Je ne sais pas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub link_id: String,
    pub question: String,
    /// The answer as the patient chose it ("Oui", "Je ne sais pas").
    pub answer: String,
    /// True for "Je ne sais pas".
    pub unknown: bool,
    /// What to report, from the questionnaire ("une grossesse, certaine ou possible").
    pub report: String,
    /// Follow-up answers given under this question (question, answer).
    pub details: Vec<(String, String)>,
}

/// One line of the check-answers page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub link_id: String,
    pub question: String,
    /// `None` when an optional question was left empty.
    pub answer: Option<String>,
}

/// One line of the summary for the team: flagged lines come first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamRow {
    pub question: String,
    pub answer: Option<String>,
    pub flagged: bool,
    /// True for a flagged "Je ne sais pas": marked "À vérifier", as on screen, not "À signaler".
    pub unknown: bool,
}

/// The question about blood thinners: its "Oui" or "Je ne sais pas" brings the advice to keep
/// taking every medicine as usual.
pub const BLOOD_THINNER: &str = "anticoagulant";

/// What the outcome page says besides the lists, from the points to report ("Oui") and to
/// check ("Je ne sais pas").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guidance {
    /// Something is listed: the centre must be told (it does not receive the answers).
    pub anything_listed: bool,
    /// "Je ne sais pas" answers: to check before the day of the appointment.
    pub to_check: bool,
    /// The blood-thinner answer is "Oui" or "Je ne sais pas": do not stop any medicine.
    pub keep_taking_medicines: bool,
}

/// The guidance for these points to report and to check.
pub fn guidance(to_report: &[Flag], to_check: &[Flag]) -> Guidance {
    Guidance {
        anything_listed: !to_report.is_empty() || !to_check.is_empty(),
        to_check: !to_check.is_empty(),
        keep_taking_medicines: to_report
            .iter()
            .chain(to_check)
            .any(|flag| flag.link_id == BLOOD_THINNER),
    }
}

/// Every shown question with its answer: flagged ones (Oui, Je ne sais pas) first, each with its
/// follow-ups right after it, then the others; each group in questionnaire order.
/// The rules are `rules`' (the source questionnaire), the texts `texts`' (the language shown).
pub fn team_rows(rules: &Questionnaire, texts: &Questionnaire, answers: &Answers) -> Vec<TeamRow> {
    let shown = shown_questions(rules, answers);
    let kind = |link_id: &str| {
        let item = shown.iter().find(|i| i.link_id == link_id)?;
        Some(answers.get(link_id)?.kind(item))
    };
    let is_flagged = |link_id: &str| kind(link_id).is_some_and(AnswerKind::is_flagged);
    let mut rows: Vec<(bool, TeamRow)> = shown
        .iter()
        .map(|item| {
            let flagged = is_flagged(&item.link_id);
            let under_flagged = item.enable_when.iter().any(|c| is_flagged(&c.question));
            let text = in_texts(texts, item);
            let row = TeamRow {
                question: text.text.clone(),
                answer: answers
                    .get(&item.link_id)
                    .map(|a| a.display(text).to_owned()),
                flagged,
                unknown: flagged && kind(&item.link_id) == Some(AnswerKind::Unknown),
            };
            (flagged || under_flagged, row)
        })
        .collect();
    rows.sort_by_key(|(first, _)| !first);
    rows.into_iter().map(|(_, row)| row).collect()
}

/// The points to report, in questionnaire order. Empty when nothing is flagged. The rules are
/// `rules`' (the source questionnaire), the texts `texts`' (the language shown).
pub fn flags(rules: &Questionnaire, texts: &Questionnaire, answers: &Answers) -> Vec<Flag> {
    let shown = shown_questions(rules, answers);
    shown
        .iter()
        .filter_map(|item| {
            let answer = answers.get(&item.link_id)?;
            let kind = answer.kind(item);
            if !kind.is_flagged() {
                return None;
            }
            let details = shown
                .iter()
                .filter(|follow| {
                    follow
                        .enable_when
                        .iter()
                        .any(|c| c.question == item.link_id)
                })
                .filter_map(|follow| {
                    let given = answers.get(&follow.link_id)?;
                    let follow = in_texts(texts, follow);
                    Some((follow.text.clone(), given.display(follow).to_owned()))
                })
                .collect();
            let text = in_texts(texts, item);
            Some(Flag {
                link_id: item.link_id.clone(),
                question: text.text.clone(),
                answer: answer.display(text).to_owned(),
                unknown: kind == AnswerKind::Unknown,
                report: text.report().unwrap_or(&text.text).to_owned(),
                details,
            })
        })
        .collect()
}

/// Every shown question with its answer, for "Vérifiez vos réponses"; the rules are `rules`'
/// (the source questionnaire), the texts `texts`' (the language shown).
pub fn summary(rules: &Questionnaire, texts: &Questionnaire, answers: &Answers) -> Vec<SummaryRow> {
    shown_questions(rules, answers)
        .into_iter()
        .map(|item| {
            let text = in_texts(texts, item);
            SummaryRow {
                link_id: item.link_id.clone(),
                question: text.text.clone(),
                answer: answers
                    .get(&item.link_id)
                    .map(|a| a.display(text).to_owned()),
            }
        })
        .collect()
}

/// The points to report (answered Oui) and, apart, the questions to go over with the team
/// (answered Je ne sais pas): not knowing is not a finding, and is not shown as one.
pub fn report_and_go_over(flags: Vec<Flag>) -> (Vec<Flag>, Vec<Flag>) {
    flags.into_iter().partition(|flag| !flag.unknown)
}
