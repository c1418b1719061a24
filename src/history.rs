//! The view lives in the URL: reading it from the address bar, writing it with the History API,
//! and building the `href` of any view so that every link also works in a new tab.
//!
//! Only parameters starting with `careers-` belong to the widget; the host's others are kept.
//! The page's path, hash and parameters are read from the address bar when the widget starts and
//! on Back and Forward, and follow the widget's own writes, so that building a link (every result
//! has one) or recording a keystroke costs no reading of the address bar.
//!
//! Typing makes one entry for the search: its first change pushes a new entry, the next ones
//! replace it, until anything else makes an entry, Enter settles the search, or Back or Forward
//! is pressed. So Back after a search returns to the view before it. Typing's writes are
//! recorded once the changes pause, not on every keystroke: each write costs the browser's main
//! thread milliseconds that the next keystroke would wait for, and Safari refuses more than 100
//! writes in 30 seconds. A pushed entry, Enter, and leaving the page record any waiting write
//! first, so Back returns to exactly what was on screen.

use careers_core::address::{PageAddress, PostingLinks};
use careers_core::url_state::ViewState;
use careers_core::Lang;
use leptos::leptos_dom::helpers::TimeoutHandle;
use std::cell::{Cell, RefCell};
use std::time::Duration;
use wasm_bindgen::JsValue;

/// How long typing must pause before its write is recorded.
const TYPING_PAUSE: Duration = Duration::from_millis(400);

/// Whether a change makes a new history entry (Back returns to the old view), or is typing,
/// which makes one entry for the whole search (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Push,
    Typing,
}

/// How a history write changes the entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Write {
    Push,
    Replace,
}

thread_local! {
    static ADDRESS: RefCell<PageAddress> = RefCell::default();
    /// Typing's write, waiting for the changes to pause.
    static WAITING: RefCell<Option<(ViewState, Write)>> = const { RefCell::new(None) };
    /// The timer that writes it.
    static TIMER: Cell<Option<TimeoutHandle>> = const { Cell::new(None) };
    /// Whether typing has made the current entry (written or waiting), which more typing replaces.
    static TYPING_ENTRY: Cell<bool> = const { Cell::new(false) };
}

/// Sets the scheme the page's views follow (once, before the first [`read`]).
#[cfg(target_arch = "wasm32")]
pub fn use_scheme(scheme: careers_core::address::Scheme) {
    ADDRESS.with_borrow_mut(|address| address.scheme = scheme);
}

/// Sets the page's address without a browser: the pages rendered at build time.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_address(address: PageAddress) {
    ADDRESS.set(address);
}

/// The parameters of a query string (`?a=1&b=2`), decoded, in order.
fn pairs_of(search: &str) -> Vec<(String, String)> {
    web_sys::UrlSearchParams::new_with_str(search)
        .ok()
        .and_then(|params| js_sys::try_iter(&params).ok().flatten())
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|entry| {
                    let pair = js_sys::Array::from(&entry);
                    Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Reads the address bar into the cache.
fn refresh() {
    let location = crate::dom::window().location();
    let pairs = pairs_of(&location.search().unwrap_or_default());
    ADDRESS.with_borrow_mut(|address| {
        address.path = location.pathname().unwrap_or_default();
        address.pairs = pairs;
        address.hash = location.hash().unwrap_or_default();
    });
}

/// The address of another page (an absolute URL) showing `state` with the `careers-`
/// parameters: the host's page in the other language, which the language toggle goes to.
pub fn href_on(url: &str, state: &ViewState) -> String {
    let Ok(url) = web_sys::Url::new(url) else {
        return url.to_owned();
    };
    let page = PageAddress {
        path: url.pathname(),
        pairs: pairs_of(&url.search()),
        hash: url.hash(),
        ..PageAddress::default()
    };
    format!("{}{}", url.origin(), page.href(state))
}

/// The view the address bar describes (`negotiated` is its language when it names none). A
/// write still waiting was meant for the entry the person has just left, and is dropped;
/// typing from here makes a new entry.
pub fn read(negotiated: Lang) -> ViewState {
    take_waiting();
    TYPING_ENTRY.set(false);
    refresh();
    ADDRESS.with_borrow(|address| address.view(negotiated))
}

#[cfg(target_arch = "wasm32")]
/// Rewrites an old link or the site's root to the page of `state` (the view it opened), in
/// place, so that the address bar shows the view's own page (see [`PageAddress::is_canonical`]).
pub fn rewrite_to_own_page(state: &ViewState) {
    if !ADDRESS.with_borrow(PageAddress::is_canonical) {
        record(state, Write::Replace);
    }
}

/// The address of `state` on this page: path, host parameters and the widget's own.
pub fn href(state: &ViewState) -> String {
    ADDRESS.with_borrow(|address| address.href(state))
}

/// The addresses of the postings opened from `state`, one encoding for a page of results.
pub fn posting_links(state: &ViewState) -> PostingLinks {
    ADDRESS.with_borrow(|address| address.posting_links(state))
}

/// Records `state` in the address bar: a push at once (after any write still waiting); typing
/// once the changes pause for [`TYPING_PAUSE`], the last state only, as a new entry for a new
/// search and over it for the same search.
pub fn write(state: &ViewState, entry: Entry) {
    match entry {
        Entry::Push => {
            settle();
            record(state, Write::Push);
        }
        Entry::Typing => {
            let write = match take_waiting() {
                Some((_, waiting)) => waiting,
                None if TYPING_ENTRY.get() => Write::Replace,
                None => Write::Push,
            };
            TYPING_ENTRY.set(true);
            WAITING.set(Some((state.clone(), write)));
            TIMER.set(leptos::prelude::set_timeout_with_handle(record_waiting, TYPING_PAUSE).ok());
        }
    }
}

/// Ends the search being typed (Enter, or any other new entry): its write, if still waiting,
/// is recorded now, and typing from here makes a new entry.
pub fn settle() {
    record_waiting();
    TYPING_ENTRY.set(false);
}

/// Records typing's write still waiting, if any (the widget also calls this on `pagehide`, so
/// that Back to the page finds what was typed).
pub fn record_waiting() {
    if let Some((state, write)) = take_waiting() {
        record(&state, write);
    }
}

/// Typing's write still waiting, no longer to be written by its timer.
fn take_waiting() -> Option<(ViewState, Write)> {
    if let Some(timer) = TIMER.take() {
        timer.clear();
    }
    WAITING.take()
}

/// Records `state` in the address bar. The cached address follows without asking the browser:
/// the parameters become the host's plus the state's, the hash stays, and the path stays too
/// except in the pages scheme, where it becomes the view's page ([`PageAddress::follow`]).
fn record(state: &ViewState, write: Write) {
    let Ok(history) = crate::dom::window().history() else {
        return;
    };
    let url = ADDRESS.with_borrow_mut(|address| address.follow(state));
    let _ = match write {
        Write::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        Write::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}
