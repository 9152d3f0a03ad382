//! The style sheets are written for both directions: logical properties only (no `left`/`right`), so that Arabic (right to left) mirrors the whole page.

use std::fs;

/// Every declaration `property: value` of a style sheet, comments left out, with its line.
fn declarations(css: &str) -> Vec<(usize, String, String)> {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        let end = rest[start..].find("*/").map_or(rest.len(), |e| start + e + 2);
        // Keep the line count right.
        text.extend(rest[start..end].chars().filter(|c| *c == '\n'));
        rest = &rest[end..];
    }
    text.push_str(rest);
    let mut found = Vec::new();
    let mut line = 1;
    for part in text.split_inclusive(['{', '}', ';']) {
        let here = line;
        line += part.matches('\n').count();
        let part = part.trim_end_matches(['{', '}', ';']);
        // A declaration has a property name of letters and hyphens before its colon (a
        // selector such as `a:hover` has a dot, a space or a bracket before it, or is a tag name
        // followed by a pseudo-class: those are left out by the value check below).
        let Some((property, value)) = part.split_once(':') else { continue };
        let property = property.trim();
        if property.is_empty() || !property.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            continue;
        }
        let leading = &part[..part.len() - part.trim_start().len()];
        found.push((here + leading.matches('\n').count(), property.to_owned(), value.trim().to_owned()));
    }
    found
}

/// The words of a value, a function's parentheses kept whole: `0 calc(1rem + 2px) 0 1rem` is four.
fn words(value: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let (mut depth, mut start) = (0, None);
    for (i, c) in value.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if c.is_whitespace() && depth == 0 => {
                if let Some(s) = start.take() {
                    found.push(&value[s..i]);
                }
                continue;
            }
            _ => {}
        }
        start.get_or_insert(i);
    }
    found.extend(start.map(|s| &value[s..]));
    found
}

/// A physical direction in a declaration: a property naming `left` or `right`
/// (`margin-left`, `border-right-width`, `left`), a value `left`/`right` where logical
/// `start`/`end` exist (`text-align`, `float`, `clear`), or a four-value box shorthand whose
/// right and left differ (`padding: 0 1rem 0 3rem` puts the 3rem on the left whatever the
/// direction: `padding-inline` says which side).
fn physical(property: &str, value: &str) -> bool {
    const BOXES: [&str; 8] = [
        "margin", "padding", "inset", "border-width", "border-style", "border-color",
        "scroll-margin", "scroll-padding",
    ];
    let words = words(value);
    property.split('-').any(|word| word == "left" || word == "right")
        || (["text-align", "float", "clear", "caption-side", "resize"].contains(&property)
            && words.iter().any(|word| *word == "left" || *word == "right"))
        || (BOXES.contains(&property) && words.len() == 4 && words[1] != words[3])
}

#[test]
fn the_style_sheets_have_no_left_or_right_only_logical_properties() {
    let mut found = Vec::new();
    let mut checked = 0;
    for entry in fs::read_dir("style").expect("style/") {
        let path = entry.expect("a file of style/").path();
        if path.extension().is_none_or(|e| e != "css") {
            continue;
        }
        let css = fs::read_to_string(&path).expect("a style sheet");
        for (line, property, value) in declarations(&css) {
            checked += 1;
            if physical(&property, &value) {
                found.push(format!("{}:{line}: {property}: {value}", path.display()));
            }
        }
    }
    assert!(checked > 300, "{checked} declarations read: the reader missed some");
    assert_eq!(found, Vec::<String>::new(), "use the logical properties (margin-inline-start, inset-inline-end, text-align: start…)");
}

#[test]
fn the_check_finds_a_physical_property_and_leaves_logical_ones() {
    let css = ".a { margin-left: 1px; /* padding-right: 2px */ }\n.b:hover { text-align: right; inset-inline-start: 0; }\n.c { left: 0 }\n.d { padding: 0 1rem 0 calc(1rem + 2px); margin: 0 1rem 0 1rem; }";
    let bad: Vec<String> = declarations(css)
        .into_iter()
        .filter(|(_, p, v)| physical(p, v))
        .map(|(_, p, v)| format!("{p}: {v}"))
        .collect();
    assert_eq!(bad, ["margin-left: 1px", "text-align: right", "left: 0", "padding: 0 1rem 0 calc(1rem + 2px)"]);
}
