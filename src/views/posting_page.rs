//! The posting page as the main module shows it. The page's code (its body, actions, the
//! request and reading of its body file) is a WebAssembly module of its own
//! ([`super::split_page`]): the first posting a person reads is the pre-rendered page, and the
//! listing does not wait for those bytes. The module comes when a result link has the pointer or
//! focus, or when a posting opens.

use super::heading::heading;
use super::posting::{BackToResults, PostingView, HEADING_ID};
use super::split_page::{fetch_early, split_page, BuildPage, NotLoaded, SplitPage};
use super::text;
use crate::ctx::LIVE;
use crate::load::Data;
use careers_core::Msg;
use leptos::prelude::*;
use std::sync::Arc;

/// The posting page's builder, from its module (cut by `scripts/split-wasm.sh` into
/// `split_posting_page.<build>.wasm`).
#[leptos::wasm_split::wasm_split(
    posting_page,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_posting_module)
)]
fn posting_page_builder() -> Result<BuildPage, NotLoaded> {
    Ok(|data, id| view! { <PostingView data id=id.unwrap_or_default()/> }.into_any())
}

/// The posting page without its module: the way back, and the posting's title as it will be.
static POSTING: SplitPage = SplitPage {
    load: || Box::pin(posting_page_builder()),
    heading_id: HEADING_ID,
    class: "cds-careers__posting",
    heading: |ctx, data, id| {
        let lang = ctx.lang.get_untracked();
        let found = id
            .and_then(|id| data.listing.posting(id))
            .and_then(|p| p.content_or_other(lang));
        let title = match found {
            Some((_, content)) => content.title.clone().into_any(),
            None => text(Msg::PostingNotFound).into_any(),
        };
        let foreign = found.and_then(|(content_lang, _)| content_lang.attr_in(lang));
        view! {
            <BackToResults/>
            <div lang=foreign>
                {heading(ctx.heading_level(), Some(HEADING_ID), "cds-careers__posting-title", title)}
            </div>
        }
        .into_any()
    },
    loading: Msg::BodyLoading,
    failure: Msg::BodyErrorHeading,
    after: |_, _| ().into_any(),
};

/// The posting page of `id`; rendered at build time, whole.
#[component]
pub fn PostingPage(data: Arc<Data>, id: String) -> impl IntoView {
    if LIVE {
        split_page(data, Some(id), &POSTING).into_any()
    } else {
        view! { <PostingView data id/> }.into_any()
    }
}

/// Starts fetching the posting page's module (a pointer on a result link, or focus).
pub fn fetch_posting_early() {
    fetch_early(&POSTING);
}
