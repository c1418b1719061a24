//! A posting's facets in words, as the results and the posting page show them.

use crate::load::Data;
use careers_core::messages::facet_name;
use careers_core::{Entry, FacetKind, Lang};
use leptos::prelude::*;

/// A posting's facets as a description list, in words.
pub fn facet_list(posting: &Entry, data: &Data, lang: Lang) -> Option<AnyView> {
    let rows: Vec<_> = FacetKind::ALL
        .into_iter()
        .filter(|k| !posting.facets.values(*k).is_empty())
        .map(|kind| {
            let values = posting
                .facets
                .values(kind)
                .iter()
                .map(|v| label_of(data, kind, v, lang))
                .collect::<Vec<_>>()
                .join(", ");
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

/// The label of a facet value in `lang`; the value's key when the bundle has no label.
pub fn label_of(data: &Data, kind: FacetKind, value: &str, lang: Lang) -> String {
    data.listing
        .labels
        .label(kind, value)
        .map(|l| match lang {
            Lang::En => l.en.clone(),
            Lang::Fr => l.fr.clone(),
        })
        .unwrap_or_else(|| value.to_owned())
}
