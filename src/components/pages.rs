//! Chooses the screen to show: the startup question first, then the page of the current route.

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
use crate::state::{Startup, use_app};

/// The current screen. At start it is drawn in its own task (see `FirstDrawing`).
#[component]
pub fn Page() -> impl IntoView {
    let state = use_app();
    let drawing = state.drawn(FirstDrawing::PAGE);
    move || match (state.startup.get(), state.route.get(), state.revision.get()) {
        _ if !drawing.get() => ().into_any(),
        _ if state.is_kiosk() && !state.kiosk_started.get() => view! { <WelcomePage /> }.into_any(),
        (Some(Startup::Resume(saved)), ..) => view! { <ResumePage saved /> }.into_any(),
        (Some(Startup::Unreadable), ..) => view! { <UnreadablePage /> }.into_any(),
        (None, Route::Sheet, _) => view! { <SheetPage /> }.into_any(),
        (None, Route::Start, _) => view! { <StartPage /> }.into_any(),
        (
            None,
            Route::Question {
                link_id,
                from_check,
            },
            _,
        ) => view! { <QuestionPage link_id from_check /> }.into_any(),
        (None, Route::Check, _) => view! { <CheckPage /> }.into_any(),
        (None, Route::Outcome, _) => view! { <OutcomePage /> }.into_any(),
        (None, Route::Privacy, _) => view! { <PrivacyPage /> }.into_any(),
    }
}
