//! The text size chosen on this device: a signal provided as context, applied to the page and remembered (a kiosk's wipe sets it back).

use leptos::prelude::*;

use crate::browser;
use crate::domain::text_size::TextSize;
use crate::storage;

/// The text size remembered on this device.
pub fn remembered() -> RwSignal<TextSize> {
    RwSignal::new(storage::load_text_size())
}

/// Puts the chosen text size on `<html>` and remembers it on the device.
pub fn follow(size: RwSignal<TextSize>) {
    Effect::new(move |_| {
        let size = size.get();
        browser::text_size::apply_to_document(size);
        storage::save_text_size(size);
    });
}
