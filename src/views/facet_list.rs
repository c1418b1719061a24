//! A posting's facets in words, as the posting page shows them (result rows have theirs in
//! [`careers_core::result_row::ResultRow`]).

use crate::load::Data;
use careers_core::messages::facet_name;
use careers_core::{Entry, FacetKind, Lang};
use leptos::prelude::*;

/// A posting's facets as a description list, in words.
pub fn facet_list(posting: &Entry, data: &Data, lang: Lang) -> Option<AnyView> {
    let rows: Vec<_> = FacetKind::ALL
        .into_iter()
        .filter(|k| posting.facets.has(*k))
        .map(|kind| {
            let values = data
                .listing
                .labels
                .values_in(kind, posting.facets.values(kind), lang);
            view! {
                <div class="cds-careers__facet">
                    <dt>{facet_name(kind, lang)}</dt>
                    <dd>{values}</dd>
                </div>
            }
        })
        .collect();
    (!rows.is_empty()).then(|| view! { <dl class="cds-careers__facets">{rows}</dl> }.into_any())
}
