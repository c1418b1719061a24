//! The accommodation form as the main module shows it: the links to it and its page. The form's
//! code is a WebAssembly module of its own, fetched the first time a person opens the form (or
//! shows they may: a pointer on a link to it, or focus): most visitors never do, and the first
//! listing does not wait for its bytes (see "Two wasm modules" in the README).
//!
//! Until the module arrives, the page shows its heading and says that the form is loading. If it
//! cannot be fetched, the page says so in words, with Try again; nothing typed is at stake, since
//! the form keeps its draft in the tab's storage, not in the module.

use super::form::{selectable, AccommodationForm};
use super::prerendered;
use super::heading::heading;
use super::link::{current_with, ViewLink};
use super::status::{Failure, LoadFailed, LoadingStatus};
use super::text;
use crate::ctx::Ctx;
use crate::load::{Data, LoadError};
use careers_core::Msg;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::sync::Arc;

/// The id of the page heading, which takes focus when the form opens.
pub const HEADING_ID: &str = "cds-careers-form-heading";

/// The form's module could not be fetched or started.
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}

/// Builds the form page; it lives in the form's module.
type BuildPage = fn(Arc<Data>, Option<String>) -> AnyView;

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

thread_local! {
    static FETCH_STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Starts fetching the form's module when a person shows they may open the form (a pointer on a
/// link to it, or focus on one), so that it is often there by the time they click. Once a page
/// life: if this fetch fails, opening the form tries again and says so.
fn fetch_form_early() {
    if FETCH_STARTED.replace(true) {
        return;
    }
    leptos::task::spawn_local(async {
        let _ = fetch_form_module().await;
    });
}

/// Where the form's module stands for this page.
#[derive(Clone, Copy)]
enum Module {
    Loading,
    Ready(BuildPage),
    Failed,
}

/// The form page: its heading and "Loading the form…" until the form's module is there, then the
/// form; if the module cannot be fetched, a message with Try again. A plain signal, as for the
/// listing (see "Loading is a plain signal" in the README).
#[component]
pub fn FormPage(data: Arc<Data>, posting: Option<String>) -> impl IntoView {
    let ctx = Ctx::get();
    let module = RwSignal::new(Module::Loading);
    let load = Callback::new(move |()| {
        module.set(Module::Loading);
        ctx.track(async move {
            let loaded = form_page_builder().await;
            // The form is about to replace the placeholder: focus that was on its heading, or on
            // the Try again button it replaces, goes to the new heading.
            if focus_is_lost_or_on_heading() {
                crate::dom::focus_after_render(HEADING_ID.into());
            }
            module.set(match loaded {
                Ok(build) => Module::Ready(build),
                Err(NotLoaded) => Module::Failed,
            });
        });
    });
    // Rendered at build time, the page is what it shows until the module is there (and, without
    // JavaScript, for good).
    if ctx.is_live() {
        load.run(());
    }
    move || match module.get() {
        Module::Loading => loading(ctx, &data, posting.as_deref()).into_any(),
        Module::Ready(build) => build(data.clone(), posting.clone()),
        Module::Failed => not_loaded(ctx, load).into_any(),
    }
}

/// The page's heading: the same while the form loads and once it is there.
pub fn page_heading(ctx: Ctx) -> AnyView {
    heading(
        ctx.heading_level(),
        Some(HEADING_ID),
        "cds-careers__title",
        text(Msg::FormHeading).into_any(),
    )
}

/// The page while the form's module loads; without JavaScript, the way to ask by email.
fn loading(ctx: Ctx, data: &Data, posting: Option<&str>) -> impl IntoView {
    let posting = posting.and_then(|id| data.listing.posting(id));
    view! {
        <div class="cds-careers__form-page">
            {page_heading(ctx)}
            <div class="cds-careers__needs-script">
                <LoadingStatus message=Msg::FormLoading/>
            </div>
            {prerendered::request_by_email(Msg::FormNeedsScript, posting)}
        </div>
    }
}

fn not_loaded(ctx: Ctx, retry: Callback<()>) -> impl IntoView {
    let failure = Failure {
        heading: Msg::FormErrorHeading,
        heading_level: ctx.heading_level().saturating_add(1),
        heading_id: None,
        explain: |_, lang| Msg::FormErrorNetwork.text(lang).into(),
    };
    view! {
        <div class="cds-careers__form-page">
            {page_heading(ctx)}
            <LoadFailed error=LoadError::Network failure on_retry=retry/>
        </div>
    }
}

/// Whether focus is on nothing (the page's body) or on the page's heading.
fn focus_is_lost_or_on_heading() -> bool {
    let document = crate::dom::document();
    match document.active_element() {
        None => true,
        Some(el) => {
            el.id() == HEADING_ID
                || document
                    .body()
                    .is_some_and(|body| AsRef::<web_sys::Element>::as_ref(&body) == &el)
        }
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
        <ViewLink to on:pointerenter=|_| fetch_form_early() on:focus=|_| fetch_form_early()>
            {children()}
        </ViewLink>
    }
}

/// A link to the form from the listing (no posting chosen yet); nothing when no posting accepts
/// requests.
#[component]
pub fn FormLink(data: Arc<Data>) -> impl IntoView {
    let any = data.listing.postings.iter().any(selectable);
    any.then(|| {
        view! {
            <p class="cds-careers__form-link">
                <LinkToForm posting=None>{text(Msg::FormHeading)}</LinkToForm>
            </p>
        }
    })
}
