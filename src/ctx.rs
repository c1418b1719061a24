//! The state every view shares, provided once as context: the host's settings, the view the
//! address describes, the language, the listing, the polite live region, and what is loading.

use crate::config::HostConfig;
use crate::history::{self, Entry};
use crate::load::{Data, Load, LoadError};
use careers_core::url_state::{is_meaningful_change, ViewState};
use careers_core::Lang;
use leptos::prelude::*;
use std::future::Future;
use std::sync::Arc;

/// Where the views are being rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rendering {
    /// In the browser, live.
    Live,
    /// To HTML at build time (see `prerender`). `assets` is the address of the folder of
    /// `careers.js` relative to the page, for the one script the pre-rendered listing carries.
    /// (Only the native build renders so.)
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    Build { assets: String },
}

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
    /// How many loads are under way (the listing, a posting's body, the form's module): a
    /// pre-rendered page is taken over once none is, so that it never trades content for a
    /// "Loading" message.
    pub loading: RwSignal<u32>,
    pub rendering: StoredValue<Rendering>,
}

/// Which page of the widget is shown; changes of filters within a page do not re-render it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Listing,
    Posting(String),
    /// The accommodation request form, for a posting or (from the listing) for one to choose.
    Form(Option<String>),
}

impl Ctx {
    /// The state of a widget that starts at `view`, with the listing as `load` says.
    pub fn new(config: HostConfig, view: ViewState, load: Load<Data>, rendering: Rendering) -> Ctx {
        let host_lang = config.host_lang;
        let view = RwSignal::new(view);
        Ctx {
            config: StoredValue::new(config),
            view,
            lang: Memo::new(move |_| view.with(|v| v.lang).unwrap_or(host_lang)),
            load: RwSignal::new(load),
            announcement: RwSignal::new(String::new()),
            loading: RwSignal::new(0),
            rendering: StoredValue::new(rendering),
        }
    }

    pub fn get() -> Ctx {
        expect_context()
    }

    /// Whether the views run in a browser (not rendered to HTML at build time).
    pub fn is_live(&self) -> bool {
        self.rendering.with_value(|r| *r == Rendering::Live)
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

    /// Shows in `state` how `task` goes: loading until it ends, then ready or failed; counted in
    /// [`Ctx::loading`] meanwhile.
    pub fn load_into<T: Send + Sync + 'static>(
        &self,
        state: RwSignal<Load<T>>,
        task: impl Future<Output = Result<Arc<T>, LoadError>> + 'static,
    ) {
        state.set(Load::Loading);
        self.track(async move {
            state.set(match task.await {
                Ok(value) => Load::Ready(value),
                Err(error) => Load::Failed(error),
            });
        });
    }

    /// Runs `task`, counted in [`Ctx::loading`] until it ends.
    pub fn track(&self, task: impl Future<Output = ()> + 'static) {
        let loading = self.loading;
        loading.update(|n| *n += 1);
        leptos::task::spawn_local(async move {
            task.await;
            loading.update(|n| *n -= 1);
        });
    }

    /// Where the listing is and how long a request may take.
    pub fn listing_request(&self) -> (String, u32) {
        self.config
            .with_value(|c| (c.bundle_url.clone(), c.timeout_ms))
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
