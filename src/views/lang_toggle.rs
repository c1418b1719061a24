//! The language toggle: a real link to the same view in the other language, so it also works in
//! a new tab, marked with the language it leads to.

use crate::app::Ctx;
use careers_core::Msg;
use leptos::prelude::*;

#[component]
pub fn LangToggle() -> impl IntoView {
    let ctx = Ctx::get();
    let target = move || ctx.lang.get().other();
    let href = move || {
        let mut state = ctx.view.get();
        state.lang = Some(target());
        crate::history::href(&state)
    };
    view! {
        <a
            class="cds-careers__lang-toggle"
            id="cds-careers-lang-toggle"
            href=href
            lang=move || target().code()
            hreflang=move || target().code()
            on:click=move |ev| {
                if !crate::dom::is_modified_click(&ev) {
                    ev.prevent_default();
                    ctx.switch_language();
                }
            }
        >
            {move || Msg::SwitchLanguage.text(ctx.lang.get())}
        </a>
    }
}
