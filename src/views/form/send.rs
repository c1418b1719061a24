//! Sending a request: a JSON POST with the idempotency key in a header and in the body, given up
//! after the host's timeout, with every way it can fail told apart ([`SendFailure`]).
//!
//! Nothing here logs: the body holds personal data and goes only to the endpoint.

use careers_core::form::{
    new_idempotency_key, reference_from_response, SendFailure, Submission, IDEMPOTENCY_HEADER,
};
use gloo_net::http::Request;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// POSTs `submission` to `url`. `Ok` carries the reference the server gave, if it gave a
/// plausible one; a 2xx whose body cannot be read is still a success (the server has the request).
pub async fn post(
    url: &str,
    submission: &Submission,
    timeout_ms: u32,
) -> Result<Option<String>, SendFailure> {
    let window = crate::dom::window();
    if !window.navigator().on_line() {
        return Err(SendFailure::Offline);
    }
    let controller = web_sys::AbortController::new().map_err(|_| SendFailure::Offline)?;
    let abort = {
        let controller = controller.clone();
        Closure::once_into_js(move || controller.abort())
    };
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.unchecked_ref(),
            i32::try_from(timeout_ms).unwrap_or(i32::MAX),
        )
        .ok();
    let request = Request::post(url)
        .header("Content-Type", "application/json")
        .header(IDEMPOTENCY_HEADER, &submission.idempotency_key)
        .abort_signal(Some(&controller.signal()))
        .body(submission.to_json());
    let response = match request {
        Ok(request) => request.send().await,
        Err(error) => Err(error),
    };
    let outcome = match response {
        Err(_) if controller.signal().aborted() => Err(SendFailure::Timeout),
        Err(_) => Err(SendFailure::Offline),
        Ok(response) => match SendFailure::from_status(response.status()) {
            Some(failure) => Err(failure),
            None => Ok(response
                .text()
                .await
                .ok()
                .and_then(|body| reference_from_response(&body))),
        },
    };
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    outcome
}

/// A fresh idempotency key from `crypto.getRandomValues` (read through `Reflect`, so no extra
/// web-sys feature is needed); `Math.random` only if the page has no Web Crypto.
pub fn new_key() -> String {
    let array = js_sys::Uint8Array::new_with_length(16);
    let filled = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("crypto"))
        .ok()
        .filter(|crypto| crypto.is_object())
        .and_then(|crypto| {
            let get = js_sys::Reflect::get(&crypto, &JsValue::from_str("getRandomValues")).ok()?;
            get.dyn_into::<js_sys::Function>()
                .ok()?
                .call1(&crypto, &array)
                .ok()
        })
        .is_some();
    let mut bytes = [0u8; 16];
    if filled {
        array.copy_to(&mut bytes);
    } else {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    new_idempotency_key(bytes)
}
