//! Round trips of what the widget writes and reads back: the form's draft through
//! `sessionStorage`'s JSON (nothing a person typed may be lost), and the search word lists through
//! their wire format in the published listing (serde writes them, the widget's reader reads them).

use careers_core::form::{Draft, Measure, Previous, Stage};
use careers_core::word_lists::WordLists;
use careers_core::Lang;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof!["\\PC{0,24}", "[\"\\\\\n\r\t\u{0}-\u{1f} a-z]{0,12}"]
}

fn draft() -> impl Strategy<Value = Draft> {
    let people = (
        text(),
        text(),
        prop::option::of(prop::sample::select(vec![Lang::En, Lang::Fr])),
        "[a-z0-9-]{0,20}",
    );
    let needs = (
        prop::sample::subsequence(Stage::ALL.to_vec(), 0..=Stage::ALL.len()),
        text(),
        prop::sample::subsequence(Measure::ALL.to_vec(), 0..=Measure::ALL.len()),
        text(),
    );
    let contact = (
        text(),
        text(),
        prop::option::of(prop::sample::select(Previous::ALL.to_vec())),
        text(),
        any::<bool>(),
    );
    (people, needs, contact).prop_map(
        |(
            (full_name, email, correspondence_language, posting_id),
            (stages, needs, measures, measure_other),
            (phone, best_time, previous, previous_details, consent),
        )| Draft {
            full_name,
            email,
            correspondence_language,
            posting_id,
            stages: stages.into_iter().collect(),
            needs,
            measures: measures.into_iter().collect(),
            measure_other,
            phone,
            best_time,
            previous,
            previous_details,
            consent,
        },
    )
}

proptest! {
    #[test]
    fn a_draft_comes_back_from_storage_as_it_was_typed(d in draft()) {
        prop_assert_eq!(Draft::from_json(&d.to_json()), Some(d));
    }

    #[test]
    fn word_lists_come_back_from_their_wire_format(texts in prop::collection::vec("\\PC{0,40}|[a-zé ]{0,40}", 0..12)) {
        let built = WordLists::build(careers_core::Lang::En, texts.into_iter().enumerate().map(|(i, t)| (i as u32, t)));
        let json: serde_json::Value = serde_json::to_value(&built).unwrap();
        let read = WordLists::from_wire(json["words"].as_str().unwrap().to_owned(), json["lists"].as_str().unwrap());
        prop_assert_eq!(read, Ok(built));
    }
}
