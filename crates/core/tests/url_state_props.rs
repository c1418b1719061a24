//! Property tests of the URL state: any view the address can describe is written back as
//! parameters that describe the same view, so a reload, a shared link or Back never changes what
//! a person sees. The views are made from arbitrary parameters, valid or not, as a hand-edited or
//! damaged address would give them.

use careers_core::url_state::{encode_query, ViewState};
use proptest::prelude::*;

/// A parameter name: each one the widget reads, one it does not, and one of the host page's.
fn name() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "lang",
        "q",
        "status",
        "sort",
        "posting",
        "page",
        "form",
        "classification",
        "language",
        "location",
        "tenure",
        "team",
        "other",
    ])
    .prop_flat_map(|n| prop_oneof![Just(format!("careers-{n}")), Just(n.to_owned())])
}

/// A value: a valid one of some parameter, or anything at all.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "en",
            "fr",
            "open",
            "closed",
            "all",
            "title",
            "status",
            "newest",
            "1",
            "2",
            "0",
            "17",
            "EC-06",
            "EC.06",
            "toronto",
            "senior-dev",
            "design",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z0-9 .,_-]{0,16}",
        "\\PC{0,12}",
    ]
}

proptest! {
    #[test]
    fn any_view_round_trips_through_its_parameters(
        pairs in prop::collection::vec((name(), value()), 0..16)
    ) {
        let view = ViewState::from_query_pairs(pairs);
        let written = view.to_query_pairs();
        prop_assert_eq!(&ViewState::from_query_pairs(written.clone()), &view);
        // Written once more, the same parameters in the same order: one address per view.
        prop_assert_eq!(ViewState::from_query_pairs(written.clone()).to_query_pairs(), written.clone());
        // The query string holds only what a URL may hold unescaped.
        let query = encode_query(&written);
        prop_assert!(
            query.bytes().all(|b| b.is_ascii_alphanumeric() || b"%+=&*-._".contains(&b)),
            "{}",
            query
        );
    }
}
