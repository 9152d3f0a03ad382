//! What happens when a patient chooses a language the app does not have yet: shown at once, or fetched (the switch busy meanwhile), then shown, or said to have failed while the language shown stays.

/// The state of a chosen language that is not shown yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fetching {
    /// Nothing is being fetched, nothing has failed.
    #[default]
    Idle,
    /// The bundle of this language (an index into the library) is being fetched: the switch is
    /// busy and says so.
    Loading(usize),
    /// This language's bundle could not be fetched or read: the switch says so, and the language
    /// shown stays.
    Failed(usize),
}

/// What to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Show this language now.
    Show(usize),
    /// Fetch this language's bundle.
    Fetch(usize),
    /// Nothing (already being fetched, or a bundle that came too late).
    Wait,
}

impl Fetching {
    /// The patient chose language `index`, `loaded` or not: shown at once if the app has it,
    /// else fetched (once, however many times it is chosen meanwhile).
    pub fn choose(self, index: usize, loaded: bool) -> (Fetching, Step) {
        match (loaded, self) {
            (true, _) => (Fetching::Idle, Step::Show(index)),
            (false, Fetching::Loading(now)) if now == index => (self, Step::Wait),
            (false, _) => (Fetching::Loading(index), Step::Fetch(index)),
        }
    }

    /// The bundle of language `index` came and was read (`read`: true) or not (missing, offline,
    /// unreadable, another release's). A bundle for a language no longer awaited (the patient
    /// chose another one meanwhile) changes nothing.
    pub fn arrived(self, index: usize, read: bool) -> (Fetching, Step) {
        match self {
            Fetching::Loading(awaited) if awaited == index && read => {
                (Fetching::Idle, Step::Show(index))
            }
            Fetching::Loading(awaited) if awaited == index => (Fetching::Failed(index), Step::Wait),
            _ => (self, Step::Wait),
        }
    }

    /// The language being fetched, if any.
    pub fn loading(self) -> Option<usize> {
        match self {
            Fetching::Loading(index) => Some(index),
            _ => None,
        }
    }
}
