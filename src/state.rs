//! The app's reactive state and the actions components call; the rules themselves live in `domain`.

use leptos::prelude::*;

use crate::content::{Content, Library};
use crate::domain::answers::{Answer, Answers};
use crate::domain::flow;
use crate::domain::mode::Mode;
use crate::domain::route::Route;
use crate::domain::stored::Saved;
use crate::storage;

/// What the patient must decide before going on, when the app starts.
#[derive(Debug, Clone, PartialEq)]
pub enum Startup {
    /// Answers from an earlier visit: resume or start again.
    Resume(Saved),
    /// Stored data that could not be read.
    Unreadable,
}

/// A short message shown at the top of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Cleared,
    /// Another tab or window of this browser erased the answers (seen through the storage event).
    ClearedElsewhere,
    /// Answers older than the retention period were removed at start.
    Expired,
}

/// Shared state, provided as context. Every field is a signal handle, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Every language's content; `content()` gives the current one.
    pub library: &'static Library,
    /// The language shown, as an index into `library.languages`.
    pub language: RwSignal<usize>,
    /// Home or kiosk, decided once at start.
    pub mode: Mode,
    /// In kiosk mode: false on the welcome screen, true once a patient has tapped it.
    pub kiosk_started: RwSignal<bool>,
    pub answers: RwSignal<Answers>,
    /// The route in the address bar.
    pub requested: RwSignal<Route>,
    /// The route shown: the requested one, unless the rules send the patient elsewhere.
    pub route: Memo<Route>,
    /// Where "Revenir" leads from the privacy page.
    pub last_route: RwSignal<Route>,
    pub startup: RwSignal<Option<Startup>>,
    pub storage_ok: RwSignal<bool>,
    pub notice: RwSignal<Option<Notice>>,
    /// The text size chosen on this device (reset by a kiosk wipe).
    pub text_size: RwSignal<crate::domain::text_size::TextSize>,
    /// Bumped when answers change from outside this page (another tab): the screen is redrawn.
    pub revision: RwSignal<u32>,
    /// Time of the last answer given (milliseconds since 1970): when the answers were completed.
    pub last_change_ms: RwSignal<f64>,
    /// What "Écouter" is reading now (a key such as `section-definition`), if anything.
    pub speaking: RwSignal<Option<String>>,
    /// How many steps of the first drawing are done (see `FirstDrawing`): at start the app is
    /// drawn one step per task, behind the pre-rendered page; then always all of it (`usize::MAX`).
    pub drawn_steps: RwSignal<usize>,
    /// The browser's speech voices.
    pub voices: RwSignal<Vec<crate::domain::read_aloud::Voice>>,
    /// The problem found by "Continuer" on the question shown, kept when the language changes
    /// (the screen is then redrawn) and cleared when the screen changes. Written by the question
    /// page and read once when it is drawn, never subscribed to (see `question_page.rs`).
    pub question_error: RwSignal<Option<flow::QuestionError>>,
    /// Kiosk: the screens this patient came through, for the tablet's Back button (see
    /// `kiosk::keep_back_inside`); emptied with the patient.
    pub kiosk_trail: StoredValue<Vec<Route>>,
}

impl AppState {
    pub fn new(library: &'static Library, language: usize, mode: Mode, initial: Route) -> Self {
        let answers = RwSignal::new(Answers::new());
        let requested = RwSignal::new(initial.clone());
        // The rules are the same in every language (checked at build time): the source's are used.
        let route = Memo::new(move |_| {
            let q = &library.source().questionnaire;
            answers.with(|a| flow::resolve(q, a, requested.get()))
        });
        AppState {
            library,
            language: RwSignal::new(language),
            mode,
            kiosk_started: RwSignal::new(false),
            answers,
            requested,
            route,
            last_route: RwSignal::new(Route::Sheet),
            startup: RwSignal::new(None),
            storage_ok: RwSignal::new(true),
            notice: RwSignal::new(None),
            revision: RwSignal::new(0),
            text_size: RwSignal::new(storage::load_text_size()),
            last_change_ms: RwSignal::new(0.0),
            speaking: RwSignal::new(None),
            drawn_steps: RwSignal::new(0),
            voices: RwSignal::new(Vec::new()),
            question_error: RwSignal::new(None),
            kiosk_trail: StoredValue::new(Vec::new()),
        }
    }

