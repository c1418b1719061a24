//! What only the pages rendered at build time carry; the widget's rendering in the browser has
//! none of it (so the wasm carries none of its code), and the comparison of the two markups
//! leaves it out (`tests/browser/prerendered.spec.mjs`).
//!
//! - For a browser without JavaScript, `<noscript>` texts: the listing says search and filters
//!   need it; a posting that offers the accommodation form, and the form's page, give the way to
//!   ask by email (the address written out, as a link that prepares the email with the posting
//!   named in its subject: `careers_core::email_request`), and the form's page a link back.
//! - The pre-rendered listing shows its default view, and the address may ask for another (a
//!   search, a filter, page 3, an old link). `careers-view.js`, placed before the results and run
//!   as the page is read, then marks the widget as waiting, and the stylesheet hides the results
//!   and shows [`pending`]'s "Loading" in their place until the widget renders what was asked.

#[cfg(not(target_arch = "wasm32"))]
pub use build::*;

#[cfg(target_arch = "wasm32")]
pub use live::*;

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use crate::ctx::Ctx;
    use crate::views::status::LoadingStatus;
    use crate::views::text;
    use careers_core::form_text::FormMsg;
    use careers_core::{email_request, Entry, Msg};
    use leptos::prelude::*;

    /// The script that checks, as the page is read, that the address asks for this view.
    pub fn view_check() -> impl IntoView {
        let src = Ctx::get()
            .assets
            .with_value(|assets| format!("{assets}careers-view.js"));
        view! { <script src=src></script> }
    }

    /// "Loading", shown in place of the results while the widget is waiting (hidden otherwise).
    pub fn pending() -> impl IntoView {
        view! {
            <div class="cds-careers__pending">
                <LoadingStatus message=Msg::Loading/>
            </div>
        }
    }

    /// Without JavaScript, the listing says what it cannot do.
    pub fn listing_without_script() -> impl IntoView {
        view! {
            <noscript>
                <p class="cds-careers__notice">{text(Msg::ListingNeedsScript)}</p>
            </noscript>
        }
    }

    /// On the form's page, without JavaScript: the form cannot run, the way to ask by email,
    /// and the way back to the posting (or the results), which the form's module shows above
    /// its heading once it runs.
    pub fn form_by_email(posting: Option<&Entry>) -> impl IntoView {
        let ctx = Ctx::get();
        let lang = ctx.lang.get_untracked();
        let mut back = ctx.view.get_untracked();
        back.form = false;
        back.posting = posting.map(|p| p.id.clone());
        let href = crate::history::href(&back);
        let words = match posting {
            Some(_) => FormMsg::BackToPosting.text(lang),
            None => Msg::BackToResults.text(lang),
        };
        view! {
            {request_by_email(Msg::FormNeedsScript, posting)}
            <noscript>
                <p class="cds-careers__back"><a href=href>{words}</a></p>
            </noscript>
        }
    }

    /// On a posting's page, without JavaScript: the other way to ask, by email.
    pub fn posting_by_email(posting: &Entry) -> impl IntoView {
        request_by_email(Msg::OrByEmail, Some(posting))
    }

    /// Without JavaScript, `lead` and the way to ask for an accommodation by email about
    /// `posting` (named by its title in the language shown).
    fn request_by_email(lead: Msg, posting: Option<&Entry>) -> impl IntoView {
        let ctx = Ctx::get();
        let lang = ctx.lang.get_untracked();
        let title = posting
            .and_then(|p| p.content_or_other(lang))
            .map(|(_, c)| c.title.clone());
        let to = ctx.config.with_value(|c| c.recruitment_email());
        let href = email_request::href(&to, lang, title.as_deref());
        view! {
            <noscript>
                <p class="cds-careers__email-request">{lead.text(lang)}" "<a href=href>{to}</a></p>
            </noscript>
        }
    }
}

/// In the browser: nothing.
#[cfg(target_arch = "wasm32")]
mod live {
    use careers_core::Entry;
    use leptos::prelude::IntoView;

    pub fn view_check() -> impl IntoView {}
    pub fn pending() -> impl IntoView {}
    pub fn listing_without_script() -> impl IntoView {}
    pub fn form_by_email(_: Option<&Entry>) -> impl IntoView {}
    pub fn posting_by_email(_: &Entry) -> impl IntoView {}
}
