//! When a posting went up, as job seekers expect to see it: `Posted 3 December 2026`, with the
//! date in a `<time>` element that machines read.

use careers_core::messages::posting_date;
use careers_core::{Entry, Lang, Msg};
use leptos::prelude::*;

/// The date `posting` went up, in `lang`; nothing when it has none.
pub fn posted(posting: &Entry, lang: Lang) -> Option<impl IntoView> {
    let iso = posting.date.clone()?;
    let date = posting_date(lang, &iso)?;
    Some(view! {
        <p class="cds-careers__date">
            {Msg::PostedOn.text(lang)}" "<time datetime=iso>{date}</time>
        </p>
    })
}
