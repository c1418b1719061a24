//! Fetching the listing, and a posting's body when it opens, with every way either can fail told
//! apart so the person hears what happened.

use careers_core::versioned::{Parts, Piecewise};
use careers_core::{body_of, query::Index, BodyReader, FormatError, ListingReader, PostingBody};
use gloo_net::http::Request;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;

/// The listing, the search index built from it once, and the bodies fetched so far.
pub struct Data {
    pub listing: careers_core::Listing,
    pub index: Index,
    bodies: Mutex<HashMap<String, Arc<PostingBody>>>,
}

/// Where loading stands.
pub enum Load<T> {
    Loading,
    Ready(Arc<T>),
    Failed(LoadError),
}

impl<T> Clone for Load<T> {
    fn clone(&self) -> Load<T> {
        match self {
            Load::Loading => Load::Loading,
            Load::Ready(t) => Load::Ready(t.clone()),
            Load::Failed(e) => Load::Failed(e.clone()),
        }
    }
}

/// Why a file could not be shown.
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

/// Shows in `state` how `task` goes: loading until it ends, then ready or failed; then runs
/// `ended` (to move focus to what replaced a Retry button).
pub fn load_into<T: Send + Sync + 'static>(
    state: leptos::prelude::RwSignal<Load<T>>,
    task: impl std::future::Future<Output = Result<Arc<T>, LoadError>> + 'static,
    ended: fn(),
) {
    use leptos::prelude::Set;
    state.set(Load::Loading);
    leptos::task::spawn_local(async move {
        state.set(match task.await {
            Ok(value) => Load::Ready(value),
            Err(error) => Load::Failed(error),
        });
        ended();
    });
}

impl From<FormatError> for LoadError {
    /// The person gets the bilingual message of the `LoadError`; whoever debugs a broken
    /// deployment gets the detail in the console (about the published file only: nothing
    /// personal).
    fn from(e: FormatError) -> LoadError {
        #[cfg(target_arch = "wasm32")]
        web_sys::console::error_1(
            &format!("CDS careers: a published file cannot be read: {e}").into(),
        );
        match e {
            FormatError::NotJson(_) => LoadError::NotJson,
            FormatError::WrongShape(_) => LoadError::WrongShape,
            FormatError::UnknownSchema(v) => LoadError::UnknownSchema(v),
        }
    }
}

/// Fetches and reads the listing; gives up after `timeout_ms`.
pub async fn load_listing(url: String, timeout_ms: u32) -> Result<Arc<Data>, LoadError> {
    let listing = read_file(&url, timeout_ms, ListingReader::new()).await?;
    Ok(Arc::new(Data::new(listing)))
}

impl Data {
    /// The listing with its search index, and no body yet.
    pub fn new(listing: careers_core::Listing) -> Data {
        let index = Index::new(&listing);
        Data {
            listing,
            index,
            bodies: Mutex::default(),
        }
    }

    /// Keeps `body` as if it had been fetched (the pages rendered at build time have them all).
    pub fn keep_body(&self, body: PostingBody) {
        if let Ok(mut bodies) = self.bodies.lock() {
            bodies.insert(body.id.clone(), Arc::new(body));
        }
    }

    /// Fetches the body of posting `id` from beside the listing, and keeps it for [`Data::cached`].
    pub async fn fetch_body(
        &self,
        listing_url: String,
        id: String,
        timeout_ms: u32,
    ) -> Result<Arc<PostingBody>, LoadError> {
        let url = careers_core::body_url(&listing_url, &id);
        let body = read_file(&url, timeout_ms, BodyReader::new()).await?;
        let body = Arc::new(body_of(body, &id)?);
        if let Ok(mut bodies) = self.bodies.lock() {
            bodies.insert(id, body.clone());
        }
        Ok(body)
    }

    /// The body of posting `id` if it was fetched before.
    pub fn cached(&self, id: &str) -> Option<Arc<PostingBody>> {
        self.bodies.lock().ok()?.get(id).cloned()
    }
}

/// The most of a file copied into wasm memory at once.
const PIECE: u32 = 64 * 1024;

/// Fetches the file at `url` with `reader`, giving up after `timeout_ms`. The file arrives whole
/// in JavaScript's memory, which is given back once read, and is copied into wasm memory, which
/// never shrinks, in pieces of at most 64 KB through one buffer: its whole text is never there.
/// (Reading the response's stream instead, piece by piece as it arrived, made the first posting
/// at 10,000 postings 200 ms later: a task for each of the browser's pieces.)
async fn read_file<P: Parts>(
    url: &str,
    timeout_ms: u32,
    mut reader: Piecewise<P>,
) -> Result<P::File, LoadError> {
    let bytes = fetch(url, timeout_ms).await?;
    let mut piece = Vec::new();
    for start in (0..bytes.length()).step_by(PIECE as usize) {
        let part = bytes.subarray(start, bytes.length().min(start + PIECE));
        piece.resize(part.length() as usize, 0);
        part.copy_to(&mut piece);
        reader.feed(&piece)?;
    }
    Ok(reader.finish()?)
}

/// The bytes at `url`; gives up after `timeout_ms`.
async fn fetch(url: &str, timeout_ms: u32) -> Result<js_sys::Uint8Array, LoadError> {
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
    let outcome = fetch_with(url, &controller).await;
    if let Some(timer) = timer {
        crate::dom::window().clear_timeout_with_handle(timer);
    }
    outcome.map_err(|e| {
        if controller.signal().aborted() {
            LoadError::Timeout
        } else {
            e
        }
    })
}

async fn fetch_with(
    url: &str,
    controller: &web_sys::AbortController,
) -> Result<js_sys::Uint8Array, LoadError> {
    let response = Request::get(url)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    match response.status() {
        200..=299 => {}
        404 | 410 => return Err(LoadError::NotFound),
        status => return Err(LoadError::Server(status)),
    }
    let bytes = web_sys::Response::from(response)
        .array_buffer()
        .map_err(|_| LoadError::Network)?;
    let bytes = JsFuture::from(bytes)
        .await
        .map_err(|_| LoadError::Network)?;
    Ok(js_sys::Uint8Array::new(&bytes))
}
