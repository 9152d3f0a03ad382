//! Where the patient is: the route asked for in the address bar and the one shown (the rules' redirect), where the privacy page returns to, the page's notice and error; moving to a screen, and following the address bar.

use leptos::prelude::*;

use crate::browser::scroll;
use crate::domain::answers::Answers;
use crate::domain::flow::{self, QuestionError};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::route::Route;

/// A short message shown at the top of the page, until the app moves to another screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Cleared,
    /// Another tab or window of this browser erased the answers (seen through the storage event).
    ClearedElsewhere,
    /// Answers older than the retention period were removed at start.
    Expired,
}

/// Where the patient is; `Copy`, provided as context.
#[derive(Clone, Copy)]
pub struct Navigation {
    /// The route in the address bar.
    pub requested: RwSignal<Route>,
    /// The route shown: the requested one, unless the rules send the patient elsewhere.
    pub route: Memo<Route>,
    /// Where "Revenir" leads from the privacy page.
    pub last_route: RwSignal<Route>,
    /// The problem found by "Continuer" on the question shown, kept when the language changes
    /// (the screen is then redrawn) and cleared when the screen changes. Written by the question
    /// page and read once when it is drawn, never subscribed to (see `pages/question.rs`).
    pub question_error: RwSignal<Option<QuestionError>>,
    pub notice: RwSignal<Option<Notice>>,
    /// True where a screen takes the place of the current history entry instead of adding one
    /// (a shared tablet: Back never shows a previous patient's pages); the way back is then kept
    /// here (`way_back`).
    in_place: bool,
    /// With `in_place`: the screens this patient came through, most recent last.
    way_back: StoredValue<Vec<Route>>,
}

impl Navigation {
    /// The navigation starting at `initial`; the route shown follows `rules` (the source
    /// questionnaire: the rules are the same in every language) and `answers`.
    pub fn new(
        rules: &'static Questionnaire,
        answers: RwSignal<Answers>,
        initial: Route,
        in_place: bool,
    ) -> Self {
        let requested = RwSignal::new(initial);
        let route = Memo::new(move |_| answers.with(|a| flow::resolve(rules, a, requested.get())));
        Navigation {
            requested,
            route,
            last_route: RwSignal::new(Route::Sheet),
            question_error: RwSignal::new(None),
            notice: RwSignal::new(None),
            in_place,
            way_back: StoredValue::new(Vec::new()),
        }
    }

    /// Goes to a screen. This adds a browser history entry (so Back works), or, `in_place`,
    /// replaces the current one and remembers the way back here.
    pub fn go(&self, route: Route) {
        crate::browser::timing::mark("cimentoplastie:go");
        if self.in_place {
            let from = self.route.get_untracked();
            if from != route {
                self.way_back.update_value(|trail| trail.push(from));
            }
        }
        self.show(route, false);
    }

    /// Shows a screen without remembering the way back (see `go`); with `in_place`, the screen
    /// takes the current history entry instead of adding one.
    pub fn show(&self, route: Route, in_place: bool) {
        self.notice.set(None);
        self.question_error.set(None);
        scroll::before_going();
        if let Some(window) = web_sys::window() {
            let location = window.location();
            let _ = if self.in_place || in_place {
                location.replace(&route.to_fragment())
            } else {
                location.set_hash(&route.to_fragment())
            };
        }
        scroll::after_going();
        self.requested.set(route);
    }

    /// The app's own Back (`in_place`): shows the screen before this one (or stays), and returns
    /// it for the caller to put in the address bar.
    pub fn back(&self) -> Route {
        let current = self.route.get_untracked();
        let previous = self.way_back.try_update_value(Vec::pop).flatten();
        let route = previous.unwrap_or(current);
        self.notice.set(None);
        self.question_error.set(None);
        self.requested.set(route.clone());
        route
    }

    /// Forgets the way back (a new patient).
    pub fn forget_way_back(&self) {
        self.way_back.set_value(Vec::new());
    }

    /// Keeps the shown route in step with the address bar (Back and Forward buttons, typed
    /// addresses). When the rules send the patient elsewhere, the address says where they are,
    /// but not while `asking` (a question asked at start is shown: no answer is taken yet, and
    /// the address keeps the page to resume).
    pub fn follow_address(self, asking: Signal<bool>) {
        // At start the app is set up over several tasks: an address the patient changed meanwhile
        // (« Répondre au questionnaire » tapped early) is the one to follow.
        let now = address_route();
        if now != self.requested.get_untracked() {
            self.requested.set(now);
        }
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            scroll::address_changed();
            self.question_error.set(None);
            self.requested.set(address_route());
        });
        on_cleanup(move || handle.remove());
        Effect::new(move |_| {
            let shown = self.route.get();
            if asking.get() {
                return;
            }
            crate::browser::timing::mark("cimentoplastie:address");
            if shown != self.requested.get() {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().replace(&shown.to_fragment());
                }
                self.requested.set(shown);
            }
        });
    }

    /// Remembers the last screen of the questionnaire, where the privacy page's "Revenir où j'en
    /// étais" leads back (not while `asking`: the question asked at start sets it).
    pub fn remember_last_route(self, asking: Signal<bool>) {
        Effect::new(move |_| {
            let route = self.route.get();
            if !asking.get() && route != Route::Privacy && route != Route::Sheet {
                self.last_route.set(route);
            }
        });
    }
}

/// The route the address bar names now.
pub fn address_route() -> Route {
    Route::parse(&current_fragment())
}

fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}
