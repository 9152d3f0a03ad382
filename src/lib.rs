//! The cimentoplastie patient app: information sheet and contraindication questionnaire, answers kept on the device.

pub mod app;
pub mod components;
pub mod content;
pub mod domain;
pub mod download;
pub mod fatal_screen;
pub mod state;
pub mod storage;

/// Starts the app in the page: checks the content, installs the error screen, mounts `App`.
pub fn start() {
    let content = match content::load() {
        Ok(content) => content,
        Err(errors) => {
            for error in &errors {
                web_sys::console::error_1(&error.to_string().into());
            }
            fatal_screen::show_content_error();
            return;
        }
    };
    let content: &'static content::Content = Box::leak(Box::new(content));
    fatal_screen::install(&content.ui);
    if fatal_screen::reset_requested() {
        let _ = storage::clear();
    }
    fatal_screen::remove_loading_message();
    leptos::mount::mount_to_body(move || leptos::view! { <app::App content /> });
}
