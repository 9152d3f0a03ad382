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
