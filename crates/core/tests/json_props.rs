//! The widget's own JSON reader (kept for the wasm's size) held against `serde_json`, which the
//! bundler writes with and which never reaches the wasm: it reads every document serde_json
//! writes, gives back the same strings (every escape) and numbers, and accepts no text that
//! serde_json refuses.

use careers_core::json::Reader;
use proptest::prelude::*;
use serde_json::Value;

/// Any JSON value serde_json can write, a few levels deep.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,12}|[\"\\\\/\u{0}-\u{1f}\u{7f}\u{2028}\u{2029}]{0,6}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("\\PC{0,6}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn reads_every_document_serde_json_writes(v in value(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&v).unwrap()
        } else {
            serde_json::to_string(&v).unwrap()
        };
        prop_assert!(Reader::document(&text, |r| r.skip()).is_ok(), "{}", text);
    }

    #[test]
    fn gives_back_the_strings_and_numbers_serde_json_wrote(s in "\\PC{0,24}|[\"\\\\\u{0}-\u{1f}]{0,8}", n in any::<u32>()) {
        let text = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(Reader::document(&text, |r| r.string()).ok(), Some(s));
        let number = n.to_string();
        prop_assert_eq!(Reader::document(&number, |r| r.u32()).ok(), Some(n));
    }

    #[test]
    fn accepts_no_text_serde_json_refuses(text in "[\\[\\]{}\",:0-9a-z.eE+\\\\ -]{0,16}|\\PC{0,10}") {
        if Reader::document(&text, |r| r.skip()).is_ok() {
            prop_assert!(serde_json::from_str::<Value>(&text).is_ok(), "{:?}", text);
        }
    }
}
