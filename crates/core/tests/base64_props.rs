//! The widget's own base64 (kept for the wasm's size) against the `base64` crate, which never
//! reaches the wasm: the same text for any bytes, the same bytes back, and the same refusals.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use careers_core::base64::{decode, encode};
use proptest::prelude::*;

proptest! {
    #[test]
    fn encodes_as_the_base64_crate_and_decodes_back(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = encode(&bytes);
        prop_assert_eq!(&text, &STANDARD.encode(&bytes));
        prop_assert_eq!(decode(&text), Some(bytes));
    }

    #[test]
    fn accepts_exactly_what_the_base64_crate_accepts(text in "[A-Za-z0-9+/=]{0,24}|\\PC{0,12}") {
        prop_assert_eq!(decode(&text), STANDARD.decode(&text).ok(), "{:?}", text);
    }
}
