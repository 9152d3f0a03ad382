//! A sentence with values that must keep their own direction in a right-to-left page (phone numbers, dates, times, versions): each value in its own `<bdi>`.

use leptos::prelude::*;

/// `template` with each `{name}` replaced by its value in a `<bdi>`: with `dir="ltr"` when `ltr`
/// (a phone number's digit groups, a time, a version: left to right in every language), else
/// its direction from its own letters (a date with the month's name). "Appeler le {phone}" in
/// Arabic then reads its number "01 23 45 67 89", not "89 67 45 23 01".
pub fn isolated(template: &str, values: &[(&str, String, bool)]) -> Vec<AnyView> {
    let mut parts = Vec::new();
    let mut rest = template;
    loop {
        let next = values
            .iter()
            .filter_map(|value| rest.find(&format!("{{{}}}", value.0)).map(|at| (at, value)))
            .min_by_key(|(at, _)| *at);
        let Some((at, (name, value, ltr))) = next else {
            parts.push(rest.to_owned().into_any());
            return parts;
        };
        parts.push(rest[..at].to_owned().into_any());
        let dir = ltr.then_some("ltr");
        parts.push(view! { <bdi dir=dir>{value.clone()}</bdi> }.into_any());
        rest = &rest[at + name.len() + 2..];
    }
}
