//! The app shell: the shared state every view reads (host settings, the view from the URL, the
//! language, the listing), the one live region, and the choice of view.

use crate::config::HostConfig;
use crate::history::{self, Entry};
use crate::load::{load_into, load_listing, Data, Load};
use crate::views::{
    form_loader::FormPage, lang_toggle::LangToggle, listing::Listing, posting::PostingView, status,
};
use careers_core::url_state::{is_meaningful_change, ViewState};
use careers_core::{Lang, Msg};
use leptos::prelude::*;
use std::sync::Arc;

/// The state shared by every view, provided once as context.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub config: StoredValue<HostConfig>,
    /// The view, as the URL describes it.
    pub view: RwSignal<ViewState>,
    /// The interface and content language: the URL's, else the host's.
    pub lang: Memo<Lang>,
    pub load: RwSignal<Load<Data>>,
    /// The text of the polite live region.
    pub announcement: RwSignal<String>,
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

    /// The same view in the other language.
    pub fn switch_language(&self) {
        let mut state = self.view.get_untracked();
        state.lang = Some(self.lang.get_untracked().other());
        self.go(state);
    }

    /// Says `text` to screen readers, politely; the same text twice is said twice.
    pub fn announce(&self, text: String) {
        let announcement = self.announcement;
        announcement.set(String::new());
        request_animation_frame(move || announcement.set(text));
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
        self.view.with(|v| match (&v.posting, v.form) {
            (posting, true) => Page::Form(posting.clone()),
            (Some(id), false) => Page::Posting(id.clone()),
            (None, false) => Page::Listing,
        })
    }
}

#[component]
pub fn App(config: HostConfig) -> impl IntoView {
    let host_lang = config.host_lang;
    let view = RwSignal::new(history::read());
    let ctx = Ctx {
        config: StoredValue::new(config),
        view,
        lang: Memo::new(move |_| view.with(|v| v.lang).unwrap_or(host_lang)),
        load: RwSignal::new(Load::Loading),
        announcement: RwSignal::new(String::new()),
    };
    provide_context(ctx);

    let fetch = move || {
        let (url, timeout) = ctx.listing_request();
        load_into(ctx.load, load_listing(url, timeout));
    };
    fetch();

    // Back and Forward: the address bar is the truth.
    let listener = window_event_listener(leptos::ev::popstate, move |_| view.set(history::read()));
    // Leaving the page right after typing: Back returns to what was typed.
    let leaving = window_event_listener(leptos::ev::pagehide, |_| history::record_waiting());
    on_cleanup(move || {
        listener.remove();
        leaving.remove();
    });

    let retry = Callback::new(move |()| {
        fetch();
        crate::dom::focus_after_render("cds-careers-results-heading".into());
    });
    let body = move || {
        match ctx.load.get() {
        Load::Loading => {
            view! { <status::Loading heading_level=ctx.heading_level()/> }.into_any()
        }
        Load::Failed(error) => view! {
            <status::LoadFailed error failure=status::Failure::listing(ctx.heading_level()) on_retry=retry/>
        }
        .into_any(),
        Load::Ready(data) => view! { <Ready data/> }.into_any(),
    }
    };

    view! {
        <div class="cds-careers" lang=move || ctx.lang.get().code()>
            <div class="cds-careers__bar">
                <LangToggle/>
            </div>
            <div class="cds-careers__visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || ctx.announcement.get()}
            </div>
            {body}
        </div>
    }
}

/// The listing is here: the results or a posting, as the URL says.
#[component]
fn Ready(data: Arc<Data>) -> impl IntoView {
    let ctx = Ctx::get();
    let page = Memo::new(move |_| ctx.page());
    manage_focus_between_pages(page);
    keep_title(ctx, page, data.clone());
    move || match page.get() {
        Page::Listing => view! { <Listing data=data.clone()/> }.into_any(),
        Page::Posting(id) => view! { <PostingView data=data.clone() id/> }.into_any(),
        Page::Form(posting) => view! { <FormPage data=data.clone() posting/> }.into_any(),
    }
}

/// After a person moves between pages, focus goes where the new page starts, or back to the
/// link they came from. Nothing moves focus when the widget first appears.
fn manage_focus_between_pages(page: Memo<Page>) {
    Effect::new(move |previous: Option<Page>| {
        let current = page.get();
        match (&previous, &current) {
            (Some(old), new) if old == new => {}
            (Some(_), Page::Posting(_)) => {
                crate::dom::focus_after_render(crate::views::posting::HEADING_ID.into())
            }
            (Some(_), Page::Form(_)) => {
                crate::dom::focus_after_render(crate::views::form_loader::HEADING_ID.into())
            }
            (Some(Page::Posting(id)), Page::Listing) => crate::dom::focus_first_after_render(vec![
                format!("cds-careers-link-{id}"),
                "cds-careers-results-heading".into(),
            ]),
            (Some(_), Page::Listing) => {
                crate::dom::focus_after_render("cds-careers-results-heading".into())
            }
            _ => {}
        }
        current
    });
}

/// In standalone mode the widget is the page: the browser tab names the view, and the page's
/// language, which the title is read in, is the widget's.
fn keep_title(ctx: Ctx, page: Memo<Page>, data: Arc<Data>) {
    if !ctx.config.with_value(|c| c.standalone) {
        return;
    }
    Effect::new(move |_| {
        let lang = ctx.lang.get();
        let title = match page.get() {
            Page::Posting(id) => data
                .listing
                .posting(&id)
                .and_then(|p| p.content_or_other(lang))
                .map(|(_, c)| careers_core::messages::posting_page_title(lang, &c.title)),
            Page::Form(_) => Some(careers_core::messages::posting_page_title(
                lang,
                Msg::FormHeading.text(lang),
            )),
            Page::Listing => None,
        };
        crate::dom::set_title(&title.unwrap_or_else(|| Msg::PageTitleListing.text(lang).into()));
        crate::dom::set_page_lang(lang);
    });
}
