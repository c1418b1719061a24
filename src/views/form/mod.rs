//! The accessibility-accommodation request form (issue #5): the page and its state machine.
//!
//! Every rule and every word comes from `careers_core::form` and `careers_core::form_text`; this
//! module only wires them to the DOM. The state lives in signals ([`Form`]) and, for the draft and
//! the pending submission, in `sessionStorage` ([`draft_store`]), never in the DOM alone, so the
//! page survives a reload and a language switch.
//!
//! ```text
//!            submit, invalid ──► errors shown, summary focused ──┐
//!  editing ──┤                                                   └─► (edit) ──► submit again
//!            submit, valid ──┬─ endpoint ──► sending ──┬─ 2xx ──► confirmation (draft cleared)
//!                            │                         └─ 4xx/5xx/timeout/offline ──► failure + Retry
//!                            └─ no endpoint ──► prepared email (mailto link and/or copy)
//! ```
//!
//! Validation runs on submit only. A retry (the Retry button or Send again) rebuilds the request
//! from the form and reuses the pending submission's idempotency key when nothing changed.

mod confirmation;
mod draft_store;
mod error_summary;
mod fields;
mod mailto;
mod privacy;
mod send;

use super::heading::{form_page_heading, heading};
use super::link::{current_with, ViewLink};
use crate::ctx::Ctx;
use crate::load::Data;
use careers_core::form::{
    reference_from_key, reuse_pending, submission, Draft, Field, FieldError, SendFailure,
    Submission,
};
use careers_core::form_text::{
    confirmation_received, failure_message, no_endpoint_notice, FormMsg,
};
use careers_core::url_state::ViewState;
use careers_core::{Entry, Lang, Msg};
use leptos::prelude::*;
use std::sync::Arc;

/// The id of the failure message, which takes focus when sending fails.
const FAILURE_ID: &str = "cds-acc-failure";
/// The id of the "draft discarded" (or "information cleared") notice, which takes focus after a
/// discard.
const DISCARDED_ID: &str = "cds-acc-draft-discarded";

/// A request the server accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub submission: Submission,
    pub reference: String,
    /// Today's date, as year, month (1-12) and day.
    pub received: (i32, u32, u32),
}

/// The form's state, shared by its parts (all `Copy` handles to signals).
#[derive(Clone, Copy)]
pub struct Form {
    pub ctx: Ctx,
    pub lang: Memo<Lang>,
    /// Every field as typed.
    pub draft: RwSignal<Draft>,
    /// The errors of the last submit; refreshed only by the next submit.
    pub errors: RwSignal<Vec<FieldError>>,
    /// A request is on its way: a second submit does nothing.
    pub sending: RwSignal<bool>,
    /// How the last attempt failed, until the next one succeeds.
    pub failure: RwSignal<Option<SendFailure>>,
    /// The prepared email (no endpoint), until the next edit.
    pub prepared: RwSignal<Option<Submission>>,
    pub sent: RwSignal<Option<Sent>>,
}

impl Form {
    /// Changes the draft and saves it at once.
    pub fn edit(&self, change: impl FnOnce(&mut Draft)) {
        self.draft.update(change);
        self.draft.with_untracked(draft_store::save_draft);
        if self.prepared.with_untracked(Option::is_some) {
            self.prepared.set(None);
        }
    }

    /// The error shown for `field` (tracked).
    pub fn error(&self, field: Field) -> Option<FieldError> {
        self.errors
            .with(|errors| errors.iter().find(|e| e.field == field).copied())
    }
}

/// Whether a posting accepts accommodation requests: open and with its form offered.
pub fn accepts_requests(posting: &Entry) -> bool {
    posting.status.open && posting.status.form
}

/// Whether a posting is offered in the form's list (also listed).
pub fn selectable(posting: &Entry) -> bool {
    accepts_requests(posting) && posting.status.listed
}

/// The title of a posting that accepts requests, in `lang` (else its other language), with the
/// language it is in.
pub fn posting_title(data: &Data, id: &str, lang: Lang) -> Option<(Lang, String)> {
    data.listing
        .posting(id.trim())
        .filter(|p| accepts_requests(p))
        .and_then(|p| p.content_or_other(lang))
        .map(|(title_lang, c)| (title_lang, c.title.clone()))
}

#[component]
pub fn AccommodationForm(data: Arc<Data>, posting: Option<String>) -> impl IntoView {
    let ctx = Ctx::get();
    // The posting is shown as text, not asked, when the form was opened from one that accepts
    // requests; otherwise it is chosen from a list (an unknown id then shows as an error).
    let fixed = posting
        .clone()
        .filter(|id| posting_title(&data, id, Lang::En).is_some());
    let stored = draft_store::load_draft().filter(|d| !d.is_blank());
    let restored = RwSignal::new(stored.is_some());
    let mut initial = stored.unwrap_or_default();
    if let Some(id) = &posting {
        initial.posting_id = id.clone();
    }
    let form = Form {
        ctx,
        lang: ctx.lang,
        draft: RwSignal::new(initial),
        errors: RwSignal::new(Vec::new()),
        sending: RwSignal::new(false),
        failure: RwSignal::new(None),
        prepared: RwSignal::new(None),
        sent: RwSignal::new(None),
    };
    keep_title(form);

    let back = Back::new(posting.clone());
    let data = StoredValue::new(data);
    let fixed = StoredValue::new(fixed);
    let empty_posting = StoredValue::new(posting.unwrap_or_default());
    move || match form.sent.get() {
        Some(sent) => view! { <confirmation::Confirmation form sent back/> }.into_any(),
        None => form_page(form, data, fixed, restored, empty_posting, back).into_any(),
    }
}

