//! Fuzz target: each content file, replaced by any bytes, gives content or errors naming a content file, never a panic.
#![no_main]

use cimentoplastie::content::sources;
use content_pipeline::{Sources, load_json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    let mut files = sources().files();
    let count = files.len();
    files[usize::from(which) % count].1 = String::from_utf8_lossy(rest).into_owned();
    let _ = load_json(&Sources::from_files(&files));
});
