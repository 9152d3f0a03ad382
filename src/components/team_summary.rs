//! Every shown question with its answer, flagged points first and marked in words ("À signaler", "À vérifier"): what the team reads, on screen or on paper.

use leptos::prelude::*;

use crate::domain::outcome::{TeamRow, team_rows};
use crate::domain::ui_text::UiText;
use crate::state::locale::use_locale;
use crate::state::use_session;

/// The table of the patient's answers for the team.
#[component]
pub fn TeamSummary() -> impl IntoView {
    let locale = use_locale();
    let ui = &locale.content().ui;
    let texts = &locale.content().questionnaire;
    let rows = use_session()
        .answers
        .with_untracked(|a| team_rows(locale.rules(), texts, a));
    view! { <TeamTable rows ui caption=ui.outcome_answers_heading.clone() /> }
}

/// A table of answers for the team, with its caption (the patient's page, the reception desk's).
#[component]
pub fn TeamTable(rows: Vec<TeamRow>, ui: &'static UiText, caption: String) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let answer = row.answer.unwrap_or_else(|| ui.check_empty.clone());
            view! {
                <tr class="app-table__row" class:app-table__row--flagged=row.flagged>
                    <th scope="row" class="app-table__header">{row.question}</th>
                    <td class="app-table__cell">
                        {answer}
                        // "Je ne sais pas" is marked as on screen: to check, not a finding.
                        {row.flagged.then(|| {
                            let marker = if row.unknown { &ui.outcome_check_marker } else { &ui.outcome_flag_marker };
                            view! { " " <strong class="app-tag" class:app-tag--check=row.unknown>{marker.clone()}</strong> }
                        })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="app-table">
            <caption class="app-table__caption app-heading-m">{caption}</caption>
            <tbody>{rows}</tbody>
        </table>
    }
}
