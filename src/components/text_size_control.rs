//! The text-size control on every screen: three buttons (100 %, 125 %, 150 %), the chosen one pressed.

use leptos::prelude::*;

use crate::domain::text_size::TextSize;
use crate::state::locale::use_locale;
use crate::state::use_text_size;

/// "Taille du texte : 100 % 125 % 150 %".
#[component]
pub fn TextSizeControl() -> impl IntoView {
    let chosen = use_text_size();
    let buttons = TextSize::ALL
        .into_iter()
        .map(|size| {
            let pressed = move || {
                if chosen.get() == size {
                    "true"
                } else {
                    "false"
                }
            };
            view! {
                <button type="button" class="app-text-size__button" aria-pressed=pressed
                    on:click=move |_| chosen.set(size)>
                    {format!("{}\u{a0}%", size.percent())}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="app-text-size" role="group" aria-labelledby="text-size-label">
            <span class="app-text-size__label" id="text-size-label">{use_locale().content().ui.text_size_label.clone()}</span>
            {buttons}
        </div>
    }
}
