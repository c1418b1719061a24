//! The bundles the browser suite serves are real bundles: they parse with the widget's own reader
//! and every facet value they use has an English and a French label.

use careers_core::{parse_bundle, FacetKind};

#[test]
fn the_browser_fixture_bundle_matches_the_schema_and_labels_every_facet() {
    let json = include_str!("browser/fixtures/bundle.json");
    let bundle = parse_bundle(json).expect("fixture bundle parses");
    assert_eq!(bundle.postings.len(), 8);
    for posting in &bundle.postings {
        for kind in FacetKind::ALL {
            for value in posting.facets.values(kind) {
                let label = bundle.labels.label(kind, value);
                assert!(
                    label.is_some(),
                    "{} has no label for {kind:?} {value}",
                    posting.id
                );
            }
        }
    }
}
