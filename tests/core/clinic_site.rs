//! The clinic settings published beside the app (`clinic.json`): checked with the build's rules; missing or wrong, generic.

use cimentoplastie::content;
use cimentoplastie::domain::clinic::{SiteSettings, from_site};
use cimentoplastie::domain::content::read_checked_with_site;

const VALID: &str = r#"{
  "name": "Centre d’imagerie des Tilleuls", "phone": "01 23 45 67 89",
  "opening_hours": "de 8 h à 18 h", "instructions": ["Venez à jeun."], "retention_days": 7,
  "translations": { "en": { "name": "Tilleuls imaging centre", "opening_hours": "8 am to 6 pm", "instructions": ["Do not eat."] } }
}"#;

#[test]
fn valid_settings_are_shown_in_each_language_with_their_retention() {
    let (library, status) =
        read_checked_with_site(&content::sources(), Some(VALID)).expect("content");
    assert_eq!(status, SiteSettings::Valid);
    let fr = &library.languages[0].content().clinic;
    assert_eq!(fr.shown_name(), Some("Centre d’imagerie des Tilleuls"));
    assert_eq!(fr.tel_href(), "tel:0123456789");
    assert_eq!(fr.retention_days, 7);
    let en = &library.languages[1].content().clinic;
    assert_eq!(en.shown_name(), Some("Tilleuls imaging centre"));
}

#[test]
fn each_problem_names_the_file_and_the_field() {
    let wrong_phone = VALID.replace("01 23 45 67 89", "appelez-nous");
    let errors = from_site(&wrong_phone, &["fr", "en"]).expect_err("a phone must be digits");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].to_string().starts_with("clinic.json: phone:"), "{}", errors[0]);
    let no_english = VALID.replace(r#""en""#, r#""de""#);
    let errors = from_site(&no_english, &["fr", "en"]).expect_err("every language needs its texts");
    assert!(errors.iter().any(|e| e.to_string().contains("translations")), "{errors:?}");
    let broken = from_site(r#"{"name": "#, &["fr", "en"]).expect_err("not JSON");
    assert!(broken[0].to_string().starts_with("clinic.json: line 1"), "{}", broken[0]);
}

#[test]
fn missing_or_wrong_settings_show_no_centre_details_and_keep_the_built_in_retention() {
    let built = content::load().expect("content");
    let built_days = built.languages[0].content().clinic.retention_days;
    for (site, missing) in [(None, true), (Some(r#"{"name": 1}"#), false)] {
        let (library, status) = read_checked_with_site(&content::sources(), site).expect("content");
        assert_eq!(matches!(status, SiteSettings::Missing), missing);
        assert_eq!(matches!(status, SiteSettings::Invalid(_)), !missing);
        for language in &library.languages {
            let clinic = &language.content().clinic;
            assert_eq!(clinic.shown_name(), None);
            assert_eq!(clinic.shown_phone(), None);
            assert_eq!(clinic.shown_hours(), None);
            assert!(clinic.shown_instructions().is_empty());
            assert_eq!(clinic.retention_days, built_days);
        }
    }
}
