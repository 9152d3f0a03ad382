//! The plain error screen shown instead of a frozen page when the app itself fails (a Rust panic).

use crate::components::glossary_text::escape;
use crate::domain::ui_text::UiText;

/// Query string of the "erase and start again" link of the error screen.
const RESET_QUERY: &str = "?reinitialiser";

thread_local! {
    /// The error screen in the language shown, kept up to date by `set_wording`.
    static SCREEN: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Replaces the page with a plain message, in the language shown, when the app panics.
pub fn install(ui: &UiText) {
    set_wording(ui);
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let html = SCREEN.with(|s| s.borrow().clone());
        show(&html);
    }));
}

/// The error screen's wording, after a change of language.
pub fn set_wording(ui: &UiText) {
    let html = fatal_html(ui);
    SCREEN.with(|s| *s.borrow_mut() = html);
}

/// The error screen's HTML: a heading, what happened, reload, and erase-and-start-again links.
pub fn fatal_html(ui: &UiText) -> String {
    format!(
        "<main class=\"app-width app-main\"><h1 class=\"app-heading-l\" tabindex=\"-1\">{}</h1>\
         <p class=\"app-body\">{}</p>\
         <p class=\"app-body\"><a class=\"app-button\" href=\"./\">{}</a></p>\
         <p class=\"app-body\"><a class=\"app-link\" href=\"./{RESET_QUERY}\">{}</a></p></main>",
        escape(&ui.fatal_title),
        escape(&ui.fatal_text),
        escape(&ui.fatal_reload),
        escape(&ui.fatal_reset),
    )
}

/// Shown when the built-in content files are broken (caught by tests before release).
pub fn show_content_error() {
    show(
        "<main class=\"app-width app-main\"><h1 class=\"app-heading-l\">Un problème est survenu</h1>\
         <p class=\"app-body\">Le contenu de l’application est incomplet. Prévenez le centre d’imagerie.</p></main>",
    );
}

fn show(html: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(body) = document.body() {
            body.set_inner_html(html);
        }
        if let Some(heading) = document.query_selector("h1").ok().flatten() {
            use wasm_bindgen::JsCast;
            if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        }
    }
}

/// True when the page was opened from the error screen's "erase and start again" link;
/// the query is then removed from the address.
pub fn reset_requested() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let requested = window
        .location()
        .search()
        .is_ok_and(|s| s.starts_with(RESET_QUERY));
    if requested {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("./"));
        }
    }
    requested
}
