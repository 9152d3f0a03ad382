//! The hand-over from the sheet pre-rendered in `index.html` to the app: the app is drawn hidden, one step per task, then replaces it in one step.

use leptos::prelude::*;

use crate::domain::contract::CONTRACT;
use crate::state::AppState;

/// The steps of the app's first drawing, one task each, so that none keeps a slow phone busy
/// for long: after the app's state at mount, the frame (header, main), then the toolbar and footer,
/// then the page, then on the sheet each of its parts, then what follows them.
pub struct FirstDrawing;

impl FirstDrawing {
    pub const FRAME: usize = 0;
    pub const TOOLBAR_AND_FOOTER: usize = 1;
    pub const PAGE: usize = 2;

    /// The step that draws part `index` of the sheet.
    pub fn sheet_part(index: usize) -> usize {
        Self::PAGE + 1 + index
    }

    /// How many steps there are for a sheet of `parts` parts (and what follows them).
    pub fn steps(parts: usize) -> usize {
        Self::sheet_part(parts) + 1
    }
}

/// Class on `<html>` while the app is drawn behind the pre-rendered page (hidden by `layout.css`).
const STARTING_CLASS: &str = CONTRACT.classes.starting;

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Keeps what the app draws hidden until it replaces the pre-rendered page.
pub fn hide_app_while_starting() {
    if let Some(root) = root() {
        let _ = root.class_list().add_1(STARTING_CLASS);
    }
}

/// Removes the pre-rendered page that `index.html` shows until the app starts, and shows the app
/// in its place, in the same step.
pub fn replace_pre_rendered_page() {
    if let Some(loading) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(CONTRACT.ids.first_screen))
    {
        loading.remove();
    }
    if let Some(root) = root() {
        let _ = root.class_list().remove_1(STARTING_CLASS);
    }
}

/// At start the app is drawn behind the pre-rendered page, one step per task (`FirstDrawing`),
/// so that no single task keeps a slow phone busy for long; then it takes the pre-rendered page's
/// place in one step (same text at the same place: nothing moves).
pub fn take_over(state: AppState) {
    fn next(state: AppState) {
        // `try_`: nothing to draw once the app is gone (the in-browser tests unmount it).
        let Some(done) = state.drawn_steps.try_get_untracked() else {
            return;
        };
        if done < FirstDrawing::steps(state.content().sheet.sections.len()) {
            state.drawn_steps.set(done + 1);
            set_timeout(move || next(state), std::time::Duration::ZERO);
        } else {
            state.drawn_steps.set(usize::MAX);
            replace_pre_rendered_page();
            crate::app::opened_after_take_over(state);
        }
    }
    set_timeout(move || next(state), std::time::Duration::ZERO);
}
