//! The clinic settings published beside the app (`clinic.json`): read field by field (every right field kept, a wrong one falling back on its own), each problem told to the staff in words; missing or unreadable, generic.

use cimentoplastie::content;
use cimentoplastie::domain::clinic::{SiteSettings, from_site};
use cimentoplastie::domain::clinic_reading::{
    Expected, Fallback, Field, FieldPath, Problem, Reading, SiteProblem, is_french_phone,
    read_bytes, read_text,
};
use cimentoplastie::domain::settings_report::{delay_words, field_words, problem_words};
use serde_json::{Value, json};

const VALID: &str = r#"{
  "name": "Centre d’imagerie des Tilleuls", "phone": "01 23 45 67 89",
  "opening_hours": "de 8 h à 18 h", "instructions": ["Venez à jeun."], "retention_days": 7,
  "translations": { "en": { "name": "Tilleuls imaging centre", "opening_hours": "8 am to 6 pm", "instructions": ["Do not eat."] } }
}"#;
const CODES: [&str; 2] = ["fr", "en"];
const LANGUAGES: [(&str, &str); 2] = [("fr", "Français"), ("en", "English")];
/// The app's own retention, used when the file's is wrong.
const BUILT_IN_DAYS: u32 = 14;

fn valid() -> Value {
    serde_json::from_str(VALID).unwrap()
}

/// The valid settings with a translation for every language of the app (the English texts for
/// each), as a centre publishes them.
fn valid_in_every_language() -> String {
    let mut value = valid();
    let english = value["translations"]["en"].clone();
    for code in content::load().unwrap().codes().into_iter().skip(1) {
        value["translations"][code] = english.clone();
    }
    value.to_string()
}

/// Reads the valid settings after `edit`.
fn read_after(edit: impl FnOnce(&mut Value)) -> Reading {
    let mut value = valid();
    edit(&mut value);
    read_text(&value.to_string(), &CODES, BUILT_IN_DAYS)
}

fn at(language: Option<&str>, field: Field) -> FieldPath {
    FieldPath {
        language: language.map(str::to_owned),
        field,
    }
}

/// The problem's line as the French check page says it (field, what is wrong, meanwhile), and its example.
fn in_french(problem: &SiteProblem) -> (String, Option<String>) {
    let library = content::load().unwrap();
    let ui = &library.languages[0].content().ui;
    let words = problem_words(problem, ui, &LANGUAGES, &library.languages[0].info.plural_rules());
    let line = format!("{} : {} {}", words.field, words.what, words.meanwhile.unwrap_or_default());
    (line, words.example)
}

#[test]
fn valid_settings_are_shown_in_each_language_with_their_retention() {
    let site = valid_in_every_language();
    let (library, status) = content::load_with_site(Some(site.as_bytes())).expect("content");
    assert!(status.is_valid(), "{status:?}");
    let fr = &library.languages[0].content().clinic;
    assert_eq!(fr.shown_name(), Some("Centre d’imagerie des Tilleuls"));
    assert_eq!(fr.tel_href(), "tel:0123456789");
    assert_eq!(fr.retention_days, 7);
    // A language fetched when chosen has its settings already, and keeps them once loaded.
    let en = &library.languages[1];
    assert!(!en.is_loaded());
    assert_eq!(en.clinic().shown_name(), Some("Tilleuls imaging centre"));
    let (_, bundle) = content::bundles().unwrap().into_iter().find(|(name, _)| name == "lang-en.json").unwrap();
    en.load(bundle.as_bytes(), content::VERSION, library.source()).expect("the English bundle loads");
    assert_eq!(en.content().clinic.shown_name(), Some("Tilleuls imaging centre"));
    assert_eq!(en.content().clinic.retention_days, 7);
}

