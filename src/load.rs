//! Fetching the bundle, with every way it can fail told apart so the person hears what happened.

use careers_core::{parse_bundle, query::Index, Bundle, BundleError};
use gloo_net::http::Request;
use std::sync::Arc;
use wasm_bindgen::{closure::Closure, JsCast};

/// The bundle and the search index built from it once, when it arrives.
pub struct Data {
    pub bundle: Bundle,
    pub index: Index,
}

/// Where loading stands.
#[derive(Clone)]
pub enum Load {
    Loading,
    Ready(Arc<Data>),
    Failed(LoadError),
}

/// Why the bundle could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    NotFound,
    Server(u16),
    Timeout,
    Network,
    NotJson,
    WrongShape,
    UnknownSchema(u64),
}

/// Fetches and parses the bundle; gives up after `timeout_ms`.
pub async fn load_bundle(url: &str, timeout_ms: u32) -> Result<Data, LoadError> {
    let controller = web_sys::AbortController::new().map_err(|_| LoadError::Network)?;
    let abort = {
        let controller = controller.clone();
        Closure::once_into_js(move || controller.abort())
    };
    let timer = crate::dom::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.unchecked_ref(),
            i32::try_from(timeout_ms).unwrap_or(i32::MAX),
        )
        .ok();
    let outcome = fetch_text(url, &controller).await;
    if let Some(timer) = timer {
        crate::dom::window().clear_timeout_with_handle(timer);
    }
    let text = outcome.map_err(|e| {
        if controller.signal().aborted() {
            LoadError::Timeout
        } else {
            e
        }
    })?;
    let bundle = parse_bundle(&text).map_err(|e| match e {
        BundleError::NotJson(_) => LoadError::NotJson,
        BundleError::WrongShape(_) => LoadError::WrongShape,
        BundleError::UnknownSchema(v) => LoadError::UnknownSchema(v),
    })?;
    let index = Index::new(&bundle);
    Ok(Data { bundle, index })
}

async fn fetch_text(url: &str, controller: &web_sys::AbortController) -> Result<String, LoadError> {
    let response = Request::get(url)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    match response.status() {
        200..=299 => response.text().await.map_err(|_| LoadError::Network),
        404 | 410 => Err(LoadError::NotFound),
        status => Err(LoadError::Server(status)),
    }
}
