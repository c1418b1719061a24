//! The widget's views, one module each.

pub mod anchors;
pub mod body;
pub mod facet_list;
pub mod filters;
pub mod form;
pub mod form_loader;
pub mod heading;
pub mod lang_toggle;
pub mod link;
pub mod listing;
pub mod posted;
pub mod posting;
pub mod posting_page;
pub mod prerendered;
pub mod result_list;
pub mod split_page;
pub mod status;

use careers_core::Msg;

/// `msg` in the widget's language, as a child or attribute value that follows a change of
/// language. Every fixed text of the views goes through this one closure type, so Leptos
/// compiles the code that renders and updates it once, not once per text.
pub fn text(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = crate::ctx::Ctx::get().lang;
    move || msg.text(leptos::prelude::Get::get(&lang))
}
