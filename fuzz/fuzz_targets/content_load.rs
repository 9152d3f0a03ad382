//! Fuzz target: each content file, replaced by any bytes, gives content or errors naming that file, never a panic.
#![no_main]

use cimentoplastie::domain::content::{CLINIC_FILE, Sources, load_from};
use libfuzzer_sys::fuzz_target;

const QUESTIONNAIRE: &str = include_str!("../../content/questionnaire.json");
const SHEET: &str = include_str!("../../content/fr/sheet.json");
const UI: &str = include_str!("../../content/fr/ui.json");
const CLINIC: &str = include_str!("../../content/clinic.json");

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let mut texts = [QUESTIONNAIRE, SHEET, UI, CLINIC].map(str::to_owned);
    texts[usize::from(which) % 4] = text.into_owned();
    let _ = load_from(&Sources {
        questionnaire: &texts[0],
        sheet: &texts[1],
        ui: &texts[2],
        clinic: &texts[3],
        clinic_file: CLINIC_FILE,
    });
});
