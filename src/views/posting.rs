//! One posting: its title as the heading, a banner when it is closed, its facets, its body
//! (fetched when the posting opens), and what a person can do next (apply, ask for an
//! accommodation, copy the link, go back).

use super::body::body;
use super::facet_list::facet_list;
use super::form_loader::LinkToForm;
use super::heading::heading;
use super::link::{current_with, ViewLink};
use super::prerendered;
use super::status::{Failure, LoadFailed, LoadingStatus};
use super::text;
use crate::ctx::Ctx;
use crate::load::{load_into, Data, Load};
use careers_core::apply::ApplyAction;
use careers_core::{Entry, Lang, Msg};
use leptos::prelude::*;
use std::sync::Arc;

/// The posting's heading, where focus lands when the posting page opens or changes language.
pub const HEADING_ID: &str = "cds-careers-posting-heading";

#[component]
pub fn PostingView(data: Arc<Data>, id: String) -> impl IntoView {
    let ctx = Ctx::get();
    let posting = data.listing.posting(&id).cloned();
    let back = view! { <BackToResults/> };
    match posting {
        None => view! {
            <div class="cds-careers__posting">
                {back}
                <div class="cds-careers__error" role="alert">
                    {heading(
                        ctx.heading_level(),
                        Some(HEADING_ID),
                        "cds-careers__error-heading",
                        text(Msg::PostingNotFound).into_any(),
                    )}
                </div>
            </div>
        }
        .into_any(),
        Some(posting) => view! {
            <div class="cds-careers__posting">
                {back}
                <PostingContent posting data/>
            </div>
        }
        .into_any(),
    }
}

#[component]
fn PostingContent(posting: Entry, data: Arc<Data>) -> impl IntoView {
    let ctx = Ctx::get();
    let level = ctx.heading_level();
    let body_load = RwSignal::new(Load::Loading);
    let fetch = {
        let (data, id) = (data.clone(), posting.id.clone());
        move || show_body(ctx, data.clone(), id.clone(), body_load)
    };
    fetch();
    let body_retry = Callback::new(move |()| {
        fetch();
        crate::dom::focus_after_render(HEADING_ID.into());
    });
    let posting = StoredValue::new(posting);
    move || {
        let lang = ctx.lang.get();
        let p = posting.get_value();
        let (content_lang, content) = p.content_or_other(lang)?;
        let content = content.clone();
        let foreign = content_lang.attr_in(lang);
        let closed = (!p.status.open).then(|| {
            view! { <p class="cds-careers__banner" role="note">{Msg::ClosedBanner.text(lang)}</p> }
        });
        Some(view! {
            <article class="cds-careers__article" aria-labelledby=HEADING_ID>
                <div lang=foreign>
                    {heading(level, Some(HEADING_ID), "cds-careers__posting-title", content.title.clone().into_any())}
                </div>
                // After the heading, where focus lands: read first from there.
                {(content_lang != lang).then(|| view! { <MissingLanguage available=content_lang/> })}
                {closed}
                <p class=if p.status.open { "cds-careers__status cds-careers__status--open" } else { "cds-careers__status cds-careers__status--closed" }>
                    {if p.status.open { Msg::StatusOpen } else { Msg::StatusClosed }.text(lang)}
                </p>
                {super::posted::posted(&p, lang)}
                {facet_list(&p, &data, lang)}
                {move || match body_load.get() {
                    Load::Ready(b) => view! {
                        <div class="cds-careers__body" lang=foreign>
                            {body(b.blocks(content_lang).unwrap_or_default(), level)}
                        </div>
                    }
                    .into_any(),
                    Load::Loading => {
                        view! { <LoadingStatus message=Msg::BodyLoading/> }.into_any()
                    }
                    Load::Failed(error) => view! {
                        <LoadFailed error failure=Failure::body(level + 1) on_retry=body_retry/>
                    }
                    .into_any(),
                }}
                <Actions posting=p.clone()/>
            </article>
        })
    }
}

