//! The draft and the pending submission in `sessionStorage`, so that a reload, a language switch
//! or a trip back to the posting never loses a word. Only this tab sees them, and they go when the
//! tab closes. Storage can be unavailable (privacy modes, quotas): every call then does nothing,
//! and the form still works from its signals.

use careers_core::form::{Draft, Submission, DRAFT_STORAGE_KEY, PENDING_STORAGE_KEY};

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn write(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The stored draft, if there is a readable one.
pub fn load_draft() -> Option<Draft> {
    Draft::from_json(&read(DRAFT_STORAGE_KEY)?)
}

/// Saves the draft after a change; a blank draft is removed instead.
pub fn save_draft(draft: &Draft) {
    if draft.is_blank() {
        remove(DRAFT_STORAGE_KEY);
    } else {
        write(DRAFT_STORAGE_KEY, &draft.to_json());
    }
}

/// The submission that was about to be sent (or failed), to reuse its idempotency key.
pub fn load_pending() -> Option<Submission> {
    Submission::from_json(&read(PENDING_STORAGE_KEY)?)
}

/// Records the submission before it is POSTed.
pub fn save_pending(submission: &Submission) {
    write(PENDING_STORAGE_KEY, &submission.to_json());
}

/// Forgets the draft and the pending submission (after success, or when the person discards).
pub fn clear() {
    remove(DRAFT_STORAGE_KEY);
    remove(PENDING_STORAGE_KEY);
}
