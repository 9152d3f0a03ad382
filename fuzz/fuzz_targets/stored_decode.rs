//! Fuzz target: the stored-state decoder gives a value or a typed error for any bytes, never a panic.
#![no_main]

use std::sync::OnceLock;

use cimentoplastie::domain::questionnaire::Questionnaire;
use cimentoplastie::domain::stored::{decode, encode};
use libfuzzer_sys::fuzz_target;

fn questionnaire() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| {
        let library = cimentoplastie::content::load().expect("shipped content");
        library.source().questionnaire.clone()
    })
}

fuzz_target!(|data: &[u8]| {
    let q = questionnaire();
    if let Ok(saved) = decode(q, &String::from_utf8_lossy(data), f64::MAX) {
        // Whatever decodes must read back the same once written again.
        assert_eq!(decode(q, &encode(q, &saved), f64::MAX), Ok(saved));
    }
});
