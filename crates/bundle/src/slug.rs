//! URL-safe slugs (`[a-z0-9-]`) with accents folded, for posting ids.

/// `Sr. Développeur·e & SRE` → `sr-developpeur-e-sre`: the search folding of the core crate
/// (case, accents, ligatures), then every run of other characters becomes one `-`. Never empty:
/// `posting` when nothing is left.
pub fn slugify(s: &str) -> String {
    let folded = careers_core::fold(s);
    let parts = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty());
    let slug = parts.collect::<Vec<_>>().join("-");
    if slug.is_empty() {
        "posting".into()
    } else {
        slug
    }
}

/// The first 8 hexadecimal digits of a Lever id, lower case (`ed874b58-…` → `ed874b58`).
pub fn lever_suffix(lever_id: &str) -> String {
    let hex: String = lever_id
        .chars()
        .filter(|c| c.is_ascii_hexdigit())
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    if hex.is_empty() {
        slugify(lever_id).chars().take(8).collect()
    } else {
        hex
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_separators() {
        assert_eq!(slugify("Sr. Développeur·e & SRE"), "sr-developpeur-e-sre");
        assert_eq!(slugify("  head-of--partnerships  "), "head-of-partnerships");
        assert_eq!(slugify("Œuvre"), "oeuvre");
        assert_eq!(slugify("!!!"), "posting");
        assert_eq!(slugify("日本"), "posting");
    }

    #[test]
    fn lever_suffix_is_eight_hex_digits() {
        assert_eq!(
            lever_suffix("ED874B58-e046-4d35-965c-697a2b585ffb"),
            "ed874b58"
        );
        assert_eq!(lever_suffix("zz"), "zz");
    }
}
