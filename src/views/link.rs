//! Links between the widget's views. Each is a real link to the view's URL, so opening it in a
//! new tab, copying it or bookmarking it gives the same view; a plain click changes the view in
//! place, with a history entry when the change is one a person would go Back to.

use crate::ctx::Ctx;
use careers_core::url_state::ViewState;
use leptos::prelude::*;

/// A link to the view `to`. Attributes given as `attr:class`, `attr:id`, `attr:lang` land on the
/// `<a>`. `after` runs once the view has changed (to announce it or move focus).
#[component]
pub fn ViewLink(
    #[prop(into)] to: Signal<ViewState>,
    #[prop(optional, into)] after: Option<Callback<()>>,
    children: Children,
) -> impl IntoView {
    let ctx = Ctx::get();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if go_in_place(&ev, ctx, || to.get_untracked()) {
            if let Some(after) = after {
                after.run(());
            }
        }
    };
    view! {
        <a href=move || to.with(crate::history::href) on:click=on_click>
            {children()}
        </a>
    }
}

/// On a plain click on a link (not one that asks for a new tab or window), changes the view to
/// `to()` in place instead of loading its address; says whether it did.
pub fn go_in_place(ev: &leptos::ev::MouseEvent, ctx: Ctx, to: impl FnOnce() -> ViewState) -> bool {
    if crate::dom::is_modified_click(ev) {
        return false;
    }
    ev.prevent_default();
    ctx.go(to());
    true
}

/// The current view changed by `change`: the target of most links.
pub fn current_with(change: impl Fn(&mut ViewState) + Send + Sync + 'static) -> Signal<ViewState> {
    let ctx = Ctx::get();
    Signal::derive(move || {
        let mut state = ctx.view.get();
        change(&mut state);
        state
    })
}
