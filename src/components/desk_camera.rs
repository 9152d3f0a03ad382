//! « Lire avec la caméra » at the reception desk: the button (« Arrêter la caméra » while it reads), the camera's picture, what it is doing, and why it cannot read.

use leptos::prelude::*;

use crate::desk_camera::{CameraSession, Ended, start};
use crate::domain::desk_camera::CameraError;
use crate::domain::ui_text::UiText;

/// Where the camera is, as the desk is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Camera {
    Off,
    /// Asked for: the browser may be asking the person to allow it.
    Opening,
    /// Its picture is shown and read.
    Reading,
    /// Stopped by itself: a code read, or the page hidden.
    Stopped,
    Failed(CameraError),
}

/// The camera's button and picture. `on_read` gets the text of the QR code read (the camera is
/// already stopped), as the page gets a scanner's.
#[component]
pub fn DeskCamera(ui: &'static UiText, on_read: Callback<String>) -> impl IntoView {
    let (camera, set_camera) = signal(Camera::Off);
    let session = StoredValue::new_local(None::<CameraSession>);
    let video = NodeRef::<leptos::html::Video>::new();
    // Dropping the session stops the camera; a page that goes stops it too.
    on_cleanup(move || session.try_update_value(|s| *s = None).unwrap_or_default());

    let press = move |_| {
        session.update_value(|s| *s = None);
        if matches!(camera.get_untracked(), Camera::Opening | Camera::Reading) {
            set_camera.set(Camera::Off);
            return;
        }
        let Some(video) = video.get_untracked() else { return };
        set_camera.set(Camera::Opening);
        let started = start(video, move |ended| match ended {
            Ended::Read(text) => {
                set_camera.set(Camera::Stopped);
                on_read.run(text);
            }
            Ended::Hidden => set_camera.set(Camera::Stopped),
            Ended::Failed(error) => set_camera.set(Camera::Failed(error)),
        });
        session.set_value(Some(started));
    };
    let on = move || matches!(camera.get(), Camera::Opening | Camera::Reading);
    let said = move || match camera.get() {
        Camera::Off => String::new(),
        Camera::Opening => ui.desk_camera_starting.to_string(),
        Camera::Reading => ui.desk_camera_aim.to_string(),
        Camera::Stopped => ui.desk_camera_stopped.to_string(),
        Camera::Failed(error) => error.message(ui).to_string(),
    };
    let failed = move || matches!(camera.get(), Camera::Failed(_));

    view! {
        <div class="app-desk-camera">
            <p class="app-body">
                <button type="button" class="app-button app-button--secondary" on:click=press>
                    {move || if on() { ui.desk_camera_stop.to_string() } else { ui.desk_camera_start.to_string() }}
                </button>
            </p>
            <p class="app-body" class:app-notice=failed role="status">{said}</p>
            <video
                node_ref=video
                class="app-desk-camera__video"
                aria-label=ui.desk_camera_preview.to_string()
                muted
                playsinline
                hidden=move || !on()
                on:playing=move |_| if camera.get_untracked() == Camera::Opening { set_camera.set(Camera::Reading) }
            ></video>
        </div>
    }
}
