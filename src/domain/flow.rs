//! Answer rules: which questions are shown, where Continuer and Retour lead, and which answers are dropped.

use super::answers::{Answer, Answers};
use super::questionnaire::{EnableBehavior, EnableWhen, Item, ItemType, Questionnaire};
use super::route::Route;

/// Why Continuer cannot move on from a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionError {
    /// A required question has no answer.
    Missing,
    /// The text typed is longer than the questionnaire allows.
    TooLong { max: usize },
}

/// True when every `enableWhen` of the item holds, or one of them with `enableBehavior` `any`
/// (and the questions it depends on are shown).
pub fn is_enabled(questionnaire: &Questionnaire, item: &Item, answers: &Answers) -> bool {
    let holds = |condition: &EnableWhen| {
        let Some(source) = questionnaire.question(&condition.question) else {
            return false;
        };
        if !is_enabled(questionnaire, source, answers) {
            return false;
        }
        let matches = matches!(
            answers.get(&condition.question),
            Some(Answer::Choice(code)) if *code == condition.answer_coding.code
        );
        match condition.operator.as_str() {
            "=" => matches,
            "!=" => !matches,
            _ => false,
        }
    };
    match item.enable_behavior {
        Some(EnableBehavior::Any) if !item.enable_when.is_empty() => {
            item.enable_when.iter().any(holds)
        }
        _ => item.enable_when.iter().all(holds),
    }
}

/// The questions shown to the patient with these answers, in order.
pub fn shown_questions<'q>(questionnaire: &'q Questionnaire, answers: &Answers) -> Vec<&'q Item> {
    questionnaire
        .questions()
        .filter(|item| is_enabled(questionnaire, item, answers))
        .collect()
}

/// Drops every answer that is not for a shown question, or does not fit it.
pub fn prune(questionnaire: &Questionnaire, answers: &mut Answers) {
    loop {
        let before = answers.len();
        let keep: Vec<String> = answers
            .iter()
            .filter(|(id, answer)| {
                questionnaire.question(id).is_some_and(|item| {
                    answer.fits(item) && is_enabled(questionnaire, item, answers)
                })
            })
            .map(|(id, _)| id.clone())
            .collect();
        answers.retain(|id, _| keep.contains(id));
        if answers.len() == before {
            return;
        }
    }
}

/// Records an answer (or removes it with `None`), then drops answers to questions no longer shown.
pub fn set_answer(
    questionnaire: &Questionnaire,
    answers: &mut Answers,
    link_id: &str,
    answer: Option<Answer>,
) {
    match answer {
        Some(Answer::Text(text)) if text.trim().is_empty() => {
            answers.remove(link_id);
        }
        Some(answer) => {
            answers.insert(link_id.to_owned(), answer);
        }
        None => {
            answers.remove(link_id);
        }
    }
    prune(questionnaire, answers);
}

/// Checks the answer of one question before moving on.
pub fn check_question(item: &Item, answer: Option<&Answer>) -> Result<(), QuestionError> {
    match answer {
        None if item.required => Err(QuestionError::Missing),
        Some(Answer::Text(text)) => match item.max_length {
            Some(max) if text.chars().count() > max => Err(QuestionError::TooLong { max }),
            _ => Ok(()),
        },
        _ => Ok(()),
    }
}

/// The first shown question that still needs an answer.
pub fn first_unanswered<'q>(
    questionnaire: &'q Questionnaire,
    answers: &Answers,
) -> Option<&'q Item> {
    shown_questions(questionnaire, answers)
        .into_iter()
        .find(|item| check_question(item, answers.get(&item.link_id)).is_err())
}

/// True when every question shown has its answer: the questionnaire was answered to the end.
pub fn is_complete(questionnaire: &Questionnaire, answers: &Answers) -> bool {
    first_unanswered(questionnaire, answers).is_none()
}

