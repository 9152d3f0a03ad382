//! Kiosk or home mode from the staff address, the inactivity phases, the retention period.

use cimentoplastie::domain::mode::{
    DEFAULT_IDLE_SECONDS, IdlePhase, Mode, ModeRequest, WARNING_SECONDS, decide, idle_phase,
    is_past_retention, parse_request,
};

#[test]
fn the_staff_address_switches_kiosk_mode_on_and_off() {
    let cases: [(&str, Option<ModeRequest>); 8] = [
        ("", None),
        ("?", None),
        ("?kiosk", Some(ModeRequest::KioskOn { idle_seconds: None })),
        (
            "?kiosk=on&delai=120",
            Some(ModeRequest::KioskOn {
                idle_seconds: Some(120),
            }),
        ),
        (
            "?delai=5&kiosk",
            Some(ModeRequest::KioskOn {
                idle_seconds: Some(30),
            }),
        ),
        (
            "?kiosk&delai=999999",
            Some(ModeRequest::KioskOn {
                idle_seconds: Some(3600),
            }),
        ),
        ("?kiosk=off", Some(ModeRequest::KioskOff)),
        ("?reinitialiser", None),
    ];
    for (query, expected) in cases {
        assert_eq!(parse_request(query), expected, "{query}");
    }
}

#[test]
fn the_device_remembers_kiosk_mode_until_switched_off() {
    let kiosk = |s| Mode::Kiosk { idle_seconds: s };
    assert_eq!(decide(None, None), Mode::Home);
    assert_eq!(
        decide(Some(ModeRequest::KioskOn { idle_seconds: None }), None),
        kiosk(DEFAULT_IDLE_SECONDS)
    );
    assert_eq!(decide(None, Some(kiosk(120))), kiosk(120));
    assert_eq!(
        decide(
            Some(ModeRequest::KioskOn { idle_seconds: None }),
            Some(kiosk(120))
        ),
        kiosk(120)
    );
    assert_eq!(
        decide(
            Some(ModeRequest::KioskOn {
                idle_seconds: Some(60)
            }),
            Some(kiosk(120))
        ),
        kiosk(60)
    );
    assert_eq!(
        decide(Some(ModeRequest::KioskOff), Some(kiosk(120))),
        Mode::Home
    );
}

#[test]
fn inactivity_warns_at_the_delay_counts_down_at_least_20_seconds_then_expires() {
    assert!(
        WARNING_SECONDS >= 20,
        "WCAG 2.2.1 asks for at least 20 s to react"
    );
    assert_eq!(idle_phase(0.0, 90), IdlePhase::Active);
    assert_eq!(idle_phase(89_999.0, 90), IdlePhase::Active);
    assert_eq!(
        idle_phase(90_000.0, 90),
        IdlePhase::Warning {
            seconds_left: WARNING_SECONDS
        }
    );
    assert_eq!(
        idle_phase(100_500.0, 90),
        IdlePhase::Warning {
            seconds_left: WARNING_SECONDS - 10
        }
    );
    assert_eq!(
        idle_phase(f64::from(90 + WARNING_SECONDS) * 1000.0, 90),
        IdlePhase::Expired
    );
    assert_eq!(idle_phase(f64::NAN, 90), IdlePhase::Active);
}

#[test]
fn answers_are_kept_for_the_retention_period_after_the_last_change() {
    let day = 24.0 * 3600.0 * 1000.0;
    let now = 1_800_000_000_000.0;
    assert!(!is_past_retention(now - 13.9 * day, now, 14));
    assert!(!is_past_retention(now - 14.0 * day, now, 14));
    assert!(is_past_retention(now - 14.1 * day, now, 14));
}

#[test]
fn the_text_size_reads_back_from_storage_and_anything_else_is_normal() {
    use cimentoplastie::domain::text_size::TextSize;
    for size in TextSize::ALL {
        assert_eq!(TextSize::from_stored(&size.percent().to_string()), size);
    }
    assert_eq!(TextSize::from_stored("999"), TextSize::Normal);
    assert_eq!(TextSize::Largest.class().as_deref(), Some("app-text-150"));
    assert!(
        TextSize::Largest.percent() >= 150,
        "the issue asks for up to at least 150 %"
    );
}

