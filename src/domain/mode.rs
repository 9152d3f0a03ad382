//! Home or waiting-room kiosk: read from the staff address (`?kiosk`, `?kiosk=off`, `?delai=120`) and the device's remembered setting.

use serde::{Deserialize, Serialize};

/// The inactivity delay when the staff do not set one, in seconds.
pub const DEFAULT_IDLE_SECONDS: u32 = 90;
/// The countdown shown before a wipe, in seconds (WCAG 2.2.1 asks for at least 20).
pub const WARNING_SECONDS: u32 = 30;
const MIN_IDLE_SECONDS: u32 = 30;
const MAX_IDLE_SECONDS: u32 = 3600;

/// How the app behaves on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "lowercase", deny_unknown_fields)]
pub enum Mode {
    /// A patient's own device: answers kept, resume offered.
    Home,
    /// A shared tablet: every patient starts blank, wiped after `idle_seconds` without activity.
    Kiosk { idle_seconds: u32 },
}

/// What the staff address asks for, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModeRequest {
    /// `?kiosk` (or `?kiosk=on`), with an optional `delai`.
    KioskOn { idle_seconds: Option<u32> },
    /// `?kiosk=off`.
    KioskOff,
}

/// Reads the query string (`?kiosk&delai=120`). Unknown parameters are ignored.
pub fn parse_request(query: &str) -> Option<ModeRequest> {
    let mut kiosk = None;
    let mut delay = None;
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match (key, value) {
            ("kiosk", "" | "on" | "1") => kiosk = Some(true),
            ("kiosk", "off" | "0") => kiosk = Some(false),
            ("delai", seconds) => delay = seconds.parse::<u32>().ok(),
            _ => {}
        }
    }
    match kiosk {
        Some(true) => Some(ModeRequest::KioskOn {
            idle_seconds: delay.map(|s| s.clamp(MIN_IDLE_SECONDS, MAX_IDLE_SECONDS)),
        }),
        Some(false) => Some(ModeRequest::KioskOff),
        None => None,
    }
}

/// The delay in seconds written in the staff address (`delai=5`), whatever its range.
fn asked_delay(query: &str) -> Option<u32> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.strip_prefix("delai="))
        .last()
        .and_then(|seconds| seconds.parse::<u32>().ok())
}

/// What the device remembers: its mode, and the delay the staff asked for when it was outside
/// 30–3600 seconds and so changed (for the staff's check page). Stored in the mode's own format,
/// `{"mode":"kiosk","idle_seconds":30}`, with `"asked_seconds":5` added only then: a mode stored
/// before reads as it did. Read and written by hand from a JSON value (the app already reads
/// one for the stored answers), which keeps the download smaller than a derived reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Remembered {
    pub mode: Mode,
    pub asked_seconds: Option<u32>,
}

impl Remembered {
    /// Reads the stored format; anything else (another field, a kiosk without its delay, a home
    /// with one) is `None`.
    pub fn from_value(value: &serde_json::Value) -> Option<Remembered> {
        let map = value.as_object()?;
        let known = ["mode", "idle_seconds", "asked_seconds"];
        if map.keys().any(|key| !known.contains(&key.as_str())) {
            return None;
        }
        let seconds = |key: &str| match map.get(key) {
            None => Some(None),
            Some(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()).map(Some),
        };
        let (idle, asked_seconds) = (seconds("idle_seconds")?, seconds("asked_seconds")?);
        let mode = match (map.get("mode")?.as_str()?, idle, asked_seconds) {
            ("home", None, None) => Mode::Home,
            ("kiosk", Some(idle_seconds), _) => Mode::Kiosk { idle_seconds },
            _ => return None,
        };
        Some(Remembered {
            mode,
            asked_seconds,
        })
    }

