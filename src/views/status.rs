//! The loading and error states of the listing and of a posting's body, each said in words and
//! announced.

use super::text;
use crate::load::LoadError;
use careers_core::{messages, Lang, Msg};
use leptos::prelude::*;

/// Shown while the bundle loads. The space it takes is reserved by the stylesheet, so nothing
/// jumps when the listing replaces it.
#[component]
pub fn Loading(heading_level: u8) -> impl IntoView {
    let heading = super::heading::heading(
        heading_level,
        None,
        "cds-careers__title",
        text(Msg::ResultsHeading).into_any(),
    );
    view! {
        {heading}
        <LoadingStatus message=Msg::Loading/>
    }
}

/// A spinner and `message`, in a status region.
#[component]
pub fn LoadingStatus(message: Msg) -> impl IntoView {
    view! {
        <div class="cds-careers__loading" role="status">
            <span class="cds-careers__spinner" aria-hidden="true"></span>
            {text(message)}
        </div>
    }
}

/// What went wrong with the listing, in the person's language.
pub fn listing_error_text(error: &LoadError, lang: Lang) -> String {
    match error {
        LoadError::NotFound => Msg::ErrorNotFound.text(lang).into(),
        LoadError::Server(status) => messages::error_server(lang, *status),
        LoadError::Timeout => Msg::ErrorTimeout.text(lang).into(),
        LoadError::Network => Msg::ErrorNetwork.text(lang).into(),
        LoadError::NotJson => Msg::ErrorNotJson.text(lang).into(),
        LoadError::WrongShape => Msg::ErrorWrongShape.text(lang).into(),
        LoadError::UnknownSchema(v) => messages::error_unknown_schema(lang, *v),
    }
}

/// What went wrong with a posting's body, in the person's language.
pub fn body_error_text(error: &LoadError, lang: Lang) -> String {
    match error {
        LoadError::NotFound => Msg::BodyErrorNotFound.text(lang).into(),
        LoadError::Server(status) => messages::error_server(lang, *status),
        LoadError::Timeout => Msg::BodyErrorTimeout.text(lang).into(),
        LoadError::Network => Msg::BodyErrorNetwork.text(lang).into(),
        LoadError::NotJson | LoadError::WrongShape | LoadError::UnknownSchema(_) => {
            Msg::BodyErrorDamaged.text(lang).into()
        }
    }
}

/// The heading of the listing's error, where focus lands when a Retry fails again.
pub const ERROR_HEADING_ID: &str = "cds-careers-error-heading";

/// What failed to load, for [`LoadFailed`].
#[derive(Clone, Copy)]
pub struct Failure {
    pub heading: Msg,
    pub heading_level: u8,
    pub heading_id: Option<&'static str>,
    pub explain: fn(&LoadError, Lang) -> String,
}

impl Failure {
    /// The listing, in place of the results.
    pub fn listing(heading_level: u8) -> Failure {
        Failure {
            heading: Msg::ErrorHeading,
            heading_level,
            heading_id: Some(ERROR_HEADING_ID),
            explain: listing_error_text,
        }
    }

    /// A posting's body, under the posting's own heading.
    pub fn body(heading_level: u8) -> Failure {
        Failure {
            heading: Msg::BodyErrorHeading,
            heading_level,
            heading_id: None,
            explain: body_error_text,
        }
    }
}

/// A failed load: what happened, what to do, and a Retry button.
#[component]
pub fn LoadFailed(error: LoadError, failure: Failure, on_retry: Callback<()>) -> impl IntoView {
    let lang = crate::ctx::Ctx::get().lang;
    let heading = super::heading::heading(
        failure.heading_level,
        failure.heading_id,
        "cds-careers__error-heading",
        text(failure.heading).into_any(),
    );
    view! {
        <div class="cds-careers__error" role="alert">
            {heading}
            <p>{move || (failure.explain)(&error, lang.get())}</p>
            <p>{text(Msg::ErrorAdvice)}</p>
            <button type="button" class="cds-careers__button" on:click=move |_| on_retry.run(())>
                {text(Msg::Retry)}
            </button>
        </div>
    }
}