    /// The content in the language shown. Read when a screen is drawn; a change of language
    /// redraws every screen.
    pub fn content(&self) -> &'static Content {
        let library = self.library;
        library.languages[self.language.get_untracked()].content()
    }

    /// The code of the language shown ("fr").
    pub fn language_code(&self) -> &'static str {
        let library = self.library;
        &library.languages[self.language.get_untracked()].info.code
    }

    /// Shows the app in another language and remembers the choice on this device (at home
    /// only: on a shared tablet the choice lasts for this patient).
    pub fn set_language(&self, index: usize) {
        if index < self.library.languages.len() {
            if !self.is_kiosk() {
                storage::save_language(&self.library.languages[index].info.code);
            }
            self.language.set(index);
            crate::app::focus_language_switch();
        }
    }

    /// True on a waiting-room tablet.
    pub fn is_kiosk(&self) -> bool {
        matches!(self.mode, Mode::Kiosk { .. })
    }

    /// Goes to a screen. At home this adds a browser history entry (so Back works); in kiosk
    /// mode it replaces the current one, so that Back never shows a previous patient's pages,
    /// and the app remembers the way back itself (`kiosk_trail`).
    pub fn go(&self, route: Route) {
        if self.is_kiosk() && self.kiosk_started.get_untracked() {
            let from = self.route.get_untracked();
            if from != route {
                self.kiosk_trail.update_value(|trail| trail.push(from));
            }
        }
        self.show(route, false);
    }

    /// Kiosk, the tablet's Back button: shows the screen this patient saw before (or stays), and
    /// returns it for the caller to put in the address bar.
    pub fn kiosk_back(&self) -> Route {
        let current = self.route.get_untracked();
        if !self.kiosk_started.get_untracked() {
            return current;
        }
        let previous = self.kiosk_trail.try_update_value(Vec::pop).flatten();
        let route = previous.unwrap_or(current);
        self.notice.set(None);
        self.question_error.set(None);
        self.requested.set(route.clone());
        route
    }

    /// Shows a screen without remembering the way back (see `go`); with `in_place`, at home too
    /// the screen takes the current history entry instead of adding one.
    fn show(&self, route: Route, in_place: bool) {
        self.notice.set(None);
        self.question_error.set(None);
        crate::scroll::before_going();
        if let Some(window) = web_sys::window() {
            let location = window.location();
            let _ = if self.is_kiosk() || in_place {
                location.replace(&route.to_fragment())
            } else {
                location.set_hash(&route.to_fragment())
            };
        }
        crate::scroll::after_going();
        self.requested.set(route);
    }

    /// Kiosk: the patient tapped the welcome screen.
    pub fn start_kiosk_session(&self) {
        crate::kiosk::guard_back_button();
        self.kiosk_trail.set_value(Vec::new());
        self.kiosk_started.set(true);
        self.show(Route::Sheet, false);
    }

    /// Kiosk: everything about this patient goes (memory, storage, address), back to the welcome screen.
    pub fn wipe(&self) {
        self.answers.set(Answers::new());
        self.last_change_ms.set(0.0);
        self.startup.set(None);
        self.notice.set(None);
        self.last_route.set(Route::Sheet);
        self.text_size.set(Default::default());
        storage::wipe_patient();
        self.kiosk_trail.set_value(Vec::new());
        self.language
            .set(crate::language::browser_choice(self.library, None));
        self.show(Route::Sheet, false);
        self.kiosk_started.set(false);
    }

    /// Records (or removes) an answer; follow-ups no longer shown are dropped at once.
    pub fn answer(&self, link_id: &str, answer: Option<Answer>) {
        let q = &self.library.source().questionnaire;
        // The time first, so that the save triggered by the answers carries it.
        self.last_change_ms.set(js_sys::Date::now());
        self.answers
            .update(|a| flow::set_answer(q, a, link_id, answer));
    }

    /// Removes every answer, on screen and on the device, and goes back to the sheet
    /// (in kiosk mode, to the welcome screen).
    pub fn clear_all(&self) {
        if self.is_kiosk() {
            self.wipe();
            return;
        }
        self.answers.set(Answers::new());
        let _ = storage::clear();
        self.startup.set(None);
        self.go(Route::Sheet);
        self.notice.set(Some(Notice::Cleared));
    }

    /// Forgets earlier answers (stored or unreadable) and opens the questionnaire's start page.
    pub fn restart(&self) {
        self.answers.set(Answers::new());
        let _ = storage::clear();
        self.startup.set(None);
        self.go(Route::Start);
    }

    /// Takes back the answers of an earlier visit, on the screen the patient was on. The question
    /// asked at start took the place of the page reloaded: when that page is the one resumed, it
    /// keeps its history entry, so that Back then leads to the screen before it.
    pub fn resume(&self, saved: Saved) {
        self.answers.set(saved.answers);
        self.last_change_ms.set(saved.saved_at_ms);
        self.startup.set(None);
        if saved.route.is_in_questionnaire() {
            self.last_route.set(saved.route.clone());
        }
        let here = crate::app::address_route();
        self.show(saved.route.clone(), here == saved.route);
    }

    /// Another tab or window erased the answers: this one forgets them too (never writing them
    /// back), and if it had any, or was offering to resume them, says so and shows the sheet.
    pub fn cleared_elsewhere(&self) {
        let had_answers = self.answers.with_untracked(|a| !a.is_empty())
            || self.startup.with_untracked(Option::is_some);
        self.last_change_ms.set(0.0);
        self.answers.set(Answers::new());
        self.startup.set(None);
        self.revision.update(|r| *r += 1);
        if had_answers {
            self.go(Route::Sheet);
            self.notice.set(Some(Notice::ClearedElsewhere));
        }
    }

    /// Whether `step` of the first drawing (`first_screen::FirstDrawing`) is done (always, once
    /// the app is drawn). The memo changes once, so that what it guards is drawn once.
    pub fn drawn(&self, step: usize) -> Memo<bool> {
        let steps = self.drawn_steps;
        Memo::new(move |_| step < steps.get())
    }

    /// True while the app is being drawn for the first time, behind the pre-rendered page.
    pub fn first_drawing(&self) -> bool {
        self.drawn_steps.get_untracked() != usize::MAX
    }
}

/// The shared state, from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
