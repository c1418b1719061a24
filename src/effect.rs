//! Effects of the first load, all made through one function so that the wasm holds one copy of
//! Leptos's effect code: each `Effect::new` of its own is compiled anew for its closure, about
//! 200 bytes gzip each, and the first load has no room for them (README, "Effects share
//! one copy").

use leptos::prelude::Effect;

/// Runs `run` now (in the browser, after the current render), then again whenever a signal it
/// read changes, for as long as the component that called this lives.
pub fn on_change(mut run: Box<dyn FnMut()>) {
    Effect::new(move |_| run());
}
