//! The CDS careers widget: finds its host element, reads the host's settings and mounts the app.

mod app;
mod config;
mod dom;
mod history;
mod load;
mod views;

use leptos::prelude::*;

fn main() {
    let host = config::host_element();
    let config = config::HostConfig::read(&host);
    leptos::mount::mount_to(host, move || view! { <app::App config/> }).forget();
}
