//! The hand-over from the sheet pre-rendered in `index.html` to the app: the app is drawn hidden, then replaces it in one step.

/// Class on `<html>` while the app is drawn behind the pre-rendered page (hidden by `layout.css`).
const STARTING_CLASS: &str = "app-demarrage";

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
        .and_then(|d| d.get_element_by_id("chargement"))
    {
        loading.remove();
    }
    if let Some(root) = root() {
        let _ = root.class_list().remove_1(STARTING_CLASS);
    }
}
