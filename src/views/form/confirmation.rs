//! The confirmation after the server accepted the request: its heading takes focus; then the
//! reference, the date received, what happens next, and everything that was sent, as text.

use super::{back_link, received_text, Back, Form, Sent};
use crate::views::heading::heading;
use careers_core::form_email::summary;
use careers_core::form_text::{confirmation_reference, FormMsg};
use leptos::prelude::*;

/// The id of the confirmation heading, which takes focus when the request is sent.
pub const HEADING_ID: &str = "cds-acc-confirmation-heading";

#[component]
pub fn Confirmation(form: Form, sent: Sent, back: Back) -> impl IntoView {
    let ctx = form.ctx;
    let level = ctx.heading_level();
    let lang = form.lang;
    let sent = StoredValue::new(sent);
    let rows = move || {
        let lang = lang.get();
        sent.with_value(|s| summary(&s.submission, lang))
            .into_iter()
            .map(|row| {
                view! {
                    <div class="cds-careers__summary-row">
                        <dt>{row.label}</dt>
                        <dd dir="auto">{row.value}</dd>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class="cds-careers__confirmation">
            {back_link(form, back)}
            <div class="cds-careers__panel">
                {heading(
                    level,
                    Some(HEADING_ID),
                    "cds-careers__title",
                    (move || FormMsg::ConfirmationHeading.text(lang.get())).into_any(),
                )}
                <p class="cds-careers__reference">
                    {move || sent.with_value(|s| confirmation_reference(lang.get(), &s.reference))}
                </p>
                <p>{move || sent.with_value(|s| received_text(s, lang.get()))}</p>
            </div>
            <p>{move || FormMsg::ConfirmationNext.text(lang.get())}</p>
            <p>{move || FormMsg::ConfirmationKeep.text(lang.get())}</p>
            {heading(
                level.saturating_add(1),
                None,
                "cds-careers__subtitle",
                (move || FormMsg::ConfirmationWhatYouSent.text(lang.get())).into_any(),
            )}
            <dl class="cds-careers__summary-list">{rows}</dl>
        </div>
    }
}