    /// The stored format, as JSON text.
    pub fn to_json(&self) -> String {
        match (self.mode, self.asked_seconds) {
            (Mode::Home, _) => r#"{"mode":"home"}"#.to_owned(),
            (Mode::Kiosk { idle_seconds }, None) => {
                format!(r#"{{"mode":"kiosk","idle_seconds":{idle_seconds}}}"#)
            }
            (Mode::Kiosk { idle_seconds }, Some(asked)) => format!(
                r#"{{"mode":"kiosk","idle_seconds":{idle_seconds},"asked_seconds":{asked}}}"#
            ),
        }
    }
}

/// What the device remembers after a visit in `mode` at the address whose query is `query`: a
/// delay the address asks for is noted when it was changed; without one, the note `before` kept
/// stays while the mode does.
pub fn remember(query: &str, mode: Mode, before: Option<Remembered>) -> Remembered {
    let asked_seconds = match asked_delay(query) {
        Some(asked) => {
            Some(asked).filter(|s| !(MIN_IDLE_SECONDS..=MAX_IDLE_SECONDS).contains(s))
        }
        None => before
            .filter(|b| b.mode == mode)
            .and_then(|b| b.asked_seconds),
    };
    Remembered {
        mode,
        asked_seconds,
    }
}

/// The device's mode as the staff's check page tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeviceMode {
    /// The mode patients get on this device.
    pub mode: Mode,
    /// The delay that was asked, when the app used another one: outside 30–3600 seconds in the
    /// staff address, or a remembered one out of range (edited or damaged storage).
    pub asked_seconds: Option<u32>,
}

/// The mode of a device that remembers `remembered`, and the delay changed on the way.
pub fn device_mode(remembered: Option<Remembered>) -> DeviceMode {
    let mode = decide(None, remembered.map(|r| r.mode));
    let asked_seconds = match (mode, remembered) {
        (
            Mode::Kiosk { idle_seconds },
            Some(Remembered {
                mode: Mode::Kiosk { idle_seconds: kept },
                asked_seconds,
            }),
        ) => {
            if kept == idle_seconds {
                asked_seconds
            } else {
                Some(kept)
            }
        }
        _ => None,
    };
    DeviceMode {
        mode,
        asked_seconds,
    }
}

/// The mode for this visit: the staff request wins, then what the device remembers, then home.
pub fn decide(request: Option<ModeRequest>, remembered: Option<Mode>) -> Mode {
    match (request, remembered) {
        (Some(ModeRequest::KioskOn { idle_seconds }), remembered) => Mode::Kiosk {
            idle_seconds: idle_seconds.unwrap_or(match remembered {
                Some(Mode::Kiosk { idle_seconds }) => allowed_delay(idle_seconds),
                _ => DEFAULT_IDLE_SECONDS,
            }),
        },
        (Some(ModeRequest::KioskOff), _) => Mode::Home,
        // A remembered delay outside what the address allows (edited or damaged storage) is not
        // taken: the tablet stays a kiosk, with the default delay.
        (None, Some(Mode::Kiosk { idle_seconds })) => Mode::Kiosk {
            idle_seconds: allowed_delay(idle_seconds),
        },
        (None, Some(mode)) => mode,
        (None, None) => Mode::Home,
    }
}

/// A remembered inactivity delay, or the default when it is outside 30–3600 seconds.
fn allowed_delay(idle_seconds: u32) -> u32 {
    if (MIN_IDLE_SECONDS..=MAX_IDLE_SECONDS).contains(&idle_seconds) {
        idle_seconds
    } else {
        DEFAULT_IDLE_SECONDS
    }
}

/// Where the inactivity timer stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdlePhase {
    Active,
    /// The warning is shown; seconds left before the wipe.
    Warning {
        seconds_left: u32,
    },
    /// Time is up: wipe.
    Expired,
}

/// The phase after `idle_ms` milliseconds without a touch, key or scroll.
pub fn idle_phase(idle_ms: f64, idle_seconds: u32) -> IdlePhase {
    let limit_ms = f64::from(idle_seconds) * 1000.0;
    let end_ms = limit_ms + f64::from(WARNING_SECONDS) * 1000.0;
    if !(idle_ms >= limit_ms) {
        IdlePhase::Active
    } else if idle_ms >= end_ms {
        IdlePhase::Expired
    } else {
        IdlePhase::Warning {
            seconds_left: ((end_ms - idle_ms) / 1000.0).ceil() as u32,
        }
    }
}

/// True when answers last changed more than `days` days before `now_ms`.
pub fn is_past_retention(saved_at_ms: f64, now_ms: f64, days: u32) -> bool {
    now_ms - saved_at_ms > f64::from(days) * 24.0 * 3600.0 * 1000.0
}
