//! The accessibility-accommodation request form (issue #5), as pure data and pure functions.
//!
//! The Leptos component owns the DOM; this module owns everything that can be decided without a
//! browser, so `cargo test` checks it natively:
//!
//! * [`Draft`]: every field exactly as the person typed it. The widget saves it to
//!   `sessionStorage` (key [`DRAFT_STORAGE_KEY`]) after each change with [`Draft::to_json`] and
//!   restores it with [`Draft::from_json`], which accepts older, partial or damaged drafts: losing
//!   what someone typed is the worst thing this form can do.
//! * [`Field`]: the form's fields in form order, with their HTML ids, `type`, `autocomplete` and
//!   character limits. The words (labels, hints, messages) are in `form_text`, which reads this
//!   module and is not read by it.
//! * [`validate`]: the rules, returning [`FieldError`]s (a field and an [`ErrorCode`]) in form
//!   order, at most one per field. Call it on submit only, never while the person is typing.
//! * [`char_count`], [`chars_left`], [`near_limit`]: the live character counter. The widget
//!   must not set `maxlength`, so pasted text is never cut; going over the limit is an error
//!   on submit instead.
//! * [`Submission`]: the JSON body POSTed to the endpoint, built by [`submission`].
//! * The summary and the prepared email (offered when no endpoint is configured) are in
//!   [`crate::form_email`].
//!
//! # The idempotency key
//!
//! The key belongs to the *pending submission*, not to the draft: it identifies one request the
//! person decided to send, while the draft is what they are still editing. The widget's flow:
//!
//! 1. On **Send**: `submission(&draft, title, lang, &new_idempotency_key(random))`; on `Err`,
//!    show the error summary. On `Ok(fresh)`, send [`reuse_pending`]`(pending, fresh)`: the same
//!    key as the pending submission when the request is unchanged (the server then recognises a
//!    repeat), a new key as soon as anything in it changed.
//! 2. Save that submission in `sessionStorage` (key [`PENDING_STORAGE_KEY`]) *before* the POST,
//!    so a reload during a slow request still retries with the same key.
//! 3. On **Retry**: POST the pending submission unchanged, header [`IDEMPOTENCY_HEADER`] and
//!    field `idempotencyKey` both set to its key.
//! 4. On success: remove the draft and the pending submission; show the confirmation with
//!    [`reference_from_response`] or else [`reference_from_key`].
//!
//! # Privacy
//!
//! Personal data goes in the POST body only: never in a URL (other than the `mailto:` link the
//! person chooses to open, which does not leave their device), the console, or any other request.
//! Nothing here logs, and [`Draft`]'s `Debug` output is for tests only.

mod choices;
mod fields;
mod json;
mod model;
mod submission;
mod validation;

pub use choices::*;
pub use fields::*;
pub use json::reference_from_response;
pub use model::*;
pub use submission::*;
pub use validation::*;

/// The version of the [`Submission`] format.
pub const FORM_SCHEMA: u32 = 1;

/// Where the widget keeps the [`Draft`] in `sessionStorage`.
pub const DRAFT_STORAGE_KEY: &str = "cds-careers-accommodation-draft";

/// Where the widget keeps the pending [`Submission`] in `sessionStorage`.
pub const PENDING_STORAGE_KEY: &str = "cds-careers-accommodation-pending";

/// The HTTP header that carries the idempotency key (also in the body as `idempotencyKey`).
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

/// Longest `mailto:` URL offered as a link; a longer request is offered for copying instead.
pub const MAILTO_MAX_LEN: usize = 2000;

/// Telephone numbers have between this many digits…
pub const PHONE_MIN_DIGITS: usize = 7;
/// …and this many.
pub const PHONE_MAX_DIGITS: usize = 20;

#[cfg(test)]
mod tests;