/// Where Continuer leads from a question.
///
/// Coming from the check-answers page, it returns there, unless the new answer opened a
/// follow-up question that has no answer yet.
pub fn next_route(
    questionnaire: &Questionnaire,
    answers: &Answers,
    link_id: &str,
    from_check: bool,
) -> Route {
    let shown = shown_questions(questionnaire, answers);
    let after = shown
        .iter()
        .skip_while(|item| item.link_id != link_id)
        .nth(1);
    let question = |item: &Item| Route::Question {
        link_id: item.link_id.clone(),
        from_check,
    };
    match after {
        Some(next) if !from_check => question(next),
        Some(next)
            if next.enable_when.iter().any(|c| c.question == link_id)
                && !answers.contains_key(&next.link_id) =>
        {
            question(next)
        }
        _ => match first_unanswered(questionnaire, answers) {
            Some(missing) if from_check => question(missing),
            _ => Route::Check,
        },
    }
}

/// Where the back link leads from a question.
pub fn previous_route(
    questionnaire: &Questionnaire,
    answers: &Answers,
    link_id: &str,
    from_check: bool,
) -> Route {
    if from_check {
        return Route::Check;
    }
    let shown = shown_questions(questionnaire, answers);
    match shown.iter().position(|item| item.link_id == link_id) {
        Some(index) if index > 0 => Route::Question {
            link_id: shown[index - 1].link_id.clone(),
            from_check: false,
        },
        _ => Route::Start,
    }
}

/// Where the first question of the questionnaire is.
pub fn first_route(questionnaire: &Questionnaire, answers: &Answers) -> Route {
    match shown_questions(questionnaire, answers).first() {
        Some(item) => Route::Question {
            link_id: item.link_id.clone(),
            from_check: false,
        },
        None => Route::Check,
    }
}

/// The route actually shown for a requested one: a hidden or unknown question, or a summary
/// reached with questions still unanswered, leads to the first question needing an answer.
pub fn resolve(questionnaire: &Questionnaire, answers: &Answers, requested: Route) -> Route {
    let missing = || match first_unanswered(questionnaire, answers) {
        Some(item) => Route::Question {
            link_id: item.link_id.clone(),
            from_check: false,
        },
        None => Route::Check,
    };
    match requested {
        Route::Question { ref link_id, .. } => match questionnaire.question(link_id) {
            Some(item) if is_enabled(questionnaire, item, answers) => requested,
            _ => missing(),
        },
        Route::Check | Route::Outcome if first_unanswered(questionnaire, answers).is_some() => {
            missing()
        }
        other => other,
    }
}

/// Where a question stands: "Question 2 sur 5", or "Question 2 sur 5 (suite)" for a follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// The question's number; a follow-up has the number of the question it follows.
    pub number: usize,
    /// How many questions there are, follow-ups left out: the count never changes with an answer.
    pub total: usize,
    /// True for a follow-up (a question shown after a given answer to an earlier one).
    pub follow_up: bool,
}

/// True for a follow-up: a question shown only after a given answer to an earlier question.
pub fn is_follow_up(item: &Item) -> bool {
    !item.enable_when.is_empty()
}

/// The progress of a question among those shown; a follow-up counts as part of the question it
/// follows, so that "Question 2 sur 5" does not become "Question 3 sur 6" when one appears.
pub fn progress(
    questionnaire: &Questionnaire,
    answers: &Answers,
    link_id: &str,
) -> Option<Progress> {
    let shown = shown_questions(questionnaire, answers);
    let index = shown.iter().position(|item| item.link_id == link_id)?;
    let main = |items: &[&Item]| items.iter().filter(|item| !is_follow_up(item)).count();
    Some(Progress {
        number: main(&shown[..=index]).max(1),
        total: main(&shown).max(1),
        follow_up: is_follow_up(shown[index]),
    })
}

/// True when the item is a free-text question.
pub fn is_text(item: &Item) -> bool {
    item.kind == ItemType::String
}
