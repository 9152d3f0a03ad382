//! The discreet kiosk-mode indicator in the header, with a fullscreen button where the browser allows it.

use leptos::prelude::*;

use crate::state::kiosk::{enter_fullscreen, fullscreen_available, use_fullscreen};
use crate::state::use_kiosk;
use crate::state::locale::use_locale;

/// "Mode borne" and "Plein écran", only in kiosk mode.
#[component]
pub fn KioskBadge() -> impl IntoView {
    let ui = &use_locale().content().ui;
    use_kiosk().is_some().then(|| {
        view! {
            <span class="app-header__badge">{ui.kiosk_badge.clone()}</span>
            {fullscreen_available().then(|| {
                // Hidden while the screen is already full; back when full screen is left.
                let full = use_fullscreen();
                view! {
                    <Show when=move || !full.get()>
                        <button type="button" class="app-header__fullscreen" on:click=move |_| enter_fullscreen()>
                            {ui.fullscreen_button.clone()}
                        </button>
                    </Show>
                }
            })}
        }
    })
}
