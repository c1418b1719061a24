//! The accommodation form as the main module shows it: the links to it and its page. The form's
//! code is a WebAssembly module of its own ([`super::split_page`]), fetched the first time a
//! person opens the form (or shows they may): most visitors never do.
//!
//! Until the module arrives, the page shows its heading and says that the form is loading (and,
//! without JavaScript, how to ask by email); nothing typed is at stake if it cannot be fetched,
//! since the form keeps its draft in the tab's storage, not in the module.

use super::form::{accepts_requests, selectable, AccommodationForm};
use super::heading::{form_page_heading, FORM_HEADING_ID};
use super::link::{current_with, ViewLink};
use super::prerendered;
use super::split_page::{fetch_early, split_page, BuildPage, NotLoaded, SplitPage};
use super::text;
use crate::ctx::Ctx;
use crate::load::Data;
use careers_core::form_text::no_posting_notice;
use careers_core::Msg;
use leptos::prelude::*;
use std::sync::Arc;

/// The form page's builder, from the form's module: the first call fetches the module, later
/// calls find it. `scripts/split-wasm.sh` (run by trunk after each build) cuts this function and
/// everything only it reaches into `split_accommodation_form.<build>.wasm`.
#[leptos::wasm_split::wasm_split(
    accommodation_form,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_form_module)
)]
fn form_page_builder() -> Result<BuildPage, NotLoaded> {
    Ok(|data, posting| view! { <AccommodationForm data posting/> }.into_any())
}

/// The form's page without its module.
static FORM: SplitPage = SplitPage {
    load: || Box::pin(form_page_builder()),
    heading_id: FORM_HEADING_ID,
    class: "cds-careers__form-page",
    heading: |ctx, _, _| form_page_heading(ctx),
    loading: Msg::FormLoading,
    failure: Msg::FormErrorHeading,
    after: |data, posting| {
        let posting = posting.and_then(|id| data.listing.posting(id));
        prerendered::form_by_email(posting).into_any()
    },
};

/// Whether the form, opened from the listing, has a posting to offer: one open, listed, taking
/// requests.
fn offers_a_choice(data: &Data) -> bool {
    data.listing.postings.iter().any(selectable)
}

/// The form page (see [`super::split_page`]).
#[component]
pub fn FormPage(data: Arc<Data>, posting: Option<String>) -> impl IntoView {
    let fixed = posting
        .as_deref()
        .and_then(|id| data.listing.posting(id))
        .is_some_and(accepts_requests);
    if !fixed && !offers_a_choice(&data) {
        return no_posting_page().into_any();
    }
    split_page(data, posting, &FORM).into_any()
}

/// With no open posting taking requests the form could never be sent: the page says so at the
/// top, with the address to write to, and the form's module is not fetched.
fn no_posting_page() -> impl IntoView {
    let ctx = Ctx::get();
    let to = ctx.config.with_value(|c| c.recruitment_email());
    let back = current_with(|state| {
        state.form = false;
        state.posting = None;
    });
    view! {
        <div class="cds-careers__form-page">
            <p class="cds-careers__back">
                <ViewLink to=back>{text(Msg::BackToResults)}</ViewLink>
            </p>
            {form_page_heading(ctx)}
            <div class="cds-careers__notice" id="cds-acc-no-posting">
                <p>{move || no_posting_notice(ctx.lang.get(), &to)}</p>
            </div>
        </div>
    }
}

/// A link to the form, for `posting` or (without one) with a posting to choose. The form's
/// module starts to come when the link has the pointer or focus. Attributes given as
/// `attr:class` land on the `<a>`.
#[component]
pub fn LinkToForm(posting: Option<String>, children: Children) -> impl IntoView {
    let to = current_with(move |state| {
        state.posting = posting.clone();
        state.form = true;
    });
    view! {
        <ViewLink to on:pointerenter=|_| fetch_early(&FORM) on:focus=|_| fetch_early(&FORM)>
            {children()}
        </ViewLink>
    }
}

/// A link to the form from the listing (no posting chosen yet); nothing when no posting accepts
/// requests.
#[component]
pub fn FormLink(data: Arc<Data>) -> impl IntoView {
    offers_a_choice(&data).then(|| {
        view! {
            <p class="cds-careers__form-link">
                <LinkToForm posting=None>{text(Msg::FormHeading)}</LinkToForm>
            </p>
        }
    })
}
