//! The privacy notice, shown in full (every section's heading and paragraphs) just before the
//! consent checkbox, in the current language.

use super::Form;
use crate::views::heading::heading;
use careers_core::form_text::{privacy_notice, privacy_title};
use leptos::prelude::*;

const TITLE_ID: &str = "cds-acc-privacy-title";

pub fn privacy_notice_view(form: Form, level: u8) -> impl IntoView {
    let lang = form.lang;
    let sub = level.saturating_add(2);
    let sections = move || {
        privacy_notice(lang.get())
            .iter()
            .map(|section| {
                let paragraphs = section
                    .paragraphs
                    .iter()
                    .map(|p| view! { <p>{*p}</p> })
                    .collect_view();
                view! {
                    {heading(sub, None, "cds-careers__privacy-heading", section.heading.into_any())}
                    {paragraphs}
                }
            })
            .collect_view()
    };
    view! {
        <section class="cds-careers__privacy" aria-labelledby=TITLE_ID>
            {heading(
                level.saturating_add(1),
                Some(TITLE_ID),
                "cds-careers__subtitle",
                (move || privacy_title(lang.get())).into_any(),
            )}
            {sections}
        </section>
    }
}
