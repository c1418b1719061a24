//! The error summary shown after a submit with errors: a heading, then one link per error in
//! form order. It takes focus (it has `tabindex="-1"`, so no `role="alert"` is needed); each link
//! moves focus to its field without touching the address bar.

use super::Form;
use crate::views::heading::heading;
use careers_core::form_text::{error_message, error_summary_title};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the summary, which takes focus after a submit with errors.
pub const SUMMARY_ID: &str = "cds-acc-error-summary";
const TITLE_ID: &str = "cds-acc-error-summary-title";
/// The list of errors, which describes the summary: on focus a named group is announced by its
/// name alone, and by its description, so the errors are read too.
const LIST_ID: &str = "cds-acc-errors";

pub fn error_summary(form: Form, level: u8) -> impl IntoView {
    let lang = form.lang;
    move || {
        let errors = form.errors.get();
        (!errors.is_empty()).then(|| {
            let links = errors
                .into_iter()
                .map(|error| {
                    let target = error.field.link_target();
                    view! {
                        <li>
                            <a
                                href=format!("#{target}")
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_field(target);
                                }
                            >
                                {move || error_message(error, lang.get())}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div id=SUMMARY_ID class="cds-careers__error-summary" role="group" tabindex="-1" aria-labelledby=TITLE_ID aria-describedby=LIST_ID>
                    {heading(
                        level.saturating_add(1),
                        Some(TITLE_ID),
                        "cds-careers__error-heading",
                        (move || error_summary_title(lang.get())).into_any(),
                    )}
                    <ul id=LIST_ID class="cds-careers__error-list">{links}</ul>
                </div>
            }
        })
    }
}

/// Focuses a field and brings its label (or legend) into view with it.
fn focus_field(id: &str) {
    let Some(el) = crate::dom::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = el.focus();
    let group = el.closest(".cds-careers__field").ok().flatten();
    if let Some(group) = group {
        group.scroll_into_view_with_bool(true);
    }
}
