//! The frame of every screen: skip link, header, language and text size, notices, main region, footer with privacy and clearing.

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::clear_answers::ClearAnswers;
use crate::components::kiosk_badge::KioskBadge;
use crate::components::language_switch::LanguageSwitch;
use crate::components::notices::Notices;
use crate::components::text_size_control::TextSizeControl;
use crate::components::translation_banner::TranslationBanner;
use crate::domain::route::Route;
use crate::first_screen::FirstDrawing;
use crate::state::use_drawing;
use crate::state::locale::use_locale;
use crate::state::screen::Screen;
use crate::state::use_screen;
use crate::state::use_session;

/// The id of the sheet's heading "Avant votre rendez-vous", above "Répondre au questionnaire".
pub const QUESTIONNAIRE_PANEL: &str = "avant-rendez-vous";

/// Wraps the current page.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let ui = &use_locale().content().ui;
    let screen = use_screen();
    let session = use_session();
    let main_ref = NodeRef::<leptos::html::Main>::new();
    // At start, drawn in a task of their own (see `FirstDrawing`).
    let toolbar_and_footer = use_drawing().drawn(FirstDrawing::TOOLBAR_AND_FOOTER);
    // The address fragment holds the route, so the skip link moves focus itself.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = main_ref.get() {
            let _ = main.focus();
        }
    };
    // The title leads to the sheet, and the footer link to the privacy page, except where they
    // could not: the kiosk's welcome screen, which only a tap leaves, and (for the title) the
    // question asked at start, which the patient answers first.
    let welcome = move || screen.with(|s| *s == Screen::Welcome);
    let on_welcome = Memo::new(move |_| welcome());
    let title_is_link = move || !welcome() && !session.asking();
    let title = ui.app_title.clone();
    let privacy = ui.privacy_link.clone();
    // On the sheet, a second skip link leads past its many terms (each a tab stop) to the
    // questionnaire's panel. A real in-page link: it works before the app has started too.
    let on_sheet = Memo::new(move |_| screen.with(|s| *s == Screen::Route(Route::Sheet)));
    let to_questionnaire = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(heading) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(QUESTIONNAIRE_PANEL))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = heading.focus();
        }
    };
    view! {
        <a class="app-skip-link" href="#contenu" on:click=skip>{ui.skip_link.clone()}</a>
        {move || on_sheet.get().then(|| view! {
            <a class="app-skip-link" href=format!("#{QUESTIONNAIRE_PANEL}") on:click=to_questionnaire>{ui.skip_to_questionnaire.clone()}</a>
        })}
        <header class="app-header">
            <div class="app-width">
                {move || if title_is_link() {
                    Either::Left(view! { <a class="app-header__title" href=Route::Sheet.to_fragment()>{title.clone()}</a> })
                } else {
                    Either::Right(view! { <span class="app-header__title">{title.clone()}</span> })
                }}
                <KioskBadge />
            </div>
        </header>
        <div class="app-width app-toolbar">
            // On the kiosk's welcome screen the grid of languages is the switch (`pages::welcome`):
            // drawn again only on entering or leaving that screen, not at each screen (a memo).
            {move || (toolbar_and_footer.get() && !on_welcome.get()).then(|| view! { <LanguageSwitch /> })}
            {move || toolbar_and_footer.get().then(|| view! { <TextSizeControl /> })}
        </div>
        <div class="app-width">
            <TranslationBanner />
            <Notices />
            <main id="contenu" class="app-main" tabindex="-1" node_ref=main_ref>{children()}</main>
        </div>
        <footer class="app-footer">
            <div class="app-width app-footer__inner">
                {move || (!welcome()).then(|| view! {
                    <a class="app-footer__link" href=Route::Privacy.to_fragment()>{privacy.clone()}</a>
                })}
                {move || toolbar_and_footer.get().then(|| view! { <ClearAnswers /> })}
            </div>
        </footer>
    }
}
