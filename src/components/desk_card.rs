//! The scanner's test card, to print and scan once when setting up the desk: a test QR code (no patient's answers) and how to use it.

use leptos::prelude::*;

use crate::domain::desk_code::test_card_code;
use crate::domain::qr_svg::qr_svg;
use crate::domain::ui_text::UiText;

/// The id of the card's heading, focused when it opens.
pub const HEADING: &str = "carte-titre";

/// The printable test card; `on_back` goes back to reading answers. Scanning the card, on paper
/// or on screen, makes the page say how the scanner types.
#[component]
pub fn DeskCard(ui: &'static UiText, on_back: Callback<()>) -> impl IntoView {
    let code = match test_card_svg() {
        // Our own drawing of a fixed text (no scanned data): markup made here, never from input.
        Some(svg) => view! {
            <div class="app-desk__qr" role="img" aria-label=ui.desk_card_image.to_string() inner_html=svg></div>
        }
        .into_any(),
        None => view! { <p class="app-notice">{ui.desk_card_unavailable.to_string()}</p> }.into_any(),
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <section class="app-desk__card" aria-labelledby=HEADING>
            <h1 class="app-heading-l" id=HEADING tabindex="-1">{ui.desk_card_title.to_string()}</h1>
            {code}
            <p class="app-body">{ui.desk_card_note.to_string()}</p>
            <ol class="app-list app-desk__steps">
                {ui.desk_card_steps.iter().map(|step| view! { <li>{step.to_string()}</li> }).collect_view()}
            </ol>
            <div class="app-button-group">
                <button type="button" class="app-button" on:click=print>{ui.desk_card_print.to_string()}</button>
                <button type="button" class="app-button app-button--secondary" on:click=move |_| on_back.run(())>
                    {ui.desk_card_back.to_string()}
                </button>
            </div>
        </section>
    }
}

/// The test card's QR code, as SVG markup (`None` if it cannot be drawn: the page says so).
fn test_card_svg() -> Option<String> {
    qr_svg(&test_card_code()).ok().map(|qr| qr.svg)
}