/// Puts the body of posting `id` in `state`: at once if it was fetched before, else once fetched.
fn show_body(
    ctx: Ctx,
    data: Arc<Data>,
    id: String,
    state: RwSignal<Load<careers_core::PostingBody>>,
) {
    if let Some(body) = data.cached(&id) {
        state.set(Load::Ready(body));
        return;
    }
    let (url, timeout) = ctx.listing_request();
    load_into(
        state,
        async move { data.fetch_body(url, id, timeout).await },
        || {},
    );
}

/// The posting does not exist in the chosen language: say so in that language and link to the
/// posting in the language it exists in.
#[component]
fn MissingLanguage(available: Lang) -> impl IntoView {
    let to = current_with(move |state| state.lang = Some(available));
    // The notice and this link go: focus lands where the posting starts.
    let after = Callback::new(|()| crate::dom::focus_after_render(HEADING_ID.into()));
    let (notice, read) = match available {
        Lang::En => (Msg::OnlyInEnglish, Msg::ReadInEnglish),
        Lang::Fr => (Msg::OnlyInFrench, Msg::ReadInFrench),
    };
    view! {
        <div class="cds-careers__notice" role="note">
            <p>{text(notice)}</p>
            <ViewLink to after attr:class="cds-careers__button cds-careers__button--secondary" attr:hreflang=available.code()>
                {text(read)}
            </ViewLink>
        </div>
    }
}

/// Back to the listing, with its filters as they were.
#[component]
pub fn BackToResults() -> impl IntoView {
    let to = current_with(|state| state.posting = None);
    view! {
        <p class="cds-careers__back">
            <ViewLink to>{text(Msg::BackToResults)}</ViewLink>
        </p>
    }
}

/// Apply, request an accommodation, copy the link.
#[component]
fn Actions(posting: Entry) -> impl IntoView {
    let ctx = Ctx::get();
    let lang = move || ctx.lang.get();
    // Where to apply, and what the link says of where it leads (a site outside the Government
    // of Canada, or the person's email program).
    let apply = posting
        .apply
        .clone()
        .filter(|href| posting.status.open && careers_core::model::is_safe_href(href))
        .and_then(|href| Some((ApplyAction::of(&href)?, href)));
    let offers_form = posting.status.open && posting.status.form;
    let form = offers_form.then(|| {
        view! {
            <LinkToForm posting=Some(posting.id.clone()) attr:class="cds-careers__button cds-careers__button--secondary">
                {text(Msg::RequestAccommodation)}
            </LinkToForm>
        }
    });
    let by_email = offers_form.then(|| prerendered::posting_by_email(&posting));
    let copied = RwSignal::new(None::<Msg>);
    let copy = move |_| {
        let href = crate::dom::window().location().href().unwrap_or_default();
        // Emptied first, so that a second copy is said again.
        copied.set(None);
        crate::dom::copy_to_clipboard(href, move |ok| {
            copied.set(Some(if ok {
                Msg::LinkCopied
            } else {
                Msg::LinkCopyFailed
            }));
        });
    };
    view! {
        <div class="cds-careers__actions">
            {apply.map(|(action, href)| view! {
                <a class="cds-careers__button cds-careers__apply" href=href>
                    {move || action.label(lang())}
                </a>
            })}
            {form}
            <button type="button" class="cds-careers__button cds-careers__button--secondary cds-careers__needs-script" on:click=copy>
                {text(Msg::CopyLink)}
            </button>
            <p class="cds-careers__copy-status" role="status">
                {move || copied.get().map(|m| m.text(lang()))}
            </p>
            {by_email}
            {print_address()}
        </div>
    }
}

/// The posting's address written out, for print (the browser's own header may be off). In the
/// browser only, where the page's address is known; a printed pre-rendered page has the
/// browser's header.
#[cfg(target_arch = "wasm32")]
fn print_address() -> impl IntoView {
    let ctx = Ctx::get();
    let address = move || {
        ctx.view.track();
        crate::dom::window().location().href().unwrap_or_default()
    };
    view! { <p class="cds-careers__print-only">{text(Msg::PrintAddress)}" "{address}</p> }
}

#[cfg(not(target_arch = "wasm32"))]
fn print_address() -> impl IntoView {}
