//! Fetching the listing, and a posting's body when it opens, with every way either can fail told
//! apart so the person hears what happened.

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

/// Shows in `state` how `task` goes: loading until it ends, then ready or failed.
pub fn load_into<T: Send + Sync + 'static>(
    state: leptos::prelude::RwSignal<Load<T>>,
    task: impl std::future::Future<Output = Result<Arc<T>, LoadError>> + 'static,
) {
    use leptos::prelude::Set;
    state.set(Load::Loading);
    leptos::task::spawn_local(async move {
        state.set(match task.await {
            Ok(value) => Load::Ready(value),
            Err(error) => Load::Failed(error),
        });
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

/// Fetches and reads the listing in pieces: its whole text is never in wasm memory, which keeps
/// its peak for good. Gives up after `timeout_ms`.
pub async fn load_listing(url: String, timeout_ms: u32) -> Result<Arc<Data>, LoadError> {
    let mut reader = ListingReader::new();
    fetch(&url, timeout_ms, &mut |piece| Ok(reader.feed(piece)?)).await?;
    Ok(Arc::new(Data::new(reader.finish()?)))
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
        let mut reader = BodyReader::new();
        fetch(&url, timeout_ms, &mut |piece| Ok(reader.feed(piece)?)).await?;
        let body = Arc::new(body_of(reader.finish()?, &id)?);
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

/// Hands `take` the file at `url` in pieces; gives up after `timeout_ms`.
async fn fetch(
    url: &str,
    timeout_ms: u32,
    take: &mut dyn FnMut(&[u8]) -> Result<(), LoadError>,
) -> Result<(), LoadError> {
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
    let outcome = fetch_with(url, &controller, take).await;
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

/// The most of a file copied into wasm memory at once.
const PIECE: usize = 64 * 1024;

async fn fetch_with(
    url: &str,
    controller: &web_sys::AbortController,
    take: &mut dyn FnMut(&[u8]) -> Result<(), LoadError>,
) -> Result<(), LoadError> {
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
    // The whole file arrives in JavaScript's memory, which is given back once read; it is copied
    // into wasm memory, which never shrinks, in pieces of at most 64 KB through one buffer.
    // (Reading the response's stream instead, piece by piece as it arrives, made the first
    // posting at 10,000 postings 200 ms later: a task for each of the browser's pieces.)
    let raw = web_sys::Response::from(response)
        .array_buffer()
        .map_err(|_| LoadError::Network)?;
    let bytes =
        js_sys::Uint8Array::new(&JsFuture::from(raw).await.map_err(|_| LoadError::Network)?);
    let mut piece = Vec::new();
    for start in (0..bytes.length()).step_by(PIECE) {
        let part = bytes.subarray(start, bytes.length().min(start + PIECE as u32));
        piece.resize(part.length() as usize, 0);
        part.copy_to(&mut piece);
        take(&piece)?;
    }
    Ok(())
}
