//! With no endpoint: the request prepared as an email. A "mailto:" link when it fits
//! ([`mailto_url`]), and always a button that copies the whole request ([`copy_text`]), whose
//! text is also shown so it can be selected by hand if copying fails; then a way to clear what
//! was typed from the browser once the email is sent.

use super::Form;
use crate::views::heading::heading;
use careers_core::form_email::{copy_text, mailto_url};
use careers_core::form_text::{mail_send_to, FormMsg};
use leptos::prelude::*;

/// The id of the panel's heading, which takes focus when the email is prepared.
pub const HEADING_ID: &str = "cds-acc-prepared-heading";

/// `to`: the host's `data-accommodation-email`, else CDS's address; `clear`: empties the form
/// and the browser's copy of it.
pub fn prepared_email(
    form: Form,
    level: u8,
    to: String,
    clear: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = form.lang;
    let to = StoredValue::new(to);
    let status = RwSignal::new(None::<FormMsg>);
    move || {
        let submission = form.prepared.get()?;
        status.set(None);
        let lang_now = lang.get();
        let url = to.with_value(|to| mailto_url(to, &submission, lang_now));
        let text = to.with_value(|to| copy_text(to, &submission, lang_now));
        let copy = {
            let text = text.clone();
            move |_| {
                // Emptied first, so that a second copy is said again.
                status.set(None);
                crate::dom::copy_to_clipboard(text.clone(), move |ok| {
                    status.set(Some(if ok {
                        FormMsg::Copied
                    } else {
                        FormMsg::CopyFailed
                    }));
                });
            }
        };
        let open = match url {
            Some(url) => view! {
                <p>
                    <a id="cds-acc-mailto" class="cds-careers__button" href=url>
                        {FormMsg::OpenEmail.text(lang_now)}
                    </a>
                </p>
            }
            .into_any(),
            None => {
                view! { <p id="cds-acc-mail-too-long">{FormMsg::MailTooLong.text(lang_now)}</p> }
                    .into_any()
            }
        };
        Some(view! {
            <section class="cds-careers__prepared" aria-labelledby=HEADING_ID>
                {heading(
                    level.saturating_add(1),
                    Some(HEADING_ID),
                    "cds-careers__subtitle",
                    FormMsg::MailPanelHeading.text(lang_now).into_any(),
                )}
                <p>{to.with_value(|to| mail_send_to(lang_now, to))}</p>
                {open}
                <p>
                    <button id="cds-acc-copy" type="button" class="cds-careers__button cds-careers__button--secondary" on:click=copy>
                        {FormMsg::CopyRequest.text(lang_now)}
                    </button>
                </p>
                <p class="cds-careers__copy-status" role="status">
                    {move || status.get().map(|m| m.text(lang.get()))}
                </p>
                <p class="cds-careers__label" id="cds-acc-prepared-label">{FormMsg::PreparedText.text(lang_now)}</p>
                <div class="cds-careers__prepared-text" id="cds-acc-prepared-text" dir="auto" role="group" aria-labelledby="cds-acc-prepared-label">
                    {text}
                </div>
                <p>{FormMsg::ClearInfoHint.text(lang_now)}</p>
                <p>
                    <button id="cds-acc-clear" type="button" class="cds-careers__button cds-careers__button--secondary" on:click=move |_| clear()>
                        {FormMsg::ClearInfo.text(lang_now)}
                    </button>
                </p>
            </section>
        })
    }
}
