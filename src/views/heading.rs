//! Headings whose level the host decides (`data-heading-level`), so the widget fits the host
//! page's outline.

use super::text;
use crate::ctx::Ctx;
use careers_core::Msg;
use leptos::prelude::*;

/// The id of the form page's heading, which takes focus when the form opens.
pub const FORM_HEADING_ID: &str = "cds-careers-form-heading";

/// The form page's heading: the same while the form's module loads and once it is there.
pub fn form_page_heading(ctx: Ctx) -> AnyView {
    heading(
        ctx.heading_level(),
        Some(FORM_HEADING_ID),
        "cds-careers__title",
        text(Msg::FormHeading).into_any(),
    )
}

/// A heading at `level` (clamped to 1–6). With `id`, it can take focus from script (tabindex -1),
/// so that a view change can land on it.
pub fn heading(
    level: u8,
    id: Option<&'static str>,
    class: &'static str,
    children: AnyView,
) -> AnyView {
    let tabindex = id.map(|_| "-1");
    match level.clamp(1, 6) {
        1 => view! { <h1 id=id tabindex=tabindex class=class>{children}</h1> }.into_any(),
        2 => view! { <h2 id=id tabindex=tabindex class=class>{children}</h2> }.into_any(),
        3 => view! { <h3 id=id tabindex=tabindex class=class>{children}</h3> }.into_any(),
        4 => view! { <h4 id=id tabindex=tabindex class=class>{children}</h4> }.into_any(),
        5 => view! { <h5 id=id tabindex=tabindex class=class>{children}</h5> }.into_any(),
        _ => view! { <h6 id=id tabindex=tabindex class=class>{children}</h6> }.into_any(),
    }
}
