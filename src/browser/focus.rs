//! Moving the keyboard focus and bringing an element into view: the DOM helpers every screen and widget shares.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The first element of the document matching `selector`.
pub fn first_element(selector: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Moves focus, once the screen is drawn, to the first element matching `selector`.
pub fn focus_first(selector: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = first_element(selector) {
            let _ = element.focus();
        }
    });
}

/// Moves focus, once the screen is drawn, to the element with id `id`.
pub fn focus_later(id: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// Moves the focus to `element` without scrolling the page (the caller shows what is needed).
pub fn focus_without_scrolling(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Scrolls the window the least needed to show `element` whole (its top first if it is taller
/// than the screen), with the margin its `scroll-margin` gives.
pub fn bring_into_view(element: &web_sys::HtmlElement) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or_default();
    let margin = 16.0;
    let rect = element.get_bounding_client_rect();
    let by = if rect.top() < margin || rect.height() + 2.0 * margin > height {
        rect.top() - margin
    } else if rect.bottom() > height - margin {
        rect.bottom() - (height - margin)
    } else {
        0.0
    };
    if by != 0.0 {
        window.scroll_by_with_x_and_y(0.0, by);
    }
}
