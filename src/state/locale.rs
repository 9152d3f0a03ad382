//! The content context: every language's content, the language shown, and the one being fetched or that could not be. What the content-only widgets, the staff's check page and the pre-rendered copy need, and nothing more.

use leptos::prelude::*;

use crate::browser::language::fetch_bundle;
use crate::content::{Content, Library, VERSION};
use content_pipeline::bundle;
use crate::domain::language_choice::{Fetching, Step};
use crate::domain::language::LanguageInfo;
use crate::domain::plural::PluralRules;
use crate::domain::questionnaire::Questionnaire;
use crate::storage;

/// Every language's content and the one shown; `Copy`, provided as context.
#[derive(Clone, Copy)]
pub struct Locale {
    pub library: &'static Library,
    /// The language shown, as an index into `library.languages`.
    pub language: RwSignal<usize>,
    /// Whether a choice of language is remembered on the device (at home; on a shared tablet it
    /// lasts for one patient).
    remember: bool,
    /// A chosen language being fetched, or that could not be (`set`): the switch says so.
    pub fetching: RwSignal<Fetching>,
}

impl Locale {
    pub fn new(library: &'static Library, language: usize, remember: bool) -> Self {
        Locale {
            library,
            language: RwSignal::new(language),
            remember,
            fetching: RwSignal::new(Fetching::Idle),
        }
    }

    /// The content in the language shown: its texts. Read when a screen is drawn; a change of
    /// language redraws every screen.
    pub fn content(&self) -> &'static Content {
        let library = self.library;
        library.languages[self.language.get_untracked()].content()
    }

    /// The source questionnaire (French, first): the one the rules (flow, checks, outcome) run
    /// on in every language, a translation giving only its texts.
    pub fn rules(&self) -> &'static Questionnaire {
        let library = self.library;
        &library.source().questionnaire
    }

    /// The code of the language shown ("fr").
    pub fn code(&self) -> &'static str {
        let library = self.library;
        &library.languages[self.language.get_untracked()].info.code
    }

    /// True when the language shown is the source (French, first): the reviewed one.
    pub fn is_source(&self) -> bool {
        self.language.get_untracked() == 0
    }

    /// The language shown, as `content/languages.json` lists it.
    pub fn info(&self) -> &'static LanguageInfo {
        let library = self.library;
        &library.languages[self.language.get_untracked()].info
    }

    /// Whether the language shown has been checked by a health professional (the source always
    /// is): else patients are told so on every screen, and the team on the printed page.
    pub fn is_reviewed(&self) -> bool {
        self.info().is_reviewed(self.is_source())
    }

    /// The languages in the order patients see them (switch, kiosk grid), as indices into
    /// `library.languages`: the clinic's order (`clinic.json`'s `languages`), else the list's.
    pub fn order(&self) -> Vec<usize> {
        let library = self.library;
        let codes = library.codes();
        let set = &library.languages[self.language.get_untracked()].clinic().languages;
        crate::domain::language::ordered(&codes, set)
    }

    /// The plural rules of the language shown, for its texts' `{days, plural, …}`.
    pub fn plural_rules(&self) -> PluralRules {
        self.info().plural_rules()
    }

    /// Shows the app in another language, and remembers the choice on this device where choices
    /// are remembered. A language not loaded yet is fetched first (`fetching` says so meanwhile);
    /// if it cannot be, `fetching` says that and the language shown stays. `then` runs once the
    /// language is shown.
    pub fn set(&self, index: usize, then: impl FnOnce() + 'static) {
        let Some(language) = self.library.languages.get(index) else {
            return;
        };
        let (fetching, step) = self.fetching.get_untracked().choose(index, language.is_loaded());
        self.fetching.set(fetching);
        match step {
            Step::Show(index) => self.show(index, then),
            Step::Fetch(index) => {
                let locale = *self;
                fetch_bundle(&language.info.code, move |bytes| {
                    locale.arrived(index, bytes.as_deref(), then);
                });
            }
            Step::Wait => {}
        }
    }

    fn show(&self, index: usize, then: impl FnOnce() + 'static) {
        if self.remember {
            storage::save_language(&self.library.languages[index].info.code);
        }
        self.language.set(index);
        then();
    }

    /// The bundle of language `index` has come (or not): loaded and shown, unless the patient
    /// chose another language meanwhile.
    fn arrived(&self, index: usize, bytes: Option<&[u8]>, then: impl FnOnce() + 'static) {
        // `try_`: the app may be gone (the in-browser tests unmount it).
        let Some(now) = self.fetching.try_get_untracked() else {
            return;
        };
        let language = &self.library.languages[index];
        let read = now.loading() == Some(index)
            && bytes.is_some_and(|b| {
                language
                    .load(b, VERSION, self.library.source())
                    .map_err(|error| {
                        let note = format!("{}: {error}", bundle::file_name(&language.info.code));
                        web_sys::console::error_1(&note.into());
                    })
                    .is_ok()
            });
        let (fetching, step) = now.arrived(index, read);
        self.fetching.set(fetching);
        if let Step::Show(index) = step {
            self.show(index, then);
        }
    }
}

/// The content context.
pub fn use_locale() -> Locale {
    expect_context::<Locale>()
}