/// Where "Back" goes: the posting the form was opened from, else the listing.
#[derive(Clone, Copy)]
pub struct Back {
    to: Signal<ViewState>,
    to_posting: bool,
}

impl Back {
    fn new(posting: Option<String>) -> Back {
        let to_posting = posting.is_some();
        let to = current_with(move |state| {
            state.form = false;
            state.posting = posting.clone();
        });
        Back { to, to_posting }
    }
}

/// The "Back" link above the form and the confirmation.
pub fn back_link(form: Form, back: Back) -> impl IntoView {
    let text = move || {
        let lang = form.lang.get();
        if back.to_posting {
            FormMsg::BackToPosting.text(lang)
        } else {
            Msg::BackToResults.text(lang)
        }
    };
    view! {
        <p class="cds-careers__back">
            <ViewLink to=back.to>{text}</ViewLink>
        </p>
    }
}

fn form_page(
    form: Form,
    data: StoredValue<Arc<Data>>,
    fixed: StoredValue<Option<String>>,
    restored: RwSignal<bool>,
    empty_posting: StoredValue<String>,
    back: Back,
) -> impl IntoView {
    let ctx = form.ctx;
    let level = ctx.heading_level();
    let lang = form.lang;
    let (endpoint, mail_to, timeout_ms) = ctx.config.with_value(|c| {
        (
            c.accommodation_endpoint.clone(),
            c.recruitment_email(),
            c.timeout_ms,
        )
    });
    // Without an endpoint the request goes as an email: said before the first field, and the
    // button says what it does.
    let by_email = endpoint.is_none().then(|| mail_to.clone());
    let action = if by_email.is_some() {
        FormMsg::PrepareEmail
    } else {
        FormMsg::Send
    };
    let endpoint = StoredValue::new(endpoint);
    // What the notice says once the draft is emptied (discarded, or cleared after the email).
    let emptied = RwSignal::new(None::<FormMsg>);
    let submit = move || {
        if form.sending.get_untracked() {
            return;
        }
        let lang = form.lang.get_untracked();
        let draft = form.draft.get_untracked();
        let title = data.with_value(|d| posting_title(d, &draft.posting_id, lang).map(|(_, t)| t));
        let fresh = match submission(&draft, title.as_deref(), lang, &send::new_key()) {
            Err(errors) => {
                form.errors.set(errors);
                form.prepared.set(None);
                crate::dom::focus_after_render(error_summary::SUMMARY_ID.into());
                return;
            }
            Ok(fresh) => fresh,
        };
        form.errors.set(Vec::new());
        let request = reuse_pending(draft_store::load_pending().as_ref(), fresh);
        draft_store::save_pending(&request);
        let Some(url) = endpoint.get_value() else {
            form.prepared.set(Some(request));
            crate::dom::focus_after_render(mailto::HEADING_ID.into());
            return;
        };
        form.sending.set(true);
        // At once, not in the next frame as `announce` does: a fast answer would come first, and
        // its hush would not undo it. Said, since the region holds another text (an earlier
        // send's end hushed it).
        ctx.announcement.set(FormMsg::Sending.text(lang).to_owned());
        leptos::task::spawn_local(async move {
            let outcome = send::post(&url, &request, timeout_ms).await;
            form.sending.set(false);
            ctx.hush();
            match outcome {
                Ok(reference) => {
                    draft_store::clear();
                    let today = js_sys::Date::new_0();
                    let reference =
                        reference.unwrap_or_else(|| reference_from_key(&request.idempotency_key));
                    form.failure.set(None);
                    form.sent.set(Some(Sent {
                        submission: request,
                        reference,
                        received: (
                            today.get_full_year() as i32,
                            today.get_month() + 1,
                            today.get_date(),
                        ),
                    }));
                    crate::dom::focus_after_render(confirmation::HEADING_ID.into());
                }
                Err(failure) => {
                    form.failure.set(Some(failure));
                    crate::dom::focus_after_render(FAILURE_ID.into());
                }
            }
        });
    };

    let empty = move |why: FormMsg| {
        draft_store::clear();
        form.draft
            .set(Draft::for_posting(&empty_posting.get_value()));
        form.errors.set(Vec::new());
        form.failure.set(None);
        form.prepared.set(None);
        restored.set(false);
        emptied.set(Some(why));
        crate::dom::focus_after_render(DISCARDED_ID.into());
    };
    let discard = move |_| {
        let lang = form.lang.get_untracked();
        let confirmed = crate::dom::window()
            .confirm_with_message(FormMsg::DiscardConfirm.text(lang))
            .unwrap_or(false);
        if confirmed {
            empty(FormMsg::DraftDiscarded);
        }
    };
    let clear = move || empty(FormMsg::InfoCleared);

    view! {
        <div class="cds-careers__form-page">
            {back_link(form, back)}
            {form_page_heading(ctx)}
            <p>{move || FormMsg::Intro.text(lang.get())}</p>
            <p>{move || FormMsg::IntroSaved.text(lang.get())}</p>
            <p id="cds-acc-privacy-summary">{move || FormMsg::PrivacySummary.text(lang.get())}</p>
            {by_email.map(|to| view! {
                <div class="cds-careers__notice" id="cds-acc-by-email">
                    <p>{move || no_endpoint_notice(lang.get(), &to)}</p>
                </div>
            })}
            {move || restored.get().then(|| view! {
                <div class="cds-careers__notice cds-careers__draft-notice">
                    <p>{move || FormMsg::DraftRestored.text(lang.get())}</p>
                    <button type="button" class="cds-careers__button cds-careers__button--secondary" on:click=discard>
                        {move || FormMsg::DiscardDraft.text(lang.get())}
                    </button>
                </div>
            })}
            {move || emptied.get().map(|why| view! {
                <div class="cds-careers__notice">
                    <p id=DISCARDED_ID tabindex="-1">{move || why.text(lang.get())}</p>
                </div>
            })}
            {error_summary::error_summary(form, level)}
            {failure_box(form, level, submit, StoredValue::new(mail_to.clone()))}
            <form
                class="cds-careers__form"
                novalidate=true
                on:submit=move |ev| {
                    ev.prevent_default();
                    submit();
                }
            >
                {fields::text_field(form, Field::FullName)}
                {fields::text_field(form, Field::Email)}
                {fields::choice_group(form, Field::CorrespondenceLanguage)}
                {fields::posting_field(form, data, fixed)}
                {fields::choice_group(form, Field::Stages)}
                {fields::text_field(form, Field::Needs)}
                {fields::choice_group(form, Field::Measures)}
                {fields::conditional(form, Field::MeasureOther)}
                {fields::text_field(form, Field::Phone)}
                {fields::text_field(form, Field::BestTime)}
                {fields::choice_group(form, Field::PreviousAccommodation)}
                {fields::conditional(form, Field::PreviousDetails)}
                {privacy::privacy_notice_view(form, level)}
                {fields::consent_field(form)}
                <div class="cds-careers__form-actions">
                    <button
                        type="submit"
                        class="cds-careers__button"
                        aria-disabled=move || form.sending.get().then_some("true")
                    >
                        {move || if form.sending.get() { FormMsg::Sending } else { action }.text(lang.get())}
                    </button>
                </div>
            </form>
            {mailto::prepared_email(form, level, mail_to, clear)}
        </div>
    }
}

