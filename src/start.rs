//! Starting the widget in the browser: find the host element, read its settings and the
//! address, then mount the app, or take over the page's pre-rendered markup.

use crate::app::App;
use crate::config::{host_element, HostConfig};
use crate::ctx::{Ctx, Rendering};
use crate::history;
use crate::load::Load;
use crate::takeover;
use leptos::prelude::*;

/// The widget's start in the browser.
pub fn start() {
    let host = host_element();
    let config = HostConfig::read(&host);
    history::use_scheme(config.scheme());
    let view = history::read(config.host_lang);
    // An old link (`?careers-posting=…`) on the site's pages shows its view's own page.
    history::rewrite_to_own_page(&view);
    let take_over = takeover::prerendered(&host).is_some();
    // Over pre-rendered markup, the widget renders off the page and is swapped in once it can
    // replace the markup.
    let mount_in = if take_over {
        takeover::stage()
    } else {
        host.clone()
    };
    leptos::mount::mount_to(mount_in.clone(), move || {
        let ctx = Ctx::new(config, view, Load::Loading, Rendering::Live);
        if take_over {
            takeover::when_ready(ctx, host, mount_in);
        }
        view! { <App ctx/> }
    })
    .forget();
}
