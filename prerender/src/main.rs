//! Prints the app's first screen (the sheet, in the languages `index.html` carries: `IN_INDEX`) as HTML, drawn by the app's own components with Leptos's `ssr` feature, writes the page's contract as JSON (`domain::contract`) to the file named as its first argument, and each other language's bundle (`lang-<code>.json`, fetched by the app when chosen) into the folder named as its second; `scripts/post-build.mjs` puts the first two into `index.html`.

use cimentoplastie::components::cannot_run::PreRendering;
use cimentoplastie::app::provide_state;
use cimentoplastie::components::layout::Layout;
use cimentoplastie::content;
use cimentoplastie::domain::contract::{self, CONTRACT};
use cimentoplastie::domain::mode::Mode;
use cimentoplastie::domain::route::Route;
use cimentoplastie::first_screen::Drawing;
use cimentoplastie::pages::Page;
use leptos::prelude::*;

fn main() {
    if let Some(path) = std::env::args().nth(1)
        && let Err(error) = std::fs::write(&path, contract::to_json())
    {
        eprintln!("{path}: the contract cannot be written: {error}");
        std::process::exit(1);
    }
    if let Some(folder) = std::env::args().nth(2) {
        write_bundles(std::path::Path::new(&folder));
    }
    // The copies `index.html` carries (drawn from the checked JSON texts: the app itself fetches
    // every language but French). English keeps its copy here until each language has its own
    // pre-rendered page (`<code>.html`); the other languages have none in `index.html`.
    let every = match content::load_every_language() {
        Ok(library) => Box::leak(Box::new(library)),
        Err(errors) => {
            for error in errors {
                eprintln!("{error}");
            }
            std::process::exit(1);
        }
    };
    let copies: Vec<String> = (0..every.languages.len())
        .filter(|&index| IN_INDEX.contains(&every.languages[index].info.code.as_str()))
        .map(|index| first_screen(every, index))
        .collect();
    println!("{}", copies.join("\n"));
}

/// Writes each translation's bundle (checked by the build, as the app reads it) into `folder`.
fn write_bundles(folder: &std::path::Path) {
    let bundles = content::bundles().unwrap_or_else(|error| {
        eprintln!("the language bundles cannot be written: {}", error.join("\n"));
        std::process::exit(1);
    });
    for (name, json) in bundles {
        if let Err(error) = std::fs::write(folder.join(&name), json) {
            eprintln!("{name}: cannot be written: {error}");
            std::process::exit(1);
        }
    }
}

/// The languages whose copy of the first screen `index.html` carries.
const IN_INDEX: [&str; 2] = ["fr", "en"];

/// The sheet as the app draws it at home in language `index`, wrapped for the start script: a
/// `.app-prerender` copy with its `lang`, hidden unless first (the start script shows the
/// patient's). Ids of the other copies get the language as a suffix, so that none repeats.
fn first_screen(library: &'static content::Library, index: usize) -> String {
    let language = &library.languages[index];
    while language.read_next_file() {}
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_state(library, index, Mode::Home, Route::Sheet, Drawing::finished());
        provide_context(PreRendering);
        view! { <Layout><Page /></Layout> }.to_html()
    });
    let html = without_markers(&html);
    let code = &language.info.code;
    let (html, hidden) = if index == 0 {
        (html, "")
    } else {
        (with_id_suffix(&html, code), " hidden")
    };
    let class = CONTRACT.classes.prerender;
    format!("<div class=\"{class}\" lang=\"{code}\"{hidden}>{html}</div>")
}

