//! "Effacer mes réponses", on every screen, with one confirmation step so a slip of the finger loses nothing.

use leptos::prelude::*;

use crate::components::confirm::ConfirmButton;
use crate::state::use_kiosk;
use crate::state::locale::use_locale;
use crate::state::use_session;

/// The clear button and its confirmation (`.app-clear`: the start script finds it there when it
/// was tapped before the app started).
#[component]
pub fn ClearAnswers() -> impl IntoView {
    let ui = &use_locale().content().ui;
    let session = use_session();
    // On a shared tablet, everything about the patient goes, back to the welcome screen.
    let kiosk = use_kiosk();
    let clear = move || match kiosk {
        Some(kiosk) => kiosk.wipe(),
        None => session.clear(),
    };
    view! {
        <div class="app-clear">
            <ConfirmButton
                label=ui.clear_answers.clone()
                question=ui.clear_confirm_question.clone()
                yes=ui.clear_confirm_yes.clone()
                no=ui.clear_confirm_no.clone()
                on_yes=Callback::new(move |_| clear())
            />
        </div>
    }
}
