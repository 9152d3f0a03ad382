//! The cimentoplastie patient app: information sheet and contraindication questionnaire, answers kept on the device.

pub mod app;
pub mod components;
pub mod content;
pub mod domain;
pub mod download;
pub mod fatal_screen;
pub mod first_screen;
pub mod kiosk;
pub mod language;
pub mod speech;
pub mod state;
pub mod storage;

/// Starts the app in the page: reads the content, installs the error screen, mounts `App`.
pub fn start() {
    let library = match content::load() {
        Ok(library) => library,
        Err(errors) => {
            for error in &errors {
                web_sys::console::error_1(&error.to_string().into());
            }
            fatal_screen::show_content_error();
            return;
        }
    };
    let library: &'static content::Library = Box::leak(Box::new(library));
    // The page is drawn in a second task: two shorter tasks keep the phone responsive (the
    // pre-rendered sheet stays readable and scrollable until then).
    leptos::prelude::set_timeout(move || mount(library), std::time::Duration::ZERO);
}

/// Mounts `App` behind the pre-rendered sheet.
fn mount(library: &'static content::Library) {
    if fatal_screen::reset_requested() {
        let _ = storage::clear();
    }
    let mode = decide_mode();
    // A shared tablet starts each patient in the browser's language, not the last patient's.
    let saved = match mode {
        domain::mode::Mode::Home => storage::load_language(),
        domain::mode::Mode::Kiosk { .. } => None,
    };
    let language = language::browser_choice(library, saved.as_deref());
    fatal_screen::install(&library.languages[language].content.ui);
    // Drawn hidden behind the pre-rendered page, which `app::take_over` then replaces.
    first_screen::hide_app_while_starting();
    leptos::mount::mount_to_body(move || leptos::view! { <app::App library language mode /> });
}

/// Home or kiosk: the staff address (`?kiosk`, `?kiosk=off`, `?delai=…`) is remembered on the
/// device, then removed from the address so that no patient sees it.
fn decide_mode() -> domain::mode::Mode {
    use domain::mode::{ModeRequest, decide, parse_request};
    let Some(window) = web_sys::window() else {
        return domain::mode::Mode::Home;
    };
    let query = window.location().search().unwrap_or_default();
    let request = parse_request(&query);
    let mode = decide(request, storage::load_mode());
    match request {
        Some(ModeRequest::KioskOn { .. }) => {
            let _ = storage::save_mode(mode);
        }
        Some(ModeRequest::KioskOff) => storage::forget_mode(),
        None => {}
    }
    if request.is_some() {
        if let Ok(history) = window.history() {
            let hash = window.location().hash().unwrap_or_default();
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("./{hash}")),
            );
        }
    }
    mode
}
