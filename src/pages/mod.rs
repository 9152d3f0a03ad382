//! The pages, one per screen (and the staff's and the reception desk's pages); `Page` draws the screen showing (`state::screen`).

pub mod check;
pub mod desk;
pub mod outcome;
pub mod privacy;
pub mod question;
pub mod resume;
pub mod settings_check;
pub mod sheet;
pub mod start;
pub mod welcome;

use leptos::either::Either;
use leptos::prelude::*;

use crate::domain::route::Route;
use crate::first_screen::FirstDrawing;
use crate::state::use_drawing;
use crate::state::locale::use_locale;
use crate::state::screen::Screen;
use crate::state::use_screen;
use crate::state::session::{Session, Startup};
use crate::state::use_session;
use check::CheckPage;
use outcome::OutcomePage;
use privacy::PrivacyPage;
use question::QuestionPage;
use resume::{ResumePage, UnreadablePage};
use sheet::SheetPage;
use start::StartPage;
use welcome::WelcomePage;

/// The current screen. At start it is drawn in its own task (see `FirstDrawing`).
///
/// Each screen is drawn as new elements, keyed by what it shows: rebuilding the previous screen's
/// elements in place would reuse its radios, and a radio checked by the patient there (which the
/// drawing does not know of) could uncheck the answer the app holds when it joins the new group.
#[component]
pub fn Page() -> impl IntoView {
    let locale = use_locale();
    let session = use_session();
    let screen = use_screen();
    let drawing = use_drawing().drawn(FirstDrawing::PAGE);

    // The two arms alternate at each new screen: switching arms replaces the elements, where
    // staying in one would rebuild them in place.
    let odd = StoredValue::new(false);
    move || {
        // What the page shows: a change of any redraws it (the memos read, not only tracked: a
        // memo never read is never computed, and never changes).
        locale.language.track();
        session.revision.track();
        drawing.with(|_| ());
        screen.with(|_| ());
        // Not called before its step: its first call compiles it (all the pages) on a phone's
        // main thread, a task's worth on its own.
        let page = match drawing.get_untracked() {
            true => {
                crate::browser::timing::mark("cimentoplastie:draw-page");
                untrack(|| draw(screen.get_untracked(), session))
            }
            false => ().into_any(),
        };
        odd.update_value(|odd| *odd = !*odd);
        if odd.get_value() {
            Either::Left(page)
        } else {
            Either::Right(page)
        }
    }
}

/// The page of `screen`, drawn once.
fn draw(screen: Screen, session: Session) -> AnyView {
    match screen {
        Screen::Welcome => view! { <WelcomePage /> }.into_any(),
        Screen::Resume => match session.startup.get_untracked() {
            Some(Startup::Resume(saved)) => view! { <ResumePage saved /> }.into_any(),
            _ => ().into_any(),
        },
        Screen::Unreadable => view! { <UnreadablePage /> }.into_any(),
        // Opened from the question asked at start too, whose place it takes until "Revenir".
        Screen::Route(Route::Privacy) => view! { <PrivacyPage /> }.into_any(),
        Screen::Route(Route::Sheet) => view! { <SheetPage /> }.into_any(),
        Screen::Route(Route::Start) => view! { <StartPage /> }.into_any(),
        Screen::Route(Route::Question { link_id, from_check }) => view! { <QuestionPage link_id from_check /> }.into_any(),
        Screen::Route(Route::Check) => view! { <CheckPage /> }.into_any(),
        Screen::Route(Route::Outcome) => view! { <OutcomePage /> }.into_any(),
    }
}
