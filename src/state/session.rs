//! The patient's session: the answers, when they last changed, the question asked at start, whether storage works; its actions (answer, resume, restart, clear) and, at home, its persistence (read at start, saved on change, other tabs followed).

use leptos::prelude::*;

use crate::content::Content;
use crate::domain::answers::{Answer, Answers};
use crate::domain::flow;
use crate::domain::mode::is_past_retention;
use crate::domain::route::Route;
use crate::domain::stored::{STORAGE_KEY, Saved};
use crate::state::navigation::{Navigation, Notice, address_route};
use crate::storage::{self, StorageError};

/// What the patient must decide before going on, when the app starts.
#[derive(Debug, Clone, PartialEq)]
pub enum Startup {
    /// Answers from an earlier visit: resume or start again.
    Resume(Saved),
    /// Stored data that could not be read.
    Unreadable,
}

/// The patient's session; `Copy`, provided as context.
#[derive(Clone, Copy)]
pub struct Session {
    pub answers: RwSignal<Answers>,
    /// Time of the last answer given (milliseconds since 1970): when the answers were completed.
    pub last_change_ms: RwSignal<f64>,
    pub startup: RwSignal<Option<Startup>>,
    pub storage_ok: RwSignal<bool>,
    /// Bumped when answers change from outside this page (another tab): the screen is redrawn.
    pub revision: RwSignal<u32>,
    /// The source content (French, first): its questionnaire's rules and codes are the same in
    /// every language (checked at build time), and are what is stored.
    source: &'static Content,
    navigation: Navigation,
}

impl Session {
    /// A session with no answers; `answers` is the signal `navigation`'s rules follow.
    pub fn new(source: &'static Content, answers: RwSignal<Answers>, navigation: Navigation) -> Self {
        Session {
            answers,
            last_change_ms: RwSignal::new(0.0),
            startup: RwSignal::new(None),
            storage_ok: RwSignal::new(true),
            revision: RwSignal::new(0),
            source,
            navigation,
        }
    }

    /// True while a question asked at start (resume, unreadable answers) waits for the patient.
    pub fn asking(&self) -> bool {
        self.startup.with(Option::is_some)
    }

    /// Records (or removes) an answer; follow-ups no longer shown are dropped at once.
    pub fn answer(&self, link_id: &str, answer: Option<Answer>) {
        let q = &self.source.questionnaire;
        // The time first, so that the save triggered by the answers carries it.
        self.last_change_ms.set(js_sys::Date::now());
        self.answers
            .update(|a| flow::set_answer(q, a, link_id, answer));
    }

    /// Removes every answer, on screen and on the device, and goes back to the sheet.
    pub fn clear(&self) {
        self.answers.set(Answers::new());
        let _ = storage::clear();
        self.startup.set(None);
        self.navigation.go(Route::Sheet);
        self.navigation.notice.set(Some(Notice::Cleared));
    }

    /// Forgets earlier answers (stored or unreadable) and opens the questionnaire's start page.
    pub fn restart(&self) {
        self.answers.set(Answers::new());
        let _ = storage::clear();
        self.startup.set(None);
        self.navigation.go(Route::Start);
    }

    /// Takes back the answers of an earlier visit, on the screen the patient was on. The question
    /// asked at start took the place of the page reloaded: when that page is the one resumed, it
    /// keeps its history entry, so that Back then leads to the screen before it.
    pub fn resume(&self, saved: Saved) {
        self.answers.set(saved.answers);
        self.last_change_ms.set(saved.saved_at_ms);
        self.startup.set(None);
        if saved.route.is_in_questionnaire() {
            self.navigation.last_route.set(saved.route.clone());
        }
        let here = address_route();
        self.navigation.show(saved.route.clone(), here == saved.route);
    }

    /// Forgets this patient's answers in memory (the kiosk's wipe; storage is the caller's).
    pub fn forget(&self) {
        self.answers.set(Answers::new());
        self.last_change_ms.set(0.0);
        self.startup.set(None);
    }

    /// At home: reads the stored session, then saves every change and follows the other tabs.
    pub fn persist(self) {
        self.read_at_start();
        self.save_on_change();
        self.follow_other_tabs();
    }