/// Leptos marks where its dynamic parts start and end with comments (for hydration); the app
/// never hydrates this page, it replaces it.
fn without_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = if after.starts_with("<!--") {
            after.find("-->").map(|e| e + 3)
        } else {
            after.find('>').map(|e| e + 1)
        };
        let Some(end) = end else { break };
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Every id, and every reference to one (also in a list of ids, `aria-labelledby="a b"`), with
/// `-<code>` added.
fn with_id_suffix(html: &str, code: &str) -> String {
    let ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let mut out = html.to_owned();
    for attribute in ["id", "aria-labelledby", "aria-describedby", "aria-controls", "for"] {
        let opening = format!(" {attribute}=\"");
        let mut pieces = out.split(opening.as_str());
        let mut rebuilt = pieces.next().unwrap_or_default().to_owned();
        for piece in pieces {
            let (value, rest) = piece.split_once('"').unwrap_or((piece, ""));
            let value: Vec<String> = value
                .split(' ')
                .map(|token| match ids.contains(&token) {
                    true => format!("{token}-{code}"),
                    false => token.to_owned(),
                })
                .collect();
            rebuilt += &format!("{opening}{}\"{rest}", value.join(" "));
        }
        out = rebuilt;
    }
    for id in ids {
        out = out.replace(&format!(" href=\"#{id}\""), &format!(" href=\"#{id}-{code}\""));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hydration_markers_go_and_text_stays() {
        assert_eq!(
            without_markers("<p>a<!>b<!---->c</p><!--<() />--><b>&lt;!x</b>"),
            "<p>abc</p><b>&lt;!x</b>"
        );
    }

    #[test]
    fn ids_and_their_references_get_the_language() {
        let html = r##"<a href="#contenu">x</a><main id="contenu"><h2 id="s">t</h2><section aria-labelledby="s"><a href="#/questionnaire">go</a></section></main>"##;
        assert_eq!(
            with_id_suffix(html, "en"),
            r##"<a href="#contenu-en">x</a><main id="contenu-en"><h2 id="s-en">t</h2><section aria-labelledby="s-en"><a href="#/questionnaire">go</a></section></main>"##
        );
        let note = r#"<div role="note" aria-labelledby="n-label n-title"><p id="n-label">a</p><h3 id="n-title">b</h3></div>"#;
        assert_eq!(
            with_id_suffix(note, "en"),
            r#"<div role="note" aria-labelledby="n-label-en n-title-en"><p id="n-label-en">a</p><h3 id="n-title-en">b</h3></div>"#
        );
    }

    #[test]
    fn every_language_is_drawn_once_with_the_sheet_and_no_repeated_id() {
        let library = Box::leak(Box::new(content::load_every_language().expect("content")));
        let copies: Vec<String> = (0..library.languages.len())
            .map(|index| first_screen(library, index))
            .collect();
        let all = copies.join("");
        let mut ids: Vec<&str> = all
            .split(" id=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count, "an id is repeated");
        for (copy, language) in copies.iter().zip(&library.languages) {
            let sheet = &language.content().sheet;
            assert!(copy.contains(&format!(">{}</h1>", sheet.title)), "{}", language.info.code);
            assert!(copy.contains("class=\"app-cannot-run\""));
            assert!(!copy.contains("<!"), "no comment left");
        }
    }

    /// What the start script looks for in the first screen, by the contract's names (the
    /// components write attribute names as literals).
    #[test]
    fn the_first_screen_has_the_hooks_the_contract_names() {
        let library = Box::leak(Box::new(content::load().expect("content")));
        let html = first_screen(library, 0);
        let (attributes, templates) = (CONTRACT.attributes, CONTRACT.templates);
        for hook in [
            format!(" id=\"{}\"", CONTRACT.ids.cannot_run),
            format!(" {}=\"{}\"", attributes.template, templates.home),
            format!(" {}=\"{}\"", attributes.template, templates.kiosk),
            format!(" {}=\"{}\"", attributes.template, templates.privacy),
            format!(" {}=\"{}\"", attributes.action, templates.reload),
            format!(" {}=\"\"", attributes.days),
            format!("class=\"{}\"", CONTRACT.classes.prerender),
        ] {
            assert!(html.contains(&hook), "{hook} is not in the first screen");
        }
    }
}
