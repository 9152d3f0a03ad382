//! The cimentoplastie patient app: information sheet and contraindication questionnaire, answers kept on the device.
// Leptos views are nested types: the native pre-rendering of the first screen needs more depth.
#![recursion_limit = "256"]

// From the bottom up: each module calls only those listed before it (`content` and `storage`
// read and write data; `browser` wraps the web APIs; `state` holds the reactive state; the
// widgets, then the pages, draw it; `app` wires it all; `start` below runs it).
pub mod domain;
pub mod content;
pub mod storage;
pub mod browser;
pub mod first_screen;
pub mod state;
pub mod components;
pub mod pages;
pub mod fatal_screen;
pub mod app;

use browser::{clinic_file, language};

/// Starts the app in the page: fetches the clinic settings published beside it, reads the content,
/// installs the error screen, mounts `App` (the staff's pages, the reception desk and the check of
/// the settings, have their own start and wasm: `start_desk`). Each step is its own task, so that none
/// keeps a slow phone busy for long (the pre-rendered sheet stays readable and scrollable meanwhile).
pub fn start() {
    clinic_file::fetch(read_content);
}

/// Reads the list of languages and the content compiled in, then the clinic settings in the next
/// task (the first calls of each compile on a phone's main thread: two tasks, not one long one).
fn read_content(site: Option<Vec<u8>>) {
    browser::timing::mark("cimentoplastie:read-content");
    let library = match content::load() {
        Ok(library) => library,
        Err(errors) => return content_error(&errors),
    };
    in_next_task(move || read_settings(library, site));
}

/// The content could not be read: each error on the console, and the error screen.
fn content_error(errors: &[content::ContentError]) {
    for error in errors {
        web_sys::console::error_1(&error.to_string().into());
    }
    fatal_screen::show_content_error();
}

/// Applies the clinic settings published beside the app (`Library::use_site`), then chooses the
/// patient's mode and language in the next task.
fn read_settings(mut library: content::Library, site: Option<Vec<u8>>) {
    browser::timing::mark("cimentoplastie:read-settings");
    let settings = library.use_site(site.as_deref());
    let library: &'static content::Library = Box::leak(Box::new(library));
    if !settings.problems().is_empty() {
        // Each problem, in words, is on the staff's check page.
        let note = "clinic.json has mistakes: open ?verifier-reglages to see them";
        web_sys::console::warn_1(&note.into());
    }
    in_next_task(move || choose_language(library));
}

/// Chooses the patient's mode and language, then reads that language's content in the next task
/// (fetched first if it is not compiled in).
fn choose_language(library: &'static content::Library) {
    browser::timing::mark("cimentoplastie:choose-language");
    if fatal_screen::reset_requested() {
        let _ = storage::clear();
    }
    let mode = decide_mode();
    // A shared tablet starts each patient in French (the source), with the grid of languages on
    // its welcome screen: never the last patient's language, nor the tablet's by itself.
    let language = match mode {
        domain::mode::Mode::Home => {
            language::browser_choice(library, storage::load_language().as_deref())
        }
        domain::mode::Mode::Kiosk { .. } => 0,
    };
    if library.languages[language].is_loaded() {
        read_language(library, language, mode, None);
        return;
    }
    // A language not compiled in is fetched before the app takes over from the pre-rendered
    // page, so that the patient never sees the app in French first; if it cannot be, the app
    // starts in French and says so.
    language::fetch_bundle(&library.languages[language].info.code, move |bytes| {
        let loaded = bytes.is_some_and(|b| {
            library.languages[language]
                .load(&b, content::VERSION, library.source())
                .map_err(|e| web_sys::console::error_1(&e.to_string().into()))
                .is_ok()
        });
        match loaded {
            true => read_language(library, language, mode, None),
            false => read_language(library, 0, mode, Some(language)),
        }
    });
}

/// Reads the patient's language one file per task, then mounts the app in the next task (`failed`:
/// the language that could not be fetched, if any, said by the language switch).
fn read_language(
    library: &'static content::Library,
    language: usize,
    mode: domain::mode::Mode,
    failed: Option<usize>,
) {
    in_next_task(move || {
        browser::timing::mark("cimentoplastie:read-language");
        let more = library.languages[language].read_next_file();
        if more {
            read_language(library, language, mode, failed);
        } else {
            fatal_screen::install(&library.languages[language].content().ui);
            in_next_task(move || mount(library, language, mode, failed));
        }
    });
}

