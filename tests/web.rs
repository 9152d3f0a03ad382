//! In-browser tests (wasm-bindgen-test, headless Chromium): the storage layer and the components.
#![cfg(target_arch = "wasm32")]

use cimentoplastie::app::App;
use cimentoplastie::content::{self, Content, Library};
use cimentoplastie::domain::answers::{Answer, Answers};
use cimentoplastie::domain::route::Route;
use cimentoplastie::domain::stored::{DecodeError, STORAGE_KEY, Saved};
use cimentoplastie::storage::{self, StorageError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn library() -> &'static Library {
    Box::leak(Box::new(content::load().expect("shipped content loads")))
}

/// The source language's content (French, which the browser tests expect).
fn content() -> &'static Content {
    library().source()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn saved() -> Saved {
    let mut answers = Answers::new();
    answers.insert("grossesse".into(), Answer::Choice("N".into()));
    answers.insert("anticoagulant".into(), Answer::Choice("Y".into()));
    answers.insert(
        "anticoagulant-nom".into(),
        Answer::Text("<img src=x onerror=alert(1)>".into()),
    );
    for id in [
        "saignement",
        "plaquettes",
        "anesthesie",
        "allergie-methylmethacrylate",
        "position-ventre",
    ] {
        answers.insert(id.into(), Answer::Choice("N".into()));
    }
    Saved {
        answers,
        route: Route::Check,
        saved_at_ms: js_sys::Date::now(),
    }
}

#[wasm_bindgen_test]
fn storage_saves_and_gives_back_a_session() {
    let q = &content().questionnaire;
    storage::clear().unwrap();
    assert_eq!(storage::load(q), Ok(None));
    let session = saved();
    storage::save(q, &session).unwrap();
    assert_eq!(storage::load(q), Ok(Some(session)));
    storage::clear().unwrap();
    assert_eq!(local_storage().get_item(STORAGE_KEY).unwrap(), None);
    assert_eq!(
        local_storage().length().unwrap(),
        0,
        "nothing else is left behind"
    );
}

#[wasm_bindgen_test]
fn storage_reports_corrupt_data_as_a_typed_error() {
    let q = &content().questionnaire;
    local_storage()
        .set_item(STORAGE_KEY, "{pas du json")
        .unwrap();
    assert_eq!(
        storage::load(q),
        Err(StorageError::Decode(DecodeError::Corrupt))
    );
    local_storage()
        .set_item(STORAGE_KEY, "{\"format\":3}")
        .unwrap();
    assert_eq!(
        storage::load(q),
        Err(StorageError::Decode(DecodeError::UnknownFormat(3)))
    );
    storage::clear().unwrap();
}

/// Mounts the app in a fresh container; dropping the returned handle unmounts it.
fn mount_app() -> (web_sys::HtmlElement, impl Drop) {
    let container: web_sys::HtmlElement =
        document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let library = library();
    let mode = cimentoplastie::domain::mode::Mode::Home;
    let handle = leptos::mount::mount_to(
        container.clone(),
        move || view! { <App library language=0 mode /> },
    );
    (container, handle)
}

/// Yields to the browser until the next animation frame, so Leptos can run its effects.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits, frame by frame (at most 60), until `condition` holds.
async fn until(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..60 {
        if condition() {
            return;
        }
        next_frame().await;
    }
    panic!("still waiting for: {what}");
}

#[wasm_bindgen_test]
async fn a_question_page_has_a_legend_heading_and_three_unchecked_radios_and_saves_a_choice() {
    storage::clear().unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/question/grossesse")
        .unwrap();
    let (container, app) = mount_app();
    until("the question page", || {
        container
            .query_selector("fieldset legend h1")
            .unwrap()
            .is_some()
    })
    .await;
    let legend = container
        .query_selector("fieldset legend h1")
        .unwrap()
        .expect("the question is the legend's heading");
    assert_eq!(
        legend.text_content().unwrap(),
        "Êtes-vous enceinte, ou est-il possible que vous le soyez\u{202f}?"
    );
    let radios = container.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(radios.length(), 3);
    for i in 0..3 {
        let radio: web_sys::HtmlInputElement = radios.get(i).unwrap().unchecked_into();
        assert!(!radio.checked(), "no answer is preselected");
    }
    let oui: web_sys::HtmlInputElement = container
        .query_selector("#grossesse")
        .unwrap()
        .unwrap()
        .unchecked_into();
    oui.click();
    until("the answer is saved", || {
        local_storage().get_item(STORAGE_KEY).unwrap().is_some()
    })
    .await;
    let stored = local_storage()
        .get_item(STORAGE_KEY)
        .unwrap()
        .expect("the answer is saved at once");
    assert!(
        stored.contains("\"grossesse\":{\"choice\":\"Y\"}"),
        "{stored}"
    );
    drop(app);
    container.remove();
    storage::clear().unwrap();
}

#[wasm_bindgen_test]
async fn typed_text_is_shown_as_text_never_as_markup() {
    storage::clear().unwrap();
    storage::save(&content().questionnaire, &saved()).unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/verification")
        .unwrap();
    let (container, app) = mount_app();
    // The resume question comes first.
    until("the resume question", || {
        container
            .query_selector("main button.app-button")
            .unwrap()
            .is_some()
    })
    .await;
    let resume = container
        .query_selector("main button.app-button")
        .unwrap()
        .unwrap();
    assert_eq!(resume.text_content().unwrap(), "Reprendre où j’en étais");
    resume.unchecked_into::<web_sys::HtmlElement>().click();
    until("the check-answers page", || {
        container
            .query_selector("h1")
            .unwrap()
            .and_then(|h| h.text_content())
            .as_deref()
            == Some("Vérifiez vos réponses")
    })
    .await;
    assert!(
        container.query_selector("img").unwrap().is_none(),
        "typed text became markup"
    );
    assert!(
        container
            .text_content()
            .unwrap()
            .contains("<img src=x onerror=alert(1)>")
    );
    drop(app);
    container.remove();
    storage::clear().unwrap();
}

#[wasm_bindgen_test]
fn the_error_screen_offers_reload_and_a_fresh_start() {
    let html = cimentoplastie::fatal_screen::fatal_html(&content().ui);
    let container = document().create_element("div").unwrap();
    container.set_inner_html(&html);
    assert_eq!(
        container
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Un problème est survenu"
    );
    let links = container.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 2);
    let reset: web_sys::Element = links.get(1).unwrap().unchecked_into();
    assert_eq!(reset.get_attribute("href").unwrap(), "./?reinitialiser");
    assert_eq!(
        reset.text_content().unwrap(),
        "Effacer mes réponses et recommencer"
    );
}
