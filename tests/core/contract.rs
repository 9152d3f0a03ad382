//! The page's contract (`domain::contract`): what "clear" and a kiosk's wipe erase, the stored keys as a format, and the JSON the start script and the tests read.

use cimentoplastie::domain::contract::{self, CONTRACT, keys};

/// Every key the app writes, as a device may hold them.
const ALL_KEYS: [&str; 5] = [keys::ANSWERS, keys::MODE, keys::TEXT_SIZE, keys::LANGUAGE, keys::PROBE];

#[test]
fn clear_erases_the_answers_and_keeps_the_device_mode_language_and_text_size() {
    // The one list both "Effacer mes réponses" paths erase (the app's `storage::clear` and the
    // start script's, before the app is there).
    assert_eq!(CONTRACT.clear, [keys::ANSWERS, keys::PROBE]);
    for kept in [keys::MODE, keys::LANGUAGE, keys::TEXT_SIZE] {
        assert!(!CONTRACT.clear.contains(&kept), "{kept} is erased by clear");
    }
}

#[test]
fn a_kiosk_wipe_erases_every_app_key_but_the_device_mode() {
    let erased: Vec<&str> = ALL_KEYS.into_iter().filter(|k| contract::wiped(k)).collect();
    assert_eq!(erased, [keys::ANSWERS, keys::TEXT_SIZE, keys::LANGUAGE, keys::PROBE]);
    assert!(contract::wiped("cimentoplastie.a-future-key"));
    assert!(!contract::wiped("another-site.reponses"), "another page's key is left alone");
    for key in CONTRACT.clear {
        assert!(contract::wiped(key), "{key}: cleared at home but kept by a kiosk's wipe");
    }
}

#[test]
fn the_stored_keys_keep_their_names_a_format_earlier_visits_left() {
    assert_eq!(
        ALL_KEYS,
        [
            "cimentoplastie.reponses",
            "cimentoplastie.appareil",
            "cimentoplastie.taille-texte",
            "cimentoplastie.langue",
            "cimentoplastie.sonde",
        ]
    );
    assert!(ALL_KEYS.iter().all(|k| k.starts_with(CONTRACT.keys.prefix)));
    assert_eq!(cimentoplastie::domain::stored::STORAGE_KEY, CONTRACT.keys.answers);
}

#[test]
fn the_json_names_every_hook_once_in_english_words() {
    let json: serde_json::Value = serde_json::from_str(&contract::to_json()).expect("the contract is JSON");
    assert_eq!(json["keys"]["answers"], "cimentoplastie.reponses");
    assert_eq!(json["clear"], serde_json::json!(["cimentoplastie.reponses", "cimentoplastie.sonde"]));
    assert_eq!(json["wipeKeeps"], serde_json::json!(["cimentoplastie.appareil"]));
    let mut hooks = Vec::new();
    for group in ["ids", "classes", "attributes", "templates", "events", "history"] {
        let values = json[group].as_object().unwrap_or_else(|| panic!("{group} is missing"));
        assert!(!values.is_empty(), "{group} is empty");
        hooks.extend(values.values().map(|v| v.as_str().expect("a name").to_owned()));
    }
    // The hooks of the French first version, each renamed: none is left.
    let french = ["chargement", "attente", "echec", "impossible", "pour", "jours", "appel", "langue", "ferme",
        "borne", "maison", "vie-privee", "recharger", "demarrage", "retour", "ecran"];
    for hook in &hooks {
        assert!(
            hook.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "{hook}: a hook is plain ASCII words"
        );
        for word in hook.split('-') {
            assert!(!french.contains(&word), "{hook}: still French");
        }
    }
    let ids: Vec<&serde_json::Value> = json["ids"].as_object().expect("ids").values().collect();
    let unique: std::collections::BTreeSet<String> = ids.iter().map(|v| v.to_string()).collect();
    assert_eq!(unique.len(), ids.len(), "two hooks share an id");
}
