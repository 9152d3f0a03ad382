//! The app shell: provides the state's parts as contexts, wires their effects (address, storage, other tabs, kiosk, language, title, focus), and draws the frame and the screen.

use leptos::prelude::*;

use crate::browser::idle_timer::IdleTimer;
use crate::browser::{focus, scroll, speech};
use crate::components::idle_dialog::IdleDialog;
use crate::components::layout::Layout;
use crate::content::Library;
use crate::domain::answers::Answers;
use crate::domain::flow::progress;
use crate::domain::language_choice::Fetching;
use crate::domain::mode::Mode;
use crate::domain::route::Route;
use crate::domain::text_size::TextSize;
use crate::domain::ui_text::{fill, progress_text};
use crate::first_screen::{Drawing, FirstDrawing};
use crate::pages::Page;
use crate::state::kiosk::KioskSession;
use crate::state::locale::Locale;
use crate::state::navigation::{Navigation, address_route};
use crate::state::screen::Screen;
use crate::state::session::Session;
use crate::state::AppContext;
use crate::state::text_size;

/// The state's parts, provided as contexts (`Locale`, and the rest as `state::AppContext`).
#[derive(Clone, Copy)]
pub struct State {
    pub locale: Locale,
    pub navigation: Navigation,
    pub session: Session,
    pub kiosk: Option<KioskSession>,
    pub screen: Memo<Screen>,
    pub drawing: Drawing,
    pub text_size: RwSignal<TextSize>,
}

/// Makes the state's parts for the mode decided at start, at route `initial`, and provides each
/// as context (the app; the pre-rendered copy, with `Drawing::finished`).
pub fn provide_state(
    library: &'static Library,
    language: usize,
    mode: Mode,
    initial: Route,
    drawing: Drawing,
) -> State {
    let home = matches!(mode, Mode::Home);
    let locale = Locale::new(library, language, home);
    let answers = RwSignal::new(Answers::new());
    let navigation = Navigation::new(locale.rules(), answers, initial, !home);
    let session = Session::new(library.source(), answers, navigation);
    let text_size = text_size::remembered();
    let kiosk = match mode {
        Mode::Home => None,
        Mode::Kiosk { idle_seconds } => Some(KioskSession::new(
            idle_seconds,
            session,
            navigation,
            locale,
            text_size,
        )),
    };
    let screen = Screen::follow(kiosk, session, navigation);
    provide_context(locale);
    provide_context(AppContext {
        navigation,
        session,
        kiosk,
        screen,
        drawing,
        text_size,
    });
    State {
        locale,
        navigation,
        session,
        kiosk,
        screen,
        drawing,
        text_size,
    }
}

/// The whole app, for already loaded content, in the mode decided at start; `failed`: the
/// patient's language, if it could not be fetched at start (the switch says so). At start,
/// `lib.rs` runs the same parts one task each: `provide_state`, `wire`,
/// `wire_language_and_address`, then `Frame` and `draw_first`.
#[component]
pub fn App(
    library: &'static Library,
    language: usize,
    mode: Mode,
    #[prop(default = None)] failed: Option<usize>,
) -> impl IntoView {
    let state = provide_state(library, language, mode, address_route(), Drawing::starting());
    let idle = wire(state);
    wire_language_and_address(state, failed);
    draw_first(state);
    view! { <Frame state idle /> }
}

/// Wires the effects of the language (the document's, reading aloud) and of the address (the
/// route it holds, the last one remembered); `failed`: the language that could not be fetched.
/// After `wire`: the address's effect must know whether the question asked at start is shown (the
/// stored answers read by `Session::persist`), and at start it runs at the end of its own task.
pub fn wire_language_and_address(state: State, failed: Option<usize>) {
    crate::browser::timing::mark("cimentoplastie:wire-language-and-address");
    let State {
        locale,
        navigation,
        session,
        ..
    } = state;
    if let Some(index) = failed {
        locale.fetching.set(Fetching::Failed(index));
    }
    follow_language(locale);
    speech::follow_voices();
    stop_reading_on_page_change(state);
    let asking = Signal::derive(move || session.asking());
    navigation.follow_address(asking);
    navigation.remember_last_route(asking);
}

/// Wires the effects of the session (at home the stored answers read, saved on change, scrolling;
/// at the kiosk its session), the title and focus, the text size; returns the kiosk's inactivity
/// timer. Before `wire_language_and_address`.
pub fn wire(state: State) -> Option<IdleTimer> {
    crate::browser::timing::mark("cimentoplastie:wire");
    let State {
        session,
        kiosk,
        text_size,
        ..
    } = state;
    announce_page(state);
    text_size::follow(text_size);
    match kiosk {
        None => {
            scroll::follow_history();
            session.persist();
            None
        }
        Some(kiosk) => Some(kiosk.run()),
    }
}

