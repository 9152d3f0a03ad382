//! One point to report (what to report, the question, the answer, its follow-ups), on the patient's outcome page and at the reception desk.

use leptos::prelude::*;

use crate::domain::outcome::Flag;

/// The follow-up answers given under a question (the medicine names typed).
#[component]
pub fn Details(details: Vec<(String, String)>) -> impl IntoView {
    details
        .into_iter()
        .map(|(question, answer)| view! { <p class="app-flag__detail">{question} " " <strong>{answer}</strong></p> })
        .collect_view()
}

/// One point to report: what to report, then the question and the answer, after `answer_label`
/// ("Votre réponse :" for the patient, "Réponse du patient :" at the desk).
#[component]
pub fn FlagCard(flag: Flag, answer_label: String) -> impl IntoView {
    view! {
        <li class="app-flag">
            <p class="app-flag__report">{flag.report}</p>
            <p class="app-flag__answer">{flag.question} " " {answer_label} " " <strong>{flag.answer}</strong></p>
            <Details details=flag.details />
        </li>
    }
}