#[test]
fn a_remembered_kiosk_delay_outside_30_to_3600_seconds_is_not_taken() {
    use cimentoplastie::domain::mode::{Mode, decide};
    for (stored, used) in [(5, 90), (0, 90), (4000, 90), (30, 30), (3600, 3600), (120, 120)] {
        assert_eq!(
            decide(None, Some(Mode::Kiosk { idle_seconds: stored })),
            Mode::Kiosk { idle_seconds: used },
            "stored {stored} s"
        );
    }
}

#[test]
fn a_delay_out_of_range_in_the_staff_address_is_remembered_as_changed() {
    use cimentoplastie::domain::mode::{Remembered, remember};
    let kiosk = |s| Mode::Kiosk { idle_seconds: s };
    for (query, used, asked) in [
        ("?kiosk&delai=5", 30, Some(5)),
        ("?kiosk&delai=100000", 3600, Some(100_000)),
        ("?kiosk&delai=120", 120, None),
        ("?kiosk", 90, None),
    ] {
        let mode = decide(parse_request(query), None);
        assert_eq!(mode, kiosk(used), "{query}");
        assert_eq!(remember(query, mode, None), Remembered { mode, asked_seconds: asked }, "{query}");
    }
    // `?kiosk` again keeps the note while the delay stays; a new delay replaces it.
    let changed = Remembered { mode: kiosk(30), asked_seconds: Some(5) };
    assert_eq!(remember("?kiosk", kiosk(30), Some(changed)), changed);
    assert_eq!(remember("?kiosk&delai=60", kiosk(60), Some(changed)).asked_seconds, None);
}

#[test]
fn the_remembered_mode_keeps_its_earlier_stored_format() {
    use cimentoplastie::domain::mode::Remembered;
    let kiosk = |s| Mode::Kiosk { idle_seconds: s };
    let read = |text: &str| Remembered::from_value(&serde_json::from_str(text).unwrap());
    assert_eq!(
        read(r#"{"mode":"kiosk","idle_seconds":120}"#),
        Some(Remembered { mode: kiosk(120), asked_seconds: None }),
        "a mode stored before reads as it did"
    );
    assert_eq!(read(r#"{"mode":"home"}"#), Some(Remembered { mode: Mode::Home, asked_seconds: None }));
    for wrong in [
        r#"{"mode":"kiosk","idle_seconds":120,"other":1}"#,
        r#"{"mode":"home","idle_seconds":120}"#,
        r#"{"mode":"kiosk"}"#,
        r#"{"mode":"kiosk","idle_seconds":"120"}"#,
        r#"{"mode":"borne","idle_seconds":120}"#,
        r#"["kiosk"]"#,
    ] {
        assert_eq!(read(wrong), None, "{wrong}");
    }
    // Written as `Mode` was (an older app still reads it), the delay changed added only then.
    let plain = Remembered { mode: kiosk(120), asked_seconds: None };
    assert_eq!(plain.to_json(), serde_json::to_string(&kiosk(120)).unwrap());
    assert_eq!(Remembered { mode: Mode::Home, asked_seconds: None }.to_json(), serde_json::to_string(&Mode::Home).unwrap());
    let changed = Remembered { mode: kiosk(30), asked_seconds: Some(5) };
    assert_eq!(read(&changed.to_json()), Some(changed), "{}", changed.to_json());
}

#[test]
fn the_check_page_learns_the_device_mode_and_any_delay_changed() {
    use cimentoplastie::domain::mode::{DeviceMode, Remembered, device_mode};
    let kiosk = |s| Mode::Kiosk { idle_seconds: s };
    assert_eq!(device_mode(None), DeviceMode { mode: Mode::Home, asked_seconds: None });
    let changed = Remembered { mode: kiosk(3600), asked_seconds: Some(100_000) };
    assert_eq!(device_mode(Some(changed)), DeviceMode { mode: kiosk(3600), asked_seconds: Some(100_000) });
    let damaged = Remembered { mode: kiosk(5), asked_seconds: None };
    assert_eq!(device_mode(Some(damaged)), DeviceMode { mode: kiosk(DEFAULT_IDLE_SECONDS), asked_seconds: Some(5) });
}
