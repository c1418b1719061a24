//! What the host page tells the widget, through data attributes on its element.
//!
//! ```html
//! <div data-cds-careers data-bundle="/careers/postings.json" data-lang="fr" data-heading-level="2"
//!      data-accommodation-endpoint="https://example.gc.ca/accommodation"></div>
//! ```

use careers_core::Lang;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The element the widget renders into: the first `[data-cds-careers]`, else the body.
pub fn host_element() -> HtmlElement {
    let document = crate::dom::document();
    document
        .query_selector("[data-cds-careers]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        .or_else(|| document.body())
        .expect("a page always has a body")
}

/// The host's settings, read once at start.
#[derive(Debug, Clone)]
pub struct HostConfig {
    /// Where the bundle is, relative to the page.
    pub bundle_url: String,
    /// The language the host asks for (`data-lang`), else its own `lang`, else the browser's.
    pub host_lang: Lang,
    /// The level of the widget's top heading: 2 by default when embedded, 1 when standalone.
    pub heading_level: u8,
    /// Standalone mode (`data-standalone`, or no host element): the widget owns the page title.
    pub standalone: bool,
    /// Where accommodation requests are POSTed, if anywhere.
    pub accommodation_endpoint: Option<String>,
    /// Where accommodation requests are emailed when there is no endpoint.
    pub accommodation_email: Option<String>,
    /// How long the bundle request may take, in milliseconds.
    pub timeout_ms: u32,
}

impl HostConfig {
    pub fn read(host: &HtmlElement) -> HostConfig {
        let attr = |name: &str| {
            host.get_attribute(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let standalone =
            host.has_attribute("data-standalone") || !host.has_attribute("data-cds-careers");
        let default_level = if standalone { 1 } else { 2 };
        let document = crate::dom::document();
        let page_lang = document
            .document_element()
            .and_then(|el| el.get_attribute("lang"));
        let browser_lang = web_sys::window().and_then(|w| w.navigator().language());
        HostConfig {
            bundle_url: attr("data-bundle").unwrap_or_else(|| "postings.json".into()),
            host_lang: Lang::negotiate([
                attr("data-lang").as_deref(),
                page_lang.as_deref(),
                browser_lang.as_deref(),
            ]),
            heading_level: attr("data-heading-level")
                .and_then(|v| v.parse().ok())
                .filter(|l| (1..=5).contains(l))
                .unwrap_or(default_level),
            standalone,
            accommodation_endpoint: attr("data-accommodation-endpoint"),
            accommodation_email: attr("data-accommodation-email"),
            timeout_ms: attr("data-timeout-ms")
                .and_then(|v| v.parse().ok())
                .filter(|t| *t > 0)
                .unwrap_or(15_000),
        }
    }
}
