//! The reception desk's page (`?accueil`): waits for a scan, says in a status line what happened, shows the patient's answers in French, erases them for the next patient or after a while without activity; the scanner's test card.

use leptos::prelude::*;

use crate::components::desk_answers::DeskAnswers;
use crate::components::desk_camera::DeskCamera;
use crate::components::desk_card::DeskCard;
use crate::content::Library;
use crate::browser::desk_scanner::{Scan, use_scanner};
use crate::browser::focus::focus_later;
use crate::browser::idle_timer::use_idle_timer;
use crate::domain::desk_code::{DeskCode, decode};
use crate::domain::desk_text::DeskText;
use crate::domain::desk_status::{DESK_IDLE_SECONDS, DeskStatus, decoded, scan_status, status_text};
use crate::domain::mode::{IdlePhase, WARNING_SECONDS};
use crate::domain::ui_text::fill;

/// The id of the page's heading, focused when the answers are erased.
const HEADING: &str = "desk-title";
/// The id of the test card's heading, focused when it opens.
const CARD_HEADING: &str = "card-title";

/// The desk's page, in the source language (French), worded with `desk` (`content/desk.json`) and
/// the source language's patient texts it shares: nothing about a patient outlives it, and
/// nothing is read from or written to storage.
#[component]
pub fn DeskPage(library: &'static Library, desk: &'static DeskText) -> impl IntoView {
    let content = library.source();
    let ui = &content.ui;
    let questionnaire = &content.questionnaire;
    let (status, set_status) = signal(DeskStatus::Ready);
    let (shown, set_shown) = signal(None::<DeskCode>);
    let (card, set_card) = signal(false);

    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&fill(&ui.document_title, &[("page", &desk.title)]));
    }

    // Answers shown are erased after a while without a key or a click, with a warning first.
    let idle = use_idle_timer(
        DESK_IDLE_SECONDS,
        Signal::derive(move || shown.with(Option::is_some)),
    );
    let keep_alive = idle.keep_alive;

    // A scan typed while the page does not have the keyboard goes elsewhere (the address bar, and
    // from there to a search engine): said as soon as the page loses it, and when it comes back.
    let keyboard_status = move || {
        let has_keyboard = document().has_focus().unwrap_or(true);
        let said = status.with_untracked(|s| *s == DeskStatus::NoKeyboard);
        if !has_keyboard {
            set_status.set(DeskStatus::NoKeyboard);
        } else if said {
            let read = shown.with_untracked(Option::is_some);
            set_status.set(if read { DeskStatus::Read } else { DeskStatus::Ready });
        }
    };
    keyboard_status();
    let lost = window_event_listener(leptos::ev::blur, move |_| keyboard_status());
    let back = window_event_listener(leptos::ev::focus, move |_| keyboard_status());
    on_cleanup(move || {
        lost.remove();
        back.remove();
    });

    // A new scan starts: the previous patient's answers go at once (the focus, if it was in them,
    // to the page's heading).
    let on_start = Callback::new(move |()| {
        if shown.with_untracked(Option::is_some) {
            focus_later(HEADING);
        }
        set_shown.set(None);
        set_status.set(DeskStatus::Reading);
    });
    // What a scan (or the camera) turned out to be: said, and the answers shown if any. A reading
    // counts as activity (a camera's read comes with no key or click).
    let show = move |(next, code): (DeskStatus, Option<DeskCode>)| {
        keep_alive.run(());
        let read = code.is_some();
        set_shown.set(code);
        set_status.set(next);
        if read {
            set_card.set(false);
            focus_later(crate::components::desk_answers::HEADING);
        }
    };
    use_scanner(
        on_start,
        Callback::new(move |scan: Scan| show(scan_status(questionnaire, &scan.keys, scan.end))),
    );
    // The camera gives the text it read: shown as a scan is.
    let on_camera = Callback::new(move |text: String| show(decoded(decode(questionnaire, &text))));
    let on_camera_status = Callback::new(move |camera| set_status.set(DeskStatus::Camera(camera)));

    let erase = move |why: DeskStatus| {
        set_shown.set(None);
        set_status.set(why);
        focus_later(HEADING);
    };
    let on_clear = Callback::new(move |()| erase(DeskStatus::Erased));

    Effect::new(move |_| {
        let phase = idle.phase.get();
        if shown.with_untracked(Option::is_none) {
            return;
        }
        let warned = status.with_untracked(|s| matches!(s, DeskStatus::IdleWarning { .. }));
        match phase {
            // Said once, not every second (a live region repeating itself is noise).
            IdlePhase::Warning { .. } if !warned => {
                set_status.set(DeskStatus::IdleWarning {
                    seconds: WARNING_SECONDS,
                });
            }
            IdlePhase::Expired => erase(DeskStatus::ErasedIdle),
            IdlePhase::Active if warned => set_status.set(DeskStatus::Read),
            _ => {}
        }
    });

    let open_card = move |_| {
        set_card.set(true);
        focus_later(CARD_HEADING);
    };
    let close_card = Callback::new(move |()| {
        set_card.set(false);
        focus_later(HEADING);
    });

    view! {
        <main id="contenu" class="app-width app-main app-desk">
            {move || if card.get() {
                view! {
                    <h1 class="app-heading-l" id=CARD_HEADING tabindex="-1">{desk.card_title.to_string()}</h1>
                }.into_any()
            } else {
                view! {
                    <h1 class="app-heading-l" id=HEADING tabindex="-1">{desk.title.to_string()}</h1>
                    <p class="app-body app-desk__intro">{desk.intro.to_string()}</p>
                }.into_any()
            }}
            // One status line for both views, kept in place so that screen readers say each change.
            <p class="app-desk__status" role="status">{move || status_text(desk, &status.get())}</p>
            {move || if card.get() {
                view! { <DeskCard desk on_back=close_card /> }.into_any()
            } else {
                view! {
                    // « Lire avec la caméra », for desks without a scanner.
                    <DeskCamera desk on_status=on_camera_status on_read=on_camera />
                    // Its own reactive block: a read or an erase redraws the answers only, never
                    // the camera (a redraw would stop a camera that is reading).
                    {move || shown.get().map(|code| view! { <DeskAnswers code ui desk questionnaire on_clear /> })}
                    <p class="app-body app-desk__card-link">
                        <button type="button" class="app-button app-button--secondary" on:click=open_card>
                            {desk.card_button.to_string()}
                        </button>
                    </p>
                }.into_any()
            }}
        </main>
    }
}
