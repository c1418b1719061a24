//! The view lives in the URL: reading it from the address bar, writing it with the History API,
//! and building the `href` of any view so that every link also works in a new tab.
//!
//! Only parameters starting with `careers-` belong to the widget; the host's others are kept.

use careers_core::url_state::{merge_query, ViewState};
use wasm_bindgen::JsValue;

/// Whether a change makes a new history entry (Back returns to the old view) or replaces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Push,
    Replace,
}

fn location() -> web_sys::Location {
    crate::dom::window().location()
}

/// The query parameters of the page, in order.
pub fn current_pairs() -> Vec<(String, String)> {
    let search = location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let Ok(Some(iter)) = js_sys::try_iter(&params) else {
        return Vec::new();
    };
    iter.filter_map(Result::ok)
        .filter_map(|entry| {
            let pair = js_sys::Array::from(&entry);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// The view the address bar describes.
pub fn read() -> ViewState {
    ViewState::from_query_pairs(current_pairs())
}

/// The address of `state` on this page: path, host parameters and the widget's own.
pub fn href(state: &ViewState) -> String {
    let params = web_sys::UrlSearchParams::new().expect("URLSearchParams exists");
    for (key, value) in merge_query(&current_pairs(), state) {
        params.append(&key, &value);
    }
    let query: String = params.to_string().into();
    let path = location().pathname().unwrap_or_default();
    let hash = location().hash().unwrap_or_default();
    if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    }
}

/// Records `state` in the address bar.
pub fn write(state: &ViewState, entry: Entry) {
    let url = href(state);
    let Ok(history) = crate::dom::window().history() else {
        return;
    };
    let _ = match entry {
        Entry::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        Entry::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}
