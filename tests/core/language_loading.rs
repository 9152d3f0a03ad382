//! A language fetched when chosen: the switch's state (shown at once, fetched once, shown when it comes, failed while the language shown stays), and the bundle's reading (a broken, truncated, misshapen, other language's or other release's bundle is refused, never a panic, and the language stays unloaded).

use cimentoplastie::content::{self, VERSION};
use cimentoplastie::domain::language_choice::{Fetching, Step};
use content_pipeline::bundle::BundleError;

fn bundle(code: &str) -> String {
    let name = format!("lang-{code}.json");
    content::bundles()
        .expect("every bundle is written")
        .into_iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("{name} is not written"))
        .1
}

#[test]
fn a_language_the_app_has_is_shown_at_once() {
    assert_eq!(Fetching::Idle.choose(0, true), (Fetching::Idle, Step::Show(0)));
    // Choosing French while Arabic is fetched: French at once, and Arabic's bundle no longer awaited.
    let (now, step) = Fetching::Loading(2).choose(0, true);
    assert_eq!((now, step), (Fetching::Idle, Step::Show(0)));
    assert_eq!(now.arrived(2, true), (Fetching::Idle, Step::Wait));
}

#[test]
fn a_language_not_loaded_is_fetched_once_then_shown() {
    let (now, step) = Fetching::Idle.choose(2, false);
    assert_eq!((now, step), (Fetching::Loading(2), Step::Fetch(2)));
    assert_eq!(now.loading(), Some(2));
    // A second tap while it comes fetches nothing more.
    assert_eq!(now.choose(2, false), (Fetching::Loading(2), Step::Wait));
    assert_eq!(now.arrived(2, true), (Fetching::Idle, Step::Show(2)));
}

#[test]
fn a_bundle_that_does_not_come_or_read_is_a_failure_and_the_language_shown_stays() {
    let (now, _) = Fetching::Idle.choose(3, false);
    let (now, step) = now.arrived(3, false);
    assert_eq!((now, step), (Fetching::Failed(3), Step::Wait));
    assert_eq!(now.loading(), None);
    // Trying again fetches again; another language meanwhile forgets the failure.
    assert_eq!(now.choose(3, false), (Fetching::Loading(3), Step::Fetch(3)));
    assert_eq!(now.choose(0, true), (Fetching::Idle, Step::Show(0)));
}

#[test]
fn the_last_language_chosen_wins() {
    let (now, _) = Fetching::Idle.choose(2, false);
    let (now, step) = now.choose(4, false);
    assert_eq!((now, step), (Fetching::Loading(4), Step::Fetch(4)));
    // Arabic's bundle comes after Spanish was chosen: Spanish is still awaited.
    assert_eq!(now.arrived(2, true), (Fetching::Loading(4), Step::Wait));
    assert_eq!(now.arrived(2, false), (Fetching::Loading(4), Step::Wait));
    assert_eq!(now.arrived(4, true), (Fetching::Idle, Step::Show(4)));
}

#[test]
fn a_bundle_that_does_not_parse_is_refused_and_the_language_stays_unloaded() {
    let library = content::load().expect("content");
    let arabic = library.languages.iter().find(|l| l.info.code == "ar").expect("Arabic is listed");
    assert!(!arabic.is_loaded());
    let good = bundle("ar");
    let truncated = &good.as_bytes()[..good.len() / 2];
    for broken in [&b""[..], b"<!doctype html><title>404</title>", b"{}", truncated, &[0xff, 0xfe, 0x00]] {
        let refused = arabic.load(broken, VERSION, library.source());
        assert!(matches!(refused, Err(BundleError::Unreadable(_))), "{refused:?}");
        assert!(!arabic.is_loaded());
        assert_eq!(arabic.loaded(), None);
    }
    // Texts of another shape than the app's content (one too few, one too many, a list where a
    // text is expected, a number) are refused too.
    let value: serde_json::Value = serde_json::from_str(&good).unwrap();
    let with_texts = |change: &dyn Fn(&mut Vec<serde_json::Value>)| {
        let mut value = value.clone();
        change(value["texts"].as_array_mut().unwrap());
        value.to_string()
    };
    for shape in [
        with_texts(&|t| { t.pop(); }),
        with_texts(&|t| t.push("de trop".into())),
        with_texts(&|t| t[1] = serde_json::json!(["une", "liste"])),
        with_texts(&|t| t[3] = serde_json::json!(3)),
    ] {
        let refused = arabic.load(shape.as_bytes(), VERSION, library.source());
        assert!(matches!(refused, Err(BundleError::Unreadable(_))), "{refused:?}");
        assert!(!arabic.is_loaded());
    }
}

#[test]
fn another_languages_or_another_releases_bundle_is_refused() {
    let library = content::load().expect("content");
    let arabic = library.languages.iter().find(|l| l.info.code == "ar").unwrap();
    assert_eq!(arabic.load(bundle("ru").as_bytes(), VERSION, library.source()), Err(BundleError::OtherLanguage("ru".into())));
    let old = bundle("ar").replace(&format!("\"version\":\"{VERSION}\""), "\"version\":\"0000000000000000\"");
    assert_eq!(arabic.load(old.as_bytes(), VERSION, library.source()), Err(BundleError::OtherVersion("0000000000000000".into())));
    assert!(!arabic.is_loaded());
    // The right one loads, with its texts and the clinic's in Arabic.
    arabic.load(bundle("ar").as_bytes(), VERSION, library.source()).expect("the Arabic bundle loads");
    let content = arabic.loaded().expect("loaded");
    assert_eq!(content.questionnaire.language, "ar");
    assert_eq!(content.ui.language_label, "اللغة");
    assert_eq!(content.clinic.name, "[اسم مركز التصوير الطبي – يُكمَل لاحقًا]");
}

#[test]
fn the_bundles_carry_the_apps_version_and_every_translation_has_one() {
    let library = content::load().expect("content");
    let bundles = content::bundles().unwrap();
    let names: Vec<&str> = bundles.iter().map(|(n, _)| n.as_str()).collect();
    let wanted: Vec<String> = library.codes()[1..].iter().map(|c| format!("lang-{c}.json")).collect();
    assert_eq!(names, wanted);
    assert_eq!(VERSION, content_pipeline::bundle::content_version(&content::sources()));
    for (name, json) in &bundles {
        assert!(json.contains(&format!("\"version\":\"{VERSION}\"")), "{name}");
    }
}
