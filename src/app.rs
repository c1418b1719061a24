//! The app shell: the widget's root element, the language toggle, the one live region, and the
//! choice of page; in the browser also the listing's request and Back and Forward.

use crate::ctx::{Ctx, Page, LIVE};
use crate::history;
use crate::load::{load_into, load_listing, Data, Load};
use crate::views::anchors::RESULTS_HEADING_ID;
use crate::views::{
    form_loader::FormPage, lang_toggle::LangToggle, listing::Listing, posting_page::PostingPage,
    status,
};
use careers_core::Msg;
use leptos::prelude::*;
use std::sync::Arc;

/// The widget, with the state `ctx` starts from ([`Ctx::new`]): in the browser the listing is
/// loading and is fetched here; rendered at build time it is there already.
#[component]
pub fn App(ctx: Ctx) -> impl IntoView {
    provide_context(ctx);
    let fetch_listing = ctx.load.with_untracked(|l| matches!(l, Load::Loading));

    let fetch = move |ended: fn()| {
        let (url, timeout) = ctx.listing_request();
        load_into(ctx.load, load_listing(url, timeout), ended);
    };
    if fetch_listing {
        fetch(|| {});
    }
    if LIVE {
        listen_to_history(ctx);
    }

    // The Retry button goes while the listing loads; once it is there, or has failed again,
    // focus lands on the heading of the page the address opens, or on the error's.
    let retry = Callback::new(move |()| {
        fetch(|| {
            crate::dom::focus_first_after_render(vec![
                RESULTS_HEADING_ID.into(),
                crate::views::posting::HEADING_ID.into(),
                crate::views::heading::FORM_HEADING_ID.into(),
                status::ERROR_HEADING_ID.into(),
            ])
        })
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

/// Back and Forward: the address bar is the truth. Leaving the page right after typing: Back
/// returns to what was typed.
fn listen_to_history(ctx: Ctx) {
    let host_lang = ctx.config.with_value(|c| c.host_lang);
    let view = ctx.view;
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        view.set(history::read(host_lang))
    });
    let leaving = window_event_listener(leptos::ev::pagehide, |_| history::record_waiting());
    on_cleanup(move || {
        listener.remove();
        leaving.remove();
    });
}

/// The listing is here: the results or a posting, as the address says.
#[component]
fn Ready(data: Arc<Data>) -> impl IntoView {
    let ctx = Ctx::get();
    let page = Memo::new(move |_| ctx.page());
    manage_focus_between_pages(ctx, page);
    keep_title(ctx, page, data.clone());
    move || match page.get() {
        Page::Listing => view! { <Listing data=data.clone()/> }.into_any(),
        Page::Posting(id) => view! { <PostingPage data=data.clone() id/> }.into_any(),
        Page::Form(posting) => view! { <FormPage data=data.clone() posting/> }.into_any(),
    }
}

/// After a person moves between pages, focus goes where the new page starts, or back to the
/// link they came from. Nothing moves focus when the widget first appears. What was announced
/// belongs to the page and the language it was said in: it is taken out of the page on either's
/// change (one effect with the focus's: each costs bytes).
fn manage_focus_between_pages(ctx: Ctx, page: Memo<Page>) {
    let mut previous = None;
    crate::effect::on_change(Box::new(move || {
        ctx.lang.track();
        ctx.hush();
        let current = page.get();
        match (&previous, &current) {
            (Some(old), new) if old == new => {}
            (Some(_), Page::Posting(_)) => {
                crate::dom::focus_after_render(crate::views::posting::HEADING_ID.into())
            }
            (Some(_), Page::Form(_)) => {
                crate::dom::focus_after_render(crate::views::heading::FORM_HEADING_ID.into())
            }
            (Some(Page::Posting(id)), Page::Listing) => crate::dom::focus_first_after_render(vec![
                careers_core::row_markup::link_id(id),
                RESULTS_HEADING_ID.into(),
            ]),
            (Some(_), Page::Listing) => crate::dom::focus_after_render(RESULTS_HEADING_ID.into()),
            _ => {}
        }
        previous = Some(current);
    }));
}

/// In standalone mode the widget is the page: the browser tab names the view (with "Error:"
/// first while the form shows errors), and the page's language, which the title is read in, is
/// the widget's. The one writer of `document.title`.
fn keep_title(ctx: Ctx, page: Memo<Page>, data: Arc<Data>) {
    if !ctx.config.with_value(|c| c.standalone) {
        return;
    }
    crate::effect::on_change(Box::new(move || {
        let lang = ctx.lang.get();
        let page = page.get();
        let title = page_title(&data, &page, lang);
        let errors = matches!(page, Page::Form(_)) && ctx.form_errors.get();
        crate::dom::set_title(&if errors {
            careers_core::form_text::title_with_errors(lang, &title)
        } else {
            title
        });
        crate::dom::set_page_lang(lang);
    }));
}

/// The title of a page of the widget, as the browser tab shows it in standalone mode (and the
/// pre-rendered pages' `<title>`).
pub fn page_title(data: &Data, page: &Page, lang: careers_core::Lang) -> String {
    let title = match page {
        Page::Posting(id) => data
            .listing
            .posting(id)
            .and_then(|p| p.content_or_other(lang))
            .map(|(_, c)| careers_core::messages::posting_page_title(lang, &c.title)),
        Page::Form(_) => Some(careers_core::messages::posting_page_title(
            lang,
            Msg::FormHeading.text(lang),
        )),
        Page::Listing => None,
    };
    title.unwrap_or_else(|| Msg::PageTitleListing.text(lang).into())
}