    /// Reads the stored session once: offer to resume, say it is unreadable or too old, or say
    /// storage is off.
    fn read_at_start(self) {
        let days = self.source.clinic.retention_days;
        match storage::load(&self.source.questionnaire) {
            Ok(Some(saved)) if is_past_retention(saved.saved_at_ms, js_sys::Date::now(), days) => {
                let _ = storage::clear();
                self.navigation.notice.set(Some(Notice::Expired));
            }
            Ok(Some(saved)) if !saved.answers.is_empty() => self.ask_at_start(Startup::Resume(saved)),
            Ok(_) => {}
            Err(StorageError::Unavailable) => self.storage_ok.set(false),
            Err(_) => self.ask_at_start(Startup::Unreadable),
        }
    }

    /// Shows the question asked at start (resume, or unreadable answers) in place of the page the
    /// address names. Reloaded on the privacy page, the address becomes the page the question
    /// leads to (the place to resume, or the sheet), so that the privacy link works from the
    /// question; its "Revenir" link leads back to the question.
    fn ask_at_start(self, startup: Startup) {
        let navigation = self.navigation;
        if navigation.requested.get_untracked() == Route::Privacy {
            let place = match &startup {
                Startup::Resume(saved) => saved.route.clone(),
                Startup::Unreadable => Route::Sheet,
            };
            if let Some(window) = web_sys::window() {
                let _ = window.location().replace(&place.to_fragment());
            }
            navigation.requested.set(place);
        }
        navigation.last_route.set(navigation.requested.get_untracked());
        self.startup.set(Some(startup));
    }

    /// Saves answers and place as soon as they change; nothing is written while the patient
    /// has not yet chosen to resume or start again, and no answer means nothing stored.
    /// Newer answers written by another tab are taken, never overwritten.
    fn save_on_change(self) {
        let q = &self.source.questionnaire;
        Effect::new(move |_| {
            let route = self.navigation.route.get();
            let answers = self.answers.get();
            if self.startup.with(Option::is_some) {
                return;
            }
            crate::browser::timing::mark("cimentoplastie:save");
            if let Ok(Some(stored)) = storage::load(q) {
                if stored.saved_at_ms > self.last_change_ms.get_untracked() {
                    self.adopt(stored);
                    return;
                }
            }
            let result = if answers.is_empty() {
                storage::clear()
            } else {
                // On the privacy page, the page the patient came from is kept: resuming leads back there.
                let place = if route == Route::Privacy {
                    self.navigation.last_route.get_untracked()
                } else {
                    route
                };
                let saved = Saved {
                    answers,
                    route: place,
                    saved_at_ms: self.last_change_ms.get_untracked(),
                };
                storage::save(q, &saved)
            };
            self.storage_ok.set(result.is_ok());
        });
    }

    /// Another tab changed the answers: show them here too (storage events).
    fn follow_other_tabs(self) {
        let q = &self.source.questionnaire;
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() != Some(STORAGE_KEY) {
                return;
            }
            let asking = self.startup.with_untracked(Option::is_some);
            match storage::load(q) {
                // Erased there: erased here too, and said.
                Ok(None) => self.cleared_elsewhere(),
                _ if asking => {}
                Ok(Some(stored)) if stored.saved_at_ms > self.last_change_ms.get_untracked() => {
                    self.adopt(stored)
                }
                _ => {}
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Takes newer answers saved by another tab; the screen is redrawn if they differ.
    fn adopt(self, stored: Saved) {
        self.last_change_ms.set(stored.saved_at_ms);
        if self.answers.with_untracked(|a| *a != stored.answers) {
            self.answers.set(stored.answers);
            self.revision.update(|r| *r += 1);
        }
    }

    /// Another tab or window erased the answers: this one forgets them too (never writing them
    /// back), and if it had any, or was offering to resume them, says so and shows the sheet.
    fn cleared_elsewhere(self) {
        let had_answers = self.answers.with_untracked(|a| !a.is_empty())
            || self.startup.with_untracked(Option::is_some);
        self.last_change_ms.set(0.0);
        self.answers.set(Answers::new());
        self.startup.set(None);
        self.revision.update(|r| *r += 1);
        if had_answers {
            self.navigation.go(Route::Sheet);
            self.navigation.notice.set(Some(Notice::ClearedElsewhere));
        }
    }
}
