//! Pages whose code is a WebAssembly module of its own: the posting page and the accommodation
//! form. The listing does not wait for their bytes; a module is fetched when its page first
//! opens, or sooner when a person shows they may open it (a pointer on a link to it, or focus:
//! [`fetch_early`]), and `scripts/split-wasm.sh` cuts each from the main module (see "Three wasm
//! modules" in the README).
//!
//! Until its module arrives, a page shows its heading and says it is loading; if the module
//! cannot be fetched, it says so in words, with Try again. A plain signal, as for the listing
//! (see "Loading is a plain signal" in the README). Rendered at build time there is no module:
//! the posting page renders whole, the form's page as it is until its module arrives.

use super::status::{Failure, LoadFailed, LoadingStatus};
use crate::ctx::{Ctx, LIVE};
use crate::load::{Data, LoadError};
use careers_core::Msg;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// Builds a page; it lives in the page's module. The argument is the posting's id.
pub type BuildPage = fn(Arc<Data>, Option<String>) -> AnyView;

/// A page's module could not be fetched or started.
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}

/// The builder of a page, from its module: the first call fetches the module, later calls find
/// it (a split point, boxed so that every page goes through one loader).
pub type LoadPage = fn() -> Pin<Box<dyn Future<Output = Result<BuildPage, NotLoaded>>>>;

/// What a page whose code is a module of its own shows without it.
pub struct SplitPage {
    pub load: LoadPage,
    /// The page's heading, where focus lands when the page opens.
    pub heading_id: &'static str,
    /// The class of the page's element.
    pub class: &'static str,
    /// The page's heading (and what stands above it), the same before and after the module.
    pub heading: fn(Ctx, &Data, Option<&str>) -> AnyView,
    /// What it says while the module loads.
    pub loading: Msg,
    /// The heading of the message when the module cannot be fetched.
    pub failure: Msg,
    /// What follows "Loading" (the form's way to ask by email without JavaScript).
    pub after: fn(&Data, Option<&str>) -> AnyView,
}

/// Where a page's module stands.
#[derive(Clone, Copy)]
enum Module {
    Loading,
    Ready(BuildPage),
    Failed,
}

/// Starts fetching `page`'s module, so that it is often there by the time a person clicks.
pub fn fetch_early(page: &'static SplitPage) {
    leptos::task::spawn_local(async move {
        let _ = (page.load)().await;
    });
}

/// `page` about `arg`: its heading and "Loading" until its module is there, then the page; if
/// the module cannot be fetched, a message with Try again.
pub fn split_page(data: Arc<Data>, arg: Option<String>, page: &'static SplitPage) -> impl IntoView {
    let ctx = Ctx::get();
    let module = RwSignal::new(Module::Loading);
    // `retry`: the person pressed Try again.
    let load = Callback::new(move |retry: bool| {
        module.set(Module::Loading);
        leptos::task::spawn_local(async move {
            let loaded = (page.load)().await;
            // The page is about to replace its placeholder: focus that was on the heading, or on
            // the Try again button it replaces, goes to the new heading. (A page that opens with
            // the widget moves no focus: the widget may be rendering off the page.)
            if retry || focus_is_on(page.heading_id) {
                crate::dom::focus_after_render(page.heading_id.into());
            }
            module.set(match loaded {
                Ok(build) => Module::Ready(build),
                Err(NotLoaded) => Module::Failed,
            });
        });
    });
    if LIVE {
        load.run(false);
    }
    let retry = Callback::new(move |()| load.run(true));
    move || {
        let arg_ref = arg.as_deref();
        match module.get() {
            Module::Ready(build) => build(data.clone(), arg.clone()),
            Module::Loading => view! {
                <div class=page.class>
                    {(page.heading)(ctx, &data, arg_ref)}
                    <div class="cds-careers__needs-script">
                        <LoadingStatus message=page.loading/>
                    </div>
                    {(page.after)(&data, arg_ref)}
                </div>
            }
            .into_any(),
            Module::Failed => {
                let failure = Failure {
                    heading: page.failure,
                    heading_level: ctx.heading_level().saturating_add(1),
                    heading_id: None,
                    explain: |_, lang| Msg::FormErrorNetwork.text(lang).into(),
                };
                view! {
                    <div class=page.class>
                        {(page.heading)(ctx, &data, arg_ref)}
                        <LoadFailed error=LoadError::Network failure on_retry=retry/>
                    </div>
                }
                .into_any()
            }
        }
    }
}

/// Whether focus is on the element with id `heading`.
fn focus_is_on(heading: &str) -> bool {
    crate::dom::document()
        .active_element()
        .is_some_and(|el| el.id() == heading)
}
