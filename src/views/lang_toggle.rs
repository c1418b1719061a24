//! The language toggle: a real link to the same view in the other language, so it also works in
//! a new tab, marked with the language it leads to.
//!
//! A host page in one language (a Canada.ca page, with its own language toggle) may name its page
//! in the other language (`data-other-language-page`): the toggle then goes there, carrying the
//! widget's view in its `careers-` parameters, as the Canada.ca toggle does, rather than turning
//! only the widget to the other language on a page that stays in this one.

use super::link::{current_with, ViewLink};
use super::text;
use crate::ctx::Ctx;
use careers_core::Msg;
use leptos::prelude::*;

#[component]
pub fn LangToggle() -> impl IntoView {
    let ctx = Ctx::get();
    let target = move || ctx.lang.get().other();
    if let Some(page) = ctx.config.with_value(|c| c.other_language_page.clone()) {
        // The other page has a language of its own: the view goes there without one.
        let href = move || {
            ctx.view.with(|v| {
                let mut state = v.clone();
                state.lang = None;
                crate::history::href_on(&page, &state)
            })
        };
        return view! {
            <a href=href class="cds-careers__lang-toggle" id="cds-careers-lang-toggle" lang=move || target().code() hreflang=move || target().code()>
                {text(Msg::SwitchLanguage)}
            </a>
        }
        .into_any();
    }
    let to = current_with(move |state| state.lang = Some(ctx.lang.get().other()));
    view! {
        <ViewLink
            to
            attr:class="cds-careers__lang-toggle"
            attr:id="cds-careers-lang-toggle"
            attr:lang=move || target().code()
            attr:hreflang=move || target().code()
        >
            {text(Msg::SwitchLanguage)}
        </ViewLink>
    }
    .into_any()
}
