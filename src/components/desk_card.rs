//! The scanner's test card, to print and scan once when setting up the desk: a test QR code (no patient's answers) and how to use it.

use leptos::prelude::*;

use crate::domain::desk_code::test_card_code;
use crate::domain::qr_svg::qr_svg;
use crate::domain::desk_text::DeskText;

/// The printable test card under its heading (`card_title`, drawn by the page above its
/// status line); `on_back` goes back to reading answers. Scanning the card, on paper or on
/// screen, makes the page say how the scanner types.
#[component]
pub fn DeskCard(desk: &'static DeskText, on_back: Callback<()>) -> impl IntoView {
    let code = match test_card_svg() {
        // Our own drawing of a fixed text (no scanned data): markup made here, never from input.
        Some(svg) => view! {
            <div class="app-desk__qr" role="img" aria-label=desk.card_image.to_string() inner_html=svg></div>
        }
        .into_any(),
        None => view! { <p class="app-notice">{desk.card_unavailable.to_string()}</p> }.into_any(),
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <div class="app-desk__card">
            {code}
            <p class="app-body">{desk.card_note.to_string()}</p>
            <ol class="app-list app-desk__steps">
                {desk.card_steps.iter().map(|step| view! { <li>{step.to_string()}</li> }).collect_view()}
            </ol>
            <div class="app-button-group">
                <button type="button" class="app-button" on:click=print>{desk.card_print.to_string()}</button>
                <button type="button" class="app-button app-button--secondary" on:click=move |_| on_back.run(())>
                    {desk.card_back.to_string()}
                </button>
            </div>
        </div>
    }
}

/// The test card's QR code, as SVG markup (`None` if it cannot be drawn: the page says so).
fn test_card_svg() -> Option<String> {
    qr_svg(&test_card_code()).ok().map(|qr| qr.svg)
}
