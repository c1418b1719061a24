//! The widget's views rendered to HTML natively, at build time (Leptos's server-side rendering):
//! what a pre-rendered page holds inside its host element. The site builder (`crates/site`)
//! calls [`render`] for each page and fragment it writes.

use crate::app::{page_title, App};
use crate::config::HostConfig;
use crate::ctx::{Ctx, Page};
use crate::load::Data;
use careers_core::address::PageAddress;
use careers_core::url_state::ViewState;
use leptos::prelude::*;
use std::sync::Arc;

/// Everything one rendering needs.
pub struct Prerender {
    /// The settings of the page's host element (also written on it, see
    /// [`HostConfig::attributes`]), with the listing's address relative to the page.
    pub config: HostConfig,
    /// The page's address, for every link the view holds: relative to the page.
    pub address: PageAddress,
    /// The folder of `careers.js`, relative to the page.
    pub assets: String,
    /// The listing, with the bodies of the postings to render.
    pub data: Arc<Data>,
}

/// The widget showing `view`, as HTML: the widget's root element and everything in it.
pub fn render(prerender: &Prerender, view: ViewState) -> String {
    crate::history::set_address(prerender.address.clone());
    let owner = Owner::new();
    owner.with(|| {
        let ctx = Ctx::for_build(
            prerender.config.clone(),
            view,
            prerender.data.clone(),
            prerender.assets.clone(),
        );
        without_markers(&view! { <App ctx/> }.to_html())
    })
}

/// `html` without the comments Leptos writes for hydration (`<!>` between texts and after
/// lists, `<!--<() />-->` for nothing shown): the widget mounts fresh rather than hydrating, so
/// they would only be bytes. Text never holds them, since it is escaped (`<` is `&lt;`).
fn without_markers(html: &str) -> String {
    html.replace("<!>", "").replace("<!--<() />-->", "")
}

/// The title of the page showing `view` (in its language), as the widget names the browser tab.
pub fn title(data: &Data, view: &ViewState) -> String {
    page_title(data, &Page::of(view), view.lang.unwrap_or_default())
}
