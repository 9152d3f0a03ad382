//! Prints the app's first screen (the sheet) in every language, drawn by the app's own components with Leptos's `ssr` feature, as JSON (one page per language: its code, `lang`, `dir`, title and HTML); writes the page's contract as JSON (`domain::contract`) to the file named as its first argument, and each other language's bundle (`lang-<code>.json`, fetched by the app when chosen) into the folder named as its second; `scripts/post-build.mjs` makes `index.html` (French) and `<code>.html` (each other language) of the pages.

use cimentoplastie::components::cannot_run::PreRendering;
use cimentoplastie::app::provide_state;
use cimentoplastie::components::layout::Layout;
use cimentoplastie::content;
use cimentoplastie::domain::contract::{self, CONTRACT};
use cimentoplastie::domain::mode::Mode;
use cimentoplastie::domain::route::Route;
use cimentoplastie::domain::ui_text::fill;
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
    // Every language's page, drawn from the checked JSON texts (the app itself has only French
    // compiled in, and fetches the others).
    let library = match content::load_every_language() {
        Ok(library) => Box::leak(Box::new(library)),
        Err(errors) => {
            for error in errors {
                eprintln!("{error}");
            }
            std::process::exit(1);
        }
    };
    let pages: Vec<FirstPage> = (0..library.languages.len())
        .map(|index| first_page(library, index))
        .collect();
    match serde_json::to_string(&pages) {
        Ok(json) => println!("{json}"),
        Err(error) => {
            eprintln!("the pages cannot be written as JSON: {error}");
            std::process::exit(1);
        }
    }
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

/// One language's page, as `scripts/post-build.mjs` writes it (`index.html` for the first
/// language, `<code>.html` for each other).
#[derive(serde::Serialize)]
struct FirstPage {
    code: String,
    dir: String,
    /// The document's title as the app sets it on the sheet.
    title: String,
    html: String,
}

fn first_page(library: &'static content::Library, index: usize) -> FirstPage {
    let language = &library.languages[index];
    let html = first_screen(library, index);
    let content = language.content();
    FirstPage {
        code: language.info.code.clone(),
        dir: language.info.dir.clone(),
        title: fill(&content.ui.document_title, &[("page", &content.sheet.title)]),
        html,
    }
}

/// The sheet as the app draws it at home in language `index`, wrapped for the start script: a
/// `.app-prerender` copy with its `lang` (one per page).
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
    let class = CONTRACT.classes.prerender;
    format!("<div class=\"{class}\" lang=\"{code}\">{html}</div>")
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
    fn every_language_has_its_page_with_the_sheet_and_no_repeated_id() {
        let library = Box::leak(Box::new(content::load_every_language().expect("content")));
        for (index, language) in library.languages.iter().enumerate() {
            let page = first_page(library, index);
            let copy = &page.html;
            let mut ids: Vec<&str> = copy
                .split(" id=\"")
                .skip(1)
                .filter_map(|rest| rest.split('"').next())
                .collect();
            let count = ids.len();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), count, "an id is repeated in {}", page.code);
            let sheet = &language.content().sheet;
            assert_eq!(page.code, language.info.code);
            assert!(copy.contains(&format!(">{}</h1>", sheet.title)), "{}", page.code);
            assert!(page.title.contains(&sheet.title), "{}", page.title);
            assert!(copy.starts_with(&format!("<div class=\"app-prerender\" lang=\"{}\">", page.code)));
            assert!(copy.contains("class=\"app-cannot-run\""));
            assert!(!copy.contains("<!"), "no comment left");
        }
        assert_eq!(first_page(library, 0).code, "fr", "the source language first: index.html");
        let arabic = library.languages.iter().position(|l| l.info.code == "ar").expect("ar");
        assert_eq!(first_page(library, arabic).dir, "rtl");
    }

    /// No text of any language's page is left as written for the translators: every plural is
    /// filled (`{days, plural, …}` was once shown raw in the cannot-run privacy note).
    #[test]
    fn every_page_has_its_plurals_filled() {
        let library = Box::leak(Box::new(content::load_every_language().expect("content")));
        for index in 0..library.languages.len() {
            let html = first_screen(library, index);
            let code = &library.languages[index].info.code;
            assert!(!html.contains(", plural,"), "{code}: a plural left unfilled in the first screen");
        }
    }

    /// What the start script looks for in the first screen, by the contract's names (the
    /// components write attribute names as literals).
    #[test]
    fn the_first_screen_has_the_hooks_the_contract_names() {
        let library = Box::leak(Box::new(content::load_every_language().expect("content")));
        let html = first_screen(library, 0);
        let (attributes, templates) = (CONTRACT.attributes, CONTRACT.templates);
        for hook in [
            format!(" id=\"{}\"", CONTRACT.ids.cannot_run),
            format!(" {}=\"{}\"", attributes.template, templates.home),
            format!(" {}=\"{}\"", attributes.template, templates.kiosk),
            format!(" {}=\"{}\"", attributes.template, templates.privacy),
            format!(" {}=\"{}\"", attributes.action, templates.reload),
            format!(" {}=\"{{", attributes.days),
            format!("class=\"{}\"", CONTRACT.classes.prerender),
        ] {
            assert!(html.contains(&hook), "{hook} is not in the first screen");
        }
    }
}
