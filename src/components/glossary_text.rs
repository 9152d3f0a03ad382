//! Sheet text as HTML with its medical terms as buttons that show a plain-word definition (tap or keyboard focus).
//!
//! The text is static, so it is written as HTML in one go (far less work than building each
//! node), and one set of listeners on the sheet serves every term.

use std::collections::BTreeSet;

use wasm_bindgen::JsCast;

use crate::domain::contract::CONTRACT;
use crate::domain::glossary::{Glossary, Segment};

/// On a term closed with Escape: its definition stays hidden while it keeps the focus (`reading.css`).
const CLOSED: &str = CONTRACT.attributes.closed;

/// Escapes text for HTML: the content files' text is always text, never markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// `text` as HTML, with the terms not yet in `marked` (this part of the sheet) made into
/// definition buttons. The definition is the button's description (read on focus by screen
/// readers) and is shown under the line when the term is tapped (`aria-expanded`) or reached
/// with the keyboard. `scope` makes the definitions' ids unique on the page.
pub fn glossary_html(
    glossary: &Glossary,
    text: &str,
    scope: &str,
    marked: &mut BTreeSet<usize>,
) -> String {
    glossary
        .mark(text, marked)
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(plain) => escape(plain),
            Segment::Term(words, index) => {
                let term = &glossary.terms[index];
                let id = format!("definition-{}-{}", escape(scope), escape(&term.id));
                // A focusable inline span with the button role, not a <button>: a button is laid
                // out as an inline block, so a term of two words ("radiologie interventionnelle")
                // would not wrap as the text around it does, and the text would move when the app
                // replaces the pre-rendered sheet.
                format!(
                    "<span class=\"app-term\"><span role=\"button\" tabindex=\"0\" class=\"app-term__button\" \
                     aria-expanded=\"false\" aria-controls=\"{id}\" aria-describedby=\"{id}\">{}</span>\
                     <span class=\"app-term__definition\" id=\"{id}\">{}</span></span>",
                    escape(words),
                    escape(&term.definition),
                )
            }
        })
        .collect()
}

/// The term button an event happened on, if any.
fn term_button(ev: &leptos::ev::Event) -> Option<web_sys::Element> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(".app-term__button").ok().flatten()
}

/// Tap: shows or hides the definition. The state lives on the element: nothing reactive to free.
pub fn on_term_click(ev: leptos::ev::MouseEvent) {
    if let Some(button) = term_button(&ev) {
        toggle(&button);
    }
}

fn toggle(button: &web_sys::Element) {
    let open = button.get_attribute("aria-expanded").as_deref() == Some("true");
    let _ = button.set_attribute("aria-expanded", if open { "false" } else { "true" });
    let _ = button.remove_attribute(CLOSED);
}

/// Enter and Space work the term as they work a button; Escape hides the definition, also the
/// one shown because the term has the keyboard focus.
pub fn on_term_keydown(ev: leptos::ev::KeyboardEvent) {
    let Some(button) = term_button(&ev) else {
        return;
    };
    match ev.key().as_str() {
        "Escape" => {
            let _ = button.set_attribute("aria-expanded", "false");
            let _ = button.set_attribute(CLOSED, "");
        }
        "Enter" | " " => {
            ev.prevent_default();
            toggle(&button);
        }
        _ => {}
    }
}

/// Leaving a term: the next keyboard visit shows its definition again.
pub fn on_term_focusout(ev: leptos::ev::FocusEvent) {
    if let Some(button) = term_button(&ev) {
        let _ = button.remove_attribute(CLOSED);
    }
}
