//! The waiting-room tablet: its patient (`KioskSession`: start on the welcome screen's tap, the app's own Back, the wipe after the last screen, "Effacer mes réponses" or inactivity) and its browser effects (the Back button kept inside the app, no long-press menu, full screen).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::idle_timer::{IdleTimer, use_idle_timer};
use crate::domain::mode::IdlePhase;
use crate::domain::route::Route;
use crate::domain::text_size::TextSize;
use crate::state::locale::Locale;
use crate::state::navigation::Navigation;
use crate::state::session::Session;
use crate::storage;

/// The patient at a waiting-room tablet; the app holds `Option<KioskSession>` (`None` at home),
/// provided as context. `Copy`.
#[derive(Clone, Copy)]
pub struct KioskSession {
    /// Inactivity, in seconds, before the warning (decided at start from the staff address).
    pub idle_seconds: u32,
    /// False on the welcome screen, true once a patient has tapped it.
    pub started: RwSignal<bool>,
    session: Session,
    navigation: Navigation,
    locale: Locale,
    text_size: RwSignal<TextSize>,
}

impl KioskSession {
    pub fn new(
        idle_seconds: u32,
        session: Session,
        navigation: Navigation,
        locale: Locale,
        text_size: RwSignal<TextSize>,
    ) -> Self {
        KioskSession {
            idle_seconds,
            started: RwSignal::new(false),
            session,
            navigation,
            locale,
            text_size,
        }
    }

    /// The patient tapped the welcome screen: the sheet, with the Back button kept inside the app.
    pub fn start(&self) {
        guard_back_button();
        self.navigation.forget_way_back();
        self.started.set(true);
        self.navigation.show(Route::Sheet, false);
    }

    /// The tablet's Back button: shows the screen this patient saw before (or stays), and
    /// returns it for the caller to put in the address bar.
    fn back(&self) -> Route {
        if !self.started.get_untracked() {
            return self.navigation.route.get_untracked();
        }
        self.navigation.back()
    }

    /// Everything about this patient goes (memory, storage, address, language, text size), back
    /// to the welcome screen. "Terminer", "Effacer mes réponses", or inactivity.
    pub fn wipe(&self) {
        self.session.forget();
        self.navigation.notice.set(None);
        self.navigation.last_route.set(Route::Sheet);
        self.text_size.set(TextSize::default());
        storage::wipe_patient();
        self.navigation.forget_way_back();
        // French again (the source), the grid on the welcome screen: never the last patient's.
        self.locale.language.set(0);
        self.navigation.show(Route::Sheet, false);
        self.started.set(false);
    }

    /// The tablet's effects, for the app's life: nothing of an earlier visit is kept, the Back
    /// button stays inside the app, and inactivity wipes. Returns the inactivity timer, for its
    /// warning dialog.
    pub fn run(self) -> IdleTimer {
        // Nothing of an earlier visit is ever offered on a shared tablet.
        storage::wipe_patient();
        keep_back_inside(self);
        let started = self.started;
        let timer = use_idle_timer(self.idle_seconds, Signal::derive(move || started.get()));
        Effect::new(move |_| {
            if timer.phase.get() == IdlePhase::Expired {
                self.wipe();
            }
        });
        timer
    }
}


/// Marks the history entry below the app's own: the Back button lands there, and the app
/// takes the patient one screen back instead (`keep_back_inside`).
const BACK_GUARD: &str = crate::domain::contract::CONTRACT.history.back_guard;

/// When a patient starts (on their tap, so that browsers do not skip the entry on Back): the
/// current history entry becomes the guard, and a new one is added above it for the app.
fn guard_back_button() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let here = window.location().href().unwrap_or_default();
    let _ = history.replace_state_with_url(&BACK_GUARD.into(), "", Some(&here));
    let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&here));
}

/// In kiosk mode the app never leaves itself through history: in-app links and screens replace the
/// current history entry (so no previous patient's page is ever in it), and the Back button, which
/// lands on the guard entry, shows this patient's previous screen, or stays where it is; the app's
/// entry is then put back above the guard, so Back works again and Forward has nowhere to go.
/// The long-press menu is off.
fn keep_back_inside(kiosk: KioskSession) {
    let click = window_event_listener(leptos::ev::click, move |ev| {
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href^='#/']").ok().flatten());
        if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
            ev.prevent_default();
            kiosk.navigation.go(Route::parse(&href));
        }
    });
    let back = window_event_listener(leptos::ev::popstate, move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(history) = window.history() else {
            return;
        };
        if history.state().ok().and_then(|s| s.as_string()).as_deref() != Some(BACK_GUARD) {
            return;
        }
        let route = kiosk.back();
        let _ = history.push_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&route.to_fragment()),
        );
    });
    let menu = window_event_listener(leptos::ev::contextmenu, |ev| ev.prevent_default());
    on_cleanup(move || {
        click.remove();
        back.remove();
        menu.remove();
    });
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1("app-kiosk");
    }
}

/// Asks for full screen (the fullscreen button); on an iPad before Safari 16.4, by its prefixed name.
pub fn enter_fullscreen() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        if has_standard_fullscreen() {
            let _ = root.request_fullscreen();
        } else if let Ok(request) = js_sys::Reflect::get(&root, &"webkitRequestFullscreen".into()) {
            if let Some(request) = request.dyn_ref::<js_sys::Function>() {
                let _ = request.call0(&root);
            }
        }
    }
}

/// A document property read by name (the prefixed ones are not in web-sys).
fn document_flag(name: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| js_sys::Reflect::get(&d, &name.into()).ok())
        .is_some_and(|value| value.as_bool() == Some(true))
}

fn has_standard_fullscreen() -> bool {
    document_flag("fullscreenEnabled")
}

/// True while the app fills the screen, following the browser (Escape, the system's gestures).
pub fn use_fullscreen() -> ReadSignal<bool> {
    let is_full = || {
        web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| {
                d.fullscreen_element().is_some()
                    || js_sys::Reflect::get(&d, &"webkitFullscreenElement".into())
                        .is_ok_and(|e| e.is_object())
            })
    };
    let (full, set_full) = signal(is_full());
    let handle = window_event_listener_untyped("fullscreenchange", move |_| set_full.set(is_full()));
    let prefixed =
        window_event_listener_untyped("webkitfullscreenchange", move |_| set_full.set(is_full()));
    on_cleanup(move || {
        handle.remove();
        prefixed.remove();
    });
    full
}

/// True when the browser allows full screen here: never on an iPhone (neither property exists),
/// by the prefixed name on an iPad before Safari 16.4.
pub fn fullscreen_available() -> bool {
    has_standard_fullscreen() || document_flag("webkitFullscreenEnabled")
}
