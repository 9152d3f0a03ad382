//! The app's reactive state, split by concern, each part a `Copy` handle provided as context: the content shown (`Locale`), the text size, where the patient is (`Navigation`), the answers and their storage (`Session`), the waiting-room tablet's patient (`Option<KioskSession>`), and which screen shows (`Memo<Screen>`). Rules live in `domain`; each part calls only the parts listed before it.

pub mod locale;
pub mod text_size;
pub mod navigation;
pub mod session;
pub mod kiosk;
pub mod screen;
