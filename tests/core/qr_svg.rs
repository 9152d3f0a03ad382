//! The desk code's QR code as SVG: level Q, versions 1 to 13, a 4-module quiet zone, only our own elements.

use cimentoplastie::domain::desk_code::{MAX_CODE_LEN, encode, max_text_bytes, qr_version};
use cimentoplastie::domain::qr_svg::{MAX_VERSION, QUIET_ZONE, QrSvg, TooBig, qr_svg};

use super::desk_code::WRITTEN;
use super::{answers, shipped};

/// The SVG's side in modules, from its `viewBox="0 0 side side"`.
fn side(svg: &str) -> usize {
    let view_box = svg.split("viewBox=\"").nth(1).expect("a viewBox");
    let numbers: Vec<usize> = view_box
        .split('"')
        .next()
        .unwrap()
        .split(' ')
        .map(|n| n.parse().expect("whole numbers"))
        .collect();
    assert_eq!(numbers[..2], [0, 0], "the viewBox starts at the corner");
    assert_eq!(numbers[2], numbers[3], "a square");
    numbers[2]
}

/// The black modules, read back from the path (`M{x} {y}h{run}v1h-{run}z` strokes), as rows of
/// the whole drawing, quiet zone included.
fn modules(svg: &str) -> Vec<Vec<bool>> {
    let side = side(svg);
    let mut grid = vec![vec![false; side]; side];
    let d = svg
        .split(" d=\"")
        .nth(1)
        .expect("a path")
        .split('"')
        .next()
        .unwrap();
    for stroke in d.split('M').filter(|s| !s.is_empty()) {
        let (at, rest) = stroke.split_once('h').expect("a run");
        let (x, y) = at.split_once(' ').unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let (run, back) = rest.split_once("v1h-").expect("one module high");
        let run: usize = run.parse().unwrap();
        assert_eq!(back, format!("{run}z"), "the stroke closes on itself");
        for cell in &mut grid[y][x..x + run] {
            assert!(!*cell, "modules drawn once");
            *cell = true;
        }
    }
    grid
}

