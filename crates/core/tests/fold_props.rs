//! The widget's own folding (kept for the wasm's size) held against Unicode's decomposition from
//! `unicode-normalization`, a dev-dependency that never reaches the wasm: an accented letter folds
//! as its base letter does, and composed and decomposed text fold alike (for the letters up to
//! Latin Extended-A).

use careers_core::fold::fold;
use proptest::prelude::*;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// What Unicode says a letter is without its accents, lowercased.
fn base_letters(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[test]
fn every_accented_latin_letter_folds_as_its_unicode_base_letter() {
    let mut checked = 0;
    for code in 0xc0..=0x17f_u32 {
        let c = char::from_u32(code).unwrap().to_string();
        let decomposed: String = c.nfd().collect();
        if decomposed == c {
            continue; // no canonical decomposition: ligatures, ø, đ, ł… (their own tests)
        }
        assert_eq!(fold(&c), base_letters(&c), "U+{code:04X} {c}");
        checked += 1;
    }
    assert!(checked > 150, "only {checked} letters decompose");
}

proptest! {
    #[test]
    fn composed_and_decomposed_text_fold_alike(s in "[a-zA-Z \\u{c0}-\\u{17f}\\u{300}-\\u{36f}]{0,24}") {
        let nfc: String = s.nfc().collect();
        // The folding knows the composed letters up to Latin Extended-A; Latin Extended
        // Additional (`ṁ`, `ẽ`, Vietnamese) it leaves as they are, a known limit.
        prop_assume!(nfc.chars().all(|c| u32::from(c) <= 0x17f || is_combining_mark(c)));
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(fold(&nfc), fold(&nfd));
        prop_assert_eq!(fold(&s), fold(&nfd));
    }
}
