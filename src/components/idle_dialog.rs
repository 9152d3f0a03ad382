//! Kiosk inactivity warning: a modal dialog with a countdown and a large "Je suis encore là" button.

use leptos::prelude::*;

use crate::domain::mode::IdlePhase;
use crate::domain::ui_text::fill_counted;
use crate::browser::idle_timer::IdleTimer;
use crate::state::locale::use_locale;

/// Shown while the inactivity timer is in its warning phase. A native `<dialog>` opened with
/// `showModal()`: focus moves into it, the page behind is inert, screen readers announce it;
/// Escape or the button keeps the session.
#[component]
pub fn IdleDialog(timer: IdleTimer) -> impl IntoView {
    let locale = use_locale();
    let ui = &locale.content().ui;
    let rules = locale.plural_rules();
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let button_ref = NodeRef::<leptos::html::Button>::new();
    let warning = move || matches!(timer.phase.get(), IdlePhase::Warning { .. });
    Effect::new(move |_| {
        let Some(dialog) = dialog_ref.get() else {
            return;
        };
        if warning() && !dialog.open() {
            let _ = dialog.show_modal();
            if let Some(button) = button_ref.get_untracked() {
                let _ = button.focus();
            }
            // Opened at its top, whatever focusing the button scrolled: the heading is read first.
            dialog.set_scroll_top(0);
        } else if !warning() && dialog.open() {
            dialog.close();
        }
    });
    let seconds = move || match timer.phase.get() {
        IdlePhase::Warning { seconds_left } => seconds_left,
        _ => 0,
    };
    let text = move || fill_counted(&ui.idle_text, &[("seconds", &seconds().to_string())], &rules);
    let keep = move || timer.keep_alive.run(());
    view! {
        <dialog class="app-dialog" node_ref=dialog_ref aria-labelledby="idle-title" aria-describedby="idle-text"
            on:cancel=move |ev: leptos::ev::Event| { ev.prevent_default(); keep(); }>
            <h2 class="app-heading-m" id="idle-title">{ui.idle_title.clone()}</h2>
            <p class="app-body" id="idle-text">{text}</p>
            // Kept in view at the dialog's foot, even when the text has to scroll (style/kiosk.css).
            <div class="app-dialog__actions">
                <button type="button" class="app-button app-button--start" node_ref=button_ref on:click=move |_| keep()>
                    {ui.idle_keep.clone()}
                </button>
            </div>
        </dialog>
    }
}