/// The failure message, with Retry and the address to email the request to instead (`mail_to`,
/// the host's recipient); it takes focus when sending fails.
fn failure_box(
    form: Form,
    level: u8,
    submit: impl Fn() + Copy + Send + Sync + 'static,
    mail_to: StoredValue<String>,
) -> impl IntoView {
    let lang = form.lang;
    move || {
        form.failure.get().map(|failure| {
            view! {
                <div id=FAILURE_ID class="cds-careers__error cds-careers__failure" role="group" tabindex="-1" aria-labelledby="cds-acc-failure-heading" aria-describedby="cds-acc-why">
                    {heading(
                        level.saturating_add(1),
                        Some("cds-acc-failure-heading"),
                        "cds-careers__error-heading",
                        (move || FormMsg::FailureHeading.text(lang.get())).into_any(),
                    )}
                    <p id="cds-acc-why">{move || mail_to.with_value(|to| failure_message(failure, lang.get(), to))}</p>
                    <button
                        type="button"
                        class="cds-careers__button"
                        aria-disabled=move || form.sending.get().then_some("true")
                        on:click=move |_| submit()
                    >
                        {move || if form.sending.get() { FormMsg::Sending } else { FormMsg::Retry }.text(lang.get())}
                    </button>
                </div>
            }
        })
    }
}

/// Tells the app's title (its one owner) whether errors are shown, until the form goes.
fn keep_title(form: Form) {
    let ctx = form.ctx;
    Effect::new(move |_| {
        let has_errors = form.errors.with(|e| !e.is_empty());
        let sent = form.sent.with(Option::is_some);
        ctx.form_errors.set(has_errors && !sent);
    });
    on_cleanup(move || ctx.form_errors.set(false));
}

/// The received date as words, for the confirmation.
pub fn received_text(sent: &Sent, lang: Lang) -> Option<String> {
    let (year, month, day) = sent.received;
    confirmation_received(lang, year, month, day)
}
