//! Every shown question with its answer, flagged points first and marked in words ("À signaler", "À vérifier"): what the team reads, on screen or on paper (in French too when the patient answered in another language).

use leptos::prelude::*;

use crate::domain::outcome::{TeamRow, team_rows};
use crate::domain::ui_text::{UiText, fill};
use crate::state::locale::use_locale;
use crate::state::use_session;

/// The table of the patient's answers for the team.
#[component]
pub fn TeamSummary() -> impl IntoView {
    let locale = use_locale();
    let ui = &locale.content().ui;
    let texts = &locale.content().questionnaire;
    let answers = use_session().answers;
    let rows = answers.with_untracked(|a| team_rows(locale.rules(), texts, a));
    // The team reads French: on paper, when the patient answered in another language, the table
    // in French instead, with the language and whether its translation was checked.
    let french = (!locale.is_source()).then(|| {
        let source = &locale.library.languages[0];
        let source_ui = &source.content().ui;
        let rows = answers.with_untracked(|a| team_rows(locale.rules(), locale.rules(), a));
        let template = if locale.is_reviewed() {
            &source_ui.print_language_reviewed
        } else {
            &source_ui.print_language
        };
        let language = fill(template, &[("language", &locale.info().name_fr)]);
        view! {
            <div class="app-print-only app-team-french" lang=source.info.code.clone() dir="ltr">
                <p class="app-body app-team-french__language"><strong>{language}</strong></p>
                <TeamTable rows ui=source_ui caption=source_ui.print_french_heading.clone() />
            </div>
        }
    });
    // On paper the French copy takes the translated table's place: one page still.
    let translated = french.is_some();
    view! {
        <div class:app-no-print=translated>
            <TeamTable rows ui caption=ui.outcome_answers_heading.clone() />
        </div>
        {french}
    }
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
                        // Typed medicine names read in their own direction in an Arabic page.
                        <bdi>{answer}</bdi>
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