#[test]
fn each_problem_names_the_file_and_the_field_for_the_build() {
    let wrong_phone = VALID.replace("01 23 45 67 89", "appelez-nous");
    let errors = from_site(&wrong_phone, &CODES).expect_err("a phone must be digits");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].to_string().starts_with("clinic.json: phone:"), "{}", errors[0]);
    let no_english = VALID.replace(r#""en""#, r#""de""#);
    let errors = from_site(&no_english, &CODES).expect_err("every language needs its texts");
    assert!(errors.iter().any(|e| e.to_string().contains("translations.en: is missing")), "{errors:?}");
    assert!(errors.iter().any(|e| e.to_string().contains("translations.de: is not a language")), "{errors:?}");
    let broken = from_site(r#"{"name": "#, &CODES).expect_err("not JSON");
    assert!(broken[0].to_string().starts_with("clinic.json: line 1"), "{}", broken[0]);
}

#[test]
fn a_missing_file_or_one_not_json_shows_no_centre_details_and_keeps_the_built_in_retention() {
    let built = content::load().expect("content");
    let built_days = built.languages[0].content().clinic.retention_days;
    for site in [None, Some(&br#"{"name": "Centre""#[..]), Some(&b"[1, 2]"[..])] {
        let (library, status) = content::load_with_site(site).expect("content");
        assert_eq!(matches!(status, SiteSettings::Missing), site.is_none());
        assert!(!status.is_valid());
        for language in &library.languages {
            let clinic = language.clinic();
            assert_eq!(clinic.shown_name(), None);
            assert_eq!(clinic.shown_phone(), None);
            assert_eq!(clinic.shown_hours(), None);
            assert!(clinic.shown_instructions().is_empty());
            assert_eq!(clinic.retention_days, built_days);
        }
    }
}

#[test]
fn retention_days_written_as_a_text_is_named_with_a_right_example_and_the_built_in_retention_is_used() {
    let reading = read_after(|v| v["retention_days"] = json!("14"));
    assert_eq!(
        reading.problems,
        [SiteProblem {
            field: at(None, Field::RetentionDays),
            problem: Problem::WrongType(Expected::WholeNumber),
            value: Some("\"14\"".into()),
            fallback: Fallback::BuiltIn(BUILT_IN_DAYS),
        }]
    );
    assert_eq!(reading.settings.retention_days, BUILT_IN_DAYS);
    assert_eq!(reading.settings.phone, "01 23 45 67 89", "every other field is kept");
    let (line, example) = in_french(&reading.problems[0]);
    assert!(line.starts_with("Durée de conservation des réponses (retention_days) : doit être un nombre entier, écrit sans guillemets"), "{line}");
    assert!(line.contains("le fichier contient \"14\""), "{line}");
    assert!(line.contains("au plus 14\u{a0}jours"), "{line}");
    assert_eq!(example.as_deref(), Some("\"retention_days\": 14"));
    assert!(!line.contains("invalid type") && !line.contains("expected u32"), "no parser wording: {line}");
}

#[test]
fn retention_days_out_of_range_is_named() {
    for days in [json!(0), json!(400), json!(-3)] {
        let reading = read_after(|v| v["retention_days"] = days.clone());
        assert_eq!(reading.problems[0].problem, Problem::OutOfRange, "{days}");
        assert_eq!(reading.settings.retention_days, BUILT_IN_DAYS);
    }
    let reading = read_after(|v| v["retention_days"] = json!(2.5));
    assert_eq!(reading.problems[0].problem, Problem::WrongType(Expected::WholeNumber));
}

#[test]
fn an_extra_field_is_ignored_and_listed_and_the_centre_is_still_shown() {
    let reading = read_after(|v| {
        v["unknown_field"] = json!(1);
        v["translations"]["en"]["fax"] = json!("x");
    });
    let unknown: Vec<_> = reading.problems.iter().map(|p| (p.field.key(), &p.problem, p.fallback)).collect();
    assert_eq!(
        unknown,
        [
            ("translations.en.fax".to_owned(), &Problem::Unknown, Fallback::Ignored),
            ("unknown_field".to_owned(), &Problem::Unknown, Fallback::Ignored),
        ]
    );
    assert_eq!(reading.settings, read_after(|_| {}).settings, "nothing else changes");
    let (line, example) = in_french(&reading.problems[1]);
    assert!(line.starts_with("Champ inconnu (unknown_field) : l’application ne connaît pas ce champ"), "{line}");
    assert!(line.contains("name, phone, opening_hours, instructions, retention_days, translations"), "{line}");
    assert!(line.contains("rien ne change pour les patients"), "{line}");
    assert_eq!(example, None);
}

#[test]
fn a_missing_english_block_falls_back_to_the_french_texts_and_french_patients_keep_everything() {
    let reading = read_after(|v| {
        v.as_object_mut().unwrap().remove("translations");
    });
    assert_eq!(reading.problems.len(), 1);
    let problem = &reading.problems[0];
    assert_eq!((problem.field.key().as_str(), &problem.problem), ("translations.en", &Problem::Missing));
    assert_eq!(problem.fallback, Fallback::SourceText);
    let settings = &reading.settings;
    let fr = settings.in_language("fr");
    assert_eq!(fr.shown_name(), Some("Centre d’imagerie des Tilleuls"));
    assert_eq!(fr.tel_href(), "tel:0123456789");
    assert_eq!(fr.shown_hours(), Some("de 8 h à 18 h"));
    assert_eq!(fr.shown_instructions(), ["Venez à jeun."]);
    assert_eq!(settings.in_language("en").shown_name(), Some("Centre d’imagerie des Tilleuls"));
    let (line, _) = in_french(problem);
    assert!(line.starts_with("Traduction «\u{202f}English\u{202f}» (translations.en) : ce bloc manque"), "{line}");
    assert!(line.contains("les patients qui ont choisi «\u{202f}English\u{202f}» voient ici le texte français"), "{line}");
}

#[test]
fn a_missing_english_text_falls_back_to_the_french_one_alone() {
    let reading = read_after(|v| {
        v["translations"]["en"].as_object_mut().unwrap().remove("opening_hours");
    });
    assert_eq!(reading.problems.len(), 1);
    assert_eq!(reading.problems[0].field, at(Some("en"), Field::OpeningHours));
    assert_eq!(reading.problems[0].fallback, Fallback::SourceText);
    let en = reading.settings.in_language("en");
    assert_eq!(en.shown_name(), Some("Tilleuls imaging centre"), "the English name is kept");
    assert_eq!(en.shown_hours(), Some("de 8 h à 18 h"));
    let (line, _) = in_french(&reading.problems[0]);
    assert!(line.starts_with("Horaires d’ouverture, traduction «\u{202f}English\u{202f}» (translations.en.opening_hours) : ce champ manque."), "{line}");
}

#[test]
fn english_instructions_missing_a_line_take_the_french_line_and_extra_lines_are_dropped() {
    let reading = read_after(|v| {
        v["instructions"] = json!(["Venez à jeun.", "Apportez vos examens."]);
        v["translations"]["en"]["instructions"] = json!(["Do not eat."]);
    });
    assert_eq!(reading.problems[0].problem, Problem::LineCount { expected: 2, found: 1 });
    assert_eq!(reading.problems[0].fallback, Fallback::SourceText);
    assert_eq!(reading.settings.in_language("en").instructions, ["Do not eat.", "Apportez vos examens."]);
    let reading = read_after(|v| v["translations"]["en"]["instructions"] = json!(["Do not eat.", "More."]));
    assert_eq!(reading.problems[0].fallback, Fallback::Ignored);
    assert_eq!(reading.settings.in_language("en").instructions, ["Do not eat."]);
    let reading = read_after(|v| v["translations"]["en"]["instructions"] = json!([3]));
    assert_eq!(reading.problems[0].field, at(Some("en"), Field::Instruction(0)));
    assert_eq!(reading.settings.in_language("en").instructions, ["Venez à jeun."]);
}

#[test]
fn a_wrong_field_alone_is_left_out_and_the_others_are_kept() {
    let reading = read_after(|v| {
        v["name"] = json!(42);
        v["opening_hours"] = json!("  ");
        v["instructions"] = json!(["Venez à jeun.", ["a list"]]);
        v["translations"]["en"]["instructions"] = json!(["Do not eat.", "Bring your scans."]);
    });
    let problems: Vec<_> = reading.problems.iter().map(|p| (p.field.key(), p.problem.clone())).collect();
    assert_eq!(
        problems,
        [
            ("name".to_owned(), Problem::WrongType(Expected::Text)),
            ("opening_hours".to_owned(), Problem::Empty),
            ("instructions[1]".to_owned(), Problem::WrongType(Expected::Text)),
        ]
    );
    let fr = reading.settings.in_language("fr");
    assert_eq!(fr.shown_name(), None);
    assert_eq!(fr.shown_hours(), None);
    assert_eq!(fr.shown_phone(), Some("01 23 45 67 89"));
    assert_eq!(fr.shown_instructions(), ["Venez à jeun."]);
    assert_eq!(reading.settings.in_language("en").shown_name(), Some("Tilleuls imaging centre"));
    let (line, example) = in_french(&reading.problems[2]);
    assert!(line.starts_with("Consigne pratique n°\u{a0}2 (instructions[1]) : doit être un texte"), "{line}");
    assert!(line.contains("En attendant, les patients ne le voient pas."), "{line}");
    assert_eq!(example.as_deref(), Some("\"Venez à jeun.\""));
}

#[test]
fn a_published_file_with_one_wrong_field_still_shows_the_centre_to_french_patients() {
    let mut value = valid();
    value.as_object_mut().unwrap().remove("translations");
    value["unknown_field"] = json!(true);
    let site = value.to_string();
    let (library, status) =
        content::load_with_site(Some(site.as_bytes())).expect("content");
    // Each translation missing, and the unknown field.
    assert_eq!(status.problems().len(), library.languages.len());
    let fr = &library.languages[0].content().clinic;
    assert_eq!(fr.tel_href(), "tel:0123456789");
    assert_eq!(fr.retention_days, 7);
    assert_eq!(library.languages[1].clinic().shown_phone(), Some("01 23 45 67 89"));
}

#[test]
fn bad_json_says_so_plainly_with_the_line_number() {
    let reading = read_text("{\n  \"name\": \"Centre\"\n  \"phone\": \"01 23 45 67 89\"\n}", &CODES, BUILT_IN_DAYS);
    assert!(reading.unreadable());
    assert_eq!(reading.problems[0].problem, Problem::NotJson { line: 3, column: 3 });
    let (line, example) = in_french(&reading.problems[0]);
    assert!(line.starts_with(" : le fichier n’est pas du JSON valide\u{202f}: la lecture s’arrête à la ligne 3."), "{line}");
    assert!(!line.contains("expected"), "no parser wording: {line}");
    assert_eq!(example.as_deref(), Some("\"phone\": \"01 23 45 67 89\","));
    let reading = read_text("[]", &CODES, BUILT_IN_DAYS);
    assert_eq!(reading.problems[0].problem, Problem::NotBlock);
}

#[test]
fn a_file_saved_in_latin_1_is_refused_naming_the_encoding_and_the_line() {
    let latin_1: Vec<u8> = VALID
        .replace("de 8 h à 18 h", "de 8 h a 18 h")
        .replace("Venez à jeun.", "Venez \u{0}.")
        .into_bytes()
        .into_iter()
        .map(|b| if b == 0 { 0xE0 } else { b }) // "à" in Latin-1
        .collect();
    let reading = read_bytes(&latin_1, &CODES, BUILT_IN_DAYS);
    assert!(reading.unreadable());
    assert_eq!(reading.problems[0].problem, Problem::NotUtf8 { line: 3 });
    assert_eq!(reading.settings.shown_name(), None, "nothing shown with \u{fffd}");
    let (line, _) = in_french(&reading.problems[0]);
    assert!(line.contains("le fichier n’est pas enregistré en UTF-8\u{202f}: le premier caractère illisible est à la ligne 3"), "{line}");
    assert!(line.contains("«\u{202f}UTF-8\u{202f}»"), "{line}");
    let with_bom = [&b"\xEF\xBB\xBF"[..], VALID.as_bytes()].concat();
    assert!(read_bytes(&with_bom, &CODES, BUILT_IN_DAYS).problems.is_empty(), "a UTF-8 byte-order mark is fine");
}

#[test]
fn french_phone_numbers_are_accepted_and_others_refused() {
    for right in [
        "01 23 45 67 89", "01.23.45.67.89", "01-23-45-67-89", "0123456789", "04\u{a0}12\u{a0}34\u{a0}56\u{a0}78",
        "+33 1 23 45 67 89", "+33 (0)1 23 45 67 89", "+33123456789", "15", "17", "18", "112", "114", "115",
        "116 000", "116117", "3900", "36 24",
    ] {
        assert!(is_french_phone(right), "{right:?} is a French number");
    }
    for wrong in [
        "12345", "appelez-nous", "01 23 45 67 8", "01 23 45 67 89 0", "1 23 45 67 89", "00 12 34 56 78",
        "+33 0 1 23 45 67 89", "+33 1 23 45 67", "+44 20 7946 0958", "0033 1 23 45 67 89", "16", "113", "4000",
        "01 23 45 67 89 (accueil)", "01/23/45/67/89", "",
    ] {
        assert!(!is_french_phone(wrong), "{wrong:?} is not a French number");
    }
}

#[test]
fn a_wrong_phone_is_named_with_a_right_example_and_no_link_is_offered() {
    let reading = read_after(|v| v["phone"] = json!("12345"));
    assert_eq!(reading.problems[0].problem, Problem::NotAPhone);
    assert_eq!(reading.settings.shown_phone(), None);
    let (line, example) = in_french(&reading.problems[0]);
    assert!(line.starts_with("Numéro de téléphone (phone) : \"12345\" n’est pas un numéro de téléphone français."), "{line}");
    assert_eq!(example.as_deref(), Some("\"phone\": \"01 23 45 67 89\""));
}

#[test]
fn the_tel_link_of_an_international_number_drops_the_bracketed_zero() {
    let reading = read_after(|v| v["phone"] = json!("+33 (0)1 23 45 67 89"));
    assert!(reading.problems.is_empty());
    assert_eq!(reading.settings.tel_href(), "tel:+33123456789");
}

#[test]
fn the_shipped_file_is_to_be_filled_in_and_its_fields_are_named_in_words() {
    let shipped = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/content/clinic.json")).unwrap();
    let codes = content::load().unwrap().codes().into_iter().map(str::to_owned).collect::<Vec<_>>();
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    let reading = read_bytes(&shipped, &codes, BUILT_IN_DAYS);
    assert!(reading.problems.is_empty(), "{:?}", reading.problems);
    let keys: Vec<String> = reading.to_complete.iter().map(FieldPath::key).collect();
    assert_eq!(keys[..7], [
        "name", "phone", "opening_hours", "instructions[0]",
        "translations.en.name", "translations.en.opening_hours", "translations.en.instructions[0]",
    ]);
    // Every translation's placeholders too.
    assert_eq!(keys.len(), 4 + 3 * (codes.len() - 1), "{keys:?}");
    let ui = &content::load().unwrap().languages[0].content().ui.clone();
    let words: Vec<String> = reading.to_complete.iter().map(|f| field_words(f, ui, &LANGUAGES)).collect();
    assert_eq!(words[0], "Nom du centre (name)");
    assert_eq!(words[1], "Numéro de téléphone (phone)");
    assert_eq!(words[3], "Consigne pratique n°\u{a0}1 (instructions[0])");
    assert_eq!(words[4], "Nom du centre, traduction «\u{202f}English\u{202f}» (translations.en.name)");
}

#[test]
fn an_inactivity_delay_is_said_in_seconds_or_whole_minutes() {
    let library = content::load_every_language().unwrap();
    let language = |code: &str| library.languages.iter().find(|l| l.info.code == code).unwrap();
    let said = |code: &str, seconds: u32| {
        let language = language(code);
        delay_words(seconds, &language.content().ui, &language.info.plural_rules())
    };
    assert_eq!(said("fr", 90), "90\u{a0}secondes");
    assert_eq!(said("fr", 30), "30\u{a0}secondes");
    assert_eq!(said("fr", 120), "2\u{a0}minutes");
    assert_eq!(said("fr", 3600), "60\u{a0}minutes");
    // Each language's own plural forms (CLDR), from its rules in `content/languages.json`.
    assert_eq!(said("en", 60), "60\u{a0}seconds");
    assert_eq!(said("ru", 31), "31 секунда");
    assert_eq!(said("ru", 32), "32 секунды");
    assert_eq!(said("ru", 35), "35 секунд");
    assert_eq!(said("uk", 180), "3 хвилини");
    assert_eq!(said("ro", 300), "5 minute");
    assert_eq!(said("ro", 1200), "20 de minute");
    assert_eq!(said("ar", 30), "30 ثانية");
    assert_eq!(said("ar", 120), "2 دقيقتين");
}

#[test]
fn the_clinic_sets_the_order_of_the_languages_each_known_once_the_others_following() {
    use cimentoplastie::domain::language::ordered;
    let read = |languages: Value| read_after(|v| v["languages"] = languages);
    let fine = read(serde_json::json!(["en", "fr"]));
    assert_eq!(fine.problems, vec![]);
    assert_eq!(fine.settings.languages, ["en", "fr"]);
    assert_eq!(ordered(&["fr", "en", "ar"], &fine.settings.languages), [1, 0, 2], "a language left out follows");
    assert_eq!(ordered(&["fr", "en", "ar"], &[]), [0, 1, 2], "none set: the list's order");
    assert_eq!(read_after(|_| {}).settings.languages, Vec::<String>::new(), "optional");
    for wrong in [serde_json::json!(["en", "xx"]), serde_json::json!("en, fr"), serde_json::json!(["en", "en"]), serde_json::json!([])] {
        let reading = read(wrong.clone());
        assert_eq!(reading.problems.len(), 1, "{wrong}: {:?}", reading.problems);
        assert_eq!(reading.problems[0].field, at(None, Field::Languages), "{wrong}");
        assert_eq!(reading.settings.languages, Vec::<String>::new(), "{wrong}: ignored, the list's order");
    }
    let (line, example) = in_french(&read(serde_json::json!(["xx"])).problems[0]);
    assert!(line.starts_with("Ordre des langues (languages)"), "{line}");
    assert!(line.contains("fr, en"), "the codes to choose from, the source's too: {line}");
    assert_eq!(example, None);
}
