//! The page's contract: the names the app, the start script (`web/start.js`) and the tests share (stored keys, what "clear" erases, hook ids, classes, attributes and events), written once here and emitted at build as JSON.
//!
//! `prerender` prints `CONTRACT` as JSON (`cargo run -p prerender -- <file>`); `scripts/post-build.mjs`
//! puts the values the start script names into it (`CONTRACT.ids.firstScreen` becomes
//! `"first-screen"`) and leaves the JSON at `target/contract.json`, which the tests read.
//! The stored keys are a format (what earlier visits left on a device): they keep their French names.

use serde::Serialize;

/// Everything the app and the start script must agree on.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Contract {
    pub keys: Keys,
    /// What "Effacer mes réponses" (and "Recommencer à zéro") erases, before and after the app
    /// has taken over: the same keys on both paths.
    pub clear: &'static [&'static str],
    /// What a kiosk's wipe keeps: it erases every key starting with `keys.prefix` but these.
    pub wipe_keeps: &'static [&'static str],
    pub ids: Ids,
    pub classes: Classes,
    pub attributes: Attributes,
    pub templates: Templates,
    pub events: Events,
    pub history: History,
}

/// The localStorage keys (values are JSON, as gloo-storage writes them).
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Keys {
    /// Every key the app writes starts with this.
    pub prefix: &'static str,
    /// The answers, their screen and time (`domain::stored`); home only.
    pub answers: &'static str,
    /// The device's mode (home or kiosk, and the kiosk's delay): not about any patient.
    pub mode: &'static str,
    /// The text size the patient chose ("125", "150"; none for the normal size).
    pub text_size: &'static str,
    /// The language chosen with the language switch; home only.
    pub language: &'static str,
    /// Written and removed at once, to learn whether storage accepts a write.
    pub probe: &'static str,
}

/// Ids of the page before the app (`index.html`, written by `scripts/post-build.mjs`).
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ids {
    /// The pre-rendered first screen; the app removes it when it takes over.
    pub first_screen: &'static str,
    /// The status line saying what is coming ("Effacement dès que l'application sera prête…").
    pub status: &'static str,
    /// The pointer at the top of the page to the "cannot run" message.
    pub failed_pointer: &'static str,
    /// The "cannot run" message (`components/cannot_run.rs`).
    pub cannot_run: &'static str,
}

/// Classes on `<html>` that say where the start is.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Classes {
    /// A copy of the first screen in one language (`prerender`).
    pub prerender: &'static str,
    /// The app is drawn hidden behind the first screen (`first_screen.rs`).
    pub starting: &'static str,
    /// The status line is shown: the page gets room below it.
    pub waiting: &'static str,
    /// The app cannot run here: the "cannot run" message is shown.
    pub failed: &'static str,
}

/// Data attributes the start script reads or writes.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attributes {
    /// On `<html>`: the language the start script shows, when not the first one.
    pub language: &'static str,
    /// On a `<template>` of the "cannot run" message: which one it is (`Templates`).
    pub template: &'static str,
    /// The number of days answers are kept, filled from the published `clinic.json`.
    pub days: &'static str,
    /// The list item with the centre's phone number.
    pub call: &'static str,
    /// On a medical term closed with Escape: its definition stays hidden while it has the focus.
    pub closed: &'static str,
    /// On a button the start script carries out (`Attributes::action` = `Templates::reload`).
    pub action: &'static str,
}

/// Values of `Attributes::template` and `Attributes::action`.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Templates {
    /// The message for a patient at home.
    pub home: &'static str,
    /// The message for the staff, at a kiosk.
    pub kiosk: &'static str,
    /// The privacy note, shown under its footer link.
    pub privacy: &'static str,
    /// The action of "Réessayer": the page is loaded again.
    pub reload: &'static str,
}

/// Events on `window`.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Events {
    /// The boot script could not load or start the WebAssembly.
    pub failed: &'static str,
    /// Trunk's loader started the app (its name, not ours).
    pub started: &'static str,
}

/// The app's marks on its history entries (`history.state`).
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct History {
    /// The kiosk's guard entry under the app's, that keeps Back inside the app (`kiosk.rs`).
    pub back_guard: &'static str,
    /// The start of each entry's key, by which its scroll position is kept (`scroll.rs`).
    pub screen_prefix: &'static str,
}

/// The stored keys, one constant each (`CONTRACT.keys` lists them).
pub mod keys {
    pub const PREFIX: &str = "cimentoplastie.";
    pub const ANSWERS: &str = "cimentoplastie.reponses";
    pub const MODE: &str = "cimentoplastie.appareil";
    pub const TEXT_SIZE: &str = "cimentoplastie.taille-texte";
    pub const LANGUAGE: &str = "cimentoplastie.langue";
    pub const PROBE: &str = "cimentoplastie.sonde";
}

/// The contract.
pub const CONTRACT: Contract = Contract {
    keys: Keys {
        prefix: keys::PREFIX,
        answers: keys::ANSWERS,
        mode: keys::MODE,
        text_size: keys::TEXT_SIZE,
        language: keys::LANGUAGE,
        probe: keys::PROBE,
    },
    // The answers (and the probe, should a write have been cut short). Not the device's mode, nor
    // the patient's language and text size, which keep the page as the patient reads it.
    clear: &[keys::ANSWERS, keys::PROBE],
    wipe_keeps: &[keys::MODE],
    ids: Ids {
        first_screen: "first-screen",
        status: "early-status",
        failed_pointer: "early-failed",
        cannot_run: "cannot-run",
    },
    classes: Classes {
        prerender: "app-prerender",
        starting: "app-starting",
        waiting: "app-waiting",
        failed: "app-failed",
    },
    attributes: Attributes {
        language: "data-language",
        template: "data-for",
        days: "data-days",
        call: "data-call",
        closed: "data-closed",
        action: "data-action",
    },
    templates: Templates {
        home: "home",
        kiosk: "kiosk",
        privacy: "privacy",
        reload: "reload",
    },
    events: Events {
        failed: "cimentoplastie-failed",
        started: "TrunkApplicationStarted",
    },
    history: History {
        back_guard: "cimentoplastie-back",
        screen_prefix: "cimentoplastie-screen-",
    },
};

/// Whether a kiosk's wipe erases `key`: every app key but those it keeps.
pub fn wiped(key: &str) -> bool {
    key.starts_with(CONTRACT.keys.prefix) && !CONTRACT.wipe_keeps.contains(&key)
}

/// The contract as JSON, for the start script and the tests.
pub fn to_json() -> String {
    serde_json::to_string_pretty(&CONTRACT).unwrap_or_default()
}
