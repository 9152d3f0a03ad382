//! Marks on the browser's performance timeline for each step of the start and of a tap (read by `scripts/trace.mjs`).

/// Marks a step for the start-up trace: `step` is `cimentoplastie:` and its name. Nothing when
/// pre-rendering (native, no browser).
pub fn mark(step: &'static str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(step);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = step;
}
