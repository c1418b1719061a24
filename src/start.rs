//! Starting the widget in the browser: find the host element, read its settings and the
//! address, then mount the app.
//!
//! Over pre-rendered markup (the site's pages, a host that includes a fragment, or the markup
//! `careers.js` fetched), `careers.js` hands the widget an element off the page
//! (`host.cdsCareersStage`): the widget renders there, and `careers.js` swaps it in for the
//! markup once it shows no "Loading", keeping focus, scroll and what was typed (see the README,
//! "Taking over the pre-rendered page").

use crate::app::App;
use crate::config::{host_element, HostConfig};
use crate::ctx::Ctx;
use crate::history;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The widget's start in the browser.
pub fn start() {
    let host = host_element();
    let config = HostConfig::read(&host);
    history::use_scheme(config.scheme());
    let view = history::read(config.host_lang);
    // An old link (`?careers-posting=…`) on the site's pages shows its view's own page.
    history::rewrite_to_own_page(&view);
    let stage = js_sys::Reflect::get(&host, &"cdsCareersStage".into())
        .ok()
        .and_then(|stage| stage.dyn_into::<web_sys::HtmlElement>().ok());
    leptos::mount::mount_to(stage.unwrap_or(host), move || {
        let ctx = Ctx::new(config, view);
        view! { <App ctx/> }
    })
    .forget();
}
