//! The state every view shares, provided once as context: the host's settings, the view the
//! address describes, the language, the listing, the polite live region, and what is loading.

use crate::config::HostConfig;
use crate::history::{self, Entry};
use crate::load::{Data, Load};
use careers_core::url_state::{is_meaningful_change, ViewState};
use careers_core::Lang;
use leptos::prelude::*;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::Arc;

/// The state shared by every view.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub config: StoredValue<HostConfig>,
    /// The view, as the address describes it.
    pub view: RwSignal<ViewState>,
    /// The interface and content language: the address's, else the host's.
    pub lang: Memo<Lang>,
    pub load: RwSignal<Load<Data>>,
    /// The text of the polite live region.
    pub announcement: RwSignal<String>,
    /// The form shows errors, so the tab's title (standalone) starts with "Error:". The form
    /// sets it; the app's title effect, the title's one owner, reads it.
    pub form_errors: RwSignal<bool>,
    /// Word forms and relevance have arrived (see [`crate::refinements`]).
    pub refined: RwSignal<bool>,
    /// Rendering at build time (natively, the only way the views run there): the folder of
    /// `careers.js` relative to the page, for the one script the pre-rendered listing carries.
    #[cfg(not(target_arch = "wasm32"))]
    pub assets: StoredValue<String>,
}

/// Whether the views run live in a browser. They do in the wasm; natively they are only ever
/// rendered to HTML at build time (`prerender`), where nothing is fetched or listened to.
pub const LIVE: bool = cfg!(target_arch = "wasm32");

/// Which page of the widget is shown; changes of filters within a page do not re-render it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Listing,
    Posting(String),
    /// The accommodation request form, for a posting or (from the listing) for one to choose.
    Form(Option<String>),
}

impl Ctx {
    /// The state of a widget in the browser that starts at `view`, with the listing to load.
    #[cfg(target_arch = "wasm32")]
    pub fn new(config: HostConfig, view: ViewState) -> Ctx {
        let host_lang = config.host_lang;
        let view = RwSignal::new(view);
        Ctx {
            config: StoredValue::new(config),
            view,
            lang: Memo::new(move |_| view.with(|v| v.lang).unwrap_or(host_lang)),
            load: RwSignal::new(Load::Loading),
            announcement: RwSignal::new(String::new()),
            form_errors: RwSignal::new(false),
            refined: RwSignal::new(false),
        }
    }

    /// The state of a widget rendered at build time, showing `view` of `data`, on a page whose
    /// `careers.js` is at `assets`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn for_build(config: HostConfig, view: ViewState, data: Arc<Data>, assets: String) -> Ctx {
        let host_lang = config.host_lang;
        let view = RwSignal::new(view);
        Ctx {
            config: StoredValue::new(config),
            view,
            lang: Memo::new(move |_| view.with(|v| v.lang).unwrap_or(host_lang)),
            load: RwSignal::new(Load::Ready(data)),
            announcement: RwSignal::new(String::new()),
            form_errors: RwSignal::new(false),
            refined: RwSignal::new(true),
            assets: StoredValue::new(assets),
        }
    }

    pub fn get() -> Ctx {
        expect_context()
    }

    /// Shows `state`, with a history entry when the change is one a person would go Back to;
    /// a change of the search text alone is typing (see [`history`]).
    pub fn go(&self, state: ViewState) {
        let current = self.view.get_untracked();
        if state == current {
            return;
        }
        let entry = if is_meaningful_change(&current, &state) {
            Entry::Push
        } else {
            Entry::Typing
        };
        self.go_with(state, entry);
    }

    pub fn go_with(&self, state: ViewState, entry: Entry) {
        history::write(&state, entry);
        self.view.set(state);
    }

    /// Says `text` to screen readers, politely; the same text twice is said twice.
    pub fn announce(&self, text: String) {
        let announcement = self.announcement;
        announcement.set(String::new());
        request_animation_frame(move || announcement.set(text));
    }

    /// Takes what was said out of the page once it no longer holds: a screen reader reading on
    /// would meet "Sending…" after the send, or French on an English page.
    pub fn hush(&self) {
        self.announcement.set(String::new());
    }

    /// Where the listing is and how long a request may take.
    pub fn listing_request(&self) -> (String, u32) {
        self.config
            .with_value(|c| (c.listing_url.clone(), c.timeout_ms))
    }

    pub fn heading_level(&self) -> u8 {
        self.config.with_value(|c| c.heading_level)
    }

    pub fn page(&self) -> Page {
        self.view.with(Page::of)
    }
}

impl Page {
    /// The page `view` shows.
    pub fn of(view: &ViewState) -> Page {
        match (&view.posting, view.form) {
            (posting, true) => Page::Form(posting.clone()),
            (Some(id), false) => Page::Posting(id.clone()),
            (None, false) => Page::Listing,
        }
    }
}
