//! The language toggle: a real link to the same view in the other language, so it also works in
//! a new tab, marked with the language it leads to.

use super::link::{current_with, ViewLink};
use super::text;
use crate::ctx::Ctx;
use careers_core::Msg;
use leptos::prelude::*;

#[component]
pub fn LangToggle() -> impl IntoView {
    let ctx = Ctx::get();
    let target = move || ctx.lang.get().other();
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
}
