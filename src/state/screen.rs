//! Which screen shows: the kiosk's welcome, the question asked at start (resume, unreadable answers), or a route's page. Worked out once, as a `Memo<Screen>` provided as context: the page drawn, the document's title, where a new screen opens, the header's links all follow it.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::state::kiosk::KioskSession;
use crate::state::navigation::Navigation;
use crate::state::session::{Session, Startup};

/// The screen showing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// The waiting-room tablet's welcome screen, until a patient taps it.
    Welcome,
    /// Answers from an earlier visit: resume or start again.
    Resume,
    /// Stored answers that could not be read.
    Unreadable,
    /// The page of a route (the privacy page too while a question asked at start waits: it is
    /// read from there, and leads back to it).
    Route(Route),
}

impl Screen {
    /// The screen for the tablet's state, the question asked at start and the route shown.
    pub fn of(welcome: bool, startup: Option<&Startup>, route: Route) -> Screen {
        match (startup, route) {
            _ if welcome => Screen::Welcome,
            (_, Route::Privacy) => Screen::Route(Route::Privacy),
            (Some(Startup::Resume(_)), _) => Screen::Resume,
            (Some(Startup::Unreadable), _) => Screen::Unreadable,
            (None, route) => Screen::Route(route),
        }
    }

    /// The screen showing, followed.
    pub fn follow(kiosk: Option<KioskSession>, session: Session, navigation: Navigation) -> Memo<Screen> {
        Memo::new(move |_| {
            let welcome = kiosk.is_some_and(|k| !k.started.get());
            session
                .startup
                .with(|startup| Screen::of(welcome, startup.as_ref(), navigation.route.get()))
        })
    }
}
