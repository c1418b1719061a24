//! The loading and error states of the bundle, each said in words and announced.

use crate::load::LoadError;
use careers_core::{messages, Lang, Msg};
use leptos::prelude::*;

/// Shown while the bundle loads. The space it takes is reserved by the stylesheet, so nothing
/// jumps when the listing replaces it.
#[component]
pub fn Loading(lang: Signal<Lang>, heading_level: u8) -> impl IntoView {
    let heading = super::heading::heading(
        heading_level,
        None,
        "cds-careers__title",
        (move || Msg::ResultsHeading.text(lang.get())).into_any(),
    );
    view! {
        {heading}
        <div class="cds-careers__loading" role="status">
            <span class="cds-careers__spinner" aria-hidden="true"></span>
            {move || Msg::Loading.text(lang.get())}
        </div>
    }
}

/// What went wrong, in the person's language.
pub fn error_text(error: &LoadError, lang: Lang) -> String {
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

/// A failed load: what happened, what to do, and a Retry button.
#[component]
pub fn LoadFailed(
    lang: Signal<Lang>,
    error: LoadError,
    heading_level: u8,
    on_retry: Callback<()>,
) -> impl IntoView {
    let heading = super::heading::heading(
        heading_level,
        Some("cds-careers-error-heading"),
        "cds-careers__error-heading",
        (move || Msg::ErrorHeading.text(lang.get())).into_any(),
    );
    view! {
        <div class="cds-careers__error" role="alert">
            {heading}
            <p>{move || error_text(&error, lang.get())}</p>
            <p>{move || Msg::ErrorAdvice.text(lang.get())}</p>
            <button type="button" class="cds-careers__button" on:click=move |_| on_retry.run(())>
                {move || Msg::Retry.text(lang.get())}
            </button>
        </div>
    }
}
