//! The app's reactive state, split by concern, each part a `Copy` handle: the content shown (`Locale`, its own context), the text size, where the patient is (`Navigation`), the answers and their storage (`Session`), the waiting-room tablet's patient (`Option<KioskSession>`), and which screen shows (`Memo<Screen>`), read through `use_*` below. Rules live in `domain`; each part calls only the parts listed before it.

pub mod locale;
pub mod text_size;
pub mod navigation;
pub mod session;
pub mod kiosk;
pub mod screen;

use leptos::prelude::*;

use crate::domain::text_size::TextSize;
use crate::first_screen::Drawing;
use kiosk::KioskSession;
use navigation::Navigation;
use screen::Screen;
use session::Session;

/// The parts of the state a running app provides, as one context (one context type costs less
/// download than six); the content context (`locale::use_locale`) is provided apart, as it is the
/// only one the staff's check page has. Components read the part they need through the
/// functions below.
#[derive(Clone, Copy)]
pub struct AppContext {
    pub navigation: Navigation,
    pub session: Session,
    pub kiosk: Option<KioskSession>,
    pub screen: Memo<Screen>,
    pub drawing: Drawing,
    pub text_size: RwSignal<TextSize>,
}

fn app() -> AppContext {
    expect_context::<AppContext>()
}

/// Where the patient is.
pub fn use_navigation() -> Navigation {
    app().navigation
}

/// The patient's answers and their storage.
pub fn use_session() -> Session {
    app().session
}

/// The waiting-room tablet's patient; `None` at home (and where no app runs: the staff's check page).
pub fn use_kiosk() -> Option<KioskSession> {
    use_context::<AppContext>().and_then(|app| app.kiosk)
}

/// The screen showing.
pub fn use_screen() -> Memo<Screen> {
    app().screen
}

/// The first drawing's progress.
pub fn use_drawing() -> Drawing {
    app().drawing
}

/// The chosen text size.
pub fn use_text_size() -> RwSignal<TextSize> {
    app().text_size
}