fn code(text: &str) -> QrSvg {
    qr_svg(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
}

#[test]
fn a_quiet_zone_of_four_white_modules_surrounds_the_code() {
    let qr = code("CIM1K3ZQ120202611291430FR1");
    let grid = modules(&qr.svg);
    let side = grid.len();
    assert_eq!(side, 17 + 4 * qr.version as usize + 2 * QUIET_ZONE);
    for (y, row) in grid.iter().enumerate() {
        for (x, &black) in row.iter().enumerate() {
            let in_margin = x < QUIET_ZONE
                || y < QUIET_ZONE
                || x >= side - QUIET_ZONE
                || y >= side - QUIET_ZONE;
            assert!(
                !(in_margin && black),
                "black module at ({x}, {y}), in the quiet zone"
            );
        }
    }
    // The three finder patterns sit right inside the margin: a black 7×7 ring at each corner but
    // the bottom right, their first row all black.
    let inner = side - 2 * QUIET_ZONE;
    for (left, top) in [(0, 0), (inner - 7, 0), (0, inner - 7)] {
        let row = &grid[QUIET_ZONE + top][QUIET_ZONE + left..QUIET_ZONE + left + 7];
        assert!(row.iter().all(|&b| b), "finder pattern at ({left}, {top})");
        assert!(
            grid[QUIET_ZONE + top + 1][QUIET_ZONE + left + 1..QUIET_ZONE + left + 6]
                .iter()
                .all(|&b| !b)
        );
    }
}

#[test]
fn the_smallest_version_at_level_q_holds_the_text() {
    // The standard's alphanumeric capacities at level Q: 16 characters in version 1, 29 in 2, 221
    // in 10, 352 in 13 (a lower or a boosted level would give other versions).
    for (length, version) in [
        (1, 1),
        (16, 1),
        (17, 2),
        (29, 2),
        (30, 3),
        (221, 10),
        (222, 11),
        (352, 13),
    ] {
        assert_eq!(
            code(&"7".repeat(length)).version,
            version,
            "{length} characters"
        );
        assert_eq!(
            code(&"K".repeat(length)).version,
            version,
            "{length} letters"
        );
    }
}

#[test]
fn a_patients_desk_code_is_drawn_in_a_small_version_and_the_longest_one_in_version_13() {
    let q = shipped().questionnaire;
    let version = |a: &[(&str, &str)]| {
        let text = encode(&q, &answers(a), WRITTEN, "fr", true).expect("a desk code");
        let qr = code(&text);
        assert_eq!(
            Some(qr.version),
            qr_version(text.len()),
            "the version the encoder counted on"
        );
        qr.version
    };
    // Every question answered "Non": version 3; one medicine named (the typical patient on a
    // blood thinner): version 4; two: version 5. The issue aims at 10 at most.
    assert_eq!(version(&super::all_no()), 3);
    let mut given = super::all_no();
    given[1] = ("anticoagulant", "Y");
    given.push(("anticoagulant-nom", "text:Kardégic 75"));
    assert_eq!(version(&given), 4);
    given[7] = ("anticoagulant-nom", "text:Kardégic, Eliquis");
    assert_eq!(version(&given), 5);
    // The longest text the encoder takes fills a version 13 code, which is drawn.
    let longest = format!("text:{}", "é".repeat(max_text_bytes(&q) / 2));
    given[7] = ("anticoagulant-nom", &longest);
    let text = encode(&q, &answers(&given), WRITTEN, "fr", true).expect("at the cap");
    assert_eq!(text.len(), MAX_CODE_LEN);
    assert_eq!(code(&text).version, 13);
}

#[test]
fn a_text_past_version_13_is_refused() {
    assert_eq!(qr_svg(&"Z".repeat(353)), Err(TooBig::Long));
    assert_eq!(qr_svg(&"9".repeat(2000)), Err(TooBig::Long));
    assert_eq!(code(&"Z".repeat(352)).version, MAX_VERSION);
}

#[test]
fn only_digits_and_capital_letters_are_drawn() {
    // Lowercase, punctuation the QR alphanumeric mode would take, a URL, accents: never byte mode.
    for text in [
        "cim1",
        "CIM1 ",
        "CIM1-2",
        "HTTPS://EXAMPLE.ORG",
        "CIMÉ",
        "CIM1\n",
        "CIM1%",
    ] {
        assert_eq!(qr_svg(text), Err(TooBig::NotDigitsAndCapitals), "{text:?}");
    }
}

#[test]
fn the_svg_holds_only_a_white_square_and_one_black_path() {
    let qr = code("CIM1K3ZQ120202611291430FR10");
    assert_eq!(qr.version, 2);
    let svg = qr.svg;
    let tags: Vec<&str> = svg
        .split('<')
        .skip(1)
        .map(|t| t.split([' ', '>', '/']).next().unwrap())
        .collect();
    assert_eq!(
        tags,
        ["svg", "rect", "path", ""],
        "the elements, then </svg>"
    );
    assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
    assert!(svg.contains("shape-rendering=\"crispEdges\""));
    assert!(
        svg.contains("<rect width=\"33\" height=\"33\" fill=\"#fff\"/>"),
        "white under the whole code: {svg}"
    );
    assert!(svg.contains("<path fill=\"#000\" d=\"M"));
    // Nothing fetched, run or styled from outside: the only address is the SVG namespace's name.
    for outside in [
        "href",
        "url(",
        "src",
        "style",
        "script",
        "on",
        "image",
        "use",
        "foreignObject",
    ] {
        let rest = svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assert!(!rest.contains(outside), "{outside} in {svg}");
    }
    assert_eq!(svg.matches("http").count(), 1);
}
