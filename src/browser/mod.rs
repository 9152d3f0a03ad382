//! The browser adapters: thin wrappers over the web APIs the app uses (focus, scroll, speech, download, the inactivity timer, the document's language and text size, the clinic file, the desk's camera and scanner, the start's marks), holding no rule and calling nothing above them. `storage.rs` (localStorage) is the other one.

pub mod clinic_file;
pub mod desk_camera;
pub mod desk_scanner;
pub mod download;
pub mod focus;
pub mod idle_timer;
pub mod language;
pub mod scroll;
pub mod speech;
pub mod text_size;
pub mod timing;
