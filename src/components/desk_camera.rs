//! « Lire avec la caméra » at the reception desk: the button (« Arrêter la caméra » while it reads) and the camera's picture; what the camera is doing goes to the desk's status line.

use leptos::prelude::*;

use crate::browser::desk_camera::{CameraEvent, start, stop};
use crate::domain::desk_camera::CameraStatus;
use crate::domain::desk_text::DeskText;

/// The camera's button and picture. `on_status` says what the camera is doing (the page's status
/// line shows it); `on_read` gets the text of the QR code read (the camera is already stopped), as
/// the page gets a scanner's. A page that goes stops the camera.
#[component]
pub fn DeskCamera(desk: &'static DeskText, on_status: Callback<CameraStatus>, on_read: Callback<String>) -> impl IntoView {
    let on = RwSignal::new(false);
    let picture = NodeRef::<leptos::html::Div>::new();
    on_cleanup(stop);

    let press = move |_| {
        if on.get_untracked() {
            stop();
            on.set(false);
            on_status.run(CameraStatus::Stopped);
            return;
        }
        let Some(place) = picture.get_untracked() else { return };
        on.set(true);
        on_status.run(CameraStatus::Opening);
        start(place.into(), desk.camera_preview.to_string(), move |event| {
            if event != CameraEvent::Playing {
                on.set(false);
            }
            match event {
                CameraEvent::Playing => on_status.run(CameraStatus::Reading),
                CameraEvent::Read(text) => on_read.run(text),
                CameraEvent::Hidden => on_status.run(CameraStatus::Stopped),
                CameraEvent::Failed(error) => on_status.run(CameraStatus::Failed(error)),
            }
        });
    };

    view! {
        <div class="app-no-print">
            <p class="app-body">
                <button type="button" class="app-button app-button--secondary" on:click=press>
                    {move || if on.get() { desk.camera_stop.to_string() } else { desk.camera_start.to_string() }}
                </button>
            </p>
            <div node_ref=picture></div>
        </div>
    }
}
