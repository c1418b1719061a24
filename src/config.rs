//! What the host page tells the widget, through data attributes on its element.
//!
//! ```html
//! <div data-cds-careers data-listing="/careers/postings.json" data-lang="fr" data-heading-level="2"
//!      data-accommodation-endpoint="https://example.gc.ca/accommodation"></div>
//! ```
//!
//! The pages rendered at build time write the same attributes ([`HostConfig::attributes`]) on
//! their element, so the widget that takes a page over reads the settings it was rendered with.

use careers_core::address::Scheme;
use careers_core::form_text::CONTACT_EMAIL;
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

/// How long the listing request may take when the host does not say.
pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// The host's settings, read once at start.
#[derive(Debug, Clone)]
pub struct HostConfig {
    /// Where the listing is: in the browser, resolved against the page once at start (the pages
    /// scheme changes the page's path, and the listing stays where it was); at build time,
    /// relative to the page.
    pub listing_url: String,
    /// Where the site's pages are (`data-site-root`), when the widget is on one of them: its
    /// views then follow the pages scheme ([`careers_core::address`]). Resolved like
    /// `listing_url`, to an absolute path in the browser.
    pub site_root: Option<String>,
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
    /// How long the listing request may take, in milliseconds.
    pub timeout_ms: u32,
    /// The host's page in the other language (`data-other-language-page`, resolved), which the
    /// language toggle goes to with the widget's view; none: the toggle turns the widget.
    pub other_language_page: Option<String>,
}

impl HostConfig {
    /// Where accommodation requests are emailed: the host's `data-accommodation-email`, else the
    /// recruitment address.
    pub fn recruitment_email(&self) -> String {
        self.accommodation_email
            .clone()
            .unwrap_or_else(|| CONTACT_EMAIL.to_owned())
    }

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
            // (`careers.js` gives a host's `data-bundle`, the attribute's first name, as this.)
            listing_url: resolve(&attr("data-listing").unwrap_or_else(|| "postings.json".into())),
            site_root: attr("data-site-root")
                .map(|root| resolve(&root))
                .and_then(|url| web_sys::Url::new(&url).ok())
                .map(|url| url.pathname()),
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
                .unwrap_or(DEFAULT_TIMEOUT_MS),
            // The standalone page is the widget's own: its toggle is the widget's.
            other_language_page: attr("data-other-language-page")
                .filter(|_| !standalone)
                .map(|page| resolve(&page)),
        }
    }

    /// The scheme of the views' addresses: pages when the host says where they are.
    pub fn scheme(&self) -> Scheme {
        match &self.site_root {
            Some(root) => Scheme::Pages { root: root.clone() },
            None => Scheme::Query,
        }
    }

    /// The attributes of a host element that gives these settings (defaults left out).
    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![("data-cds-careers", String::new())];
        if self.standalone {
            out.push(("data-standalone", String::new()));
        }
        out.push(("data-listing", self.listing_url.clone()));
        if let Some(root) = &self.site_root {
            out.push(("data-site-root", root.clone()));
        }
        out.push(("data-lang", self.host_lang.code().into()));
        let default_level = if self.standalone { 1 } else { 2 };
        if self.heading_level != default_level {
            out.push(("data-heading-level", self.heading_level.to_string()));
        }
        if let Some(endpoint) = &self.accommodation_endpoint {
            out.push(("data-accommodation-endpoint", endpoint.clone()));
        }
        if let Some(email) = &self.accommodation_email {
            out.push(("data-accommodation-email", email.clone()));
        }
        if self.timeout_ms != DEFAULT_TIMEOUT_MS {
            out.push(("data-timeout-ms", self.timeout_ms.to_string()));
        }
        if let Some(page) = &self.other_language_page {
            out.push(("data-other-language-page", page.clone()));
        }
        out
    }
}

/// `url` resolved against the page's address, as the browser would resolve it now.
fn resolve(url: &str) -> String {
    let base = crate::dom::document().base_uri().ok().flatten();
    base.and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
        .map(|url| url.href())
        .unwrap_or_else(|| url.to_owned())
}