/// Mounts the app behind the pre-rendered sheet in four tasks, the parts of `app::App`: its state;
/// the session's effects; the language's and the address's; its frame, empty until the drawing
/// steps that `draw_first` starts. Each first call compiles on a phone's main thread: short tasks
/// rather than one long one, and the pre-rendered sheet answers meanwhile.
fn mount(
    library: &'static content::Library,
    language: usize,
    mode: domain::mode::Mode,
    failed: Option<usize>,
) {
    use leptos::prelude::Owner;
    browser::timing::mark("cimentoplastie:mount");
    // Drawn hidden behind the pre-rendered page, which `first_screen::take_over` then replaces.
    first_screen::hide_app_while_starting();
    // The effects run on wasm-bindgen's futures, as under `mount_to_body`.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // The app's owner for good (its signals and effects live as long as the page).
    let owner = Owner::new();
    let route = state::navigation::address_route();
    let drawing = first_screen::Drawing::starting();
    let state = owner.with(|| app::provide_state(library, language, mode, route, drawing));
    // Each next part in a task of its own.
    in_next_task(move || {
        let idle = owner.with(|| app::wire(state));
        in_next_task(move || {
            owner.with(|| app::wire_language_and_address(state, failed));
            in_next_task(move || {
                browser::timing::mark("cimentoplastie:frame");
                owner.with(|| {
                    leptos::mount::mount_to_body(move || {
                        leptos::view! { <app::Frame state idle /> }
                    });
                    app::draw_first(state);
                });
                std::mem::forget(owner);
            });
        });
    });
}

/// Runs `part` in a task of its own, after what the browser has waiting (one timer's code for
/// every step of the start).
fn in_next_task(part: impl FnOnce() + 'static) {
    later(Box::new(part));
}

fn later(part: Box<dyn FnOnce()>) {
    leptos::prelude::set_timeout(part, std::time::Duration::ZERO);
}

/// True at the staff's address for checking the clinic settings (`?verifier-reglages`).
fn settings_check_requested() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|query| query.contains("verifier-reglages"))
}

/// The staff's check of the published clinic settings, in place of the sheet, with the mode
/// this device remembers (the address's own `?kiosk` settings are not applied here).
fn show_settings_check(library: &'static content::Library, settings: domain::clinic::SiteSettings) {
    // In the browser's language: fetched first if the app does not have it (French if it fails).
    let language = language::browser_choice(library, None);
    if library.languages[language].is_loaded() {
        mount_settings_check(library, language, settings);
        return;
    }
    language::fetch_bundle(&library.languages[language].info.code, move |bytes| {
        let loaded = bytes.is_some_and(|b| {
            library.languages[language]
                .load(&b, content::VERSION, library.source())
                .is_ok()
        });
        mount_settings_check(library, if loaded { language } else { 0 }, settings);
    });
}

fn mount_settings_check(
    library: &'static content::Library,
    language: usize,
    settings: domain::clinic::SiteSettings,
) {
    while library.languages[language].read_next_file() {}
    fatal_screen::install(&library.languages[language].content().ui);
    let device = domain::mode::device_mode(storage::load_mode());
    leptos::mount::mount_to_body(move || {
        leptos::view! { <pages::settings_check::SettingsCheck library language settings device /> }
    });
    first_screen::replace_pre_rendered_page();
}

/// Starts the staff's pages: the reception desk's (`?accueil`) and the check of the clinic settings
/// (`?verifier-reglages`), in their own WebAssembly (`src/bin/accueil.rs`), which the start script
/// loads in place of the patients' at those addresses, so that their code (the decoder, the
/// scanner, the pages and their texts) never travels to a patient's phone. Reads the content and
/// the desk's texts (`content/desk.json`), then shows the page; the desk's reads nothing from
/// storage and writes nothing, the check only reads this device's mode.
pub fn start_desk() {
    clinic_file::fetch(|site| {
        let read = content::load_with_site(site.as_deref())
            .and_then(|(library, settings)| Ok((library, settings, content::desk_text().map_err(|e| vec![e])?)));
        match read {
            Ok((library, settings, _)) if settings_check_requested() => {
                show_settings_check(Box::leak(Box::new(library)), settings)
            }
            Ok((library, _, desk)) => show_desk(Box::leak(Box::new(library)), Box::leak(Box::new(desk))),
            Err(errors) => {
                for error in &errors {
                    web_sys::console::error_1(&error.to_string().into());
                }
                fatal_screen::show_content_error();
            }
        }
    });
}

/// The reception desk's page, in place of the sheet, worded with `desk` (`content/desk.json`): in
/// French, the source language (the desk is in France, and the answers are shown in French
/// whatever the patient's language), with no patient state and nothing read from or written to
/// storage.
fn show_desk(library: &'static content::Library, desk: &'static domain::desk_text::DeskText) {
    let source = &library.languages[0];
    while source.read_next_file() {}
    fatal_screen::install(&source.content().ui);
    language::apply_to_document(&source.info.code, &source.info.dir);
    leptos::mount::mount_to_body(move || {
        leptos::view! { <pages::desk::DeskPage library desk /> }
    });
    first_screen::replace_pre_rendered_page();
}

/// Home or kiosk: the staff address (`?kiosk`, `?kiosk=off`, `?delai=…`) is remembered on the
/// device, then removed from the address so that no patient sees it.
fn decide_mode() -> domain::mode::Mode {
    use domain::mode::{ModeRequest, decide, parse_request, remember};
    let Some(window) = web_sys::window() else {
        return domain::mode::Mode::Home;
    };
    let query = window.location().search().unwrap_or_default();
    let request = parse_request(&query);
    let before = storage::load_mode();
    let mode = decide(request, before.map(|r| r.mode));
    match request {
        Some(ModeRequest::KioskOn { .. }) => {
            let _ = storage::save_mode(remember(&query, mode, before));
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
