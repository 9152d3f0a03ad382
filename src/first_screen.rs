//! The hand-over from the sheet pre-rendered in `index.html` to the app: the app is drawn hidden, one step per task, then replaces it in one step.

use leptos::prelude::*;

use crate::domain::contract::CONTRACT;

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

/// How far the app's first drawing has gone, provided as context: at start one step per task
/// (`FirstDrawing`), behind the pre-rendered page; then all of it, for good.
#[derive(Clone, Copy)]
pub struct Drawing {
    /// Steps done; `ALL` once the app has taken over (or when there is no first drawing).
    steps: RwSignal<usize>,
}

impl Drawing {
    const ALL: usize = usize::MAX;

    /// A first drawing about to start (`take_over` runs it).
    pub fn starting() -> Self {
        Drawing {
            steps: RwSignal::new(0),
        }
    }

    /// Everything drawn at once (the staff's check page, the pre-rendered copy).
    pub fn finished() -> Self {
        Drawing {
            steps: RwSignal::new(Self::ALL),
        }
    }

    /// Whether `step` of the first drawing is done (always, once the app is drawn). The memo
    /// changes once, so that what it guards is drawn once.
    pub fn drawn(&self, step: usize) -> Memo<bool> {
        let steps = self.steps;
        Memo::new(move |_| step < steps.get())
    }

    /// True while the app is being drawn for the first time, behind the pre-rendered page.
    pub fn first_drawing(&self) -> bool {
        self.steps.get_untracked() != Self::ALL
    }

    /// True once everything is drawn; false too once the app is gone (the in-browser tests
    /// unmount it), when there is nothing more to do.
    pub fn is_done(&self) -> bool {
        self.steps.try_get_untracked() == Some(Self::ALL)
    }

    /// At start the app is drawn behind the pre-rendered page, one step per task (`FirstDrawing`,
    /// for a sheet of `parts` parts), so that no single task keeps a slow phone busy for long;
    /// then it takes the pre-rendered page's place in one step (same text at the same place:
    /// nothing moves), and `then` runs.
    pub fn take_over(self, parts: usize, then: impl FnOnce() + 'static) {
        fn next(steps: RwSignal<usize>, parts: usize, then: impl FnOnce() + 'static) {
            // `try_`: nothing to draw once the app is gone (the in-browser tests unmount it).
            let Some(done) = steps.try_get_untracked() else {
                return;
            };
            crate::browser::timing::mark("cimentoplastie:draw");
            if done < FirstDrawing::steps(parts) {
                steps.set(done + 1);
                set_timeout(move || next(steps, parts, then), std::time::Duration::ZERO);
            } else {
                steps.set(Drawing::ALL);
                replace_pre_rendered_page();
                then();
            }
        }
        let steps = self.steps;
        set_timeout(move || next(steps, parts, then), std::time::Duration::ZERO);
    }
}
