//! Chooses the screen to show: the startup question first, then the page of the current route.

use leptos::either::Either;
use leptos::prelude::*;

use crate::components::check_page::CheckPage;
use crate::components::outcome_page::OutcomePage;
use crate::components::privacy_page::PrivacyPage;
use crate::components::question_page::QuestionPage;
use crate::components::resume_page::{ResumePage, UnreadablePage};
use crate::components::sheet_page::SheetPage;
use crate::components::start_page::StartPage;
use crate::components::welcome_page::WelcomePage;
use crate::domain::route::Route;
use crate::first_screen::FirstDrawing;
use crate::state::{AppState, Startup, use_app};

/// The current screen. At start it is drawn in its own task (see `FirstDrawing`).
///
/// Each screen is drawn as new elements, keyed by what it shows: rebuilding the previous screen's
/// elements in place would reuse its radios, and a radio checked by the patient there (which the
/// drawing does not know of) could uncheck the answer the app holds when it joins the new group.
#[component]
pub fn Page() -> impl IntoView {
    let state = use_app();
    let drawing = state.drawn(FirstDrawing::PAGE);
    let screen = Memo::new(move |_| {
        format!(
            "{}|{}|{}|{:?}|{:?}|{}",
            state.language.get(),
            drawing.get(),
            state.is_kiosk() && !state.kiosk_started.get(),
            state.startup.with(|s| s.as_ref().map(std::mem::discriminant)),
            state.route.get(),
            state.revision.get(),
        )
    });
    // The two arms alternate at each new screen: switching arms replaces the elements, where
    // staying in one would rebuild them in place.
    let odd = StoredValue::new(false);
    move || {
        // Read, not only tracked: a memo never read is never computed, and never changes.
        screen.with(|_| ());
        let page = untrack(|| draw(state, drawing.get_untracked()));
        odd.update_value(|odd| *odd = !*odd);
        if odd.get_value() {
            Either::Left(page)
        } else {
            Either::Right(page)
        }
    }
}

/// The screen for the current state, drawn once.
fn draw(state: AppState, drawing: bool) -> AnyView {
    match (state.startup.get_untracked(), state.route.get_untracked()) {
        _ if !drawing => ().into_any(),
        _ if state.is_kiosk() && !state.kiosk_started.get_untracked() => view! { <WelcomePage /> }.into_any(),
        // Opened from the question asked at start, whose place it takes until "Revenir".
        (_, Route::Privacy) => view! { <PrivacyPage /> }.into_any(),
        (Some(Startup::Resume(saved)), _) => view! { <ResumePage saved /> }.into_any(),
        (Some(Startup::Unreadable), _) => view! { <UnreadablePage /> }.into_any(),
        (None, Route::Sheet) => view! { <SheetPage /> }.into_any(),
        (None, Route::Start) => view! { <StartPage /> }.into_any(),
        (None, Route::Question { link_id, from_check }) => view! { <QuestionPage link_id from_check /> }.into_any(),
        (None, Route::Check) => view! { <CheckPage /> }.into_any(),
        (None, Route::Outcome) => view! { <OutcomePage /> }.into_any(),
    }
}