/// Draws the app behind the pre-rendered page, one step per task from the next one on, then
/// puts it in the page's place (`Drawing::take_over`).
pub fn draw_first(state: State) {
    let State { locale, screen, drawing, .. } = state;
    let parts = locale.content().sheet.sections.len();
    drawing.take_over(parts, move || opened_after_take_over(screen, drawing));
}

/// The frame and the screen (with, at the kiosk, the inactivity dialog), drawn at start in a task
/// of its own (see `FirstDrawing`); a change of language redraws everything in the new language.
#[component]
pub fn Frame(state: State, idle: Option<IdleTimer>) -> impl IntoView {
    let locale = state.locale;
    let frame = state.drawing.drawn(FirstDrawing::FRAME);
    move || {
        locale.language.track();
        if !frame.get() {
            return None;
        }
        Some(view! {
            <Layout>
                <Page />
            </Layout>
            {idle.map(|timer| view! { <IdleDialog timer /> })}
        })
    }
}

/// The language shown: `<html lang dir>` and the error screen's wording.
fn follow_language(locale: Locale) {
    Effect::new(move |_| {
        let index = locale.language.get();
        let language = &locale.library.languages[index];
        crate::browser::language::apply_to_document(&language.info.code, &language.info.dir);
        crate::fatal_screen::set_wording(&language.content().ui);
    });
}

/// Reading aloud stops when the screen, the language or the patient changes.
fn stop_reading_on_page_change(state: State) {
    Effect::new(move |_| {
        state.screen.track();
        state.navigation.route.track();
        state.locale.language.track();
        state.session.startup.track();
        speech::stop();
    });
}

/// After each change of screen: the document title names it, and focus moves to its heading
/// so that screen readers announce it (not on the very first load).
fn announce_page(state: State) {
    let State {
        locale,
        session,
        screen,
        drawing,
        ..
    } = state;
    Effect::new(move |previous: Option<Screen>| {
        let shown = screen.get();
        crate::browser::timing::mark("cimentoplastie:title");
        locale.language.track();
        let content = locale.content();
        let ui = &content.ui;
        let page = match &shown {
            Screen::Welcome => ui.welcome_title.clone(),
            Screen::Resume => ui.resume_title.clone(),
            Screen::Unreadable => ui.unreadable_title.clone(),
            Screen::Route(Route::Privacy) => ui.privacy_title.clone(),
            Screen::Route(Route::Sheet) => content.sheet.title.clone(),
            Screen::Route(Route::Start) => ui.start_title.clone(),
            Screen::Route(Route::Question { link_id, .. }) => {
                let q = locale.rules();
                match session.answers.with(|a| progress(q, a, link_id)) {
                    Some(p) => progress_text(ui, p),
                    None => ui.start_title.clone(),
                }
            }
            Screen::Route(Route::Check) => ui.check_title.clone(),
            Screen::Route(Route::Outcome) => ui.outcome_title.clone(),
        };
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&fill(&ui.document_title, &[("page", &page)]));
        }
        if previous.is_some_and(|p| p != shown) {
            open_at_top(drawing);
        }
        shown
    });
}

/// Where a new screen opens: scrolled to its top (after Back or Forward, where the patient left
/// it: `scroll`), with the focus on its heading (so that screen readers announce it). Focusing the
/// heading alone would only scroll it into view, leaving the screen part-way scrolled. While the
/// app is drawn behind the pre-rendered page this waits: the take-over then opens the screen
/// (`opened_after_take_over`).
fn open_at_top(drawing: Drawing) {
    request_animation_frame(move || {
        if !drawing.is_done() {
            return;
        }
        let top = scroll::take_target();
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, top);
        }
        if let Some(heading) = focus::first_element("main h1") {
            focus::focus_without_scrolling(&heading);
        }
    });
}

/// When the app takes the pre-rendered sheet's place: a screen other than that sheet (an early
/// tap on "Répondre au questionnaire", an address of another page, the question asked at start,
/// the kiosk's welcome screen) opens at its top with the focus on its heading; the sheet itself
/// stays as the patient left it.
fn opened_after_take_over(screen: Memo<Screen>, drawing: Drawing) {
    if screen.get_untracked() != Screen::Route(Route::Sheet) {
        open_at_top(drawing);
    }
}
