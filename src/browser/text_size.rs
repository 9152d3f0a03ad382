//! The chosen text size on the page: its class on `<html>`.

use crate::domain::text_size::TextSize;

/// Puts `size`'s class on `<html>` (and removes the others').
pub fn apply_to_document(size: TextSize) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let classes = root.class_list();
        for other in TextSize::ALL.iter().filter_map(|s| s.class()) {
            let _ = classes.remove_1(&other);
        }
        if let Some(class) = size.class() {
            let _ = classes.add_1(&class);
        }
    }
}
