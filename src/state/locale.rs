//! The content context: every language's content, the language shown, and the one being fetched or that could not be. What the content-only widgets, the staff's check page and the pre-rendered copy need, and nothing more.

use leptos::prelude::*;

use crate::browser::language::fetch_bundle;
use crate::content::{Content, Library, VERSION};
use content_pipeline::bundle;
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
    /// The language chosen whose bundle is being fetched (`set`), if any: the switch says so.
    pub loading: RwSignal<Option<usize>>,
    /// The language last chosen whose bundle could not be fetched or read: the switch says so,
    /// and the language shown stays.
    pub failed: RwSignal<Option<usize>>,
}

impl Locale {
    pub fn new(library: &'static Library, language: usize, remember: bool) -> Self {
        Locale {
            library,
            language: RwSignal::new(language),
            remember,
            loading: RwSignal::new(None),
            failed: RwSignal::new(None),
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

    /// Shows the app in another language, and remembers the choice on this device where choices
    /// are remembered. A language not loaded yet is fetched first (`loading` meanwhile); if it
    /// cannot be, `failed` says so and the language shown stays. `then` runs once the language is
    /// shown.
    pub fn set(&self, index: usize, then: impl FnOnce() + 'static) {
        let Some(language) = self.library.languages.get(index) else {
            return;
        };
        self.failed.set(None);
        if language.is_loaded() {
            self.loading.set(None);
            if self.remember {
                storage::save_language(&language.info.code);
            }
            self.language.set(index);
            then();
            return;
        }
        if self.loading.get_untracked() == Some(index) {
            return;
        }
        self.loading.set(Some(index));
        let locale = *self;
        fetch_bundle(&language.info.code, move |bytes| {
            locale.arrived(index, bytes.as_deref(), then);
        });
    }

    /// The bundle of language `index` has come (or not): loaded and shown, unless the patient
    /// chose another language meanwhile.
    fn arrived(&self, index: usize, bytes: Option<&[u8]>, then: impl FnOnce() + 'static) {
        // `try_`: the app may be gone (the in-browser tests unmount it).
        if self.loading.try_get_untracked() != Some(Some(index)) {
            return;
        }
        self.loading.set(None);
        let language = &self.library.languages[index];
        match bytes.map(|b| language.load(b, VERSION)) {
            Some(Ok(())) => self.set(index, then),
            Some(Err(error)) => {
                let note = format!("{}: {error}", bundle::file_name(&language.info.code));
                web_sys::console::error_1(&note.into());
                self.failed.set(Some(index));
            }
            None => self.failed.set(Some(index)),
        }
    }
}

/// The content context.
pub fn use_locale() -> Locale {
    expect_context::<Locale>()
}
