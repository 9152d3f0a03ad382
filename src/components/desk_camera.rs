//! « Lire avec la caméra » at the reception desk: the button (« Arrêter la caméra » while it reads), the camera's picture, what it is doing, and why it cannot read.

use leptos::prelude::*;

use crate::desk_camera::{CameraEvent, start, stop};
use crate::domain::ui_text::UiText;

/// The camera's button and picture. `on_read` gets the text of the QR code read (the camera is
/// already stopped), as the page gets a scanner's. Plain signals of types the app already has:
/// each new type costs the patients' download (see `desk_camera`).
#[component]
pub fn DeskCamera(ui: &'static UiText, on_read: Callback<String>) -> impl IntoView {
    let on = RwSignal::new(false);
    let said = RwSignal::new(String::new());
    let failed = RwSignal::new(false);
    let picture = NodeRef::<leptos::html::Div>::new();
    // A page that goes stops the camera.
    on_cleanup(stop);

    let press = move |_| {
        failed.set(false);
        if on.get_untracked() {
            stop();
            on.set(false);
            said.set(String::new());
            return;
        }
        let Some(place) = picture.get_untracked() else { return };
        on.set(true);
        said.set(ui.desk_camera_starting.to_string());
        start(place.into(), ui.desk_camera_preview.to_string(), move |event| {
            if event == CameraEvent::Playing {
                said.set(ui.desk_camera_aim.to_string());
                return;
            }
            on.set(false);
            said.set(ui.desk_camera_stopped.to_string());
            match event {
                CameraEvent::Read(text) => on_read.run(text),
                CameraEvent::Failed(error) => {
                    failed.set(true);
                    said.set(error.message(ui).to_string());
                }
                _ => {}
            }
        });
    };

    view! {
        <div class="app-desk-camera">
            <p class="app-body">
                <button type="button" class="app-button app-button--secondary" on:click=press>
                    {move || if on.get() { ui.desk_camera_stop.to_string() } else { ui.desk_camera_start.to_string() }}
                </button>
            </p>
            <p class="app-body" class:app-notice=failed role="status">{move || said.get()}</p>
            <div node_ref=picture></div>
        </div>
    }
}
